import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { Client } from 'pg';
import { createMemoryEventStore, type MemoryEventStore } from '@contract-ledger/event-store';
import { project } from '@contract-ledger/projections/testing';
import type { ProjectionEvent } from '@contract-ledger/projections';
import {
  allRows,
  applyBatch,
  createReadStore,
  physicalName,
  startProjections,
  type ProjectionEventSource,
  type ReadStore,
} from './index';
import { createTestDatabase } from './testing/postgres';
import { logDivergenceSpecs } from './testing/divergence';
import { liveCommitSpecs } from './testing/live-commits';
import {
  appendTallyEvents,
  TALLY_CLOCK,
  tallyProjection,
  tallyStreams,
  tallyTypes,
} from './testing/tally.projection';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../..');
let database: { url: string; drop: () => Promise<void> };
const open: ReadStore[] = [];

beforeEach(async () => {
  database = await createTestDatabase('read_store_it');
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await database.drop();
});

async function postgres(): Promise<ReadStore> {
  const store = await createReadStore({ kind: 'postgres', url: database.url });
  open.push(store);
  return store;
}

async function snapshot(readStore: ReadStore) {
  const projection = tallyProjection();
  return {
    streams: await allRows(readStore, projection, tallyStreams),
    types: await allRows(readStore, projection, tallyTypes),
  };
}

async function cleanRebuild(events: readonly ProjectionEvent[]) {
  const rows = await project(tallyProjection(), events);
  return { streams: rows.rows(tallyStreams), types: rows.rows(tallyTypes) };
}

async function storeWith(count: number, seed = 1): Promise<MemoryEventStore> {
  const store = createMemoryEventStore();
  await appendTallyEvents(store, count, seed);
  return store;
}

