// `npm run bench:store`: the event-store adapters beside their raw drivers, same run, same machine.
// BENCH_EVENTS (default 200000) scales the log; DATABASE_URL selects PostgreSQL. Not a test.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import type { EventStore, NewEvent } from '@contract-ledger/event-store';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 200_000);
const SINGLE = Math.max(200, Math.min(2000, Math.floor(EVENTS / 100)));
const STREAMS = 1000;
const BATCH = 100;
const LONG_STREAM = Math.min(10_000, EVENTS);
/** Rounds of each whole-log read (store and raw alternating); the median counts. */
const ROUNDS = 3;
const url = process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

const metadata = {
  actor: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  role: 'procurement-officer',
  scope: 'agency:0190f3c2-0000-7000-8000-000000000001',
  correlationId: '0190f3c2-7a1b-7c3d-8e4f-000000000002',
  commandId: '0190f3c2-7a1b-7c3d-8e4f-000000000003',
  occurredAt: '2026-11-26T10:00:00.000Z',
};
/** ~300 bytes of data, like a BidSubmitted. */
const data = (i: number): unknown => ({
  tenderId: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  bidId: `0190f3c2-7a1b-7c3d-8e4f-${String(i).padStart(12, '0')}`,
  supplierId: '0190f3c2-7a1b-7c3d-8e4f-aaaaaaaaaaaa',
  amount: { amountMinor: 125_000_00 + i, currency: 'EUR' },
  lot: i % 7,
  submittedAt: '2026-11-26T10:00:00.000Z',
  note: 'Cleaning services for public primary schools, districts 1 to 4',
});
const event = (i: number): NewEvent => ({ type: 'BidSubmitted', data: data(i), metadata });

interface Row {
  op: string;
  events: number;
  store: number;
  raw?: number;
  target?: string;
}
const rows: Row[] = [];
const rate = (events: number, ms: number): number => (events * 1000) / ms;
async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** A raw row with the same columns (hashes are placeholders: the raw driver does no chaining). */
const rawRow = (position: number, stream: string, revision: number, i: number): unknown[] => [
  position,
  stream,
  revision,
  `0190f3c2-7a1b-7c3d-8e4f-${String(position).padStart(12, '0')}`,
  'BidSubmitted',
  1,
  JSON.stringify(data(i)),
  JSON.stringify(metadata),
  '2026-11-26T10:00:00.000Z',
  '0'.repeat(64),
  '0'.repeat(64),
];

/**
 * Runs store and raw work in alternating blocks and sums each side's time: the machine is shared,
 * and timing all of one side and then all of the other let a burst of someone else's I/O land on
 * one side only (single-event ratios swung from 0.3x to 2.4x between runs).
 */
async function interleaved(
  total: number,
  block: number,
  store: (start: number, count: number) => Promise<unknown>,
  raw: (start: number, count: number) => Promise<unknown> | unknown,
): Promise<[number, number]> {
  let storeMs = 0;
  let rawMs = 0;
  for (let start = 0; start < total; start += block) {
    const count = Math.min(block, total - start);
    storeMs += await timed(() => store(start, count));
    rawMs += await timed(() => raw(start, count));
  }
  return [storeMs, rawMs];
}

/** Whole-log reads: store and raw alternate for ROUNDS rounds; the median time of each side counts. */
async function alternating(
  store: () => Promise<unknown>,
  raw: () => Promise<unknown> | unknown,
): Promise<[number, number]> {
  const storeMs: number[] = [];
  const rawMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    storeMs.push(await timed(store));
    rawMs.push(await timed(raw));
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return [median(storeMs), median(rawMs)];
}

