// `npm run soak`: a mixed command/read workload at a fixed offered rate for a fixed time against
// real deployments started here, then the checks a long-running deployment must pass:
//   - errors: every command and read answered 2xx (must be 0);
//   - memory: resident set and live heap per process flat after warm-up (fail on > 20 % growth);
//   - the hash chain verifies, and every read model equals a clean rebuild from the log.
// Modes (SOAK_MODES, comma-separated): `embedded` (one API on SQLite, projections in-process) and
// `postgres` (two API instances and a worker on PostgreSQL, DATABASE_URL). Not a test: a run prints
// a line per interval and a verdict; SOAK_REPORT=<file> also writes the verdicts in jest's JSON
// report shape so CI counts them. See docs/performance.md ("Soak").
import { loadOrCreateDevSecret, mintDevToken } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import { uuidv7 } from '@contract-ledger/event-store';
import { createReadStore, type ReadStore } from '@contract-ledger/read-store-sql';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import {
  openEventStore,
  readModels,
  readStoreConfig,
  validateConfig,
  type AppConfig,
} from '@contract-ledger/runtime';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  percentile,
  pool,
  processRssBytes,
  repoRoot,
  send,
  startApi,
  type ApiProcess,
} from '../load/http';
import { rebuild } from '../read-side';

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

const MINUTES = num('SOAK_MINUTES', 30);
const RATE = num('SOAK_RATE', 500);
const READS_PER_COMMAND = num('SOAK_READS_PER_COMMAND', 1);
const INTERVAL_S = num('SOAK_INTERVAL_SECONDS', MINUTES <= 5 ? 15 : 60);
const WARMUP_S = num('SOAK_WARMUP_SECONDS', Math.min(300, (MINUTES * 60) / 4));
const MAX_IN_FLIGHT = num('SOAK_MAX_IN_FLIGHT', 64);
const SUPPLIERS = num('SOAK_SUPPLIERS', 50);
const BUDGET_LINES = 8;
/** Procurements open at once: bids spread over them as over a real programme's open tenders. */
const OPEN_TENDERS = num('SOAK_OPEN_TENDERS', 32);
/** Memory growth after warm-up that fails the run (the issue's 20 %). */
const GROWTH_LIMIT = num('SOAK_MEMORY_GROWTH_LIMIT', 0.2);
// LEDGER_STATE_CACHE_ENTRIES for the APIs: the command path's state cache keeps up to that many
// folded streams per decider (default 10,000), and the soak opens a new tender every 50 bids, so
// with the default the cache (each tender's state holds its bids) fills for the whole run and reads
// as growth. 64 holds the working set (about SOAK_OPEN_TENDERS open tenders, 50 suppliers, 8 budget
// lines) and is full before the warm-up ends: growth measured after it is the process's own.
const STATE_CACHE_ENTRIES = num('SOAK_STATE_CACHE_ENTRIES', 64);
// LEDGER_READ_CACHE_MIB for the embedded API: SQLite's page cache of the read store (64 MiB by
// default) fills as the read models grow, off the V8 heap, so RSS climbs while it fills;
// 4 MiB is full within the warm-up (with 64 MiB and the heap flat: RSS +36 % after warm-up).
const READ_CACHE_MIB = num('SOAK_READ_CACHE_MIB', 4);
/** Seconds between forced full collections in each watched process, to read its live heap. */
const GC_EVERY_S = 5;
const MEMORY_PROBE = path.join(repoRoot, 'apps/cli/src/soak/memory-probe.ts');
const MODES = (process.env['SOAK_MODES'] ?? 'embedded,postgres')
  .split(',')
  .map((m) => m.trim())
  .filter(Boolean);

