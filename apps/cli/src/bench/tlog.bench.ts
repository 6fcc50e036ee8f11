// `npm run bench:tlog`: the transparency log's figures (docs/performance.md): append with the tree
// versus the same adapter without it, inclusion proof latency from the SQLite store, export rate,
// and the offline verifier's rate against the raw SHA-256 rate of the same inputs, same run. Not a test.
//   BENCH_EVENTS   log size (default 100000)
//   BENCH_APPEND   events per side of the append A/B (default 60000; 0 skips it)
//   BENCH_DB       a SQLite file to keep the generated log in and reuse on the next run (the
//                  generation of 1,000,000 events takes minutes); default: a temporary one
//   BENCH_ONLY     `export`: only the export of the whole log (the log generated if missing)
//   BENCH_BUNDLE   keep the exported bundle at this path (to compare bundles byte for byte)
//   BENCH_EXPORT_THREADS  page threads of the export (default: as `ledger export`, one per core
//                  up to 4); 0 renders in-process, as the API's bundle route does
// The export target (>= 50,000 events/s wall) is judged on a 1,000,000-event log, near idle:
//   BENCH_EVENTS=1000000 BENCH_ONLY=export BENCH_DB=/tmp/ledger-1m.sqlite npm run -s bench:tlog
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { auditBundle, TransparencyLog } from '@contract-ledger/application';
import {
  generateSignerKey,
  hashedText,
  MerkleLog,
  parseSignerKey,
  sha256,
  type StoredEventRow,
} from '@contract-ledger/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { exportThreads, workerPages } from '../export/worker-pages';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const ONLY = process.env['BENCH_ONLY'];
if (ONLY !== undefined && ONLY !== 'export')
  throw new Error(`BENCH_ONLY=${ONLY}: the only value is "export"`);
const APPEND = ONLY === 'export' ? 0 : Number(process.env['BENCH_APPEND'] ?? 60_000);
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const rate = (events: number, ms: number): string =>
  Math.round((events * 1000) / ms).toLocaleString('en-US');
/** CPU seconds of this process (all its threads) since `since`. */
const cpu = (since?: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const metadata = {
  actor: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  role: 'procurement-officer',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T10:00:00.000Z',
};
const data = (i: number) => ({
  tenderId: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  bidId: `b-${i}`,
  amount: { amountMinor: 125_000_00 + i, currency: 'EUR' },
  note: 'Cleaning services for public primary schools, districts 1 to 4',
});
const events = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => ({
    type: 'BidSubmitted',
    data: data(from + k),
    metadata,
  }));

/**
 * The adapter exactly as it is, minus the tree: its per-commit tree step (leaf hashes, tile
 * hashes, tile upserts, the tree size record) replaced by nothing. Benchmark only: such a store
 * has no tree.
 */
function withoutTree(store: SqliteEventStore): SqliteEventStore {
  (store as unknown as { growTree: () => undefined }).growTree = () => undefined;
  return store;
}

/**
 * The adapter with its tree step but without its writes (tile upserts, tree size record): it
 * hashes as the real one does and stores nothing of the tree. Benchmark only: it splits the
 * tree's cost into hashing and SQLite's share.
 */
function withoutTileWrites(store: SqliteEventStore): SqliteEventStore {
  (store as unknown as { storeTree: () => void }).storeTree = () => undefined;
  return store;
}

/**
 * Batched appends (100 events a call, 1,000 streams), in blocks of 20 calls, the sides' order
 * reversed every block: with the tree, with its hashing but no tile writes, and without the tree.
 */