async function scenario(name: string, store: EventStore, raw: RawDriver): Promise<void> {
  out(`\n## ${name}: ${EVENTS} events`);
  // Batched appends: 100 events per call, 1,000 streams interleaved.
  const calls = Math.floor(EVENTS / BATCH);
  const [storeBatched, rawBatched] = await interleaved(
    calls,
    50,
    async (start, count) => {
      for (let c = start; c < start + count; c++) {
        await store.append(
          `bench-${c % STREAMS}`,
          Array.from({ length: BATCH }, (_, k) => event(c * BATCH + k)),
          { expectedRevision: 'any' },
        );
      }
    },
    (start, count) => raw.batched(start, count),
  );
  rows.push({
    op: `${name} batched append (100/call)`,
    events: calls * BATCH,
    store: rate(calls * BATCH, storeBatched),
    raw: rate(calls * BATCH, rawBatched),
  });

  const [storeSingle, rawSingle] = await interleaved(
    SINGLE,
    50,
    async (start, count) => {
      for (let i = start; i < start + count; i++)
        await store.append(`single-${i % STREAMS}`, [event(i)], { expectedRevision: 'any' });
    },
    (start, count) => raw.single(start, count),
  );
  rows.push({
    op: `${name} single-event append, sequential`,
    events: SINGLE,
    store: rate(SINGLE, storeSingle),
    raw: rate(SINGLE, rawSingle),
  });

  // 64 appenders, each appending its share of a 512-event block; blocks alternate with the raw side.
  const [storeConcurrent, rawConcurrent] = await interleaved(
    SINGLE,
    512,
    (start, count) =>
      Promise.all(
        Array.from({ length: 64 }, async (_, w) => {
          for (let i = start + w; i < start + count; i += 64)
            await store.append(`conc-${w}`, [event(i)], { expectedRevision: 'any' });
        }),
      ),
    (start, count) => raw.concurrent(start, count),
  );
  rows.push({
    op: `${name} 64 concurrent single-event appenders`,
    events: SINGLE,
    store: rate(SINGLE, storeConcurrent),
    raw: rate(SINGLE, rawConcurrent),
    target: `${(storeSingle / storeConcurrent).toFixed(1)}x the sequential rate`,
  });

  await store.append(
    'long-stream',
    Array.from({ length: LONG_STREAM }, (_, i) => event(i)),
    { expectedRevision: 'any' },
  );
  await raw.longStream(LONG_STREAM);

  const total = (await store.head()).position;
  const rawTotal = await raw.count();
  const [storeReadAll, rawReadAll] = await alternating(
    async () => {
      for (let from = 1; from <= total; from += 10_000)
        await store.readAll({ fromPosition: from, limit: 10_000 });
    },
    () => raw.readAll(rawTotal),
  );
  rows.push({
    op: `${name} readAll of the whole log (pages of 10,000)`,
    events: total,
    store: rate(total, storeReadAll),
    raw: rate(rawTotal, rawReadAll),
  });

  const [storeStream, rawStream] = await alternating(
    () => store.readStream('long-stream'),
    () => raw.readStream(),
  );
  rows.push({
    op: `${name} readStream of a ${LONG_STREAM}-event stream`,
    events: LONG_STREAM,
    store: rate(LONG_STREAM, storeStream),
    raw: rate(LONG_STREAM, rawStream),
  });

  let verified = 0;
  const [storeVerify, rawHash] = await alternating(
    async () => {
      const result = await store.verify();
      if (!result.ok) throw new Error(`verify failed at ${result.position}`);
      verified = result.checked;
    },
    () => raw.hashAll(rawTotal),
  );
  rows.push({
    op: `${name} verify of the whole chain (raw: select + sha256 only)`,
    events: verified,
    store: rate(verified, storeVerify),
    raw: rate(rawTotal, rawHash),
  });
}

interface RawDriver {
  batched(firstCall: number, calls: number): Promise<void> | void;
  single(first: number, count: number): Promise<void> | void;
  concurrent(first: number, count: number): Promise<void> | void;
  longStream(count: number): Promise<void> | void;
  count(): Promise<number> | number;
  readAll(total: number): Promise<void> | void;
  readStream(): Promise<unknown> | unknown;
  hashAll(total: number): Promise<void> | void;
}

const COLUMNS =
  'position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';
const parse = (rows: unknown[][]): unknown[] =>
  // A raw reader still has to turn the stored JSON into objects and hand the page over, as the
  // store does: the parsed page is returned (until 2026-11-26 it was discarded row by row, which
  // kept it out of the old generation and flattered the raw side on whole-log reads).
  rows.map((r) => ({
    row: r,
    data: JSON.parse(r[6] as string) as unknown,
    metadata: JSON.parse(r[7] as string) as unknown,
  }));

function sqliteRaw(file: string): RawDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, revision INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream, revision))`);
  const insert = db.prepare(
    `INSERT INTO events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const revisions = new Map<string, number>();
  let position = 0;
  const one = (stream: string, i: number): void => {
    const revision = (revisions.get(stream) ?? 0) + 1;
    revisions.set(stream, revision);
    insert.run(...(rawRow(++position, stream, revision, i) as never[]));
  };
  const range = db
    .prepare(
      `SELECT ${COLUMNS} FROM events WHERE position >= ? AND position <= ? ORDER BY position`,
    )
    .raw();
  // Prepared once, as the store's statements are (it used to be prepared inside the timed read).
  const byStream = db
    .prepare(`SELECT ${COLUMNS} FROM events WHERE stream = ? ORDER BY revision`)
    .raw();
  return {
    batched: (first, calls) => {
      const tx = db.transaction((c: number) => {
        for (let k = 0; k < BATCH; k++) one(`bench-${c % STREAMS}`, c * BATCH + k);
      });
      for (let c = first; c < first + calls; c++) tx(c);
    },
    single: (first, count) => {
      for (let i = first; i < first + count; i++)
        db.transaction(() => one(`single-${i % STREAMS}`, i))();
    },
    // better-sqlite3 is synchronous: 64 "concurrent" raw writers are just sequential transactions.
    concurrent: (first, count) => {
      for (let i = first; i < first + count; i++) db.transaction(() => one(`conc-${i % 64}`, i))();
    },
    longStream: (count) => {
      db.transaction(() => {
        for (let i = 0; i < count; i++) one('long-stream', i);
      })();
    },
    count: () => position,
    readAll: (total) => {
      for (let from = 1; from <= total; from += 10_000)
        parse(range.all(from, from + 9_999) as unknown[][]);
    },
    readStream: () => parse(byStream.all('long-stream') as unknown[][]),
    hashAll: (total) => {
      for (let from = 1; from <= total; from += 10_000) {
        for (const r of range.all(from, from + 9_999) as unknown[][])
          createHash('sha256')
            .update(r[9] as string)
            .update(r[6] as string)
            .update(r[7] as string)
            .digest('hex');
      }
    },
  };
}