describe('projection runner on PostgreSQL', () => {
  it('catches up, follows, and the same batch twice changes nothing', async () => {
    const store = await storeWith(45);
    const readStore = await postgres();
    const handle = await startProjections(store, readStore, [tallyProjection()], { batchSize: 8 });
    try {
      await handle.waitForHead(10_000);
      await appendTallyEvents(store, 5, 7);
      await handle.waitForPosition('tally', 50, 5000);
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
    } finally {
      await handle.stop();
    }
    const events = await store.readAll();
    const before = await snapshot(readStore);
    expect(await applyBatch(readStore, tallyProjection(), events.slice(30, 50))).toEqual({
      checkpoint: 50,
      switched: false,
    });
    expect(await snapshot(readStore)).toEqual(before);
  });

  it('property: crash at any event, restart with other batch sizes = clean rebuild', async () => {
    let run = 0;
    // One pool for every run: a pool per run would exhaust max_connections.
    const readStore = await postgres();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(),
        async (count, firstBatch, secondBatch, crashSeed) => {
          const store = await storeWith(count, ++run);
          const handled = (await store.readAll()).filter((e) => e.type !== 'Ignored');
          const crashAt =
            handled.length > 0 ? handled[crashSeed % handled.length]!.position : count + 1;
          // Each run starts from an empty read model in the same database.
          await readStore.dropVersionsExcept('tally', []);
          await readStore.db.deleteFrom('projection_versions').execute();

          const crashing = tallyProjection({
            failAt: { position: crashAt, times: Number.MAX_SAFE_INTEGER },
          });
          const first = await startProjections(store, readStore, [crashing], {
            batchSize: firstBatch,
            retryMs: 1,
            idleMs: 5,
          });
          if (crashAt <= count)
            await waitUntil(async () => (await first.lag())[0]!.state === 'failing');
          await first.stop();

          const second = await startProjections(store, readStore, [tallyProjection()], {
            batchSize: secondBatch,
            idleMs: 5,
          });
          await second.waitForHead(10_000);
          await second.stop();
          expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('rebuilds a new version while queries read the old tables, then switches', async () => {
    const store = await storeWith(30);
    const readStore = await postgres();
    const v1 = await startProjections(store, readStore, [tallyProjection()], { batchSize: 6 });
    await v1.waitForHead(10_000);
    await v1.stop();
    const v1Rows = await snapshot(readStore);

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: ProjectionEventSource = {
      head: () => store.head(),
      // The runner reads from its checkpoint (the anchor) onwards: a read from 12 is the one that
      // would take it past 12, so that is the one held back.
      async readAll(options) {
        if ((options?.fromPosition ?? 1) >= 12) await gate;
        return store.readAll(options);
      },
    };
    const v2 = await startProjections(gated, readStore, [tallyProjection({ version: 2 })], {
      batchSize: 6,
      idleMs: 5,
    });
    try {
      await waitUntil(async () => (await readStore.checkpoint('tally', 2)) === 12);
      expect(await readStore.tableName({ name: 'tally' }, tallyStreams)).toBe(
        physicalName('tally', 1, 'streams'),
      );
      expect(await snapshot(readStore)).toEqual(v1Rows);
      release();
      await waitUntil(async () => (await readStore.activeVersion('tally')) === 2);
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
    } finally {
      release();
      await v2.stop();
    }
  });

  it('failover: when the leader loses its lock connection, the standby takes over within seconds', async () => {
    const store = await storeWith(40);
    const [a, b] = [await postgres(), await postgres()];
    const options = {
      batchSize: 5,
      idleMs: 20,
      leaderElection: { url: database.url, intervalMs: 200 },
    };
    const runners = [
      await startProjections(store, a, [tallyProjection()], options),
      await startProjections(store, b, [tallyProjection()], options),
    ];
    try {
      const states = async () => Promise.all(runners.map(async (r) => (await r.lag())[0]!.state));
      await waitUntil(async () => (await states()).sort().join() === 'running,standby');
      await runners[0]!.waitForHead(10_000);
      const leader = (await states()).indexOf('running');

      await terminateLockHolder(database.url);
      const started = Date.now();
      await waitUntil(async () => (await states())[1 - leader] === 'running', 5000);
      expect(Date.now() - started).toBeLessThan(5000);

      await appendTallyEvents(store, 10, 3);
      await runners[1 - leader]!.waitForPosition('tally', 50, 5000);
      expect(await snapshot(a)).toEqual(await cleanRebuild(await store.readAll()));
      expect((await states()).sort().join()).toBe('running,standby');
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });

  it('failover: when the leading process is killed, a standby in another process takes over', async () => {
    const events = 400;
    const store = createMemoryEventStore({ clock: TALLY_CLOCK });
    await appendTallyEvents(store, events, 11, { sameLog: true });
    const readStore = await postgres();
    const child = spawnWorker(database.url, events, 11);
    let standby: Awaited<ReturnType<typeof startProjections>> | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
      await waitUntil(async () => (await readStore.status('tally')).checkpoint > 0, 10_000);
      standby = await startProjections(store, readStore, [tallyProjection()], {
        batchSize: 50,
        idleMs: 20,
        leaderElection: { url: database.url, intervalMs: 200 },
      });
      await waitUntil(async () => (await standby!.lag())[0]!.state === 'standby');

      child.kill('SIGKILL');
      const killedAt = Date.now();
      await waitUntil(async () => (await standby!.lag())[0]!.state === 'running', 5000);
      expect(Date.now() - killedAt).toBeLessThan(5000);
      await standby.waitForHead(10_000);
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
    } finally {
      child.kill('SIGKILL');
      await standby?.stop();
    }
  });
});

function spawnWorker(url: string, events: number, seed: number): ChildProcess {
  return fork(path.join(__dirname, 'testing/worker-process.ts'), [], {
    cwd: ROOT,
    execArgv: ['-r', path.join(ROOT, 'tools/register.js')],
    env: { ...process.env, READ_STORE_URL: url, EVENTS: String(events), SEED: String(seed) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Kills the backend that holds our advisory lock, as a network cut or a crashed host would. */
async function terminateLockHolder(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rowCount } = await client.query(
    `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`,
  );
  await client.end();
  expect(rowCount).toBe(1);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('projection runner on PostgreSQL: live batches in one transaction', () => {
  liveCommitSpecs(() => postgres());
});

describe('projection runner on PostgreSQL: a rewound log', () => {
  logDivergenceSpecs(() => postgres());
});
