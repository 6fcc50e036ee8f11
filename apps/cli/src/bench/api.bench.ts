// `npm run bench:api`: SubmitBid over HTTP against the API process on the embedded SQLite store,
// beside the same commands through the CommandBus in this process, same run, same machine.
// BENCH_CONNECTIONS (32), BENCH_SECONDS (20), BENCH_TENDERS (500), BENCH_SUPPLIERS (200). Not a test.
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
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const TENDERS = Number(process.env['BENCH_TENDERS'] ?? 500);
/** Bid slots are tenders x suppliers (one active bid per supplier and tender). */
const SUPPLIERS = Number(process.env['BENCH_SUPPLIERS'] ?? 200);
const root = path.resolve(__dirname, '../../../..');
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const DIGEST = createHash('sha256').update('proposal').digest('hex');
const DEADLINE = new Date(Date.now() + 30 * 86_400_000).toISOString();

interface Run {
  readonly done: number;
  readonly errors: number;
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `connections` loops, each one command at a time, for `seconds`; command i is (tender i % T, supplier i / T). */
async function drive(seconds: number, connections: number, send: (i: number) => Promise<boolean>): Promise<Run> {
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
  return { done: latencies.length, errors, seconds: (performance.now() - start) / 1000, latenciesMs: sorted };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(port: number, url: string, auth: string, body: object): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: url, method: 'POST', agent, headers: { authorization: auth, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The same market on either side: one agency, a budget line, SUPPLIERS suppliers, TENDERS open tenders. */
function market() {
  const agencyId = uuidv7();
  return {
    agencyId,
    officerId: uuidv7(),
    budgetLineId: uuidv7(),
    suppliers: Array.from({ length: SUPPLIERS }, () => ({ supplierId: uuidv7(), userId: uuidv7() })),
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

async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

async function httpSide(): Promise<Run> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  const policyFile = path.join(dataDir, 'policy.json');
  writeFileSync(policyFile, JSON.stringify({ minSubmissionDays: { open: 0 } }));
  const port = await freePort();
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there on exit, to see where a request's time goes.
  const profile = process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env['BENCH_CPU_PROF'])}`] : [];
  const child = spawn(process.execPath, [...profile, '-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/api/src/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', LEDGER_DATA_DIR: dataDir, LEDGER_POLICY_FILE: policyFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (const until = Date.now() + 30_000; ; ) {
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.status === 200, () => false);
      if (ready) break;
      if (Date.now() > until) throw new Error('the API did not become ready in 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const secret = loadOrCreateDevSecret(dataDir);
    const now = Math.floor(Date.now() / 1000);
    const m = market();
    const mint = (claims: Parameters<typeof mintDevToken>[0]) => `Bearer ${mintDevToken(claims, secret)}`;
    const finance = mint({ role: 'finance_officer', sub: uuidv7(), agencyId: m.agencyId, ttlSeconds: 3600, now });
    const officer = mint({ role: 'agency_officer', sub: m.officerId, agencyId: m.agencyId, ttlSeconds: 3600, now });
    const supplierAuth = m.suppliers.map((s) => mint({ role: 'supplier', sub: s.userId, supplierId: s.supplierId, ttlSeconds: 3600, now }));
    const must = async (url: string, auth: string, body: object) => {
      const res = await post(port, url, auth, body);
      if (res.status >= 300) throw new Error(`setup ${url}: ${res.status} ${res.body}`);
    };
    await must('/api/v1/budget-lines', finance, { budgetLineId: m.budgetLineId, fiscalYear: 2026, category: 'community_services', amount: cny(1_000_000 * TENDERS) });
    await pool(m.suppliers, 8, (s) => must('/api/v1/suppliers', supplierAuth[m.suppliers.indexOf(s)]!, { supplierId: s.supplierId, kind: 'social_organisation', name: 'Bench org', registrationNumber: 'REG' }));
    await pool(m.tenders, 8, (tenderId) => must('/api/v1/tenders', officer, tenderTerms(m, tenderId)));
    // One at a time: every publication reserves on the one budget line, so in parallel they would conflict.
    for (const tenderId of m.tenders) await must(`/api/v1/tenders/${tenderId}/publish`, officer, { deadline: DEADLINE });
    out(`http: ${SUPPLIERS} suppliers and ${TENDERS} published tenders set up over HTTP; ${CONNECTIONS} keep-alive connections for ${SECONDS} s`);
    let failure = '';
    const run = await drive(SECONDS, CONNECTIONS, async (i) => {
      const s = Math.floor(i / TENDERS) % SUPPLIERS;
      const res = await post(port, `/api/v1/tenders/${m.tenders[i % TENDERS]}/bids`, supplierAuth[s]!, { price: cny(900_000 + (i % 1000)), proposalDigest: DIGEST });
      if (res.status !== 201 && failure === '') failure = `${res.status} ${res.body}`;
      return res.status === 201;
    });
    if (failure !== '') out(`http: first error: ${failure}`);
    return run;
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function inProcessSide(): Promise<Run> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-bus-'));
  const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });

  @Module({
    imports: [CqrsModule.forRoot()],
    providers: [{ provide: EVENT_STORE, useValue: store }, CommandRuntime, ...budgetLineHandlers, ...supplierHandlers, ...tenderHandlers],
  })
  class BenchModule {}

  const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
  try {
    const bus = app.get(CommandBus);
    const m = market();
    // Setup needs no scope check; the measured bids are authorised exactly as the API does.
    const setup = (actor: string, role: string): CommandContext => ({
      metadata: { actor, role, correlationId: uuidv7(), commandId: uuidv7(), occurredAt: new Date().toISOString() },
      authorize: () => undefined,
    });
    await bus.execute(new OpenBudgetLineCommand({ budgetLineId: m.budgetLineId, agencyId: m.agencyId, fiscalYear: 2026, category: 'community_services', amount: cny(1_000_000 * TENDERS) }, setup(uuidv7(), 'finance_officer')));
    for (const s of m.suppliers) {
      await bus.execute(new RegisterSupplierCommand({ supplierId: s.supplierId, kind: 'social_organisation', name: 'Bench org', registrationNumber: 'REG' }, setup(s.userId, 'supplier')));
    }
    for (const tenderId of m.tenders) {
      await bus.execute(new DraftTenderCommand(tenderTerms(m, tenderId), setup(m.officerId, 'agency_officer')));
      await bus.execute(new PublishTenderCommand({ tenderId, deadline: DEADLINE }, setup(m.officerId, 'agency_officer')));
    }
    const actors: Actor[] = m.suppliers.map((s) => ({ id: s.userId, role: 'supplier', supplierId: s.supplierId }));
    out(`in-process: the same market through the CommandBus; ${CONNECTIONS} commands in flight for ${SECONDS} s`);
    return await drive(SECONDS, CONNECTIONS, async (i) => {
      const s = Math.floor(i / TENDERS) % SUPPLIERS;
      const actor = actors[s]!;
      try {
        await bus.execute(
          new SubmitBidCommand(
            { tenderId: m.tenders[i % TENDERS]!, bidId: uuidv7(), supplierId: actor.supplierId!, price: cny(900_000 + (i % 1000)), proposalDigest: DIGEST },
            {
              metadata: { actor: actor.id, role: 'supplier', scope: `supplier:${actor.supplierId}`, correlationId: uuidv7(), commandId: uuidv7(), occurredAt: new Date().toISOString() },
              authorize: (facts) => assertAuthorized(actor, 'bid.submit', facts),
            },
          ),
        );
        return true;
      } catch {
        return false;
      }
    });
  } finally {
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(name: string, run: Run): number {
  const rate = (run.done - run.errors) / run.seconds;
  out(
    `${name.padEnd(11)} ${run.done.toLocaleString('en-US').padStart(8)} commands, ${run.errors} errors, ${rate.toFixed(0).padStart(6)} commands/s, ` +
      `p50 ${percentile(run.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(run.latenciesMs, 99).toFixed(1)} ms`,
  );
  return rate;
}

async function main(): Promise<void> {
  out(`bench:api on Node ${process.version}, ${new Date().toISOString()}`);
  const http = await httpSide();
  const bus = await inProcessSide();
  out('');
  const httpRate = report('HTTP', http);
  const busRate = report('in-process', bus);
  const p99 = percentile(http.latenciesMs, 99);
  out(`HTTP / in-process: ${(httpRate / busRate).toFixed(2)}x`);
  out(`targets: >= 1,000 commands/s over HTTP: ${httpRate >= 1000 ? 'met' : 'MISSED'}; p99 < 100 ms: ${p99 < 100 ? 'met' : 'MISSED'}; HTTP >= 0.4x in-process: ${httpRate / busRate >= 0.4 ? 'met' : 'MISSED'}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