async function postgresRaw(pool: Pool, schema: string): Promise<RawDriver> {
  const t = `"${schema}".events`;
  await pool.query(`CREATE SCHEMA "${schema}"`);
  await pool.query(`CREATE TABLE ${t} (position bigint PRIMARY KEY, stream text NOT NULL, revision bigint NOT NULL, event_id uuid NOT NULL UNIQUE,
    type text NOT NULL, schema_version integer NOT NULL, data text NOT NULL, metadata text NOT NULL, recorded_at text NOT NULL,
    prev_hash text NOT NULL, hash text NOT NULL, UNIQUE (stream, revision))`);
  const insertSql = `INSERT INTO ${t} (${COLUMNS}) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`;
  const revisions = new Map<string, number>();
  let position = 0;
  const build = (items: [string, number][]): unknown[][] => {
    const rowsOut = items.map(([stream, i]) => {
      const revision = (revisions.get(stream) ?? 0) + 1;
      revisions.set(stream, revision);
      return rawRow(++position, stream, revision, i);
    });
    return Array.from({ length: 11 }, (_, col) => rowsOut.map((r) => r[col]));
  };
  const insertTx = async (items: [string, number][]): Promise<void> => {
    const columns = build(items);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(insertSql, columns);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const selectRange = async (from: number, to: number): Promise<unknown[][]> =>
    (
      await pool.query({
        text: `SELECT ${COLUMNS} FROM ${t} WHERE position >= $1 AND position <= $2 ORDER BY position`,
        values: [from, to],
        rowMode: 'array',
      })
    ).rows;
  return {
    batched: async (first, calls) => {
      for (let c = first; c < first + calls; c++)
        await insertTx(
          Array.from({ length: BATCH }, (_, k): [string, number] => [
            `bench-${c % STREAMS}`,
            c * BATCH + k,
          ]),
        );
    },
    single: async (first, count) => {
      for (let i = first; i < first + count; i++) await insertTx([[`single-${i % STREAMS}`, i]]);
    },
    concurrent: async (first, count) => {
      await Promise.all(
        Array.from({ length: 64 }, async (_, w) => {
          for (let i = first + w; i < first + count; i += 64) await insertTx([[`conc-${w}`, i]]);
        }),
      );
    },
    longStream: (count) =>
      insertTx(Array.from({ length: count }, (_, i): [string, number] => ['long-stream', i])),
    count: () => position,
    readAll: async (total) => {
      for (let from = 1; from <= total; from += 10_000)
        parse(await selectRange(from, from + 9_999));
    },
    readStream: async () =>
      parse(
        (
          await pool.query({
            text: `SELECT ${COLUMNS} FROM ${t} WHERE stream = $1 ORDER BY revision`,
            values: ['long-stream'],
            rowMode: 'array',
          })
        ).rows,
      ),
    hashAll: async (total) => {
      for (let from = 1; from <= total; from += 10_000) {
        for (const r of await selectRange(from, from + 9_999))
          createHash('sha256')
            .update(r[9] as string)
            .update(r[6] as string)
            .update(r[7] as string)
            .digest('hex');
      }
    },
  };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function main(): Promise<void> {
  out(
    `# bench:store  ${new Date().toISOString()}  node ${process.version}  BENCH_EVENTS=${EVENTS}  single/concurrent appends: ${SINGLE}`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-bench-'));
  try {
    const store = openSqliteEventStore({ path: path.join(dir, 'store.db') });
    await scenario('SQLite', store, sqliteRaw(path.join(dir, 'raw.db')));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const schema = `bench_${Date.now()}`;
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    out(
      `\n## PostgreSQL: UNREACHABLE at ${url.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); start it with: bash infra/local/postgres.sh start`,
    );
    await pool.end();
    report();
    return;
  }
  try {
    const store = await openPostgresEventStore({
      connectionString: url,
      schema: `${schema}_store`,
    });
    await scenario('PostgreSQL', store, await postgresRaw(pool, `${schema}_raw`));
    await store.close();
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}_store" CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}_raw" CASCADE`);
    await pool.end();
  }
  report();
}

function report(): void {
  out('\n| operation | events | store events/s | raw events/s | store / raw | note |');
  out('|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    out(
      `| ${r.op} | ${fmt(r.events)} | ${fmt(r.store)} | ${r.raw ? fmt(r.raw) : '-'} | ${r.raw ? (r.store / r.raw).toFixed(2) : '-'} | ${r.target ?? ''} |`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:store failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
