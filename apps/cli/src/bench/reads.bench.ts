// `npm run bench:reads`: requests/s and p99 of each read route against the API process on the
// embedded SQLite store, at two log sizes, so a route whose cost grows with the log shows up as a
// ratio well below 1 (issue 19 item 16: the public tender list folded the whole log per request).
// BENCH_READ_TENDERS ("200,2000": tenders per log, each drafted, published, 3-5 bids, opened,
// most awarded), BENCH_READ_SECONDS (3 per route), BENCH_CONNECTIONS (8). Not a test.
import { DEFAULT_POLICY, addDays } from '@contract-ledger/domain';
import { loadOrCreateDevSecret, mintDevToken } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { Procurement } from '@contract-ledger/projections/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentile, send, startApi } from '../load/http';

const SIZES = (process.env['BENCH_READ_TENDERS'] ?? '200,2000').split(',').map(Number);
const SECONDS = Number(process.env['BENCH_READ_SECONDS'] ?? 3);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const SUPPLIERS = 300;
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const uuid = (kind: number, n: number): string =>
  `0190e${kind.toString(16).padStart(3, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** Writes a log of `tenders` procurements (and their suppliers and budget lines); returns its size in events. */
async function generate(store: EventStore, tenders: number): Promise<number> {
  const world = new Procurement(DEFAULT_POLICY);
  const at0 = '2026-01-05T09:00:00.000Z';
  const agencyId = uuid(0xa, 0);
  const lineId = uuid(0xb, 0);
  world.openBudgetLine(lineId, agencyId, at0, {
    category: 'elderly_care',
    amountMinor: 9_000_000_000_000,
  });
  for (let s = 0; s < SUPPLIERS; s++) world.registerSupplier(uuid(0x5, s), at0);
  for (let n = 1; n <= tenders; n++) {
    const bids = Array.from({ length: 3 + (n % 3) }, (_, i) => ({
      supplierId: uuid(0x5, (n * 7 + i * 13) % SUPPLIERS),
      priceMinor: 900_000 + ((n * 31 + i * 17) % 200_000),
      score: 60 + ((n + i * 11) % 40),
    }));
    const unique = bids.filter(
      (b, i) => bids.findIndex((x) => x.supplierId === b.supplierId) === i,
    );
    world.runTender({
      tenderId: uuid(0x7, n),
      agencyId,
      budgetLineId: lineId,
      category: 'elderly_care',
      draftedAt: addDays('2026-01-10T09:00:00.000Z', (n % 300) * 0.5),
      estimateMinor: 1_000_000,
      bids: unique,
      stopAfterOpening: n % 17 === 0,
    });
  }
  return appendInOrder(store, world.events.splice(0));
}

interface Route {
  readonly name: string;
  readonly url: string;
  readonly auth?: string;
}

interface Figure {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
}

async function measure(
  agent: Agent,
  port: number,
  route: Route,
  seconds = SECONDS,
): Promise<Figure> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await send(agent, port, 'GET', route.url, route.auth);
        latencies.push(performance.now() - t0);
        if (res.status !== 200) errors++;
      }
    }),
  );
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: latencies.length / ((performance.now() - start) / 1000),
    p99: percentile(sorted, 99),
    errors,
  };
}

async function atSize(tenders: number): Promise<{ events: number; figures: Map<string, Figure> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-reads-'));
  const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
  const events = await generate(store, tenders);
  await store.close();
  const secret = loadOrCreateDevSecret(dataDir);
  const server = await startApi({ LEDGER_DATA_DIR: dataDir }, { readyTimeoutMs: 60_000 });
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    const now = Math.floor(Date.now() / 1000);
    const token = (role: 'supervisor' | 'auditor') =>
      `Bearer ${mintDevToken({ role, sub: uuid(0xe, role.length), ttlSeconds: 3600, now }, secret)}`;
    const supervisor = token('supervisor');
    const auditor = token('auditor');
    // The read models catch up on the generated log first: every figure is of a caught-up route.
    for (;;) {
      const metrics = await fetch(`http://127.0.0.1:${server.port}/metrics`).then((r) => r.text());
      const lags = [...metrics.matchAll(/^ledger_projection_lag_events\{[^}]*\} (\d+)/gm)].map(
        (m) => Number(m[1]),
      );
      if (lags.length > 0 && lags.every((lag) => lag === 0)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const tender = uuid(0x7, Math.max(1, Math.floor(tenders / 2)));
    const routes: Route[] = [
      { name: 'GET /api/v1/public/tenders', url: '/api/v1/public/tenders' },
      { name: 'GET /api/v1/public/board/open-tenders', url: '/api/v1/public/board/open-tenders' },
      { name: 'GET /api/v1/public/tenders/{id}', url: `/api/v1/public/tenders/${tender}` },
      {
        name: 'GET /api/v1/tenders/{id} (supervisor)',
        url: `/api/v1/tenders/${tender}`,
        auth: supervisor,
      },
      {
        name: 'GET /api/v1/audit/tenders/{id}/history',
        url: `/api/v1/audit/tenders/${tender}/history`,
      },
      {
        name: 'GET /api/v1/audit/tender/{id}/state (supervisor)',
        url: `/api/v1/audit/tender/${tender}/state`,
        auth: supervisor,
      },
      { name: 'GET /api/v1/blacklist', url: '/api/v1/blacklist' },
      {
        name: 'GET /api/v1/accountability/suppliers (supervisor)',
        url: '/api/v1/accountability/suppliers',
        auth: supervisor,
      },
      { name: 'GET /api/v1/red-flags (supervisor)', url: '/api/v1/red-flags', auth: supervisor },
      {
        name: 'GET /api/v1/events?live=false, last 100 (auditor)',
        url: `/api/v1/events?live=false&fromPosition=${Math.max(1, events - 99)}`,
        auth: auditor,
      },
    ];
    const figures = new Map<string, Figure>();
    // Warm-up: the first route measured would otherwise pay for the JIT and cold caches of all.
    for (const route of routes) await measure(agent, server.port, route, 0.5);
    for (const route of routes) figures.set(route.name, await measure(agent, server.port, route));
    return { events, figures };
  } finally {
    agent.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  out(
    `reads: ${CONNECTIONS} keep-alive connections, ${SECONDS} s per route, logs of ${SIZES.join(' and ')} tenders`,
  );
  const runs: { tenders: number; events: number; figures: Map<string, Figure> }[] = [];
  for (const tenders of SIZES) {
    const run = await atSize(tenders);
    runs.push({ tenders, ...run });
    out(`reads: ${tenders} tenders = ${run.events} events measured`);
  }
  const header = [
    'route',
    ...runs.flatMap((r) => [`req/s @${r.events}`, `p99 ms @${r.events}`]),
    'req/s ratio (large/small)',
  ];
  out(`| ${header.join(' | ')} |`);
  out(`|${header.map(() => '---').join('|')}|`);
  for (const name of runs[0]!.figures.keys()) {
    const cells = runs.flatMap((r) => {
      const f = r.figures.get(name)!;
      return [
        `${Math.round(f.rps)}${f.errors > 0 ? ` (${f.errors} errors)` : ''}`,
        f.p99.toFixed(1),
      ];
    });
    const first = runs[0]!.figures.get(name)!.rps;
    const last = runs[runs.length - 1]!.figures.get(name)!.rps;
    out(`| ${name} | ${cells.join(' | ')} | ${(last / first).toFixed(2)} |`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
