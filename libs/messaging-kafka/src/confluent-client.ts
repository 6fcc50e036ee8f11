// TRIAL ONLY (issue 16): @confluentinc/kafka-javascript's kafkajs-compatible API behind the port.
import { KafkaJS } from '@confluentinc/kafka-javascript';
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

type Kafka = KafkaJS.Kafka;
type Producer = KafkaJS.Producer;
type Consumer = KafkaJS.Consumer;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function headerText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : String(first);
}

class ConfluentFeedProducer implements FeedProducer {
  private current: Promise<Producer> | undefined;

  constructor(private readonly kafka: Kafka) {}

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
    try {
      const producer = await this.producer();
      await producer.sendBatch({
        topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list })),
      });
    } catch (error) {
      await this.drop();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.drop();
  }

  private producer(): Promise<Producer> {
    if (!this.current) {
      const producer = this.kafka.producer({
        // murmur2 like the Java client and kafkajs (librdkafka's default is CRC32).
        partitioner: 'murmur2_random',
        'linger.ms': 0,
        kafkaJS: {
          idempotent: true,
          acks: -1,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
        },
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

class ConfluentFeedAdmin implements FeedAdmin {
  private readonly admin;
  private connected: Promise<void> | undefined;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
  }

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    this.connected ??= this.admin.connect();
    await this.connected;
    const existing = new Set(await this.admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length > 0)
      await this.admin.createTopics({
        topics: missing.map((t) => ({
          topic: t.topic,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(t.retentionMs) },
            { name: 'max.message.bytes', value: String(t.maxMessageBytes) },
          ],
        })),
      });
    // No waitForLeaders in this client: poll the metadata.
    for (let attempt = 0; ; attempt++) {
      const metadata = await this.admin
        .fetchTopicMetadata({ topics: topics.map((t) => t.topic) })
        .catch(() => []);
      const ready =
        metadata.length === topics.length &&
        metadata.every((m) => m.partitions.every((p) => p.leader >= 0));
      if (ready) return;
      if (attempt >= 300) throw new Error('no leaders for the feed topics');
      await sleep(100);
    }
  }

  async close(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
    this.connected = undefined;
  }
}

class ConfluentFeedSubscriber implements FeedSubscriber {
  private readonly consumer: Consumer;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscriberOptions,
    private readonly logger: FeedLogger,
  ) {
    this.consumer = kafka.consumer({
      'js.consumer.max.batch.size': -1,
      kafkaJS: {
        groupId: options.groupId,
        fromBeginning: options.fromBeginning ?? true,
        autoCommit: false,
        allowAutoTopicCreation: false,
      },
    });
  }

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
        await sleep(500);
      }
    } finally {
      await admin.disconnect();
    }
  }

  async run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    await this.topicsExist();
    if (this.closed) return;
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.options.topics] });
    await this.consumer.run({
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
            for (let attempt = 1; ; attempt++) {
              try {
                await consumer.commitOffsets([
                  { topic: batch.topic, partition: batch.partition, offset },
                ]);
                return;
              } catch (error) {
                if (attempt >= 10) throw error;
                await sleep(Math.min(10_000, 200 * 2 ** (attempt - 1)));
              }
            }
          },
          heartbeat,
          isRunning: () => isRunning() && !isStale(),
        });
      },
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.consumer.disconnect();
  }
}

export function createConfluentFeedClient(options: {
  brokers: readonly string[];
  clientId: string;
  logger?: FeedLogger;
}): FeedClient {
  const logger = options.logger ?? silentLogger;
  const kafka = new KafkaJS.Kafka({
    kafkaJS: {
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: KafkaJS.logLevel.NOTHING,
    },
  });
  return {
    producer: () => new ConfluentFeedProducer(kafka),
    admin: () => new ConfluentFeedAdmin(kafka),
    subscriber: (subscriberOptions) =>
      new ConfluentFeedSubscriber(kafka, subscriberOptions, logger),
  };
}
