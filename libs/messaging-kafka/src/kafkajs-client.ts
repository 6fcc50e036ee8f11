import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type IHeaders,
  type Producer,
  type LogEntry,
} from 'kafkajs';
import {
  silentLogger,
  type FeedAdmin,
  type FeedClient,
  type FeedLogger,
  type FeedMessage,
  type FeedProducer,
  type FeedSubscriber,
  type ReceivedBatch,
  type SubscriberOptions,
  type TopicSpec,
} from './ports';

export interface KafkaFeedClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: FeedLogger;
  /** kafkajs' own retries per request before an error reaches the relay's backoff loop. */
  readonly requestRetries?: number;
  readonly connectionTimeoutMs?: number;
}

// kafkajs warns about this on every idempotent producer we create: the relay limits kafkajs' retries on
// purpose (its own loop resends from the checkpoint with a fresh producer), so it is noise here.
const EXPECTED_WARNINGS = ['Limiting retries for the idempotent producer'];

function kafkaLogCreator(logger: FeedLogger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...rest } = log;
      if (EXPECTED_WARNINGS.some((w) => message.startsWith(w))) return;
      const fields = { kafkajs: rest };
      if (level === logLevel.ERROR) logger.error(fields, message);
      else if (level === logLevel.WARN) logger.warn(fields, message);
      else if (level === logLevel.INFO) logger.info(fields, message);
      else logger.debug(fields, message);
    };
}

function headerText(value: IHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/**
 * Idempotent (acks=all, one request in flight, so kafkajs' own retries cannot reorder) until a send
 * fails; then the kafkajs producer is dropped and the next send starts a new one. A new producer id
 * means the broker cannot mistake the resent batch for an out-of-order sequence, which would be
 * fatal for the old one; the price is a possible duplicate, which consumers drop by event id.
 */
class KafkajsFeedProducer implements FeedProducer {
  private current: Promise<Producer> | undefined;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly retries: number,
  ) {}

  async send(messages: readonly FeedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<
      string,
      { key: string; value: string; headers: Record<string, string> }[]
    >();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push({ key: m.key, value: m.value, headers: { ...m.headers } });
      byTopic.set(m.topic, list);
    }
    let producer: Producer | undefined;
    try {
      producer = await this.producer();
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list })),
      });
    } catch (error) {
      await this.drop();
      throw error;
    } finally {
      // close() came while this send was in flight: kafkajs reconnects on demand, so the send may
      // have opened a connection after close() disconnected; without this it outlives close() and
      // keeps the process alive (what kept jest from exiting). Not awaited by close(): a relay
      // replacing a producer whose send hangs on a dead broker must not wait for it.
      if (this.closed && producer) await producer.disconnect().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.drop();
  }

  private producer(): Promise<Producer> {
    // A send after close() would connect a new producer that nothing closes any more.
    if (this.closed) return Promise.reject(new Error('the feed producer is closed'));
    if (!this.current) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // murmur2 like the Java client, so every client maps a key to the same partition.
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: { retries: this.retries, initialRetryTime: 100, maxRetryTime: 2_000 },
      });
      this.current = producer.connect().then(() => producer);
      this.current.catch(() => (this.current = undefined));
    }
    return this.current;
  }

  private async drop(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (current) await current.then((p) => p.disconnect()).catch(() => undefined);
  }
}

class KafkajsFeedAdmin implements FeedAdmin {
  private readonly admin;
  private connected: Promise<void> | undefined;
  private closed = false;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
  }

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    if (this.closed) throw new Error('the feed admin is closed');
    try {
      this.connected ??= this.admin.connect();
      await this.connected;
      await this.createTopics(topics);
    } finally {
      // As for the producer: a request in flight at close() may reconnect after it.
      if (this.closed) await this.admin.disconnect().catch(() => undefined);
    }
  }

  private async createTopics(topics: readonly TopicSpec[]): Promise<void> {
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((t) => ({
        topic: t.topic,
        numPartitions: t.partitions,
        replicationFactor: t.replicationFactor,
        configEntries: [
          { name: 'retention.ms', value: String(t.retentionMs) },
          { name: 'max.message.bytes', value: String(t.maxMessageBytes) },
        ],
      })),
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const connected = this.connected;
    this.connected = undefined;
    // A connect still in progress would finish after disconnect() and leave the connection open.
    if (connected) await connected.then(() => this.admin.disconnect()).catch(() => undefined);
  }
}

