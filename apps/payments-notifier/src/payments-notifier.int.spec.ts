// Ledger (SQLite file) -> relay process -> real broker -> this service's table. Needs
// infra/local/kafka.sh start (or KAFKA_BROKERS).
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteEventStore, type SqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  appendFeedTestEvents,
  assertPerKeyOrder,
  deleteFeedTopics,
  feedTestEvents,
  kafkaBrokers,
  requireKafka,
  uniqueTopicPrefix,
  waitUntil,
} from '@contract-ledger/messaging-kafka/testing';
import {
  createFeedConsumer,
  createKafkaFeedClient,
  MemoryDedupStore,
  type FeedEvent,
} from '@contract-ledger/messaging-kafka';
import {
  createPaymentsNotifier,
  supplierDisbursements,
  type FundsDisbursedData,
} from './payments-notifier';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
let store: SqliteEventStore;
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(() => requireKafka());

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'payments-notifier-'));
  store = openSqliteEventStore({ path: path.join(dir, 'ledger.sqlite'), synchronous: 'NORMAL' });
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function startRelayProcess(
  topicPrefix: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      './tools/register.js',
      'apps/payments-notifier/test/relay-process.ts',
      path.join(dir, 'ledger.sqlite'),
      topicPrefix,
      kafkaBrokers().join(','),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on(
      'data',
      (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child),
    );
    child.once('exit', (code, signal) =>
      reject(new Error(`relay process exited (${code ?? signal}) before it was ready`)),
    );
  });
}

function relayCheckpoint(): number {
  const db = new Database(path.join(dir, 'ledger.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT position FROM relay_checkpoints').get() as
      { position: number } | undefined;
    return row?.position ?? 0;
  } catch {
    return 0; // the relay has not created its table yet
  } finally {
    db.close();
  }
}

/** What the notifier's table must hold: the ledger's own FundsDisbursed events, summed per supplier. */
async function expectedTotals() {
  const totals = new Map<
    string,
    {
      supplierId: string;
      currency: string;
      disbursements: number;
      amountMinor: number;
      cashPaidMinor: number;
      lastDisbursedAt: string;
    }
  >();
  for (const event of await store.readAll({ filter: { types: ['FundsDisbursed'] } })) {
    const d = event.data as FundsDisbursedData;
    const key = `${d.supplierId}|${d.amount.currency}`;
    const t = totals.get(key) ?? {
      supplierId: d.supplierId,
      currency: d.amount.currency,
      disbursements: 0,
      amountMinor: 0,
      cashPaidMinor: 0,
      lastDisbursedAt: '',
    };
    t.disbursements++;
    t.amountMinor += d.amount.amountMinor;
    t.cashPaidMinor += d.cashPaid.amountMinor;
    t.lastDisbursedAt = d.disbursedAt > t.lastDisbursedAt ? d.disbursedAt : t.lastDisbursedAt;
    totals.set(key, t);
  }
  return [...totals.values()].sort(
    (a, b) => a.supplierId.localeCompare(b.supplierId) || a.currency.localeCompare(b.currency),
  );
}

it('ends with every event and a table that matches the ledger when the relay process is SIGKILLed mid-stream and restarted', async () => {
  const topicPrefix = uniqueTopicPrefix('notifier');
  const client = createKafkaFeedClient({ brokers: kafkaBrokers(), clientId: 'notifier-int-spec' });

  const notifierDb = new Database(path.join(dir, 'notifier.sqlite'));
  const notifier = createPaymentsNotifier({
    db: notifierDb,
    client,
    topicPrefix,
    groupId: `${topicPrefix}-notifier`,
  });
  // A second downstream consumer on every topic, to check the whole feed, not only disbursements.
  const received: FeedEvent[] = [];
  const record = async (event: FeedEvent) => void received.push(event);
  const everything = createFeedConsumer<{ FundsDisbursed: unknown; TestHappened: unknown }>({
    client,
    groupId: `${topicPrefix}-all`,
    topicPrefix,
    handlers: { FundsDisbursed: record, TestHappened: record },
    dedup: new MemoryDedupStore(),
  });
  cleanups.push(
    () => deleteFeedTopics(topicPrefix),
    async () => void notifierDb.close(),
    () => notifier.stop(),
    () => everything.stop(),
  );

  const events = feedTestEvents(10_000);
  await appendFeedTestEvents(store, events.slice(0, 3_000));
  void notifier.start();
  void everything.start();

  // 1. The worst moment: the broker has the batch holding position 2,000, the checkpoint does not.
  const first = await startRelayProcess(topicPrefix, { CRASH_BEFORE_CHECKPOINT_AT: '2000' });
  const [, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    first.once('exit', (...a) => resolve(a)),
  );
  expect(signal).toBe('SIGKILL');
  expect(relayCheckpoint()).toBeLessThan(2_000);

  // 2. An arbitrary moment, from outside, while appends continue.
  const second = await startRelayProcess(topicPrefix);
  const appending = appendFeedTestEvents(store, events.slice(3_000), 100);
  await waitUntil(() => relayCheckpoint() >= 4_000, 60_000, 'the relay to pass position 4,000');
  second.kill('SIGKILL');
  const killedAt = relayCheckpoint();
  await appending;
  expect(killedAt).toBeLessThan(10_000);
  await startRelayProcess(topicPrefix);

  await waitUntil(
    () => relayCheckpoint() >= 10_000,
    120_000,
    'the restarted relay to reach position 10,000',
  );
  await waitUntil(
    () => received.length >= 10_000,
    120_000,
    'the consumer to end with 10,000 events',
  );
  const disbursements = events.filter((e) => e.event.type === 'FundsDisbursed').length;
  await waitUntil(
    () => notifier.stats().handled >= disbursements,
    60_000,
    'the notifier to handle every disbursement',
  );
  await new Promise((r) => setTimeout(r, 1_000)); // a late duplicate would show in the counts below

  expect(received).toHaveLength(10_000);
  expect(new Set(received.map((e) => e.eventId)).size).toBe(10_000);
  assertPerKeyOrder(received);
  // The batch published before the first crash was published again, and removed by the helper.
  expect(everything.stats().duplicates).toBeGreaterThan(0);
  expect(notifier.stats().duplicates).toBeGreaterThan(0);
  expect(notifier.stats().handled).toBe(disbursements);
  expect(supplierDisbursements(notifierDb)).toEqual(await expectedTotals());
});
