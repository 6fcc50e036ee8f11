// Against the real broker: infra/local/kafka.sh start (KAFKA_BROKERS to point elsewhere).
import {
  checkpointText,
  createMemoryEventStore,
  generateSignerKey,
  MerkleLog,
  openNote,
  parseCheckpoint,
  parseSignerKey,
  signNote,
  type MemoryEventStore,
} from '@contract-ledger/event-store';
import {
  appendFeedTestEvents,
  assertPerKeyOrder,
  deleteFeedTopics,
  feedTestEvents,
  kafkaBrokers,
  localBrokerPid,
  readTopicWithKcat,
  requireKafka,
  startLocalBroker,
  uniqueTopicPrefix,
  waitUntil,
} from './testing';
import {
  createFeedConsumer,
  checkpointTopic,
  createKafkaFeedClient,
  feedTopics,
  KafkaRelay,
  MemoryCheckpointStore,
  MemoryDedupStore,
  type CheckpointStore,
  type DeadLetter,
  type FeedClient,
  type FeedConsumer,
  type FeedEvent,
  type RelayBatchReport,
  type RelayOptions,
} from './index';

jest.setTimeout(180_000);

let client: FeedClient;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  await requireKafka();
  client = createKafkaFeedClient({ brokers: kafkaBrokers(), clientId: 'relay-int-spec' });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

function startRelay(
  store: MemoryEventStore,
  topicPrefix: string,
  batchSize = 2_000,
  checkpoints: CheckpointStore = new MemoryCheckpointStore(),
  withLogCheckpoints = false,
  onBatch?: RelayOptions['onBatch'],
): KafkaRelay {
  cleanups.push(() => deleteFeedTopics(topicPrefix));
  const relay = new KafkaRelay({
    store,
    client,
    checkpoints,
    topicPrefix,
    batchSize,
    idlePollMs: 20,
    backoff: { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.2 },
    ...(withLogCheckpoints
      ? {
          // Every signed checkpoint is final here (no witnesses required).
          logCheckpoints: {
            finalFrom: (fromSize: number, limit: number) =>
              store.listCheckpoints({ fromSize, limit }),
          },
          checkpointPollMs: 50,
        }
      : {}),
    ...(onBatch ? { onBatch } : {}),
  });
  cleanups.push(() => relay.stop());
  return relay;
}

type TestEvents = { TestHappened: unknown; FundsDisbursed: unknown };

function startConsumer(topicPrefix: string): {
  received: FeedEvent[];
  consumer: FeedConsumer<TestEvents>;
} {
  const received: FeedEvent[] = [];
  const record = async (event: FeedEvent) => {
    received.push(event);
  };
  const consumer = createFeedConsumer<TestEvents>({
    client,
    groupId: `${topicPrefix}-group`,
    topicPrefix,
    handlers: { TestHappened: record, FundsDisbursed: record },
    dedup: new MemoryDedupStore(),
  });
  cleanups.push(() => consumer.stop());
  void consumer.start();
  return { received, consumer };
}

