// `npm run bench:api`: SubmitBid over HTTP against the API process on the embedded SQLite store,
// beside the same commands through the CommandBus in this process, same run, same machine.
// BENCH_RUNS (3: each run is an HTTP side then an in-process side, and the targets are judged on
// the median of the runs' figures, ratios taken within each run), BENCH_CONNECTIONS (32),
// BENCH_SECONDS (20), BENCH_TENDERS (500), BENCH_SUPPLIERS (200), BENCH_IDEMPOTENCY=1 (every bid
// carries a fresh Idempotency-Key, as a retrying client sends), LEDGER_PROJECTIONS (passed to the
// server), BENCH_SERVER_ARGS (extra node flags for the server, space-separated, e.g. --cpu-prof),
// LEDGER_PROJECTION_THREAD (passed to the server: false runs the projections on its main thread),
// LEDGER_SQLITE_WRITER (passed to the server: thread commits on a writer thread),
// BENCH_WARMUP_SECONDS (0: bids before the measured ones on the HTTP side, so a short run under
// load is not mostly JIT compilation), BENCH_SIDES=http (the HTTP side alone: its CPU per command is the figure to profile by; no ratio).
// The 1-minute load average is printed before and after each run: the targets are for an
// otherwise idle machine (IDLE_LOAD below), and a run above it says so. So is the CPU steal over
// each run: on a shared VM the load average can be 0 while the host runs others on our cores. A
// slower window slows both sides, so the ratio moves less than the rates. Not a test.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import {
  assertAuthorized,
  budgetLineHandlers,
  CommandRuntime,
  DraftTenderCommand,
  EVENT_STORE,
  loadOrCreateDevSecret,
  mintDevToken,
  OpenBudgetLineCommand,
  PublishTenderCommand,
  RegisterSupplierCommand,
  SubmitBidCommand,
  supplierHandlers,
  tenderHandlers,
  type Actor,
  type CommandContext,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  machineCpuTicks,
  mainThreadCpuSeconds,
  percentile,
  pool,
  processCpuSeconds,
  send,
  startApi,
  stealPercent,
  threadCpuSeconds,
} from '../load/http';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const TENDERS = Number(process.env['BENCH_TENDERS'] ?? 500);
/** Bid slots are tenders x suppliers (one active bid per supplier and tender). */
const SUPPLIERS = Number(process.env['BENCH_SUPPLIERS'] ?? 200);
const IDEMPOTENCY = process.env['BENCH_IDEMPOTENCY'] === '1';
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const HTTP_ONLY = process.env['BENCH_SIDES'] === 'http';
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 0);
const SERVER_ARGS = (process.env['BENCH_SERVER_ARGS'] ?? '').split(' ').filter((a) => a !== '');
/**
 * The idle check: the 1-minute load average before a run at most this (other work was using less
 * than a quarter of one core of the machine on average); the bench's own setup adds to it, so the
 * reading is taken after a pause with nothing running.
 */
const IDLE_LOAD = 0.25;
/**
 * The 1-minute load average decays with a one-minute time constant, so a run right after the
 * previous one (or after the setup) reads ~1 even on an idle machine: each run first waits for the
 * reading to fall to IDLE_LOAD, at most this long, and then starts anyway (the check below says so).
 */
const IDLE_WAIT_SECONDS = Number(process.env['BENCH_IDLE_WAIT_SECONDS'] ?? 240);
const TARGETS = { rate: 1500, p99Ms: 50, ratio: 0.5 } as const;
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const DIGEST = createHash('sha256').update('proposal').digest('hex');
const DEADLINE = new Date(Date.now() + 30 * 86_400_000).toISOString();

interface Run {
  readonly done: number;
  readonly errors: number;
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
  /**
   * CPU seconds during the run: the server process (HTTP side only), its main thread alone (where
   * requests run) and this process (load generator, or the whole in-process side).
   */
  cpu?: { server: number; serverMain?: number; serverBusiestOther?: number; bench: number };
  /** Appends per group-commit transaction in the store during the run. */
  batches?: { commits: number; events: number; max: number };
}

/** `connections` loops, each one command at a time, for `seconds`; command i is (tender i % T, supplier i / T). */
async function drive(
  seconds: number,
  connections: number,
  send: (i: number) => Promise<boolean>,
): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end && next < TENDERS * SUPPLIERS) {
      const i = next++;
      const t0 = performance.now();
      const ok = await send(i);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const sorted = Float64Array.from(latencies).sort();
  return {
    done: latencies.length,
    errors,
    seconds: (performance.now() - start) / 1000,
    latenciesMs: sorted,
  };
}

