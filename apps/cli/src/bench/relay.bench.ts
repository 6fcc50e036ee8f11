// `npm run bench:relay`: the Kafka relay beside kafkajs producing the same messages directly (the raw
// client), same run, same broker (infra/local/kafka.sh start). Not a test.
//   BENCH_RELAY_EVENTS (200000): backlog size; BENCH_RELAY_RATE (1000/s) and BENCH_RELAY_SECONDS (20)
//   for the latency phase; BENCH_RELAY_BATCH (2000) and BENCH_RELAY_BATCH_BYTES (786432) per request;
//   KAFKA_BROKERS (127.0.0.1:9092).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { uuidv7, type NewEvent, type RecordedEvent } from '@contract-ledger/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  createFeedConsumer,
  createKafkaFeedClient,
  feedTopics,
  KafkaRelay,
  MemoryDedupStore,
  SqlCheckpointStore,
  topicForStream,
  type FeedEvent,
  type FeedMessage,
  type SqlClient,
} from '@contract-ledger/messaging-kafka';
import { toFeedMessage } from '@contract-ledger/feed';
import {
  deleteFeedTopics,
  kafkaBrokers,
  requireKafka,
  uniqueTopicPrefix,
} from '@contract-ledger/messaging-kafka/testing';

const EVENTS = Number(process.env['BENCH_RELAY_EVENTS'] ?? 200_000);
const RATE = Number(process.env['BENCH_RELAY_RATE'] ?? 1_000);
const SECONDS = Number(process.env['BENCH_RELAY_SECONDS'] ?? 20);
const PARTITIONS = 3;
const BATCH = Number(process.env['BENCH_RELAY_BATCH'] ?? 2_000);
const MAX_BATCH_BYTES = Number(process.env['BENCH_RELAY_BATCH_BYTES'] ?? 768 * 1024);
const TICK_MS = 10;
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

/** The checkpoint store needs plain statements only (apps/payments-notifier has the full client). */
function sqliteClient(db: Database.Database): SqlClient {
  const client: SqlClient = {
    dialect: 'sqlite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    },
    transaction: (work) => work(client),
  };
  return client;
}

const KINDS = ['tender', 'contract', 'supplier', 'budget'] as const;
const metadata = (i: number) => ({
  actor: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  role: 'procurement-officer',
  scope: 'agency:0190f3c2-0000-7000-8000-000000000001',
  correlationId: `0190f3c2-7a1b-7c3d-8e4f-${String(i).padStart(12, '0')}`,
  commandId: `0190f3c2-7a1b-7c3d-8e4f-${String(i).padStart(12, '0')}`,
  occurredAt: '2026-11-26T10:00:00.000Z',
});
/** ~300 bytes of data, like the store benchmark's events; 1,000 streams over the four topics. */
function benchEvent(i: number, eventId?: string): { stream: string; event: NewEvent } {
  const s = i % 1_000;
  return {
    stream: `${KINDS[s % 4]}-${String(s).padStart(6, '0')}`,
    event: {
      ...(eventId ? { eventId } : {}),
      type: 'BidSubmitted',
      data: {
        tenderId: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
        bidId: `0190f3c2-7a1b-7c3d-8e4f-${String(i).padStart(12, '0')}`,
        supplierId: '0190f3c2-7a1b-7c3d-8e4f-aaaaaaaaaaaa',
        amount: { amountMinor: 125_000_00 + i, currency: 'EUR' },
        lot: i % 7,
        submittedAt: '2026-11-26T10:00:00.000Z',
        note: 'Cleaning services for public primary schools, districts 1 to 4',
      },
      metadata: metadata(i),
    },
  };
}

async function append(
  store: SqliteEventStore,
  items: { stream: string; event: NewEvent }[],
): Promise<void> {
  const byStream = new Map<string, NewEvent[]>();
  for (const { stream, event } of items)
    byStream.set(stream, [...(byStream.get(stream) ?? []), event]);
  await store.appendMulti(
    [...byStream].map(([stream, events]) => ({ stream, expectedRevision: 'any' as const, events })),
  );
}

/** The relay's batching rule, so the raw client sends requests of the same size. */
function chunks(messages: FeedMessage[]): FeedMessage[][] {
  const result: FeedMessage[][] = [];
  let current: FeedMessage[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = m.value.length + m.key.length + 200;
    if (current.length > 0 && (current.length >= BATCH || bytes + size > MAX_BATCH_BYTES)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rawKafka() {
  const kafka = new Kafka({
    clientId: 'bench-raw',
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const send = (messages: FeedMessage[]) => {
    const byTopic = new Map<
      string,
      { key: string; value: string; headers: Record<string, string> }[]
    >();
    for (const m of messages)
      byTopic.set(m.topic, [
        ...(byTopic.get(m.topic) ?? []),
        { key: m.key, value: m.value, headers: { ...m.headers } },
      ]);
    return producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list })),
    });
  };
  return { kafka, producer, send };
}

