import { dropDatabase } from '@contract-ledger/read-store-sql/testing';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import type { EventStore } from '@contract-ledger/event-store';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import {
  auditEvents,
  auditProjection,
  boardTenders,
  tenderBoardProjection,
} from '@contract-ledger/projections';
import { id, Procurement } from '@contract-ledger/projections/testing';
import { allRows, createReadStore, type ReadStore } from '@contract-ledger/read-store-sql';
import { READ_MODEL_NAMES } from '@contract-ledger/runtime';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';

const root = path.resolve(__dirname, '../../..');
const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

interface Worker {
  readonly child: ChildProcess;
  /** projection -> last state this worker logged. */
  readonly states: Map<string, string>;
  readonly exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/worker/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, LEDGER_STORE: 'postgres', DATABASE_URL: url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const states = new Map<string, string>();
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const entry = JSON.parse(line) as { projection?: string; state?: string };
        if (entry.projection && entry.state) states.set(entry.projection, entry.state);
      } catch {
        // not a log line
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, states, exited };
}

async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Appends procurements through the deciders; returns the number of tenders written. */
async function appendTenders(
  store: EventStore,
  world: Procurement,
  from: number,
  count: number,
): Promise<void> {
  for (let n = from; n < from + count; n++) {
    world.runTender({
      tenderId: id(1_000 + n),
      agencyId: id(2),
      budgetLineId: id(1),
      draftedAt: '2026-01-10T09:00:00.000Z',
      bids: [0, 1, 2].map((i) => ({
        supplierId: id(10 + i),
        priceMinor: 900_000 + i * 1_000,
        score: 70 + i,
      })),
    });
  }
  await appendInOrder(store, world.events.splice(0));
}

describe('apps/worker on PostgreSQL: one active runner per projection, a standby takes over', () => {
  const name = `worker_int_${process.pid}_${Date.now().toString(36)}`;
  let url: string;
  let store: EventStore;
  let readStore: ReadStore;
  const workers: Worker[] = [];

  beforeAll(async () => {
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    store = await openPostgresEventStore({ connectionString: url });
    readStore = await createReadStore({ kind: 'postgres', url });
  });

  afterAll(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await readStore?.close();
    await store?.close();
    await dropDatabase(ADMIN_URL, name);
  });

  const caughtUp = async (): Promise<boolean> => {
    const head = (await store.head()).position;
    for (const projection of READ_MODEL_NAMES)
      if ((await readStore.status(projection)).checkpoint < head) return false;
    return true;
  };

  it('catches up with two workers, survives SIGKILL of the active one, and the read models stay correct', async () => {
    const world = new Procurement();
    world.openBudgetLine(id(1), id(2), '2026-01-05T09:00:00.000Z');
    for (let s = 0; s < 3; s++) world.registerSupplier(id(10 + s), '2026-01-05T09:00:00.000Z');
    await appendTenders(store, world, 0, 20);

    workers.push(startWorker(url));
    workers.push(startWorker(url));
    await until(
      'both workers reporting',
      () => workers.every((w) => w.states.size === READ_MODEL_NAMES.length),
      30_000,
    );
    await until('the read models reaching the head', caughtUp, 30_000);
    // Exactly one worker runs each projection.
    for (const projection of READ_MODEL_NAMES) {
      const running = workers.filter((w) => w.states.get(projection) === 'running');
      expect({ projection, running: running.length }).toEqual({ projection, running: 1 });
    }

    const leader = workers.find((w) => w.states.get('audit') === 'running')!;
    const standby = workers.find((w) => w !== leader)!;
    leader.child.kill('SIGKILL');
    await leader.exited;

    await appendTenders(store, world, 20, 10);
    const tookMs = await until(
      'the standby running every projection',
      () => READ_MODEL_NAMES.every((p) => standby.states.get(p) === 'running'),
      15_000,
    );
    await until('the read models reaching the new head', caughtUp, 15_000);
    expect(tookMs).toBeLessThan(10_000);

    const head = (await store.head()).position;
    const tenders = await allRows(readStore, tenderBoardProjection, boardTenders);
    expect(tenders).toHaveLength(30);
    expect(tenders.every((t) => t.status === 'awarded')).toBe(true);
    const events = await allRows(readStore, auditProjection, auditEvents);
    // Every event exactly once, in order: nothing lost or applied twice across the failover.
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));

    standby.child.kill('SIGTERM');
    expect(await standby.exited).toBe(0);
  }, 120_000);
});
