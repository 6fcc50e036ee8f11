import type { DedupStore } from './dedup';
import { FEED_HEADERS, type FeedEventValue } from '@contract-ledger/feed';
import {
  silentLogger,
  type FeedClient,
  type FeedLogger,
  type FeedProducer,
  type FeedSubscriber,
  type ReceivedBatch,
  type ReceivedMessage,
} from './ports';
import type { SqlClient } from './sql';
import { feedTopics } from './topics';

/** An event as a downstream handler sees it: the recorded event plus where it came from. */
export interface FeedEvent<Type extends string = string, Data = unknown> extends FeedEventValue<
  Type,
  Data
> {
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
  readonly [Type in keyof Events & string]?: (
    event: FeedEvent<Type, Events[Type]>,
    context: HandlerContext,
  ) => Promise<void> | void;
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
  /** What happens to a record that is not a feed event (default `{ kind: 'skip' }`); see DeadLetterPolicy. */
  readonly deadLetter?: DeadLetterPolicy;
  readonly logger?: FeedLogger;
}

/**
 * A poison record (no value, a value that is not JSON, no event id) can never be handled, and
 * retrying it would hold its partition back forever. It is passed over and the partition moves on:
 * - `skip`: logged at error level (topic, partition, offset, reason) and counted in
 *   `stats().deadLettered`; `onDeadLetter` is called too, for a metric of the app's own.
 * - `topic`: also produced, as received (key, value, headers), to `topic` with the headers
 *   `dead-letter-topic`, `dead-letter-partition`, `dead-letter-offset`, `dead-letter-reason`; the
 *   offset is committed only after the broker acknowledged that copy (retried until it does).
 * A handler that throws is not a poison record: the batch stops and is retried (docs/kafka.md).
 */
export type DeadLetterPolicy =
  | { readonly kind: 'skip'; readonly onDeadLetter?: (record: DeadLetter) => void }
  | {
      readonly kind: 'topic';
      readonly topic: string;
      readonly onDeadLetter?: (record: DeadLetter) => void;
    };

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly reason: string;
}

export interface FeedConsumerStats {
  readonly handled: number;
  /** Records whose event id was already handled: the relay's at-least-once resends. */
  readonly duplicates: number;
  /** Event types without a handler; committed and passed over. */
  readonly ignored: number;
  /** Poison records passed over (DeadLetterPolicy). */
  readonly deadLettered: number;
}

/** A record that is not a feed event (no event id or unparsable value). */
export class MalformedFeedRecord extends Error {
  constructor(
    message: ReceivedMessage,
    readonly reason: string,
  ) {
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
  if (typeof eventId !== 'string' || eventId.length === 0)
    throw new MalformedFeedRecord(message, 'no event id');
  return {
    ...value,
    eventId,
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
  };
}

/**
 * The downstream side of the feed: one typed handler per event type, each event handled once per
 * event id (the dedup store), records of a partition in order, offsets committed only after handling.
 * A handler that throws stops the batch before its record; kafkajs restarts from the last commit and
 * the dedup store skips what was already handled. A record that is not a feed event goes to the
 * dead-letter policy instead, so it cannot hold its partition back.
 */
export class FeedConsumer<Events extends Record<string, unknown>> {
  private subscriber: FeedSubscriber | undefined;
  private handled = 0;
  private duplicates = 0;
  private ignored = 0;
  private deadLettered = 0;
  private deadLetterProducer: FeedProducer | undefined;
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
    await this.deadLetterProducer?.close();
    this.deadLetterProducer = undefined;
  }

  stats(): FeedConsumerStats {
    return {
      handled: this.handled,
      duplicates: this.duplicates,
      ignored: this.ignored,
      deadLettered: this.deadLettered,
    };
  }

  /** The record's event, or undefined for a poison record, which is dead-lettered: retrying cannot make it a feed event. */
  private async decode(message: ReceivedMessage): Promise<FeedEvent | undefined> {
    try {
      return decodeFeedRecord(message);
    } catch (error) {
      if (!(error instanceof MalformedFeedRecord)) throw error;
      await this.deadLetter(message, error);
      return undefined;
    }
  }

  /** Passes a poison record over (DeadLetterPolicy); throws only while the dead-letter topic cannot take it. */
  private async deadLetter(message: ReceivedMessage, error: MalformedFeedRecord): Promise<void> {
    const policy = this.options.deadLetter ?? { kind: 'skip' };
    const record: DeadLetter = {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      reason: error.reason,
    };
    if (policy.kind === 'topic') {
      this.deadLetterProducer ??= this.options.client.producer();
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers))
        if (value !== undefined) headers[name] = value;
      await this.deadLetterProducer.send([
        {
          topic: policy.topic,
          key: message.key ?? '',
          value: message.value ?? '',
          headers: {
            ...headers,
            'dead-letter-topic': message.topic,
            'dead-letter-partition': String(message.partition),
            'dead-letter-offset': message.offset,
            'dead-letter-reason': error.reason,
          },
        },
      ]);
    }
    this.deadLettered++;
    this.logger.error(
      {
        ...record,
        groupId: this.options.groupId,
        deadLetter: policy.kind === 'topic' ? policy.topic : 'skipped',
      },
      'poison feed record passed over',
    );
    policy.onDeadLetter?.(record);
  }

  private async onBatch(batch: ReceivedBatch): Promise<void> {
    let uncommitted = 0;
    let next: string | undefined;
    for (const message of batch.messages) {
      if (!batch.isRunning()) break;
      const event = await this.decode(message);
      const handler =
        event === undefined
          ? undefined
          : (this.options.handlers[event.type as keyof Events & string] as
              ((event: FeedEvent, context: HandlerContext) => Promise<void> | void) | undefined);
      if (event === undefined) {
        // A poison record, set aside by decode: only its offset moves on.
      } else if (handler) {
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
    if (this.handled % 10_000 === 0 && this.handled > 0)
      this.logger.debug({ ...this.stats() }, 'feed consumer progress');
  }
}

export function createFeedConsumer<Events extends Record<string, unknown>>(
  options: FeedConsumerOptions<Events>,
): FeedConsumer<Events> {
  return new FeedConsumer(options);
}
