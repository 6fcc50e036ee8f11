import type { DedupStore } from './dedup';
import { FEED_HEADERS, type FeedEventValue } from '@contract-ledger/feed';
import { silentLogger, type FeedClient, type FeedLogger, type FeedSubscriber, type ReceivedBatch, type ReceivedMessage } from './ports';
import type { SqlClient } from './sql';
import { feedTopics } from './topics';

/** An event as a downstream handler sees it: the recorded event plus where it came from. */
export interface FeedEvent<Type extends string = string, Data = unknown> extends FeedEventValue<Type, Data> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface HandlerContext {
  /** The dedup store's open transaction when it is a SQL one: write your tables in it. */
  readonly tx: SqlClient | undefined;
}

/** `Events` maps event type -> data, e.g. `{ FundsDisbursed: { contractId: string; ... } }`. */
export type FeedHandlers<Events extends Record<string, unknown>> = {
  readonly [Type in keyof Events & string]?: (event: FeedEvent<Type, Events[Type]>, context: HandlerContext) => Promise<void> | void;
};

export interface FeedConsumerOptions<Events extends Record<string, unknown>> {
  readonly client: FeedClient;
  readonly groupId: string;
  /** Subscribes to all four `<topicPrefix>.*` topics unless `topics` narrows them. */
  readonly topicPrefix: string;
  readonly topics?: readonly string[];
  readonly handlers: FeedHandlers<Events>;
  readonly dedup: DedupStore;
  /** Commit at least every this many records inside a large batch (and always at its end). */
  readonly commitEvery?: number;
  readonly logger?: FeedLogger;
}

export interface FeedConsumerStats {
  readonly handled: number;
  /** Records whose event id was already handled: the relay's at-least-once resends. */
  readonly duplicates: number;
  /** Event types without a handler; committed and passed over. */
  readonly ignored: number;
}

/** A record that is not a feed event (no event id or unparsable value). */
export class MalformedFeedRecord extends Error {
  constructor(message: ReceivedMessage, reason: string) {
    super(`${message.topic}[${message.partition}]@${message.offset}: ${reason}`);
    this.name = 'MalformedFeedRecord';
  }
}

export function decodeFeedRecord(message: ReceivedMessage): FeedEvent {
  if (message.value === null) throw new MalformedFeedRecord(message, 'no value');
  let value: FeedEventValue;
  try {
    value = JSON.parse(message.value) as FeedEventValue;
  } catch {
    throw new MalformedFeedRecord(message, 'value is not JSON');
  }
  const eventId = message.headers[FEED_HEADERS.eventId] ?? value.eventId;
  if (typeof eventId !== 'string' || eventId.length === 0) throw new MalformedFeedRecord(message, 'no event id');
  return { ...value, eventId, topic: message.topic, partition: message.partition, offset: message.offset };
}

/**
 * The downstream side of the feed: one typed handler per event type, each event handled once per
 * event id (the dedup store), records of a partition in order, offsets committed only after handling.
 * A handler that throws stops the batch before its record; kafkajs restarts from the last commit and
 * the dedup store skips what was already handled.
 */
export class FeedConsumer<Events extends Record<string, unknown>> {
  private subscriber: FeedSubscriber | undefined;
  private handled = 0;
  private duplicates = 0;
  private ignored = 0;
  private readonly logger: FeedLogger;
  private readonly commitEvery: number;

  constructor(private readonly options: FeedConsumerOptions<Events>) {
    this.logger = options.logger ?? silentLogger;
    this.commitEvery = options.commitEvery ?? 500;
  }

  async start(): Promise<void> {
    this.subscriber = this.options.client.subscriber({
      groupId: this.options.groupId,
      topics: this.options.topics ?? feedTopics(this.options.topicPrefix),
    });
    await this.subscriber.run((batch) => this.onBatch(batch));
  }

  async stop(): Promise<void> {
    await this.subscriber?.close();
    this.subscriber = undefined;
  }

  stats(): FeedConsumerStats {
    return { handled: this.handled, duplicates: this.duplicates, ignored: this.ignored };
  }

  private async onBatch(batch: ReceivedBatch): Promise<void> {
    let uncommitted = 0;
    let next: string | undefined;
    for (const message of batch.messages) {
      if (!batch.isRunning()) break;
      const event = decodeFeedRecord(message);
      const handler = this.options.handlers[event.type as keyof Events & string] as
        | ((event: FeedEvent, context: HandlerContext) => Promise<void> | void)
        | undefined;
      if (handler) {
        const ran = await this.options.dedup.once(event.eventId, async (tx) => {
          await handler(event, { tx });
        });
        if (ran) this.handled++;
        else this.duplicates++;
      } else {
        this.ignored++;
      }
      next = String(BigInt(message.offset) + 1n);
      if (++uncommitted >= this.commitEvery) {
        await batch.commit(next);
        await batch.heartbeat();
        uncommitted = 0;
      }
    }
    if (next !== undefined && uncommitted > 0) await batch.commit(next);
    if (this.handled % 10_000 === 0 && this.handled > 0) this.logger.debug({ ...this.stats() }, 'feed consumer progress');
  }
}

export function createFeedConsumer<Events extends Record<string, unknown>>(options: FeedConsumerOptions<Events>): FeedConsumer<Events> {
  return new FeedConsumer(options);
}
