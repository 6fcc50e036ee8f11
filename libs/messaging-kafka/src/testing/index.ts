/**
 * For integration tests against the real broker (infra/local/kafka.sh). Node-only; never imported by
 * production code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import type { EventStore, NewEvent, RecordedEvent } from '@contract-ledger/event-store';
import { Kafka, logLevel } from 'kafkajs';
import { checkpointTopic, feedTopics } from '../topics';

/** `KAFKA_BROKERS` (comma-separated), default 127.0.0.1:9092. */
export function kafkaBrokers(): string[] {
  return (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

const REPO = path.resolve(__dirname, '../../../..');
export const KAFKA_SH = path.join(REPO, 'infra/local/kafka.sh');

function canConnect(broker: string, timeoutMs: number): Promise<boolean> {
  const [host, port] = broker.split(':');
  return new Promise((resolve) => {
    const socket = connect({ host: host!, port: Number(port ?? 9092) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Throws a message that says what to do when no broker answers. Call it in beforeAll. */
export async function requireKafka(brokers = kafkaBrokers()): Promise<void> {
  for (const broker of brokers) {
    if (await canConnect(broker, 2_000)) return;
  }
  throw new Error(
    `Kafka is not reachable at ${brokers.join(',')}: start it with infra/local/kafka.sh start (or set KAFKA_BROKERS)`,
  );
}

/** A topic prefix no other test run uses, so tests need no cleanup and do not see each other. */
export function uniqueTopicPrefix(name: string): string {
  return `test-${name}-${process.pid}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Deletes a test's feed topics, so the broker's data (and its restart time) does not grow run after run. */
export async function deleteFeedTopics(
  topicPrefix: string,
  brokers = kafkaBrokers(),
): Promise<void> {
  const admin = new Kafka({
    clientId: 'test-cleanup',
    brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = [...feedTopics(topicPrefix), checkpointTopic(topicPrefix)].filter((t) =>
      existing.has(t),
    );
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** The local broker's pid, for crash tests (infra/local/kafka.sh only; not with a remote KAFKA_BROKERS). */
export function localBrokerPid(): number {
  return Number(execFileSync(KAFKA_SH, ['pid'], { encoding: 'utf8' }).trim());
}

export function startLocalBroker(): void {
  execFileSync(KAFKA_SH, ['start'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, KAFKA_SKIP_KCAT: '1' },
  });
}

export interface KcatRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
  readonly payload: string | null;
  readonly headers: Record<string, string>;
}

/** Reads a whole topic with kcat (librdkafka), an independent client, from the beginning to the end. */
export function readTopicWithKcat(topic: string, brokers = kafkaBrokers()): KcatRecord[] {
  const result = spawnSync(
    'kcat',
    ['-C', '-b', brokers.join(','), '-t', topic, '-o', 'beginning', '-e', '-J', '-q'],
    {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  if (result.error)
    throw new Error(`kcat could not run (${result.error.message}): apt-get install -y kcat`);
  if (result.status !== 0) throw new Error(`kcat exited ${result.status}: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      const raw = JSON.parse(line) as {
        topic: string;
        partition: number;
        offset: number;
        key: string | null;
        payload: string | null;
        headers?: string[];
      };
      const headers: Record<string, string> = {};
      for (let i = 0; i + 1 < (raw.headers ?? []).length; i += 2)
        headers[raw.headers![i]!] = raw.headers![i + 1]!;
      return {
        topic: raw.topic,
        partition: raw.partition,
        offset: raw.offset,
        key: raw.key,
        payload: raw.payload,
        headers,
      };
    });
}

const STREAM_KINDS = ['tender', 'contract', 'supplier', 'budget'] as const;

/**
 * A deterministic mixed workload: `count` events over `streams` streams of the four categories. Every
 * contract stream's events are FundsDisbursed with the domain's data shape (the payments notifier
 * reads them); the rest are TestHappened.
 */
export function feedTestEvents(count: number, streams = 40): { stream: string; event: NewEvent }[] {
  const out: { stream: string; event: NewEvent }[] = [];
  for (let i = 0; i < count; i++) {
    const s = i % streams;
    const kind = STREAM_KINDS[s % STREAM_KINDS.length]!;
    const stream = `${kind}-${String(s).padStart(4, '0')}`;
    const metadata = {
      actor: 'test',
      role: 'system',
      correlationId: `corr-${i}`,
      commandId: `cmd-${i}`,
      occurredAt: '2026-11-26T00:00:00.000Z',
    };
    const data =
      kind === 'contract'
        ? {
            contractId: stream.slice('contract-'.length),
            agencyId: 'agency-1',
            supplierId: `supplier-${s % 3}`,
            disbursementId: `disbursement-${i}`,
            budgetLineId: 'budget-line-1',
            kind: 'milestone',
            milestoneId: `milestone-${i}`,
            amount: { amountMinor: 10_000 + (i % 97), currency: 'CNY' },
            advanceRecovered: { amountMinor: i % 5, currency: 'CNY' },
            cashPaid: { amountMinor: 10_000 + (i % 97) - (i % 5), currency: 'CNY' },
            disbursedBy: 'finance-1',
            disbursedAt: '2026-11-26T00:00:00.000Z',
          }
        : { n: i, stream };
    out.push({
      stream,
      event: { type: kind === 'contract' ? 'FundsDisbursed' : 'TestHappened', data, metadata },
    });
  }
  return out;
}

/** Appends in chunks of one append per stream and chunk, as commands would. */
export async function appendFeedTestEvents(
  store: Pick<EventStore, 'appendMulti'>,
  events: readonly { stream: string; event: NewEvent }[],
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < events.length; i += chunk) {
    const byStream = new Map<string, NewEvent[]>();
    for (const { stream, event } of events.slice(i, i + chunk))
      byStream.set(stream, [...(byStream.get(stream) ?? []), event]);
    await store.appendMulti(
      [...byStream].map(([stream, list]) => ({
        stream,
        expectedRevision: 'any' as const,
        events: list,
      })),
    );
  }
}

/** Per key, the positions must rise strictly: the per-entity order the feed promises. */
export function assertPerKeyOrder(
  events: readonly Pick<RecordedEvent, 'stream' | 'position'>[],
): void {
  const last = new Map<string, number>();
  for (const e of events) {
    const previous = last.get(e.stream) ?? 0;
    if (e.position <= previous)
      throw new Error(`Stream ${e.stream}: position ${e.position} after ${previous}`);
    last.set(e.stream, e.position);
  }
}

export function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        if (await condition()) return resolve();
      } catch (error) {
        return reject(error);
      }
      if (Date.now() > deadline)
        return reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}