async function createTopics(kafka: Kafka, prefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: feedTopics(prefix).map((topic) => ({
      topic,
      numPartitions: PARTITIONS,
      replicationFactor: 1,
    })),
  });
  await admin.disconnect();
}

/** A consumer-helper group that records, per event id, when it arrived. */
async function receiver(
  prefix: string,
): Promise<{ arrivals: Map<string, number>; stop: () => Promise<void> }> {
  const arrivals = new Map<string, number>();
  const record = async (event: FeedEvent) => void arrivals.set(event.eventId, performance.now());
  const consumer = createFeedConsumer<{ BidSubmitted: unknown }>({
    client: createKafkaFeedClient({ brokers: kafkaBrokers(), clientId: 'bench-consumer' }),
    groupId: `${prefix}-bench`,
    topicPrefix: prefix,
    handlers: { BidSubmitted: record },
    dedup: new MemoryDedupStore(),
  });
  void consumer.start();
  return { arrivals, stop: () => consumer.stop() };
}

/** Paces `RATE` events/s in ticks of TICK_MS; returns the send time per event id. */
async function paced(
  total: number,
  send: (ids: string[], first: number) => Promise<void>,
): Promise<Map<string, number>> {
  const sentAt = new Map<string, number>();
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
  const start = performance.now();
  for (let done = 0, tick = 0; done < total; tick++) {
    const wait = start + tick * TICK_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const ids = Array.from({ length: Math.min(perTick, total - done) }, () => uuidv7());
    const now = performance.now();
    for (const id of ids) sentAt.set(id, now);
    await send(ids, done);
    done += ids.length;
  }
  return sentAt;
}

