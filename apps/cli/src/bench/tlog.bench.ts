// `npm run bench:tlog`: the transparency log's figures (docs/performance.md): append with the tree
// versus the same adapter without it, inclusion proof latency from the SQLite store, export rate,
// and the offline verifier's rate against the raw SHA-256 rate of the same inputs, same run. Not a test.
//   BENCH_EVENTS   log size (default 100000)
//   BENCH_APPEND   events per side of the append A/B (default 60000; 0 skips it)
//   BENCH_APPEND_ROUNDS  rounds of the A/B, one process per side each (default 12)
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
  TreeEdge,
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

const SIDES = ['tree', 'hashOnly', 'bare'] as const;
type Side = (typeof SIDES)[number];
/** Untimed events each side's process appends before its timed ones (JIT and caches warm). */
const WARM_UP = 4000;

/**
 * One side's share of one round, in a process of its own (BENCH_APPEND_SIDE): opens the side's
 * store (kept across rounds, so it grows as one long log), appends WARM_UP events untimed, then
 * `count` timed events in calls of 100 over 1,000 streams, and prints its wall and CPU time.
 */
async function appendSide(side: Side, file: string, from: number, count: number): Promise<void> {
  const opened = openSqliteEventStore({ path: file, synchronous: 'NORMAL' });
  const store =
    side === 'bare'
      ? withoutTree(opened)
      : side === 'hashOnly'
        ? withoutTileWrites(opened)
        : opened;
  if (side === 'hashOnly') {
    // It stored no tiles in earlier rounds: its edge is rebuilt from the chain hashes, untimed.
    const hashes = opened
      .unsafeDatabase()
      .prepare('SELECT hash FROM events ORDER BY position')
      .pluck()
      .all() as string[];
    (opened as unknown as { edge: TreeEdge }).edge = TreeEdge.empty().append(hashes).edge;
  }
  const calls = async (prefix: string, first: number, n: number): Promise<void> => {
    for (let k = first; k < first + n; k += 100)
      await store.append(`${prefix}-${k % 1000}`, events(k, Math.min(100, first + n - k)), {
        expectedRevision: 'any',
      });
  };
  await calls('w', from, WARM_UP);
  const started = performance.now();
  const used = process.cpuUsage();
  await calls('s', from, count);
  const result = { ms: performance.now() - started, cpuS: cpu(used) };
  await store.close();
  out(JSON.stringify(result));
}

/**
 * The append A/B: with the tree, with its hashing but no tile or head writes, and without the
 * tree, appending 100 events a call. Each side runs in a process of its own, so every process has
 * one store of one shape: run side by side in one process, the stubbed stores made the shared
 * append code polymorphic, and the side that ran first also paid the warm-up of the code all
 * sides share (the ratio moved by 0.05-0.15 with the sides' order alone). The sides take turns
 * in rounds, in a rotating order; the CPU and wall times of the timed windows are summed per side.
 */
async function appendAB(dir: string): Promise<void> {
  const rounds = Math.max(1, Number(process.env['BENCH_APPEND_ROUNDS'] ?? 12));
  const ms = { tree: 0, hashOnly: 0, bare: 0 };
  const cpuS = { tree: 0, hashOnly: 0, bare: 0 };
  // Per round (its three processes ran back to back): bare / tree, wall and CPU.
  const roundRatios: { wall: number; cpu: number }[] = [];
  const perRound = Math.ceil(APPEND / rounds / 100) * 100;
  const from = { tree: 0, hashOnly: 0, bare: 0 };
  for (let round = 0; round < rounds; round++) {
    const roundMs = { tree: 0, hashOnly: 0, bare: 0 };
    const roundCpu = { tree: 0, hashOnly: 0, bare: 0 };
    for (let s = 0; s < SIDES.length; s++) {
      const side = SIDES[(s + round) % SIDES.length]!;
      const result = spawnSync(process.execPath, [...process.execArgv, __filename], {
        encoding: 'utf8',
        env: {
          ...process.env,
          BENCH_APPEND_SIDE: side,
          BENCH_APPEND_FILE: path.join(dir, `${side}.sqlite`),
          BENCH_APPEND_FROM: String(from[side]),
          BENCH_APPEND_COUNT: String(perRound),
        },
      });
      if (result.status !== 0)
        throw new Error(`append side ${side} failed: ${result.stdout}${result.stderr}`);
      const timed = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
        ms: number;
        cpuS: number;
      };
      ms[side] += timed.ms;
      cpuS[side] += timed.cpuS;
      roundMs[side] = timed.ms;
      roundCpu[side] = timed.cpuS;
      from[side] += WARM_UP + perRound;
    }
    roundRatios.push({ wall: roundMs.bare / roundMs.tree, cpu: roundCpu.bare / roundCpu.tree });
  }
  const total = perRound * rounds;
  const median = (values: number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    return (
      sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2
    ).toFixed(2);
  };
  out(
    `append ${total} events a side in calls of 100, SQLite, ${rounds} rounds of one process a side (${WARM_UP} untimed events first in each): with the tree ${rate(total, ms.tree)} events/s, without ${rate(total, ms.bare)} events/s; ratio ${(ms.bare / ms.tree).toFixed(2)} wall, ${(cpuS.bare / cpuS.tree).toFixed(2)} CPU (target >= 0.9), median of the rounds' ratios ${median(roundRatios.map((r) => r.wall))} wall, ${median(roundRatios.map((r) => r.cpu))} CPU; tree hashing without its writes (tiles, size record) ${rate(total, ms.hashOnly)} events/s, ratio ${(ms.bare / ms.hashOnly).toFixed(2)} wall, ${(cpuS.bare / cpuS.hashOnly).toFixed(2)} CPU; CPU per event: with the tree ${((cpuS.tree * 1e6) / total).toFixed(1)} us, hashing only ${((cpuS.hashOnly * 1e6) / total).toFixed(1)} us, without ${((cpuS.bare * 1e6) / total).toFixed(1)} us; load average ${load()}`,
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

const appendSideName = process.env['BENCH_APPEND_SIDE'] as Side | undefined;
(appendSideName
  ? appendSide(
      appendSideName,
      process.env['BENCH_APPEND_FILE']!,
      Number(process.env['BENCH_APPEND_FROM']),
      Number(process.env['BENCH_APPEND_COUNT']),
    )
  : main()
).catch((error: unknown) => {
  process.stderr.write(
    `bench:tlog failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