/** A fresh one per HTTP side (each ends by destroying its sockets). */
let agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const post = (port: number, url: string, auth: string, body: object, idempotencyKey?: string) =>
  send(
    agent,
    port,
    'POST',
    url,
    auth,
    body,
    idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey },
  );

/** The same market on either side: one agency, a budget line, SUPPLIERS suppliers, TENDERS open tenders. */
function market() {
  const agencyId = uuidv7();
  return {
    agencyId,
    officerId: uuidv7(),
    budgetLineId: uuidv7(),
    suppliers: Array.from({ length: SUPPLIERS }, () => ({
      supplierId: uuidv7(),
      userId: uuidv7(),
    })),
    tenders: Array.from({ length: TENDERS }, () => uuidv7()),
  };
}
type Market = ReturnType<typeof market>;
const tenderTerms = (m: Market, tenderId: string) => ({
  tenderId,
  agencyId: m.agencyId,
  budgetLineId: m.budgetLineId,
  method: 'open' as const,
  title: 'Community services, bench lot',
  serviceCategory: 'community_services',
  estimatedValue: cny(1_000_000),
  criteria: [{ criterionId: 'quality', name: 'Quality', weight: 100 }],
  eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
  contractType: 'short_term_project' as const,
  paymentModel: 'outcome_based' as const,
});

const benchCpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

