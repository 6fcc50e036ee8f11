import {
  Admin,
  compatibilityPartitioner,
  Consumer,
  Producer,
  ProduceAcks,
  stringDeserializers,
  stringSerializers,
  type Message,
  type MessagesStream,
} from '@platformatic/kafka';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import {
  silentLogger,
  type FeedAdmin,
  type FeedClient,
  type FeedLogger,
  type FeedMessage,
  type FeedProducer,
  type FeedSubscriber,
  type ReceivedBatch,
  type ReceivedMessage,
  type SubscriberOptions,
  type TopicSpec,
} from './ports';

export interface PlatformaticFeedClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: FeedLogger;
  /** The client's own retries per request before an error reaches the relay's backoff loop. */
  readonly requestRetries?: number;
  readonly connectionTimeoutMs?: number;
}

type StringMessage = Message<string, string, string, string>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** close(true): without waiting for in-flight requests, which a dead broker would never answer. */
function closeNow(client: {
  close(force: boolean, callback: (error?: Error | null) => void): void;
}): Promise<void> {
  return new Promise((resolve) => client.close(true, () => resolve()));
}

/**
 * Idempotent, acks=all, until a send fails; then the producer is dropped and the next send starts a
 * new one (a new producer id: the resent batch cannot be mistaken for an out-of-order sequence).
 * The Java-compatible murmur2 partitioner keeps every key on the partition kafkajs and librdkafka's
 * murmur2_random give it.
 */
class PlatformaticFeedProducer implements FeedProducer {
  private current: Producer<string, string, string, string> | undefined;

  constructor(private readonly make: () => Producer<string, string, string, string>) {}

  async send(messages: readonly FeedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    this.current ??= this.make();
    const producer = this.current;
    try {
      await producer.send({
        messages: messages.map((m) => ({
          topic: m.topic,
          key: m.key,
          value: m.value,
          headers: { ...m.headers },
        })),
      });
    } catch (error) {
      if (this.current === producer) this.current = undefined;
      await closeNow(producer);
      throw error;
    }
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (current) await closeNow(current);
  }
}

class PlatformaticFeedAdmin implements FeedAdmin {
  private admin: Admin | undefined;

  constructor(private readonly make: () => Admin) {}

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    this.admin ??= this.make();
    const admin = this.admin;
    const existing = new Set(await admin.listTopics());
    for (const t of topics.filter((spec) => !existing.has(spec.topic))) {
      await admin
        .createTopics({
          topics: [t.topic],
          partitions: t.partitions,
          replicas: t.replicationFactor,
          configs: [
            { name: 'retention.ms', value: String(t.retentionMs) },
            { name: 'max.message.bytes', value: String(t.maxMessageBytes) },
          ],
        })
        .catch((error: unknown) => {
          // Another relay created it between the list and the create.
          if (!/already exists/i.test(JSON.stringify(errorText(error)))) throw error;
        });
    }
    // Wait for a leader per partition, as kafkajs' waitForLeaders does.
    const names = topics.map((t) => t.topic);
    for (let attempt = 0; ; attempt++) {
      const metadata = await admin.metadata({ topics: names, forceUpdate: true });
      const ready = names.every((name) =>
        metadata.topics.get(name)?.partitions.every((p) => p.leader >= 0),
      );
      if (ready) return;
      if (attempt >= 300) throw new Error(`no leader for the topics ${names.join(', ')}`);
      await sleep(100);
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.close();
  }
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const nested = (error as Error & { errors?: unknown[] }).errors ?? [];
  return [error.message, ...nested.map(errorText)].join('; ');
}

/**
 * The stream hands over records one at a time; records already buffered are taken together and
 * grouped per partition, so the handler sees batches (and commits once per batch) as with kafkajs.
 * A failed stream (broker gone past the client's retries, a handler error) is closed and the group
 * rejoined after a backoff, from the last committed offsets, like kafkajs' restart on error.
 */