const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const DIGEST = createHash('sha256').update('soak proposal').digest('hex');
const mb = (bytes: number) =>
  Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(0)} MB` : 'n/a';

interface Deployment {
  readonly name: string;
  readonly apis: readonly ApiProcess[];
  /** Every process whose memory is watched (APIs and the worker), each with memory-probe.ts. */
  readonly processes: readonly {
    readonly label: string;
    readonly child: ChildProcess;
  }[];
  readonly dataDir: string;
  readonly config: AppConfig;
  close(): Promise<void>;
}

interface Check {
  readonly title: string;
  readonly ok: boolean;
  readonly detail: string;
}

async function embedded(policyFile: string): Promise<Deployment> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'soak-embedded-'));
  const env = {
    LEDGER_DATA_DIR: dataDir,
    LEDGER_POLICY_FILE: policyFile,
    LEDGER_STATE_CACHE_ENTRIES: String(STATE_CACHE_ENTRIES),
    LEDGER_READ_CACHE_MIB: String(READ_CACHE_MIB),
  };
  const api = await startApi(env, { preload: [MEMORY_PROBE] });
  return {
    name: 'embedded (SQLite, 1 API, projections in-process)',
    apis: [api],
    processes: [{ label: 'api', child: api.child }],
    dataDir,
    config: validateConfig({ ...env, LEDGER_STORE: 'sqlite' }, repoRoot),
    async close() {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function scaledOut(policyFile: string): Promise<Deployment> {
  const database = await createTestDatabase('soak');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'soak-postgres-'));
  const env = {
    LEDGER_STORE: 'postgres',
    DATABASE_URL: database.url,
    LEDGER_PROJECTIONS: 'worker',
    LEDGER_DATA_DIR: dataDir,
    LEDGER_POLICY_FILE: policyFile,
    LEDGER_STATE_CACHE_ENTRIES: String(STATE_CACHE_ENTRIES),
  };
  const started: ApiProcess[] = [];
  let worker: ChildProcess | undefined;
  try {
    // One after the other: the first creates the schema and the shared development JWT secret.
    started.push(await startApi(env, { preload: [MEMORY_PROBE] }));
    started.push(await startApi(env, { preload: [MEMORY_PROBE] }));
    worker = spawn(
      process.execPath,
      [
        '-r',
        path.join(repoRoot, 'tools/register.js'),
        '-r',
        MEMORY_PROBE,
        path.join(repoRoot, 'apps/worker/src/main.ts'),
      ],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    await projectionsRunning(validateConfig(env, repoRoot), worker);
  } catch (error) {
    for (const api of started) await api.stop();
    worker?.kill('SIGKILL');
    await database.drop();
    throw error;
  }
  const workerProcess = worker;
  return {
    name: 'scale-out (PostgreSQL, 2 APIs, 1 worker)',
    apis: started,
    processes: [
      ...started.map((a, i) => ({ label: `api-${i + 1}`, child: a.child })),
      { label: 'worker', child: workerProcess },
    ],
    dataDir,
    config: validateConfig(env, repoRoot),
    async close() {
      for (const api of started) await api.stop();
      if (workerProcess.exitCode === null) {
        workerProcess.kill('SIGTERM');
        await new Promise((r) => workerProcess.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

/** The worker has taken every projection (each has an active version): reads answer from then on. */
async function projectionsRunning(config: AppConfig, worker: ChildProcess): Promise<void> {
  const readStore = await createReadStore(readStoreConfig(config));
  try {
    const until = Date.now() + 60_000;
    for (const p of readModels(config)) {
      while ((await readStore.status(p.name)).activeVersion === undefined) {
        if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
        if (Date.now() > until) throw new Error(`projection ${p.name} did not start in 60 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await readStore.close();
  }
}

interface Market {
  readonly agencyId: string;
  readonly budgetLines: readonly string[];
  readonly suppliers: readonly { readonly supplierId: string; readonly auth: string }[];
  readonly officer: string;
  readonly auditor: string;
  readonly supervisor: string;
  readonly finance: string;
}

interface Sample {
  readonly atS: number;
  commands: number;
  reads: number;
  errors: number;
  shed: number;
  readonly commandMs: number[];
  readonly readMs: number[];
  /** Resident set per process, sampled every second: the interval's floor and peak are printed. */
  readonly rss: Map<string, number[]>;
  /** Live heap per process after a forced full collection, every GC_EVERY_S seconds. */
  readonly heap: Map<string, number[]>;
}