async function httpSide(): Promise<Run> {
  agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  const policyFile = path.join(dataDir, 'policy.json');
  writeFileSync(policyFile, JSON.stringify({ minSubmissionDays: { open: 0 } }));
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there on exit, to see where a request's time goes.
  const profile = process.env['BENCH_CPU_PROF']
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env['BENCH_CPU_PROF'])}`]
    : [];
  const server = await startApi(
    {
      LEDGER_DATA_DIR: dataDir,
      LEDGER_POLICY_FILE: policyFile,
      // The embedded server runs the read-side projections itself by default; LEDGER_PROJECTIONS=off shows what they cost.
      ...(process.env['LEDGER_PROJECTIONS'] === undefined
        ? {}
        : { LEDGER_PROJECTIONS: process.env['LEDGER_PROJECTIONS'] }),
      // On a worker thread of the server by default; false puts them back on its main thread.
      ...(process.env['LEDGER_PROJECTION_THREAD'] === undefined
        ? {}
        : { LEDGER_PROJECTION_THREAD: process.env['LEDGER_PROJECTION_THREAD'] }),
      ...(process.env['LEDGER_SQLITE_WRITER'] === undefined
        ? {}
        : { LEDGER_SQLITE_WRITER: process.env['LEDGER_SQLITE_WRITER'] }),
    },
    { extraArgs: [...profile, ...SERVER_ARGS], readyTimeoutMs: 90_000 },
  );
  const { port, child } = server;
  try {
    const secret = loadOrCreateDevSecret(dataDir);
    const now = Math.floor(Date.now() / 1000);
    const m = market();
    const mint = (claims: Parameters<typeof mintDevToken>[0]) =>
      `Bearer ${mintDevToken(claims, secret)}`;
    const finance = mint({
      role: 'finance_officer',
      sub: uuidv7(),
      agencyId: m.agencyId,
      ttlSeconds: 3600,
      now,
    });
    const officer = mint({
      role: 'agency_officer',
      sub: m.officerId,
      agencyId: m.agencyId,
      ttlSeconds: 3600,
      now,
    });
    const supplierAuth = m.suppliers.map((s) =>
      mint({ role: 'supplier', sub: s.userId, supplierId: s.supplierId, ttlSeconds: 3600, now }),
    );
    const must = async (url: string, auth: string, body: object) => {
      const res = await post(port, url, auth, body);
      if (res.status >= 300) throw new Error(`setup ${url}: ${res.status} ${res.body}`);
    };
    await must('/api/v1/budget-lines', finance, {
      budgetLineId: m.budgetLineId,
      fiscalYear: 2026,
      category: 'community_services',
      amount: cny(1_000_000 * TENDERS),
    });
    await pool(m.suppliers, 8, (s) =>
      must('/api/v1/suppliers', supplierAuth[m.suppliers.indexOf(s)]!, {
        supplierId: s.supplierId,
        kind: 'social_organisation',
        name: 'Bench org',
        registrationNumber: 'REG',
      }),
    );
    await pool(m.tenders, 8, (tenderId) =>
      must('/api/v1/tenders', officer, tenderTerms(m, tenderId)),
    );
    // One at a time: every publication reserves on the one budget line, so in parallel they would conflict.
    for (const tenderId of m.tenders)
      await must(`/api/v1/tenders/${tenderId}/publish`, officer, { deadline: DEADLINE });
    out(
      `http: ${SUPPLIERS} suppliers and ${TENDERS} published tenders set up over HTTP; ${CONNECTIONS} keep-alive connections for ${SECONDS} s` +
        (IDEMPOTENCY ? ', an Idempotency-Key on every bid' : ''),
    );
    const eventsDb = path.join(dataDir, 'ledger.sqlite');
    const lastPosition = () => {
      const db = new Database(eventsDb, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT max(position) FROM events').pluck().get() as number | null) ?? 0;
      } finally {
        db.close();
      }
    };
    let failure = '';
    // Bid i is (tender i % T, supplier i / T): the measured bids go on from where the warm-up stopped.
    let offset = 0;
    const bid = async (n: number) => {
      const i = n + offset;
      const s = Math.floor(i / TENDERS) % SUPPLIERS;
      const res = await post(
        port,
        `/api/v1/tenders/${m.tenders[i % TENDERS]}/bids`,
        supplierAuth[s]!,
        { price: cny(900_000 + (i % 1000)), proposalDigest: DIGEST },
        IDEMPOTENCY ? uuidv7() : undefined,
      );
      if (res.status !== 201 && failure === '') failure = `${res.status} ${res.body}`;
      return res.status === 201;
    };
    if (WARMUP_SECONDS > 0) {
      const warmup = await drive(WARMUP_SECONDS, CONNECTIONS, bid);
      offset = warmup.done;
      out(`http: warm-up ${warmup.done} bids in ${warmup.seconds.toFixed(1)} s, not measured`);
    }
    const fromPosition = lastPosition() + 1;
    const cpu0 = {
      server: processCpuSeconds(child.pid!),
      serverMain: mainThreadCpuSeconds(child.pid!),
      threads: threadCpuSeconds(child.pid!),
      bench: benchCpuSeconds(),
    };
    const run = await drive(SECONDS, CONNECTIONS, bid);
    // The busiest thread besides the main one: the projection thread where it runs (V8's and
    // libuv's helper threads each use less), so its cost per command is visible on its own.
    let busiestOther = 0;
    for (const [tid, seconds] of threadCpuSeconds(child.pid!))
      if (tid !== child.pid)
        busiestOther = Math.max(busiestOther, seconds - (cpu0.threads.get(tid) ?? 0));
    run.cpu = {
      server: processCpuSeconds(child.pid!) - cpu0.server,
      serverMain: mainThreadCpuSeconds(child.pid!) - cpu0.serverMain,
      serverBusiestOther: busiestOther,
      bench: benchCpuSeconds() - cpu0.bench,
    };
    run.batches = groupCommits(eventsDb, fromPosition);
    if (failure !== '') out(`http: first error: ${failure}`);
    return run;
  } finally {
    agent.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function inProcessSide(): Promise<Run> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-bus-'));
  const file = path.join(dataDir, 'ledger.sqlite');
  // Inline (the store's default): the fastest in process. With 32 commands in flight a batch is
  // every command, so a writer thread has nothing to overlap and only adds its hop (-20 % measured
  // in docs/performance.md).
  const store = await openSqliteEventStore({ path: file });

  @Module({
    imports: [CqrsModule.forRoot()],
    providers: [
      { provide: EVENT_STORE, useValue: store },
      CommandRuntime,
      ...budgetLineHandlers,
      ...supplierHandlers,
      ...tenderHandlers,
    ],
  })
  class BenchModule {}

  const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
  try {
    const bus = app.get(CommandBus);
    const m = market();
    // Setup needs no scope check; the measured bids are authorised exactly as the API does.
    const setup = (actor: string, role: string): CommandContext => ({
      metadata: {
        actor,
        role,
        correlationId: uuidv7(),
        commandId: uuidv7(),
        occurredAt: new Date().toISOString(),
      },
      authorize: () => undefined,
    });
    await bus.execute(
      new OpenBudgetLineCommand(
        {
          budgetLineId: m.budgetLineId,
          agencyId: m.agencyId,
          fiscalYear: 2026,
          category: 'community_services',
          amount: cny(1_000_000 * TENDERS),
        },
        setup(uuidv7(), 'finance_officer'),
      ),
    );
    for (const s of m.suppliers) {
      await bus.execute(
        new RegisterSupplierCommand(
          {
            supplierId: s.supplierId,
            kind: 'social_organisation',
            name: 'Bench org',
            registrationNumber: 'REG',
          },
          setup(s.userId, 'supplier'),
        ),
      );
    }
    for (const tenderId of m.tenders) {
      await bus.execute(
        new DraftTenderCommand(tenderTerms(m, tenderId), setup(m.officerId, 'agency_officer')),
      );
      await bus.execute(
        new PublishTenderCommand(
          { tenderId, deadline: DEADLINE },
          setup(m.officerId, 'agency_officer'),
        ),
      );
    }
    const actors: Actor[] = m.suppliers.map((s) => ({
      id: s.userId,
      role: 'supplier',
      supplierId: s.supplierId,
    }));
    out(
      `in-process: the same market through the CommandBus; ${CONNECTIONS} commands in flight for ${SECONDS} s`,
    );
    const fromPosition = (await store.head()).position + 1;
    const cpu0 = benchCpuSeconds();
    const run = await drive(SECONDS, CONNECTIONS, async (i) => {
      const s = Math.floor(i / TENDERS) % SUPPLIERS;
      const actor = actors[s]!;
      try {
        await bus.execute(
          new SubmitBidCommand(
            {
              tenderId: m.tenders[i % TENDERS]!,
              bidId: uuidv7(),
              supplierId: actor.supplierId!,
              price: cny(900_000 + (i % 1000)),
              proposalDigest: DIGEST,
            },
            {
              metadata: {
                actor: actor.id,
                role: 'supplier',
                scope: `supplier:${actor.supplierId}`,
                correlationId: uuidv7(),
                commandId: uuidv7(),
                occurredAt: new Date().toISOString(),
              },
              authorize: (facts) => assertAuthorized(actor, 'bid.submit', facts),
            },
          ),
        );
        return true;
      } catch {
        return false;
      }
    });
    run.cpu = { server: 0, bench: benchCpuSeconds() - cpu0 };
    run.batches = groupCommits(file, fromPosition);
    return run;
  } finally {
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The group commits of a run, from the store's file: a group commit stamps one recorded_at on all
 * it writes, so events per distinct stamp is the batch size (two commits within one millisecond
 * count as one: an upper bound).
 */
function groupCommits(file: string, fromPosition: number): NonNullable<Run['batches']> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const sizes = db
      .prepare('SELECT count(*) FROM events WHERE position >= ? GROUP BY recorded_at')
      .pluck()
      .all(fromPosition) as number[];
    return {
      commits: sizes.length,
      events: sizes.reduce((a, b) => a + b, 0),
      max: Math.max(0, ...sizes),
    };
  } finally {
    db.close();
  }
}

function report(name: string, run: Run): number {
  const rate = (run.done - run.errors) / run.seconds;
  out(
    `${name.padEnd(11)} ${run.done.toLocaleString('en-US').padStart(8)} commands, ${run.errors} errors, ${rate.toFixed(0).padStart(6)} commands/s, ` +
      `p50 ${percentile(run.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(run.latenciesMs, 99).toFixed(1)} ms`,
  );
  if (run.cpu) {
    const { server, serverMain, serverBusiestOther, bench } = run.cpu;
    const done = Math.max(1, run.done);
    const other =
      serverBusiestOther === undefined || serverBusiestOther <= 0
        ? ''
        : `; busiest other thread ${serverBusiestOther.toFixed(1)} s, ${((1000 * serverBusiestOther) / done).toFixed(2)} ms a command`;
    const main =
      serverMain === undefined || Number.isNaN(serverMain)
        ? ''
        : ` (its main thread ${serverMain.toFixed(1)} s, ${((100 * serverMain) / run.seconds).toFixed(0)} % of a core, ${((1000 * serverMain) / done).toFixed(2)} ms a command${other})`;
    out(
      `${''.padEnd(11)} CPU over ${run.seconds.toFixed(1)} s: ` +
        (server > 0
          ? `server ${server.toFixed(1)} s (${((100 * server) / run.seconds).toFixed(0)} % of a core, ${((1000 * server) / done).toFixed(2)} ms a command)${main}, load generator ${bench.toFixed(1)} s`
          : `this process ${bench.toFixed(1)} s (${((1000 * bench) / done).toFixed(2)} ms a command)`) +
        ` (${((100 * bench) / run.seconds).toFixed(0)} %)`,
    );
  }
  if (run.batches && run.batches.commits > 0) {
    out(
      `${''.padEnd(11)} group commit: ${run.batches.events} events in ${run.batches.commits} transactions, ${(run.batches.events / run.batches.commits).toFixed(1)} per transaction on average, at most ${run.batches.max}`,
    );
  }
  return rate;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const load1 = () => loadavg()[0]!;

async function waitForIdle(): Promise<void> {
  const deadline = Date.now() + IDLE_WAIT_SECONDS * 1000;
  if (load1() <= IDLE_LOAD || IDLE_WAIT_SECONDS <= 0) return;
  out(
    `waiting up to ${IDLE_WAIT_SECONDS} s for the load average to fall to ${IDLE_LOAD} (now ${load1().toFixed(2)})`,
  );
  while (load1() > IDLE_LOAD && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5000));
}

interface RunFigures {
  readonly rate: number;
  readonly p99: number;
  readonly ratio: number;
  readonly loadBefore: number;
  readonly loadAfter: number;
  /** CPU steal over the run, percent of the machine's time (undefined without /proc/stat). */
  readonly steal: number | undefined;
}

const stealText = (steal: number | undefined): string =>
  steal === undefined ? 'steal n/a' : `CPU steal ${steal.toFixed(1)} %`;

async function main(): Promise<void> {
  out(
    `bench:api on Node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString()}, ${RUNS} run(s)`,
  );
  const runs: RunFigures[] = [];
  for (let r = 1; r <= RUNS; r++) {
    await waitForIdle();
    const loadBefore = load1();
    out(`\nrun ${r}/${RUNS}: load average (1 min) ${loadBefore.toFixed(2)}`);
    const ticks = machineCpuTicks();
    const http = await httpSide();
    if (HTTP_ONLY) {
      report('HTTP', http);
      out(`${''.padEnd(11)} ${stealText(stealPercent(ticks, machineCpuTicks()))} over the run`);
      continue;
    }
    const bus = await inProcessSide();
    const httpRate = report('HTTP', http);
    const busRate = report('in-process', bus);
    const p99 = percentile(http.latenciesMs, 99);
    const loadAfter = load1();
    const steal = stealPercent(ticks, machineCpuTicks());
    out(
      `HTTP / in-process: ${(httpRate / busRate).toFixed(2)}x; load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)}; ${stealText(steal)} over the run`,
    );
    runs.push({ rate: httpRate, p99, ratio: httpRate / busRate, loadBefore, loadAfter, steal });
  }
  if (HTTP_ONLY) return;
  const rate = median(runs.map((r) => r.rate));
  const p99 = median(runs.map((r) => r.p99));
  const ratio = median(runs.map((r) => r.ratio));
  const busy = runs.filter((r) => r.loadBefore > IDLE_LOAD);
  out('');
  out(
    `median of ${RUNS}: HTTP ${rate.toFixed(0)} commands/s, p99 ${p99.toFixed(1)} ms, HTTP / in-process ${ratio.toFixed(2)}x ` +
      `(runs: ${runs.map((r) => `${r.rate.toFixed(0)}/s ${r.p99.toFixed(0)} ms ${r.ratio.toFixed(2)}x, ${stealText(r.steal)}`).join('; ')})`,
  );
  out(
    `idle check: ${busy.length === 0 ? `every run started at a load average <= ${IDLE_LOAD}` : `NOT IDLE: ${busy.length} of ${RUNS} run(s) started at a load average above ${IDLE_LOAD} (${busy.map((r) => r.loadBefore.toFixed(2)).join(', ')}); the targets are for an idle machine`}`,
  );
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  out(
    `targets: >= ${TARGETS.rate.toLocaleString('en-US')} commands/s over HTTP: ${verdict(rate >= TARGETS.rate)}; ` +
      `p99 < ${TARGETS.p99Ms} ms: ${verdict(p99 < TARGETS.p99Ms)}; HTTP >= ${TARGETS.ratio}x in-process: ${verdict(ratio >= TARGETS.ratio)}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