async function latencies(
  sentAt: Map<string, number>,
  arrivals: Map<string, number>,
  timeoutMs = 60_000,
): Promise<{ p50: number; p99: number; max: number; n: number }> {
  const deadline = performance.now() + timeoutMs;
  while ([...sentAt.keys()].some((id) => !arrivals.has(id)) && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const values = [...sentAt]
    .filter(([id]) => arrivals.has(id))
    .map(([id, t]) => arrivals.get(id)! - t);
  values.sort((a, b) => a - b);
  if (values.length < sentAt.size)
    throw new Error(`only ${values.length} of ${sentAt.size} events arrived`);
  return {
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values[values.length - 1]!,
    n: values.length,
  };
}

async function main(): Promise<void> {
  await requireKafka();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-relay-'));
  const prefixes: string[] = [];
  const fresh = (name: string) => {
    const p = uniqueTopicPrefix(name);
    prefixes.push(p);
    return p;
  };
  try {
    out(
      `# relay benchmark: ${EVENTS.toLocaleString('en')} backlog events, latency at ${RATE}/s for ${SECONDS} s, ${PARTITIONS} partitions/topic, broker ${kafkaBrokers().join(',')}`,
    );
    const dbPath = path.join(dir, 'ledger.sqlite');
    const store = openSqliteEventStore({ path: dbPath, synchronous: 'NORMAL' });
    let t = performance.now();
    for (let i = 0; i < EVENTS; i += 1_000)
      await append(
        store,
        Array.from({ length: Math.min(1_000, EVENTS - i) }, (_, k) => benchEvent(i + k)),
      );
    out(
      `setup: ${EVENTS.toLocaleString('en')} events appended to SQLite in ${((performance.now() - t) / 1000).toFixed(1)} s (not measured below)`,
    );

    // Backlog: the relay from checkpoint 0 to the head.
    const db = new Database(dbPath);
    db.pragma('busy_timeout = 5000');
    const client = createKafkaFeedClient({ brokers: kafkaBrokers(), clientId: 'bench-relay' });
    const backlogPrefix = fresh('bench-backlog');
    const relay = new KafkaRelay({
      store,
      client,
      checkpoints: new SqlCheckpointStore(sqliteClient(db)),
      topicPrefix: backlogPrefix,
      partitions: PARTITIONS,
      batchSize: BATCH,
      maxBatchBytes: MAX_BATCH_BYTES,
    });
    t = performance.now();
    await relay.start();
    await relay.waitFor(EVENTS);
    const relaySeconds = (performance.now() - t) / 1000;
    await relay.stop();

    // Raw: the same messages, pre-built from the same events, through one idempotent acks=all producer.
    const raw = rawKafka();
    const rawPrefix = fresh('bench-raw');
    await createTopics(raw.kafka, rawPrefix);
    const events: RecordedEvent[] = [];
    for (let from = 1; from <= EVENTS; from += 10_000)
      events.push(...(await store.readAll({ fromPosition: from, limit: 10_000 })));
    const messages = events.map((e) => toFeedMessage(topicForStream(rawPrefix, e.stream)!, e));
    await raw.producer.connect();
    t = performance.now();
    for (const chunk of chunks(messages)) await raw.send(chunk);
    const rawSeconds = (performance.now() - t) / 1000;
    const relayRate = EVENTS / relaySeconds;
    const rawRate = EVENTS / rawSeconds;
    out('');
    out('| backlog | events | seconds | events/s | vs raw |');
    out('|---|---:|---:|---:|---:|');
    out(
      `| relay (SQLite store -> Kafka, checkpoint per batch) | ${EVENTS} | ${relaySeconds.toFixed(2)} | ${Math.round(relayRate)} | ${(relayRate / rawRate).toFixed(2)} |`,
    );
    out(
      `| raw kafkajs sendBatch, same messages pre-built | ${EVENTS} | ${rawSeconds.toFixed(2)} | ${Math.round(rawRate)} | 1.00 |`,
    );
    out(
      `targets: >= 20,000 events/s: ${relayRate >= 20_000 ? 'met' : 'NOT met'}; >= 0.5x raw: ${relayRate >= 0.5 * rawRate ? 'met' : 'NOT met'}`,
    );

    // Latency: append -> consumer-helper receipt at a steady RATE, relay live (notified after each append, as in-process mode does).
    const total = RATE * SECONDS;
    const livePrefix = fresh('bench-live');
    const liveRelay = new KafkaRelay({
      store,
      client,
      checkpoints: new SqlCheckpointStore(sqliteClient(db)),
      name: `bench-live-${livePrefix}`,
      topicPrefix: livePrefix,
      partitions: PARTITIONS,
      idlePollMs: 50,
    });
    // Start the live relay at the head: the backlog is not part of this measurement.
    await new SqlCheckpointStore(sqliteClient(db)).save(
      `bench-live-${livePrefix}`,
      await store.head(),
    );
    await liveRelay.start();
    const liveReceiver = await receiver(livePrefix);
    await new Promise((r) => setTimeout(r, 3_000)); // group join
    let base = EVENTS;
    const relaySent = await paced(total, async (ids, done) => {
      await append(
        store,
        ids.map((id, k) => benchEvent(base + done + k, id)),
      );
      liveRelay.notify();
    });
    base += total;
    const relayLatency = await latencies(relaySent, liveReceiver.arrivals);
    await liveReceiver.stop();
    await liveRelay.stop();

    const rawLivePrefix = fresh('bench-rawlive');
    await createTopics(raw.kafka, rawLivePrefix);
    const rawReceiver = await receiver(rawLivePrefix);
    await new Promise((r) => setTimeout(r, 3_000));
    let position = base;
    const rawSent = await paced(total, async (ids) => {
      const batch = ids.map((id) => {
        const { stream, event } = benchEvent(position, id);
        position++;
        const recorded: RecordedEvent = {
          ...event,
          eventId: id,
          position,
          stream,
          revision: 1,
          schemaVersion: 1,
          recordedAt: '2026-11-26T10:00:00.000Z',
          prevHash: '',
          hash: '',
        };
        return toFeedMessage(topicForStream(rawLivePrefix, stream)!, recorded);
      });
      await raw.send(batch);
    });
    const rawLatency = await latencies(rawSent, rawReceiver.arrivals);
    await rawReceiver.stop();
    await raw.producer.disconnect();

    out('');
    out(`| end-to-end latency at ${RATE}/s | events | p50 ms | p99 ms | max ms |`);
    out('|---|---:|---:|---:|---:|');
    out(
      `| append -> relay -> consumer helper | ${relayLatency.n} | ${relayLatency.p50.toFixed(1)} | ${relayLatency.p99.toFixed(1)} | ${relayLatency.max.toFixed(1)} |`,
    );
    out(
      `| raw kafkajs send -> consumer helper | ${rawLatency.n} | ${rawLatency.p50.toFixed(1)} | ${rawLatency.p99.toFixed(1)} | ${rawLatency.max.toFixed(1)} |`,
    );
    out(`target: relay p99 < 500 ms: ${relayLatency.p99 < 500 ? 'met' : 'NOT met'}`);
    await store.close();
    db.close();
  } finally {
    for (const p of prefixes) await deleteFeedTopics(p).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench:relay failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