async function appendAB(dir: string): Promise<void> {
  const open = (name: string) =>
    openSqliteEventStore({ path: path.join(dir, `${name}.sqlite`), synchronous: 'NORMAL' });
  const sides = [
    ['tree', open('tree')],
    ['hashOnly', withoutTileWrites(open('hash-only'))],
    ['bare', withoutTree(open('bare'))],
  ] as const;
  const ms = { tree: 0, hashOnly: 0, bare: 0 };
  const cpuS = { tree: 0, hashOnly: 0, bare: 0 };
  for (let i = 0; i < APPEND; i += 2000) {
    for (const [side, store] of (i / 2000) % 2 === 0 ? sides : [...sides].reverse()) {
      const started = performance.now();
      const used = process.cpuUsage();
      for (let k = i; k < Math.min(APPEND, i + 2000); k += 100)
        await store.append(`s-${k % 1000}`, events(k, Math.min(100, APPEND - k)), {
          expectedRevision: 'any',
        });
      ms[side] += performance.now() - started;
      cpuS[side] += cpu(used);
    }
  }
  for (const [, store] of sides) await store.close();
  out(
    `append ${APPEND} events in calls of 100, SQLite: with the tree ${rate(APPEND, ms.tree)} events/s, without ${rate(APPEND, ms.bare)} events/s; ratio ${(ms.bare / ms.tree).toFixed(2)} wall, ${(cpuS.bare / cpuS.tree).toFixed(2)} CPU (target >= 0.9); tree hashing without its writes (tiles, size record) ${rate(APPEND, ms.hashOnly)} events/s, ratio ${(ms.bare / ms.hashOnly).toFixed(2)} wall, ${(cpuS.bare / cpuS.hashOnly).toFixed(2)} CPU; CPU per event: with the tree ${((cpuS.tree * 1e6) / APPEND).toFixed(1)} us, hashing only ${((cpuS.hashOnly * 1e6) / APPEND).toFixed(1)} us, without ${((cpuS.bare * 1e6) / APPEND).toFixed(1)} us; load average ${load()}`,
  );
}

