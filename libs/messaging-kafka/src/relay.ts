import type { EventStore, RecordedEvent, StoredCheckpoint } from '@contract-ledger/event-store';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { toFeedMessage } from '@contract-ledger/feed';
import {
  silentLogger,
  type CheckpointStore,
  type FeedClient,
  type FeedLogger,
  type FeedMessage,
  type FeedProducer,
  type RelayCheckpoint,
} from './ports';
import { checkpointTopic, FEED_CATEGORIES, feedTopic, topicForStream } from './topics';

/**
 * The record of a signed checkpoint on `<prefix>.checkpoints` (docs/kafka.md "Checkpoints on the
 * Kafka feed"): keyed by the log's origin (the note's first line), the value as on the SSE feed.
 */
export function checkpointFeedMessage(prefix: string, checkpoint: StoredCheckpoint): FeedMessage {
  return {
    topic: checkpointTopic(prefix),
    key: checkpoint.note.slice(0, checkpoint.note.indexOf('\n')),
    value: JSON.stringify({
      size: checkpoint.size,
      note: checkpoint.note,
      key: checkpoint.key,
      createdAt: checkpoint.createdAt,
    }),
    headers: { 'checkpoint-size': String(checkpoint.size) },
  };
}

/**
 * The transparency log's final checkpoints (LEDGER_WITNESS_REQUIRED cosignatures; every signed one
 * when 0) of size >= fromSize, ascending, at most `limit`.
 */
export interface LogCheckpointSource {
  finalFrom(fromSize: number, limit: number): Promise<readonly StoredCheckpoint[]>;
}

/** Most checkpoints one look publishes; a relay further behind publishes the rest at the next looks. */
const CHECKPOINT_PAGE = 500;

export interface RelayOptions {
  readonly store: Pick<EventStore, 'readAll' | 'head'>;
  readonly client: FeedClient;
  readonly checkpoints: CheckpointStore;
  /** Topics are `<topicPrefix>.tenders` etc. */
  readonly topicPrefix: string;
  /** The checkpoint's name; two relays to two clusters need two names. Default `kafka:<topicPrefix>`. */
  readonly name?: string;
  readonly partitions?: number;
  readonly replicationFactor?: number;
  /** retention.ms of the topics the relay creates; default -1 (keep everything: the feed is replayable). */
  readonly retentionMs?: number;
  /** Most events per produce request; under load every request is full. */
  readonly batchSize?: number;
  /** Upper bound on a request's record values, below the broker's default message.max.bytes (1 MiB). */
  readonly maxBatchBytes?: number;
  /** How often an idle relay looks at the head; `notify()` wakes it sooner. */
  readonly idlePollMs?: number;
  readonly backoff?: BackoffOptions;
  /**
   * kafkajs keeps a request waiting through a broker outage rather than failing it (measured: a 25 s
   * outage, no error); past this the relay gives up on that producer and resends with a new one, so a
   * client that never answers cannot stall the feed. Default 60 s.
   */
  readonly sendTimeoutMs?: number;
  /** Streams outside the four categories: not part of the feed. 'fail' stops the relay instead. */
  readonly onUnroutable?: 'skip' | 'fail';
  readonly logger?: FeedLogger;
  /**
   * The transparency log's final checkpoints: when given, the relay publishes every one, in
   * ascending size, on `<prefix>.checkpoints` once every event it covers was acknowledged (and the
   * last one again when a cosignature was added to it).
   */
  readonly logCheckpoints?: LogCheckpointSource;
  /** How often the relay looks for a new log checkpoint (default 1000 ms). */
  readonly checkpointPollMs?: number;
  /** Told of each batch the broker acknowledged and the checkpoint holds (a trace span, a metric). */
  readonly onBatch?: (batch: RelayBatchReport) => void;
}

export interface RelayBatchReport {
  /** The checkpoint before the batch: its events are the positions after it, up to `to`. */
  readonly from: number;
  readonly to: number;
  /** Messages sent (events outside the feed's categories are skipped, not sent). */
  readonly messages: number;
  /** From the first send of the batch to its saved checkpoint, resends included. */
  readonly ms: number;
}