class KafkajsFeedSubscriber implements FeedSubscriber {
  private readonly consumer: Consumer;
  private closed = false;
  /** The start in progress (connect, subscribe, join the group): close() waits for it. */
  private starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscriberOptions,
    private readonly logger: FeedLogger,
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      // A consumer must outlive a broker restart: kafkajs restarts itself after exhausted retries.
      // Never after close(), though: a crash handled while it disconnects would otherwise schedule
      // a restart timer that disconnect() has already cleared, and the process could not exit.
      retry: {
        retries: 8,
        initialRetryTime: 200,
        maxRetryTime: 5_000,
        restartOnFailure: async () => !this.closed,
      },
    });
  }

  /**
   * kafkajs cannot subscribe to a topic that does not exist yet on a KRaft broker ("This server does
   * not host this topic-partition", kafkajs #815/#1563), and a downstream service may well start
   * before the relay has created the topics: wait for them instead of crashing.
   */
  private async topicsExist(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (let attempt = 0; !this.closed; attempt++) {
        const existing = new Set(await admin.listTopics());
        const missing = this.options.topics.filter((t) => !existing.has(t));
        if (missing.length === 0) return;
        if (attempt % 60 === 0)
          this.logger.info({ missing }, 'waiting for the feed topics to be created');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } finally {
      await admin.disconnect();
    }
  }

  async run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    await this.topicsExist();
    const started = this.start(onBatch);
    this.starting = started.catch(() => undefined);
    await started;
  }

  private async start(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    if (this.closed) return;
    await this.consumer.connect();
    if (this.closed) return;
    await this.consumer.subscribe({
      topics: [...this.options.topics],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    if (this.closed) return;
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
        const consumer = this.consumer;
        await onBatch({
          topic: batch.topic,
          partition: batch.partition,
          messages: batch.messages.map((m) => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: m.offset,
            key: m.key ? m.key.toString() : null,
            value: m.value ? m.value.toString() : null,
            headers: Object.fromEntries(
              Object.entries(m.headers ?? {}).map(([k, v]) => [k, headerText(v)]),
            ),
          })),
          async commit(offset: string) {
            resolveOffset(String(BigInt(offset) - 1n));
            await consumer.commitOffsets([
              { topic: batch.topic, partition: batch.partition, offset },
            ]);
          },
          heartbeat,
          isRunning: () => isRunning() && !isStale(),
        });
      },
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    // kafkajs' disconnect() does not stop a start still connecting or joining the group: that start
    // would finish after it, and kafkajs reconnects on its own to fetch, so the consumer would run on
    // after close() and keep the process alive (a jest run that never exited). Let it settle first.
    await this.starting;
    await this.consumer.disconnect();
  }
}

export function createKafkaFeedClient(options: KafkaFeedClientOptions): FeedClient {
  const logger = options.logger ?? silentLogger;
  const config = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
  };
  const kafka = new Kafka(config);
  const retries = options.requestRetries ?? 3;
  // The admin's cluster connection takes the client's retry settings. The relay's backoff loop
  // retries topic creation itself, so kafkajs' default there (5 retries, ~10 s against a dead
  // broker) only delays its status and a shutdown; a separate client keeps the consumer's
  // reconnects (which the broker-restart tests rely on) at kafkajs' defaults.
  const adminKafka = new Kafka({
    ...config,
    retry: { retries, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
  return {
    producer: () => new KafkajsFeedProducer(kafka, retries),
    admin: () => new KafkajsFeedAdmin(adminKafka),
    subscriber: (subscriberOptions) => new KafkajsFeedSubscriber(kafka, subscriberOptions, logger),
  };
}