describe('KafkaRelay against the real broker', () => {
  it('publishes every event exactly once, keyed by stream, in stream order, with the contract headers (read back by kcat)', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('relay');
    await appendFeedTestEvents(store, feedTestEvents(2_000));
    const relay = startRelay(store, prefix, 300);
    await relay.start();
    await relay.waitFor(2_000);
    expect(await relay.lag()).toBe(0);
    expect(relay.status()).toMatchObject({ checkpoint: 2_000, published: 2_000, retries: 0 });

    const all = await store.readAll();
    const byId = new Map(all.map((e) => [e.eventId, e]));
    const records = feedTopics(prefix).flatMap((topic) => readTopicWithKcat(topic));
    expect(records).toHaveLength(2_000);
    expect(new Set(records.map((r) => r.headers['event-id'])).size).toBe(2_000);
    for (const record of records) {
      const event = byId.get(record.headers['event-id']!)!;
      expect(event).toBeDefined();
      expect(record.key).toBe(event.stream);
      expect(record.topic).toBe(
        `${prefix}.${{ tender: 'tenders', contract: 'contracts', supplier: 'suppliers', budget: 'budgets' }[event.stream.split('-')[0]!]}`,
      );
      expect(record.headers).toEqual({
        'event-id': event.eventId,
        'event-type': event.type,
        'schema-version': String(event.schemaVersion),
        position: String(event.position),
        'correlation-id': event.metadata.correlationId,
        hash: event.hash,
      });
      expect(JSON.parse(record.payload!)).toMatchObject({
        eventId: event.eventId,
        stream: event.stream,
        position: event.position,
        data: event.data,
      });
    }
    // One stream lives in one partition, in log order: offsets rise with positions.
    const partitionsPerStream = new Map<string, Set<number>>();
    for (const r of records)
      partitionsPerStream.set(
        r.key!,
        (partitionsPerStream.get(r.key!) ?? new Set()).add(r.partition),
      );
    expect([...partitionsPerStream.values()].every((p) => p.size === 1)).toBe(true);
    const inOffsetOrder = [...records].sort(
      (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || a.offset - b.offset,
    );
    assertPerKeyOrder(
      inOffsetOrder.map((r) => ({ stream: r.key!, position: Number(r.headers['position']) })),
    );

    // The consumer helper sees the same: every event once, per-stream order.
    const { received, consumer } = startConsumer(prefix);
    await waitUntil(() => received.length >= 2_000, 60_000, 'the consumer to receive 2,000 events');
    expect(received.map((e) => e.position).sort((a, b) => a - b)).toEqual(
      all.map((e) => e.position),
    );
    assertPerKeyOrder(received);
    expect(consumer.stats()).toEqual({
      handled: 2_000,
      duplicates: 0,
      ignored: 0,
      deadLettered: 0,
    });
  });

  it('keeps publishing live appends after catching up, and reports each acknowledged batch', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('live');
    const batches: RelayBatchReport[] = [];
    const relay = startRelay(store, prefix, 20, new MemoryCheckpointStore(), false, (b) =>
      batches.push(b),
    );
    await relay.start();
    const { received } = startConsumer(prefix);
    await appendFeedTestEvents(store, feedTestEvents(50));
    relay.notify();
    await relay.waitFor(50);
    await waitUntil(() => received.length >= 50, 60_000, 'live events');
    expect(received).toHaveLength(50);
    // Batches of at most 20 that tile positions 1..50 (what the worker's relay spans say).
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.every((b, i) => b.from === (i === 0 ? 0 : batches[i - 1]!.to))).toBe(true);
    expect(batches.at(-1)!.to).toBe(50);
    expect(batches.reduce((n, b) => n + b.messages, 0)).toBe(50);
    expect(batches.every((b) => b.ms >= 0 && b.to - b.from <= 20)).toBe(true);
  });

  it('publishes every signed checkpoint of the transparency log on <prefix>.checkpoints, in order, once its events are acknowledged, and goes on after a restart', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('ckpt');
    const signer = parseSignerKey(generateSignerKey('relay-spec.example/log'));
    const merkle = new MerkleLog(store);
    const sign = async () => {
      const size = await merkle.size();
      const root = Buffer.from(await merkle.root(size));
      return store.saveCheckpoint({
        size,
        note: signNote(checkpointText({ origin: 'relay-spec.example/log', size, root }), [signer]),
        key: signer.verifier.key,
        createdAt: new Date().toISOString(),
      });
    };
    await appendFeedTestEvents(store, feedTestEvents(300));
    const first = await sign();
    const checkpoints = new MemoryCheckpointStore();
    const relay = startRelay(store, prefix, 100, checkpoints, true);
    await relay.start();
    await relay.waitFor(300);
    await waitUntil(() => relay.status().checkpointsPublished === 300, 30_000, 'checkpoint 300');
    // Two checkpoints, possibly within one look of the relay: both are published, in order.
    await appendFeedTestEvents(store, feedTestEvents(20));
    const second = await sign();
    await appendFeedTestEvents(store, feedTestEvents(20));
    const third = await sign();
    relay.notify();
    await waitUntil(
      () => relay.status().checkpointsPublished === third.size,
      30_000,
      `checkpoint ${third.size}`,
    );
    // Two more while the relay is down: the next one goes on from the last published (sent again).
    await relay.stop();
    await appendFeedTestEvents(store, feedTestEvents(10));
    const fourth = await sign();
    await appendFeedTestEvents(store, feedTestEvents(10));
    const fifth = await sign();
    const restarted = startRelay(store, prefix, 100, checkpoints, true);
    await restarted.start();
    await waitUntil(
      () => restarted.status().checkpointsPublished === fifth.size,
      30_000,
      `checkpoint ${fifth.size}`,
    );
    const expected = [first, second, third, third, fourth, fifth];
    const records = readTopicWithKcat(checkpointTopic(prefix));
    expect(records.map((r) => r.headers['checkpoint-size'])).toEqual(
      expected.map((c) => String(c.size)),
    );
    for (const [record, stored] of records.map((r, i) => [r, expected[i]!] as const)) {
      expect(record.key).toBe('relay-spec.example/log');
      const value = JSON.parse(record.payload!);
      expect(value).toEqual({
        size: stored.size,
        note: stored.note,
        key: signer.verifier.key,
        createdAt: stored.createdAt,
      });
      expect(parseCheckpoint(openNote(value.note, [signer.verifier]).text).size).toBe(stored.size);
    }
    // Every event a checkpoint covers was on the feed before it (one partition, in order).
    expect(restarted.status().checkpoint).toBeGreaterThanOrEqual(fifth.size);
  });

  it('loses and reorders nothing when the broker is SIGKILLed in the middle of a 10,000-event stream', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('brokerkill');
    const events = feedTestEvents(10_000);
    const relay = startRelay(store, prefix, 200);
    await relay.start();
    const { received, consumer } = startConsumer(prefix);

    // Append steadily, so the broker dies while appends, produces and consumption are all under way.
    let appended = 0;
    const appending = (async () => {
      while (appended < events.length) {
        await appendFeedTestEvents(store, events.slice(appended, appended + 250));
        appended += 250;
        relay.notify();
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    await waitUntil(
      () => relay.status().checkpoint >= 2_500,
      60_000,
      'the relay to pass position 2,500',
    );
    const killed = localBrokerPid();
    process.kill(killed, 'SIGKILL');
    await appending;
    // The outage happened with work pending: the relay could not have published it all.
    expect(relay.status().checkpoint).toBeLessThan(10_000);
    startLocalBroker();
    expect(localBrokerPid()).not.toBe(killed);

    await relay.waitFor(10_000);
    await waitUntil(
      () => received.length >= 10_000,
      120_000,
      'the consumer to end with 10,000 events',
    );
    await new Promise((r) => setTimeout(r, 1_000)); // anything late would be a duplicate the helper lets through
    expect(received).toHaveLength(10_000);
    expect(new Set(received.map((e) => e.eventId)).size).toBe(10_000);
    assertPerKeyOrder(received);
    const total = feedTopics(prefix).reduce((n, topic) => n + readTopicWithKcat(topic).length, 0);
    // Whatever the relay resent is in the topics; the helper removed exactly those.
    expect(total).toBe(10_000 + consumer.stats().duplicates);
    expect(consumer.stats().handled).toBe(10_000);
  });

  it('stops (diverged) instead of publishing over a log rewound below its checkpoint, at start and while following', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('relay-rewound');
    await appendFeedTestEvents(store, feedTestEvents(30));
    const checkpoints = new MemoryCheckpointStore();
    const first = startRelay(store, prefix, 8, checkpoints);
    await first.start();
    await first.waitFor(30);
    expect(await checkpoints.load(`kafka:${prefix}`)).toEqual({
      position: 30,
      hash: (await store.head()).hash,
    });

    // Following: the tail is cut and written again at reused positions while the relay idles.
    store.unsafeRows().splice(20);
    await appendFeedTestEvents(store, feedTestEvents(15, 7));
    await waitUntil(
      () => first.status().state === 'diverged',
      10_000,
      'the running relay to see the rewound log',
    );
    expect(first.status()).toMatchObject({ checkpoint: 30, published: 30 });
    expect(first.status().lastError).toContain(
      "the log's event at the relay's checkpoint 30 is not the one it published",
    );
    await first.stop();
    expect(first.status().state).toBe('diverged');

    // At start: a log that ends before the checkpoint.
    store.unsafeRows().splice(25);
    const second = startRelay(store, prefix, 8, checkpoints);
    await second.start();
    await waitUntil(
      () => second.status().state === 'diverged',
      10_000,
      'the restarted relay to see the cut log',
    );
    expect(second.status().lastError).toContain(
      "the log ends at position 25, before the relay's checkpoint 30",
    );
    // Nothing of the rewritten tail reached the topics.
    const records = feedTopics(prefix).flatMap((topic) => readTopicWithKcat(topic));
    expect(records.map((r) => Number(r.headers['position'])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  it('poison records go to the dead-letter handler and their partition moves on: skipped and counted, or copied to a dead-letter topic', async () => {
    const store = createMemoryEventStore();
    const prefix = uniqueTopicPrefix('poison');
    await appendFeedTestEvents(store, feedTestEvents(40));
    const relay = startRelay(store, prefix, 100);
    await relay.start();
    await relay.waitFor(40);
    // Two records nobody can handle, in the partition of contract-0001, ahead of its later events.
    const producer = client.producer();
    await producer.send([
      { topic: `${prefix}.contracts`, key: 'contract-0001', value: 'not json {', headers: {} },
      {
        topic: `${prefix}.contracts`,
        key: 'contract-0001',
        value: '{"type":"FundsDisbursed"}',
        headers: {},
      },
    ]);
    await producer.close();
    await appendFeedTestEvents(store, feedTestEvents(80).slice(40));
    await relay.waitFor(80);
    const deadLetterTopic = `${prefix}.dead-letter`;
    const admin = client.admin();
    await admin.ensureTopics([
      {
        topic: deadLetterTopic,
        partitions: 1,
        replicationFactor: 1,
        retentionMs: -1,
        maxMessageBytes: 1_048_576,
      },
    ]);
    await admin.close();
    cleanups.push(() => deleteFeedTopics(deadLetterTopic));

    const run = (
      groupId: string,
      deadLetter: { kind: 'skip' } | { kind: 'topic'; topic: string },
    ) => {
      const received = new Set<string>();
      const dead: DeadLetter[] = [];
      const record = async (event: FeedEvent) => void received.add(event.eventId);
      const consumer = createFeedConsumer<TestEvents>({
        client,
        groupId,
        topicPrefix: prefix,
        handlers: { TestHappened: record, FundsDisbursed: record },
        dedup: new MemoryDedupStore(),
        deadLetter: { ...deadLetter, onDeadLetter: (d) => dead.push(d) },
      });
      cleanups.push(() => consumer.stop());
      void consumer.start();
      return { received, dead, consumer };
    };
    const skip = run(`${prefix}-skip`, { kind: 'skip' });
    const copy = run(`${prefix}-copy`, { kind: 'topic', topic: deadLetterTopic });
    for (const c of [skip, copy]) {
      await waitUntil(() => c.received.size === 80, 60_000, 'every event after the poison records');
      expect(c.consumer.stats()).toMatchObject({ deadLettered: 2 });
      expect(c.dead.map((d) => d.reason).sort()).toEqual(['no event id', 'value is not JSON']);
      expect(new Set(c.dead.map((d) => `${d.topic}/${d.partition}`))).toEqual(
        new Set([`${prefix}.contracts/${c.dead[0]!.partition}`]),
      );
    }
    const copies = readTopicWithKcat(deadLetterTopic);
    expect(
      copies.map((r) => [
        r.key,
        r.payload,
        r.headers['dead-letter-topic'],
        r.headers['dead-letter-reason'],
      ]),
    ).toEqual([
      ['contract-0001', 'not json {', `${prefix}.contracts`, 'value is not JSON'],
      ['contract-0001', '{"type":"FundsDisbursed"}', `${prefix}.contracts`, 'no event id'],
    ]);
    expect(copies.map((r) => r.headers['dead-letter-offset'])).toEqual(
      copy.dead.map((d) => d.offset),
    );
  });
});