class PlatformaticFeedSubscriber implements FeedSubscriber {
  private consumer: Consumer<string, string, string, string> | undefined;
  private stream: MessagesStream<string, string, string, string> | undefined;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly makeConsumer: (groupId: string) => Consumer<string, string, string, string>,
    private readonly makeAdmin: () => Admin,
    private readonly options: SubscriberOptions,
    private readonly logger: FeedLogger,
  ) {}

  private async topicsExist(): Promise<void> {
    const admin = this.makeAdmin();
    try {
      for (let attempt = 0; !this.closed; attempt++) {
        const existing = new Set(await admin.listTopics().catch(() => [] as string[]));
        const missing = this.options.topics.filter((t) => !existing.has(t));
        if (missing.length === 0) return;
        if (attempt % 60 === 0)
          this.logger.info({ missing }, 'waiting for the feed topics to be created');
        await sleep(500);
      }
    } finally {
      await admin.close().catch(() => undefined);
    }
  }

  async run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    await this.topicsExist();
    for (let attempt = 0; !this.closed; attempt++) {
      try {
        await this.consume(onBatch);
        attempt = 0;
      } catch (error) {
        if (this.closed) break;
        this.logger.warn(
          { error: errorText(error), groupId: this.options.groupId },
          'feed consumer failed; rejoining the group',
        );
      }
      await this.closeConsumer();
      if (!this.closed) await sleep(backoffDelay(attempt, DEFAULT_BACKOFF));
    }
  }

  private async consume(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    const consumer = this.makeConsumer(this.options.groupId);
    this.consumer = consumer;
    const stream = await consumer.consume({
      topics: [...this.options.topics],
      mode: 'committed',
      fallbackMode: (this.options.fromBeginning ?? true) ? 'earliest' : 'latest',
      autocommit: false,
    });
    this.stream = stream;
    let failure: unknown;
    let ended = false;
    const signal = () => {
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
    stream.on('readable', signal);
    stream.on('error', (error) => {
      failure = error;
      signal();
    });
    stream.on('close', () => {
      ended = true;
      signal();
    });
    while (!this.closed) {
      const messages: StringMessage[] = [];
      for (let m = stream.read() as StringMessage | null; m !== null; m = stream.read())
        messages.push(m);
      if (messages.length === 0) {
        if (failure !== undefined) throw failure;
        if (ended) throw new Error('the consumer stream ended');
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      const byPartition = new Map<string, StringMessage[]>();
      for (const m of messages) {
        const key = `${m.topic}\u0000${m.partition}`;
        byPartition.set(key, [...(byPartition.get(key) ?? []), m]);
      }
      for (const list of byPartition.values()) {
        if (this.closed) return;
        await onBatch(this.batch(list));
      }
    }
  }

  private batch(list: StringMessage[]): ReceivedBatch {
    const { topic, partition } = list[0]!;
    const byNext = new Map(list.map((m) => [String(m.offset + 1n), m]));
    return {
      topic,
      partition,
      messages: list.map((m): ReceivedMessage => ({
        topic,
        partition,
        offset: String(m.offset),
        key: m.key ?? null,
        value: m.value ?? null,
        headers: Object.fromEntries(m.headers),
      })),
      // Committing offset N is committing the record at N - 1, which carries its leader epoch. A
      // broker outage fails the commit at once: retried (as kafkajs does), so the handled records
      // are not read again after the outage; past the retries the group is rejoined.
      commit: async (offset: string) => {
        const message = byNext.get(offset);
        if (!message) throw new Error(`offset ${offset} is not the end of a record of this batch`);
        for (let attempt = 1; ; attempt++) {
          try {
            await message.commit();
            return;
          } catch (error) {
            if (this.closed || attempt >= 10) throw error;
            await sleep(backoffDelay(attempt, DEFAULT_BACKOFF));
          }
        }
      },
      heartbeat: async () => undefined,
      isRunning: () => !this.closed,
    };
  }

  private async closeConsumer(): Promise<void> {
    const stream = this.stream;
    const consumer = this.consumer;
    this.stream = undefined;
    this.consumer = undefined;
    await stream?.close().catch(() => undefined);
    if (consumer) await closeNow(consumer);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.closeConsumer();
  }
}

export function createPlatformaticFeedClient(options: PlatformaticFeedClientOptions): FeedClient {
  const logger = options.logger ?? silentLogger;
  const base = {
    clientId: options.clientId,
    bootstrapBrokers: [...options.brokers],
    connectTimeout: options.connectionTimeoutMs ?? 3_000,
    retries: options.requestRetries ?? 3,
    retryDelay: 250,
  };
  const makeAdmin = () => new Admin({ ...base });
  return {
    producer: () =>
      new PlatformaticFeedProducer(
        () =>
          new Producer({
            ...base,
            idempotent: true,
            acks: ProduceAcks.ALL,
            autocreateTopics: false,
            partitioner: compatibilityPartitioner,
            serializers: stringSerializers,
          }),
      ),
    admin: () => new PlatformaticFeedAdmin(makeAdmin),
    subscriber: (subscriberOptions) =>
      new PlatformaticFeedSubscriber(
        (groupId) =>
          new Consumer({
            ...base,
            groupId,
            autocommit: false,
            deserializers: stringDeserializers,
          }),
        makeAdmin,
        subscriberOptions,
        logger,
      ),
  };
}