export interface RelayStatus {
  /**
   * `diverged`: the log no longer has, at the checkpoint, the event the relay published there (its
   * tail was cut, or an older backup restored); the relay stopped (docs/runbooks/read-model-divergence.md).
   */
  readonly state: 'idle' | 'running' | 'retrying' | 'stopped' | 'failed' | 'diverged';
  /** Last global position the broker acknowledged (and the checkpoint holds). */
  readonly checkpoint: number;
  readonly published: number;
  /** Size of the last signed checkpoint published on `<prefix>.checkpoints` (0: none yet). */
  readonly checkpointsPublished: number;
  readonly skipped: number;
  /** Send or read attempts that failed and were retried. */
  readonly retries: number;
  /** How long the batch in flight has waited for the broker's acknowledgement; 0 when none is. */
  readonly unacknowledgedForMs: number;
  readonly lastError?: string;
}

/**
 * The outbox relay (docs/kafka.md "Where the events come from"): the event store's global log is
 * the outbox, so no second table has to be written in the append transaction. Reads from the
 * checkpoint, produces one batch at a time and moves the checkpoint only after the broker
 * acknowledged the whole batch. A failed batch is resent from the checkpoint after a backoff, so
 * nothing is lost or reordered; a resend may duplicate what the broker did write, which consumers
 * drop by event id (at-least-once).
 */
export class KafkaRelay {
  private readonly name: string;
  private readonly batchSize: number;
  private readonly maxBatchBytes: number;
  private readonly idlePollMs: number;
  private readonly backoff: BackoffOptions;
  private readonly logger: FeedLogger;
  private producer: FeedProducer | undefined;
  private loop: Promise<void> | undefined;
  private running = false;
  private wake: (() => void) | undefined;
  private state: RelayStatus['state'] = 'idle';
  private checkpoint = 0;
  private checkpointHash: string | null = null;
  private published = 0;
  private publishedCheckpoint: StoredCheckpoint | undefined;
  /** Size of the last checkpoint published, as saved under `<name>:checkpoints` (0: none yet). */
  private checkpointCursor = 0;
  private checkpointLookedAt = 0;
  private skipped = 0;
  private retries = 0;
  private lastError: string | undefined;
  private sendingSince: number | undefined;
  private readonly waiters: { position: number; resolve: () => void }[] = [];

  constructor(private readonly options: RelayOptions) {
    this.name = options.name ?? `kafka:${options.topicPrefix}`;
    this.batchSize = options.batchSize ?? 2_000;
    this.maxBatchBytes = options.maxBatchBytes ?? 768 * 1024;
    this.idlePollMs = options.idlePollMs ?? 50;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.logger = options.logger ?? silentLogger;
  }

  /** Creates the topics (retrying while the broker is unreachable), loads the checkpoint, starts the loop. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.state = 'running';
    const loaded = await this.options.checkpoints.load(this.name);
    this.checkpoint = loaded.position;
    this.checkpointHash = loaded.hash;
    if (this.options.logCheckpoints)
      this.checkpointCursor = (
        await this.options.checkpoints.load(this.logCheckpointsName())
      ).position;
    const created = await this.withRetry('create topics', async () => {
      const admin = this.options.client.admin();
      try {
        await admin.ensureTopics([
          ...FEED_CATEGORIES.map((c) => ({
            topic: feedTopic(this.options.topicPrefix, c.suffix),
            partitions: this.options.partitions ?? 3,
            replicationFactor: this.options.replicationFactor ?? 1,
            retentionMs: this.options.retentionMs ?? -1,
            // The store accepts events up to 1 MiB of data + metadata; the broker's default limit
            // (1 MB per record batch) would refuse the largest of them forever.
            maxMessageBytes: 8 * 1024 * 1024,
          })),
          ...(this.options.logCheckpoints
            ? [
                {
                  topic: checkpointTopic(this.options.topicPrefix),
                  partitions: 1,
                  replicationFactor: this.options.replicationFactor ?? 1,
                  retentionMs: this.options.retentionMs ?? -1,
                  maxMessageBytes: 1024 * 1024,
                },
              ]
            : []),
        ]);
      } finally {
        await admin.close().catch(() => undefined);
      }
    });
    if (!created) return;
    this.producer = this.options.client.producer();
    this.logger.info({ relay: this.name, checkpoint: this.checkpoint }, 'relay started');
    this.loop = this.run().catch((error: unknown) => {
      this.state = 'failed';
      this.lastError = String(error);
      this.logger.error(
        { relay: this.name, err: error },
        'relay stopped on an error it cannot retry',
      );
    });
  }

  /** Finishes the batch in flight (or abandons it while the broker is down: it is resent next start). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.producer?.close();
    this.producer = undefined;
    // A diverged relay keeps saying so: that is what an operator has to act on.
    if (this.state !== 'diverged') this.state = 'stopped';
  }

  /** New events were appended: publish now rather than at the next idle poll. */
  notify(): void {
    this.wake?.();
  }