let measureId = 0;
/** The live heap of a process after a full collection (memory-probe.ts); NaN without an answer in 5 s. */
function liveHeapAfterGc(child: ChildProcess): Promise<number> {
  const id = ++measureId;
  return new Promise((resolve) => {
    const done = (bytes: number) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(bytes);
    };
    const onMessage = (message: { soakMeasured?: unknown; liveHeap?: unknown }) => {
      if (message?.soakMeasured === id && typeof message.liveHeap === 'number')
        done(message.liveHeap);
    };
    const timer = setTimeout(() => done(NaN), 5000);
    child.on('message', onMessage);
    if (!child.connected) return done(NaN);
    child.send({ soakMeasure: id }, (error) => error && done(NaN));
  });
}

async function runMode(mode: string, policyFile: string): Promise<Check[]> {
  const deployment = mode === 'postgres' ? await scaledOut(policyFile) : await embedded(policyFile);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const errorsSeen: string[] = [];
  try {
    out(
      `\n== ${deployment.name}: ${RATE} commands/s offered + ${READS_PER_COMMAND} read(s) per command, ${MINUTES} min, warm-up ${WARMUP_S} s`,
    );
    const ports = deployment.apis.map((a) => a.port);
    let rr = 0;
    const nextPort = () => ports[rr++ % ports.length]!;
    const call = (method: 'GET' | 'POST', url: string, auth: string | undefined, body?: object) =>
      send(agent, nextPort(), method, url, auth, body);
    const must = async (url: string, auth: string, body: object) => {
      const res = await call('POST', url, auth, body);
      if (res.status >= 300) throw new Error(`setup ${url}: ${res.status} ${res.body}`);
    };

    const secret = loadOrCreateDevSecret(deployment.dataDir);
    const ttlSeconds = MINUTES * 60 + 3600;
    const now = Math.floor(Date.now() / 1000);
    const bearer = (claims: Parameters<typeof mintDevToken>[0]) =>
      `Bearer ${mintDevToken(claims, secret)}`;
    const agencyId = uuidv7();
    const market: Market = {
      agencyId,
      budgetLines: Array.from({ length: BUDGET_LINES }, () => uuidv7()),
      suppliers: Array.from({ length: SUPPLIERS }, () => {
        const supplierId = uuidv7();
        return {
          supplierId,
          auth: bearer({ role: 'supplier', sub: uuidv7(), supplierId, ttlSeconds, now }),
        };
      }),
      officer: bearer({ role: 'agency_officer', sub: uuidv7(), agencyId, ttlSeconds, now }),
      finance: bearer({ role: 'finance_officer', sub: uuidv7(), agencyId, ttlSeconds, now }),
      auditor: bearer({ role: 'auditor', sub: uuidv7(), ttlSeconds, now }),
      supervisor: bearer({ role: 'supervisor', sub: uuidv7(), ttlSeconds, now }),
    };
    for (const budgetLineId of market.budgetLines) {
      await must('/api/v1/budget-lines', market.finance, {
        budgetLineId,
        fiscalYear: 2026,
        category: 'community_services',
        amount: cny(100_000_000_000),
      });
    }
    await pool(market.suppliers, 8, (s) =>
      must('/api/v1/suppliers', s.auth, {
        supplierId: s.supplierId,
        kind: 'social_organisation',
        name: 'Soak org',
        registrationNumber: 'REG',
      }),
    );

    // Bid slots: (tender, supplier) pairs of published tenders, taken round-robin across tenders as
    // independent bidders would (all bidders on one tender at once only measures retries on one
    // stream). Publications reserve on a budget line, so each line has a queue of its own.
    const open: { tenderId: string; next: number }[] = [];
    let openCursor = 0;
    let freeSlots = 0;
    const takeSlot = (): { tenderId: string; supplier: number } | undefined => {
      if (open.length === 0) return undefined;
      const index = openCursor++ % open.length;
      const tender = open[index]!;
      const slot = { tenderId: tender.tenderId, supplier: tender.next++ };
      freeSlots--;
      if (tender.next === SUPPLIERS) open.splice(index, 1);
      return slot;
    };
    const tenders: string[] = [];
    const lineQueues = market.budgetLines.map(() => Promise.resolve());
    let tenderCount = 0;
    const deadline = new Date(Date.now() + (MINUTES + 60) * 60_000 + 30 * 86_400_000).toISOString();
    const newTender = (measure: (ok: boolean, ms: number, what: string) => void): Promise<void> => {
      const line = tenderCount++ % BUDGET_LINES;
      const tenderId = uuidv7();
      const job = lineQueues[line]!.then(async () => {
        const t0 = performance.now();
        const drafted = await call('POST', '/api/v1/tenders', market.officer, {
          tenderId,
          agencyId,
          budgetLineId: market.budgetLines[line],
          method: 'open',
          title: 'Community services, soak lot',
          serviceCategory: 'community_services',
          estimatedValue: cny(1_000_000),
          criteria: [{ criterionId: 'quality', name: 'Quality', weight: 100 }],
          eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
          contractType: 'short_term_project',
          paymentModel: 'outcome_based',
        });
        measure(
          drafted.status === 201,
          performance.now() - t0,
          `draft ${drafted.status} ${drafted.body}`,
        );
        if (drafted.status !== 201) return;
        const t1 = performance.now();
        const published = await call(
          'POST',
          `/api/v1/tenders/${tenderId}/publish`,
          market.officer,
          { deadline },
        );
        measure(
          published.status === 201 || published.status === 200,
          performance.now() - t1,
          `publish ${published.status} ${published.body}`,
        );
        if (published.status >= 300) return;
        tenders.push(tenderId);
        open.push({ tenderId, next: 0 });
        freeSlots += SUPPLIERS;
      });
      lineQueues[line] = job.catch(() => undefined);
      return job;
    };

    const samples: Sample[] = [];
    // Restarted when the load starts: intervals are aligned on it, so which ones are complete is known.
    let startedAt = performance.now();
    const sample = (): Sample => {
      const atS = Math.floor((performance.now() - startedAt) / 1000 / INTERVAL_S) * INTERVAL_S;
      let last = samples[samples.length - 1];
      if (last === undefined || last.atS !== atS) {
        last = {
          atS,
          commands: 0,
          reads: 0,
          errors: 0,
          shed: 0,
          commandMs: [],
          readMs: [],
          rss: new Map(),
          heap: new Map(),
        };
        samples.push(last);
      }
      return last;
    };
    const record = (kind: 'command' | 'read') => (ok: boolean, ms: number, what: string) => {
      const s = sample();
      if (kind === 'command') {
        s.commands++;
        s.commandMs.push(ms);
      } else {
        s.reads++;
        s.readMs.push(ms);
      }
      if (!ok) {
        s.errors++;
        if (errorsSeen.length < 5) errorsSeen.push(what.slice(0, 300));
      }
    };
    const commandDone = record('command');
    const readDone = record('read');

    // Warm the pool of bid slots before the clock starts.
    await Promise.all(Array.from({ length: OPEN_TENDERS }, () => newTender(commandDone)));
    samples.length = 0;
    startedAt = performance.now();

    const readRoutes: ((i: number) => [string, string | undefined])[] = [
      () => ['/api/v1/public/board/open-tenders?limit=20', undefined],
      (i) => [`/api/v1/tenders/${tenders[i % tenders.length]}`, market.officer],
      (i) => [`/api/v1/tenders/${tenders[i % tenders.length]}/bids`, market.officer],
      () => ['/api/v1/blacklist', undefined],
      (i) => [
        `/api/v1/audit/tenders/${tenders[i % tenders.length]}/history?limit=50`,
        market.auditor,
      ],
      (i) => [
        `/api/v1/budget-lines/${market.budgetLines[i % BUDGET_LINES]}/execution`,
        market.finance,
      ],
      () => ['/api/v1/red-flags?limit=20', market.supervisor],
      () => [`/api/v1/accountability/agencies/${agencyId}`, market.supervisor],
    ];

    let inFlight = 0;
    let issuedCommands = 0;
    let issuedReads = 0;
    let pendingTenders = 0;
    const durationMs = MINUTES * 60_000;
    const running = new Set<Promise<unknown>>();
    const track = (p: Promise<unknown>) => {
      inFlight++;
      const tracked = p
        .catch((error: unknown) => {
          const s = sample();
          s.errors++;
          if (errorsSeen.length < 5) errorsSeen.push(String(error));
        })
        .finally(() => {
          inFlight--;
          running.delete(tracked);
        });
      running.add(tracked);
    };
    const bid = (slot: { tenderId: string; supplier: number }, i: number) => async () => {
      const t0 = performance.now();
      const res = await call(
        'POST',
        `/api/v1/tenders/${slot.tenderId}/bids`,
        market.suppliers[slot.supplier]!.auth,
        { price: cny(900_000 + (i % 1000)), proposalDigest: DIGEST },
      );
      commandDone(res.status === 201, performance.now() - t0, `bid ${res.status} ${res.body}`);
    };
    const read = (i: number) => async () => {
      const [url, auth] = readRoutes[i % readRoutes.length]!(Math.floor(i / readRoutes.length));
      const t0 = performance.now();
      const res = await call('GET', url, auth);
      readDone(res.status === 200, performance.now() - t0, `GET ${url} ${res.status} ${res.body}`);
    };

    // Memory: RSS every second, the live heap after a forced full collection every GC_EVERY_S.
    let ticks = 0;
    const memoryTimer = setInterval(() => {
      const s = sample();
      const collect = ++ticks % GC_EVERY_S === 0;
      for (const p of deployment.processes) {
        if (p.child.pid === undefined) continue;
        const rss = processRssBytes(p.child.pid);
        s.rss.set(p.label, [...(s.rss.get(p.label) ?? []), rss]);
        if (collect)
          void liveHeapAfterGc(p.child).then((heap) =>
            s.heap.set(p.label, [...(s.heap.get(p.label) ?? []), heap]),
          );
      }
    }, 1000);
    let printed = 0;
    const printTimer = setInterval(() => {
      while (printed < samples.length - 1) printSample(samples[printed++]!, deployment);
    }, 1000);

    try {
      while (performance.now() - startedAt < durationMs) {
        const elapsed = (performance.now() - startedAt) / 1000;
        const dueCommands = Math.floor(elapsed * RATE) - issuedCommands;
        for (let k = 0; k < dueCommands; k++) {
          const i = issuedCommands++;
          if (inFlight >= MAX_IN_FLIGHT) {
            sample().shed++;
            continue;
          }
          // Keep about OPEN_TENDERS tenders open: a new one whenever the slots run low, at most one per line.
          if (freeSlots < OPEN_TENDERS * SUPPLIERS * 0.75 && pendingTenders < BUDGET_LINES) {
            pendingTenders++;
            track(newTender(commandDone).finally(() => pendingTenders--));
            continue;
          }
          const slot = takeSlot();
          if (slot === undefined) {
            sample().shed++;
            continue;
          }
          track(bid(slot, i)());
        }
        const dueReads = Math.floor(elapsed * RATE * READS_PER_COMMAND) - issuedReads;
        for (let k = 0; k < dueReads; k++) {
          const i = issuedReads++;
          if (inFlight >= MAX_IN_FLIGHT || tenders.length === 0) {
            sample().shed++;
            continue;
          }
          track(read(i)());
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(running);
    } finally {
      clearInterval(memoryTimer);
      clearInterval(printTimer);
    }
    while (printed < samples.length) printSample(samples[printed++]!, deployment);
    return [...verdicts(samples, deployment, errorsSeen), ...(await integrity(deployment))];
  } finally {
    agent.destroy();
    await deployment.close();
  }
}

function printSample(s: Sample, deployment: Deployment): void {
  const commandMs = Float64Array.from(s.commandMs).sort();
  const readMs = Float64Array.from(s.readMs).sort();
  const memory = deployment.processes
    .map(
      (p) =>
        `${p.label} RSS ${mb(Math.min(...(s.rss.get(p.label) ?? [NaN])))}-${mb(Math.max(...(s.rss.get(p.label) ?? [NaN])))} heap ${mb(Math.min(...(s.heap.get(p.label) ?? [NaN])))}`,
    )
    .join(', ');
  out(
    `t=${String(s.atS).padStart(5)} s  commands ${String(s.commands).padStart(6)} (${(s.commands / INTERVAL_S).toFixed(0)}/s) p50 ${percentile(commandMs, 50).toFixed(1)} p99 ${percentile(commandMs, 99).toFixed(1)} ms | ` +
      `reads ${String(s.reads).padStart(6)} p50 ${percentile(readMs, 50).toFixed(1)} p99 ${percentile(readMs, 99).toFixed(1)} ms | errors ${s.errors} shed ${s.shed} | ${memory}`,
  );
}

/**
 * Errors over every interval; memory growth over the complete intervals after warm-up (the last one
 * is cut short by the end of the load and the drain after it: fewer memory samples, so a higher
 * floor of live heap that read as growth), their first third against their last third.
 */
function verdicts(
  samples: readonly Sample[],
  deployment: Deployment,
  errorsSeen: readonly string[],
): Check[] {
  const errors = samples.reduce((n, s) => n + s.errors, 0);
  const commands = samples.reduce((n, s) => n + s.commands, 0);
  const reads = samples.reduce((n, s) => n + s.reads, 0);
  const shed = samples.reduce((n, s) => n + s.shed, 0);
  const checks: Check[] = [
    {
      title: `${deployment.name}: no errors`,
      ok: errors === 0 && commands > 0,
      detail: `${commands} commands, ${reads} reads, ${errors} errors, ${shed} not sent (more than ${MAX_IN_FLIGHT} in flight)${errorsSeen.length ? `; first: ${errorsSeen.join(' | ')}` : ''}`,
    },
  ];
  const steady = samples.filter((s) => s.atS >= WARMUP_S && s.atS + INTERVAL_S <= MINUTES * 60);
  for (const p of deployment.processes) {
    // A third of the intervals is summed up by its lowest reading. The live heap is read after a
    // forced full collection (memory-probe.ts), so it is the retained data alone. RSS is the floor of
    // each interval's per-second samples: V8 commits pages for garbage and returns them after a
    // collection, and SQLite's caches and the projection thread's heap move with the load, so an
    // interval's floor rose and fell by 25 % within one 2-minute run of flat code (347 -> 456 ->
    // 357 MB). Retained memory (a leak, a filling cache, native growth) raises every later floor,
    // the last third's lowest included; a busy minute raises only its own.
    const lowest = (values: readonly number[]) => Math.min(...values);
    const series: [string, (s: Sample) => number][] = [
      ['RSS', (s) => Math.min(...(s.rss.get(p.label) ?? [NaN]))],
      ['live heap', (s) => Math.min(...(s.heap.get(p.label) ?? [NaN]))],
    ];
    for (const [what, pick] of series) {
      const values = steady.map(pick).filter(Number.isFinite);
      if (values.length < 3) {
        checks.push({
          title: `${deployment.name}: ${p.label} ${what} flat after warm-up`,
          ok: false,
          detail: `only ${values.length} measured intervals after warm-up`,
        });
        continue;
      }
      const third = Math.max(1, Math.floor(values.length / 3));
      const first = lowest(values.slice(0, third));
      const last = lowest(values.slice(-third));
      const growth = last / first - 1;
      checks.push({
        title: `${deployment.name}: ${p.label} ${what} flat after warm-up`,
        ok: growth <= GROWTH_LIMIT,
        detail: `${mb(first)} -> ${mb(last)} (${(growth * 100).toFixed(1)} %, limit ${GROWTH_LIMIT * 100} %)`,
      });
    }
  }
  return checks;
}

/** Waits for the read models to reach the head, verifies the chain, compares each read model with a clean rebuild. */
async function integrity(deployment: Deployment): Promise<Check[]> {
  const store: EventStore = await openEventStore(deployment.config);
  const live = await createReadStore(readStoreConfig(deployment.config));
  const scratch = mkdtempSync(path.join(tmpdir(), 'soak-rebuild-'));
  const rebuildDb =
    deployment.config.store === 'postgres' ? await createTestDatabase('soak_rebuild') : undefined;
  const fresh = await createReadStore(
    rebuildDb
      ? { kind: 'postgres', url: rebuildDb.url }
      : { kind: 'sqlite', file: path.join(scratch, 'read.sqlite') },
  );
  try {
    const head = (await store.head()).position;
    const projections = readModels(deployment.config);
    const until = Date.now() + 180_000;
    for (;;) {
      const behind = [];
      for (const p of projections)
        if ((await live.status(p.name)).checkpoint < head) behind.push(p.name);
      if (behind.length === 0) break;
      if (Date.now() > until)
        return [
          {
            title: `${deployment.name}: read models caught up`,
            ok: false,
            detail: `still behind head ${head} after 180 s: ${behind.join(', ')}`,
          },
        ];
      await new Promise((r) => setTimeout(r, 250));
    }
    const verified = await store.verify(1, head);
    const checks: Check[] = [
      {
        title: `${deployment.name}: hash chain verifies`,
        ok: verified.ok,
        detail: verified.ok
          ? `positions 1..${head}`
          : `broken at ${verified.position}: ${verified.reason}`,
      },
    ];
    const report = await rebuild(store, fresh, projections);
    const differences: string[] = [];
    for (const p of projections) {
      for (const table of p.tables) {
        const [a, b] = await Promise.all([rows(live, p, table), rows(fresh, p, table)]);
        if (a.length !== b.length || a.some((row, i) => row !== b[i]))
          differences.push(`${p.name}.${table.name} (${a.length} live rows, ${b.length} rebuilt)`);
      }
    }
    checks.push({
      title: `${deployment.name}: read models equal a clean rebuild`,
      ok: differences.length === 0,
      detail:
        differences.length === 0
          ? `${projections.length} projections, ${report.events} events rebuilt in ${report.seconds.toFixed(1)} s`
          : `differ: ${differences.join(', ')}`,
    });
    return checks;
  } finally {
    await fresh.close();
    await live.close();
    await store.close();
    await rebuildDb?.drop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function rows(
  readStore: ReadStore,
  projection: Parameters<ReadStore['tableName']>[0],
  table: Parameters<ReadStore['tableName']>[1],
): Promise<string[]> {
  const name = await readStore.tableName(projection, table);
  const all = await readStore.db.selectFrom(name).selectAll().execute();
  return all.map((row) => JSON.stringify(row, Object.keys(row as object).sort())).sort();
}

function machineLoad(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} CPUs`;
}

async function main(): Promise<void> {
  out(
    `soak on Node ${process.version}, ${new Date().toISOString()}, modes ${MODES.join(', ')}, ${machineLoad()}`,
  );
  const unknown = MODES.filter((m) => m !== 'embedded' && m !== 'postgres');
  if (unknown.length > 0)
    throw new Error(`SOAK_MODES: unknown mode(s) ${unknown.join(', ')} (embedded, postgres)`);
  if (MODES.includes('postgres') && !process.env['DATABASE_URL'])
    throw new Error(
      'SOAK_MODES includes postgres: set DATABASE_URL (bash infra/local/postgres.sh start prints it)',
    );
  const scratch = mkdtempSync(path.join(tmpdir(), 'soak-'));
  const policyFile = path.join(scratch, 'policy.json');
  // Bids need open tenders for the whole run; the soak measures the system, not the submission period.
  writeFileSync(policyFile, JSON.stringify({ minSubmissionDays: { open: 0 } }));
  const checks: Check[] = [];
  try {
    for (const mode of MODES) checks.push(...(await runMode(mode, policyFile)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  out('');
  for (const c of checks) out(`${c.ok ? 'ok  ' : 'FAIL'} ${c.title}: ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  const reportFile = process.env['SOAK_REPORT'];
  if (reportFile) {
    mkdirSync(path.dirname(path.resolve(reportFile)), { recursive: true });
    // jest's --json shape, as far as tools/ci/count.mjs reads it.
    writeFileSync(
      reportFile,
      JSON.stringify(
        { numPassedTests: checks.length - failed, numFailedTests: failed, testResults: [], checks },
        null,
        2,
      ),
    );
  }
  // Latencies and errors under contention depend on what else the machine runs: say how busy it was.
  out(`soak: ${checks.length - failed} checks passed, ${failed} failed; ${machineLoad()}`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  const reportFile = process.env['SOAK_REPORT'];
  if (reportFile)
    writeFileSync(
      reportFile,
      JSON.stringify({ numPassedTests: 0, numFailedTests: 1, testResults: [] }),
    );
  process.exit(1);
});