/** 1,000 inclusion proofs of random leaves from the store, one at a time. */
async function inclusionLatency(store: SqliteEventStore): Promise<void> {
  const merkle = new MerkleLog(store);
  const times: number[] = [];
  for (let k = 0; k < 1000; k++) {
    const index = Math.floor(Math.random() * EVENTS);
    const started = performance.now();
    await merkle.inclusionProof(index, EVENTS);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  out(
    `inclusion proof from SQLite at ${EVENTS} events: median ${times[500]!.toFixed(3)} ms, p99 ${times[990]!.toFixed(3)} ms (target median < 1 ms at 1,000,000)`,
  );
}

/** The length of PATH(index, D[0:size]): one sibling per level whose start lies inside the tree. */
function proofLength(index: number, size: number): number {
  let length = 0;
  for (let level = 0; 2 ** level < size; level++)
    if ((Math.floor(index / 2 ** level) ^ 1) * 2 ** level < size) length++;
  return length;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlog-bench-'));
  try {
    out(
      `# bench:tlog ${new Date().toISOString()} node ${process.version} BENCH_EVENTS=${EVENTS} load average ${load()}`,
    );
    if (APPEND > 0) await appendAB(dir);

    const db = process.env['BENCH_DB'] ?? path.join(dir, 'ledger.sqlite');
    const store = openSqliteEventStore({ path: db, synchronous: 'NORMAL' });
    const present = (await store.head()).position;
    if (present > 0 && present !== EVENTS)
      throw new Error(`${db} holds ${present} events, not BENCH_EVENTS=${EVENTS}`);
    const g0 = performance.now();
    for (let i = present; i < EVENTS; i += 1000)
      await store.append(`s-${i % 997}`, events(i, Math.min(1000, EVENTS - i)), {
        expectedRevision: 'any',
      });
    if (present < EVENTS)
      out(`generated ${EVENTS} events in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    // The key is kept beside a reused log: its checkpoints must stay verifiable.
    const keyFile = `${db}.key`;
    if (!existsSync(keyFile)) writeFileSync(keyFile, generateSignerKey('bench.example/log'));
    const log = new TransparencyLog(
      store,
      'bench.example/log',
      parseSignerKey(readFileSync(keyFile, 'utf8')),
    );
    if (ONLY === undefined) await inclusionLatency(store);

    // As `ledger export` writes it: chunks into a file stream, waiting for it to drain.
    const file = process.env['BENCH_BUNDLE'] ?? path.join(dir, 'bundle.json');
    const stream = createWriteStream(file);
    const threads = Number(process.env['BENCH_EXPORT_THREADS'] ?? exportThreads());
    const exportCpu = process.cpuUsage();
    const started = performance.now();
    for await (const chunk of auditBundle(
      store,
      log,
      { kind: 'log' },
      undefined,
      threads > 0 ? workerPages(store.path, threads) : undefined,
    ))
      if (!stream.write(chunk)) await once(stream, 'drain');
    stream.end();
    await once(stream, 'finish');
    const exportMs = performance.now() - started;
    const exportCpuS = cpu(exportCpu);
    out(
      `export of the whole log (${threads > 0 ? `${threads} page threads, as ledger export` : 'in-process, as the API route'}): ${rate(EVENTS, exportMs)} events/s wall (${rate(EVENTS, exportCpuS * 1000)} per CPU second of all threads), ${(statSync(file).size / 1e6).toFixed(1)} MB; target >= 50,000 events/s wall on 1,000,000 events: ${EVENTS < 1_000_000 ? 'not judged at this size' : (EVENTS * 1000) / exportMs >= 50_000 ? 'met' : 'missed'}; load average ${load()}`,
    );
    if (ONLY === 'export') {
      await store.close();
      return;
    }

    const verifier = path.resolve(__dirname, '../verifier/verify.mjs');
    // bash's `time` gives the verifier process's CPU seconds (user + system) on the last line of stderr.
    const v0 = performance.now();
    const result = spawnSync(
      'bash',
      ['-c', 'TIMEFORMAT="%U %S"; time "$0" "$1" "$2"', process.execPath, verifier, file],
      { encoding: 'utf8' },
    );
    const verifyMs = performance.now() - v0;
    if (result.status !== 0) throw new Error(`verifier failed: ${result.stdout}${result.stderr}`);
    const verifyCpuS = result.stderr
      .trim()
      .split('\n')
      .pop()!
      .split(' ')
      .reduce((sum, part) => sum + Number(part), 0);
    // The raw rate: what a verifier checking each event on its own hashes (its chain hash input,
    // its leaf and one node per proof hash), hashed in-process with no reading, parsing or checking
    // (only the hashing is timed; the inputs come from the store page by page). verify.mjs hashes
    // the part of a path that consecutive events share once, so the ratio can exceed 1.
    const node = Buffer.alloc(65);
    let rawMs = 0;
    let rawCpuS = 0;
    for (let from = 1; from <= EVENTS; from += 10_000) {
      const rows = store
        .unsafeDatabase()
        .prepare(
          'SELECT position, stream, revision, event_id AS eventId, type, schema_version AS schemaVersion, data, metadata, recorded_at AS recordedAt, prev_hash AS prevHash, hash FROM events WHERE position BETWEEN ? AND ? ORDER BY position',
        )
        .all(from, from + 9_999) as StoredEventRow[];
      const inputs = rows.map((r) => Buffer.from(r.prevHash + hashedText(r), 'utf8'));
      const lengths = rows.map((r) => proofLength(r.position - 1, EVENTS));
      const r0 = performance.now();
      const c0 = process.cpuUsage();
      for (let k = 0; k < inputs.length; k++) {
        sha256(inputs[k]!);
        for (let p = 0; p <= lengths[k]!; p++) sha256(node);
      }
      rawCpuS += cpu(c0);
      rawMs += performance.now() - r0;
    }
    await store.close();
    out(
      `offline verify: ${rate(EVENTS, verifyMs)} events/s (process incl. start and reading; ${rate(EVENTS, verifyCpuS * 1000)} per CPU second); raw sha256 of the same inputs in-process: ${rate(EVENTS, rawMs)} events/s (${rate(EVENTS, rawCpuS * 1000)} per CPU second); ratio ${(rawMs / verifyMs).toFixed(2)} wall, ${(rawCpuS / verifyCpuS).toFixed(2)} CPU (target >= 0.8); load average ${load()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:tlog failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