  status(): RelayStatus {
    return {
      state: this.state,
      checkpoint: this.checkpoint,
      published: this.published,
      checkpointsPublished: this.publishedCheckpoint?.size ?? 0,
      skipped: this.skipped,
      retries: this.retries,
      unacknowledgedForMs: this.sendingSince === undefined ? 0 : Date.now() - this.sendingSince,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Positions behind the head: what `/metrics` reports as relay lag. */
  async lag(): Promise<number> {
    const head = await this.options.store.head();
    return Math.max(0, head.position - this.checkpoint);
  }

  /** Resolves once the checkpoint reaches `position` (benchmarks, tests, graceful drains). */
  waitFor(position: number): Promise<void> {
    if (this.checkpoint >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }

  private async run(): Promise<void> {
    let next = this.read({ position: this.checkpoint, hash: this.checkpointHash });
    while (this.running) {
      const read = await next;
      if (!read) return;
      if ('diverged' in read) return this.diverge(read.diverged);
      const events = read.value;
      if (events.length === 0) {
        await this.publishLogCheckpoint();
        await this.sleep(this.idlePollMs);
        next = this.read({ position: this.checkpoint, hash: this.checkpointHash });
        continue;
      }
      const { batch, messages, skipped } = this.prepare(events);
      const lastEvent = batch[batch.length - 1]!;
      const last = lastEvent.position;
      const from = this.checkpoint;
      this.sendingSince = Date.now();
      const startedAt = this.sendingSince;
      const sending = this.withRetry('produce', () => this.send(messages));
      // Read the next batch while the broker works on this one. Order is unaffected: it is sent only
      // after this one is acknowledged. setImmediate lets kafkajs write the request out first, since a
      // synchronous driver (better-sqlite3) would otherwise block before it.
      next = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        this.read({ position: last, hash: lastEvent.hash }),
      );
      const sent = await sending;
      this.sendingSince = undefined;
      if (!sent) return;
      if (
        !(await this.withRetry('save the checkpoint', () =>
          this.options.checkpoints.save(this.name, { position: last, hash: lastEvent.hash }),
        ))
      )
        return;
      this.checkpoint = last;
      this.checkpointHash = lastEvent.hash;
      this.published += messages.length;
      this.skipped += skipped;
      this.state = 'running';
      this.options.onBatch?.({
        from,
        to: last,
        messages: messages.length,
        ms: Date.now() - startedAt,
      });
      this.settleWaiters();
      await this.publishLogCheckpoint();
    }
  }

  /** Where the size of the last published log checkpoint is kept, beside the relay's own checkpoint. */
  private logCheckpointsName(): string {
    return `${this.name}:checkpoints`;
  }

  /**
   * Publishes every final checkpoint not yet published (a larger size than the last one, or the last
   * one with new cosignatures), in ascending size, once every event it covers is acknowledged, so a
   * consumer reading the feed in order has the events before the checkpoint over them and misses
   * none. Looked at once per checkpointPollMs. The last size published is saved beside the relay's
   * checkpoint, so a restart (or another leader) goes on from it, sending that one again (consumers
   * drop a checkpoint they hold: same size, same note). A checkpoint that becomes final only after a
   * larger one was published is not (sizes never go down on the topic). A failed send is retried at
   * the next look and never holds the events back.
   */
  private async publishLogCheckpoint(): Promise<void> {
    const source = this.options.logCheckpoints;
    if (!source || Date.now() - this.checkpointLookedAt < (this.options.checkpointPollMs ?? 1_000))
      return;
    this.checkpointLookedAt = Date.now();
    try {
      const from = this.publishedCheckpoint?.size ?? this.checkpointCursor;
      const due: StoredCheckpoint[] = [];
      let last = this.publishedCheckpoint;
      for (const checkpoint of await source.finalFrom(from, CHECKPOINT_PAGE)) {
        if (checkpoint.size > this.checkpoint) break;
        if (
          last &&
          (checkpoint.size < last.size ||
            (checkpoint.size === last.size && checkpoint.note === last.note))
        )
          continue;
        due.push(checkpoint);
        last = checkpoint;
      }
      if (due.length === 0) return;
      // One partition, one request: the broker keeps them in this order.
      await this.send(due.map((c) => checkpointFeedMessage(this.options.topicPrefix, c)));
      this.publishedCheckpoint = last;
      this.checkpointCursor = last!.size;
      await this.options.checkpoints.save(this.logCheckpointsName(), {
        position: last!.size,
        hash: null,
      });
    } catch (error) {
      this.logger.warn(
        { relay: this.name, err: error instanceof Error ? error.message : String(error) },
        'relay could not publish the log checkpoint; retrying at the next look',
      );
    }
  }

  private async send(messages: readonly FeedMessage[]): Promise<void> {
    const producer = this.producer!;
    const timeoutMs = this.options.sendTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no acknowledgement from the broker within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([producer.send(messages), timeout]);
    } catch (error) {
      if (this.producer === producer) {
        // Whatever that producer still has in flight may land later: only duplicates of events this
        // batch resends, which come after their first copy and are dropped by event id.
        this.producer = this.options.client.producer();
        await producer.close().catch(() => undefined);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The events after `after`, read together with the one at `after` itself: it proves the log still
   * has the event the relay published there (at start, on every batch, and while idle). A log that
   * lost its tail and was written again at reused positions would otherwise have its new events
   * skipped (below the checkpoint) or published as if they followed the deleted ones.
   */
  private async read(
    after: RelayCheckpoint,
  ): Promise<{ value: readonly RecordedEvent[] } | { diverged: string } | undefined> {
    const anchored = after.position > 0;
    const read = await this.withRetry('read the event store', () =>
      this.options.store.readAll({
        fromPosition: anchored ? after.position : 1,
        limit: anchored ? this.batchSize + 1 : this.batchSize,
      }),
    );
    if (!read || !anchored) return read;
    const anchor = read.value[0];
    if (anchor === undefined || anchor.position !== after.position) {
      const head = await this.withRetry('read the head', () => this.options.store.head());
      if (!head) return undefined;
      return {
        diverged: `relay ${this.name}: the log ends at position ${head.value.position}, before the relay's checkpoint ${after.position} (truncated, or an older backup restored); restore the backup it published from, or move the checkpoint by hand`,
      };
    }
    if (after.hash !== null && anchor.hash !== after.hash) {
      return {
        diverged: `relay ${this.name}: the log's event at the relay's checkpoint ${after.position} is not the one it published (hash ${anchor.hash.slice(0, 12)}...; an older backup restored and written again); restore the backup it published from, or move the checkpoint by hand`,
      };
    }
    return { value: read.value.slice(1) };
  }

  /** Stops for good: no retry makes the log hold the events already published. */
  private diverge(reason: string): void {
    this.state = 'diverged';
    this.lastError = reason;
    this.running = false;
    this.logger.error(
      {
        relay: this.name,
        checkpoint: this.checkpoint,
        runbook: 'docs/runbooks/read-model-divergence.md',
      },
      reason,
    );
  }

  private prepare(events: readonly RecordedEvent[]): {
    batch: RecordedEvent[];
    messages: FeedMessage[];
    skipped: number;
  } {
    const batch: RecordedEvent[] = [];
    const messages: FeedMessage[] = [];
    let bytes = 0;
    let skipped = 0;
    for (const event of events) {
      const topic = topicForStream(this.options.topicPrefix, event.stream);
      if (!topic) {
        if (this.options.onUnroutable === 'fail') {
          throw new Error(
            `Stream ${event.stream} (position ${event.position}) matches no feed topic`,
          );
        }
        batch.push(event);
        skipped++;
        continue;
      }
      const message = toFeedMessage(topic, event);
      const size = message.value.length + message.key.length + 200;
      // Always take the first event, even alone over the limit: the broker is the judge of that one.
      if (messages.length > 0 && bytes + size > this.maxBatchBytes) break;
      bytes += size;
      batch.push(event);
      messages.push(message);
    }
    return { batch, messages, skipped };
  }

  /** Runs `action` until it succeeds or the relay stops (then undefined). Order is kept: nothing else runs meanwhile. */
  private async withRetry<T>(
    what: string,
    action: () => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { value: await action() };
      } catch (error) {
        if (!this.running) return undefined;
        this.retries++;
        this.state = 'retrying';
        this.lastError = error instanceof Error ? error.message : String(error);
        const delay = backoffDelay(attempt, this.backoff);
        this.logger.warn(
          { relay: this.name, attempt, delayMs: delay, err: this.lastError },
          `relay could not ${what}; retrying`,
        );
        await this.sleep(delay);
        if (!this.running) return undefined;
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private settleWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (this.checkpoint >= waiter.position) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}
