import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createMemoryEventStore, type MemoryEventStore } from '@contract-ledger/event-store';
import { project } from '@contract-ledger/projections/testing';
import {
  defineProjection,
  integer,
  json,
  nullable,
  table,
  text,
  type Projection,
  type ProjectionEvent,
} from '@contract-ledger/projections';
import {
  allRows,
  applyBatch,
  applyBatches,
  applyBatchesUntil,
  type BatchReport,
  createReadStore,
  physicalName,
  prepareProjection,
  ProjectionTimeoutError,
  startProjections,
  type ProjectionEventSource,
  type ReadStore,
} from './index';
import { logDivergenceSpecs } from './testing/divergence';
import { liveCommitSpecs } from './testing/live-commits';
import {
  appendTallyEvents,
  tallyProjection,
  tallyStreams,
  tallyTypes,
} from './testing/tally.projection';

jest.setTimeout(30_000);

let dir: string;
const open: ReadStore[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-store-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function sqlite(name = 'read.sqlite'): Promise<ReadStore> {
  const store = await createReadStore({ kind: 'sqlite', file: path.join(dir, name) });
  open.push(store);
  return store;
}

async function snapshot(readStore: ReadStore, projection: Projection = tallyProjection()) {
  return {
    streams: await allRows(readStore, projection, tallyStreams),
    types: await allRows(readStore, projection, tallyTypes),
  };
}

/** The reference: the same events through the in-memory ProjectionTx of the projection specs. */
async function cleanRebuild(events: readonly ProjectionEvent[]) {
  const rows = await project(tallyProjection(), events);
  return { streams: rows.rows(tallyStreams), types: rows.rows(tallyTypes) };
}

async function storeWith(count: number, seed = 1): Promise<MemoryEventStore> {
  const store = createMemoryEventStore();
  await appendTallyEvents(store, count, seed);
  return store;
}

/** One row per event (and a delete now and then): a batch flushes hundreds of rows of one table at once. */
const wideRows = table({
  name: 'rows',
  columns: {
    position: integer(),
    stream: text(),
    type: text(),
    note: nullable(text()),
    data: json<unknown>(),
  },
  key: ['position'],
});
const wideProjection = defineProjection({
  name: 'wide',
  version: 1,
  tables: [wideRows],
  canHandle: () => true,
  async apply(tx, event) {
    await tx.put(wideRows, {
      position: event.position,
      stream: event.stream,
      type: event.type,
      note: event.position % 3 ? null : `n${event.position}`,
      data: event.data,
    });
    if (event.type === 'Removed') await tx.delete(wideRows, { position: event.position - 1 });
  },
});

/**
 * Append-only rows through `insert`, mixed with `get`, `put` and `delete` of the same keys in the
 * same batch: the pending inserts must be written before the reads and writes that follow them.
 */
const appendRows = table({
  name: 'appended',
  columns: { position: integer(), stream: text(), note: nullable(text()), data: json<unknown>() },
  key: ['position'],
});
const appendProjection = defineProjection({
  name: 'append_only',
  version: 1,
  tables: [appendRows],
  canHandle: () => true,
  async apply(tx, event) {
    const { position } = event;
    await tx.insert(appendRows, { position, stream: event.stream, note: null, data: event.data });
    if (position % 5 === 0) {
      // Reads an earlier insert (perhaps still pending in this batch) and replaces it.
      const earlier = await tx.get(appendRows, { position: position - 1 });
      if (earlier) await tx.put(appendRows, { ...earlier, note: `seen by ${position}` });
    }
    if (position % 7 === 0) await tx.delete(appendRows, { position: position - 2 });
    if (position % 11 === 0) {
      // A put of a future key, then inserts after it: the insert must not lose the put's order.
      await tx.put(appendRows, {
        position: position * 1000,
        stream: event.stream,
        note: 'put first',
        data: {},
      });
      await tx.insert(appendRows, {
        position: position * 1000 + 1,
        stream: event.stream,
        note: 'inserted after',
        data: {},
      });
      expect(await tx.get(appendRows, { position: position * 1000 + 1 })).toMatchObject({
        note: 'inserted after',
      });
    }
  },
});

describe('projection runner on SQLite', () => {
  it("insert (append-only rows) mixed with get, put and delete gives the in-memory store's rows, in any batch sizes", async () => {
    const store = await storeWith(700, 5);
    const events = await store.readAll();
    const readStore = await sqlite();
    await prepareProjection(readStore, appendProjection);
    for (const [from, to] of [
      [0, 1],
      [1, 4],
      [4, 300],
      [300, 301],
      [301, 700],
    ] as const) {
      await applyBatch(readStore, appendProjection, events.slice(from, to));
    }
    expect(await allRows(readStore, appendProjection, appendRows)).toEqual(
      (await project(appendProjection, events)).rows(appendRows),
    );
  });

  it('an insert of an existing key fails the batch and rolls it back, in SQL as in memory', async () => {
    const duplicate = defineProjection({
      ...appendProjection,
      name: 'duplicate',
      async apply(tx, event) {
        await tx.insert(appendRows, {
          position: event.position,
          stream: event.stream,
          note: null,
          data: {},
        });
        if (event.position === 8)
          await tx.insert(appendRows, {
            position: 3,
            stream: event.stream,
            note: 'again',
            data: {},
          });
      },
    });
    const store = await storeWith(10);
    const events = await store.readAll();
    await expect(project(duplicate, events)).rejects.toThrow('insert of existing key [3]');
    const readStore = await sqlite();
    await prepareProjection(readStore, duplicate);
    await applyBatch(readStore, duplicate, events.slice(0, 5));
    // Matched by shape, not toThrow: better-sqlite3 builds its SqliteError from the Error of the
    // first jest test file that loaded the addon in this worker, so in a full run it is not
    // `instanceof Error` here and toThrow would report "did not throw".
    await expect(applyBatch(readStore, duplicate, events.slice(5))).rejects.toMatchObject({
      message: expect.stringMatching(/UNIQUE constraint failed/),
    });
    expect(await readStore.checkpoint('duplicate', 1)).toBe(5);
    expect((await allRows(readStore, duplicate, appendRows)).map((r) => r.position)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('reads each full batch of the log once for all its projections, in catch-up batches, then live ones', async () => {
    const store = await storeWith(1000);
    const reads: string[] = [];
    const counting: ProjectionEventSource = {
      head: () => store.head(),
      readAll: (options) => {
        reads.push(`${options?.fromPosition}:${options?.limit}`);
        return store.readAll(options);
      },
    };
    const readStore = await sqlite();
    const second = { ...tallyProjection(), name: 'tally_b' };
    const reports: BatchReport[] = [];
    const handle = await startProjections(
      counting,
      readStore,
      [tallyProjection(), second, wideProjection],
      {
        batchSize: 10,
        catchUpBatchSize: 300,
        idleMs: 5000,
        onBatch: (report) => reports.push(report),
      },
    );
    try {
      await handle.waitForHead(10_000);
      await appendTallyEvents(store, 5, 7);
      // This source has no subscription: a worker that had just found the log empty sees the new
      // events at its next poll, idleMs (5 s) later.
      await handle.waitForHead(15_000);
      const reference = await cleanRebuild(await store.readAll());
      expect(await snapshot(readStore)).toEqual(reference);
      expect(await snapshot(readStore, second)).toEqual(reference);
      expect(await allRows(readStore, wideProjection, wideRows)).toEqual(
        (await project(wideProjection, await store.readAll())).rows(wideRows),
      );
      // Three projections, but every full range came from the log once: [1, 300], then from each
      // checkpoint (the event there proves the log still has it) and 300 more.
      const full = reads.filter((r) => ['1:300', '300:301', '600:301'].includes(r));
      expect(full.sort()).toEqual(['1:300', '300:301', '600:301']);
      expect(Math.max(...reports.map((r) => r.events))).toBe(300);
      // After the catch-up, the live events come in batches of batchSize.
      expect(reports.filter((r) => r.from > 1000).every((r) => r.events <= 10)).toBe(true);
    } finally {
      await handle.stop();
    }
  });

  liveCommitSpecs(() => sqlite());

  it('flushes a batch of a thousand rows of one table (multi-row upserts in fixed sizes) exactly like the in-memory store', async () => {
    const store = await storeWith(1000, 3);
    const readStore = await sqlite();
    await prepareProjection(readStore, wideProjection);
    const events = await store.readAll();
    await applyBatch(readStore, wideProjection, events.slice(0, 999));
    await applyBatch(readStore, wideProjection, events);
    expect(await allRows(readStore, wideProjection, wideRows)).toEqual(
      (await project(wideProjection, events)).rows(wideRows),
    );
  });

  it('catches up in batches, then follows new events; lag reaches zero', async () => {
    const store = await storeWith(57);
    const readStore = await sqlite();
    const handle = await startProjections(store, readStore, [tallyProjection()], {
      batchSize: 10,
      idleMs: 5000,
    });
    try {
      await handle.waitForHead(5000);
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
      // Live: the subscription wakes the runner long before idleMs.
      await appendTallyEvents(store, 5, 99);
      const started = performance.now();
      await handle.waitForPosition('tally', 62, 2000);
      expect(performance.now() - started).toBeLessThan(1000);
      const [lag] = await handle.lag();
      expect(lag).toMatchObject({
        projection: 'tally',
        version: 1,
        activeVersion: 1,
        checkpoint: 62,
        head: 62,
        lag: 0,
        state: 'running',
      });
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
    } finally {
      await handle.stop();
    }
  });

  it('applying the same batch twice changes nothing; an overlapping batch applies only what is new', async () => {
    const store = await storeWith(30);
    const events = await store.readAll();
    const readStore = await sqlite();
    const projection = tallyProjection();
    await prepareProjection(readStore, projection);

    expect(await applyBatch(readStore, projection, events.slice(0, 20))).toEqual({
      checkpoint: 20,
      switched: false,
    });
    const once = await snapshot(readStore);
    expect(await applyBatch(readStore, projection, events.slice(0, 20))).toEqual({
      checkpoint: 20,
      switched: false,
    });
    expect(await snapshot(readStore)).toEqual(once);
    expect(once).toEqual(await cleanRebuild(events.slice(0, 20)));

    await applyBatch(readStore, projection, events.slice(10, 30));
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events));
    expect(await readStore.checkpoint('tally', 1)).toBe(30);
  });

  it('applyBatches: several projections in one transaction, each with its checkpoint; one failing rolls back all', async () => {
    const store = await storeWith(40);
    const events = await store.readAll();
    const readStore = await sqlite();
    const second = { ...tallyProjection(), name: 'tally_b' };
    await prepareProjection(readStore, tallyProjection());
    await prepareProjection(readStore, second);
    await applyBatch(readStore, second, events.slice(0, 10));
    expect(await applyBatches(readStore, [tallyProjection(), second], events.slice(0, 20))).toEqual(
      [
        { checkpoint: 20, switched: false },
        { checkpoint: 20, switched: false },
      ],
    );
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events.slice(0, 20)));
    expect(await snapshot(readStore, second)).toEqual(await cleanRebuild(events.slice(0, 20)));
    const failing = { ...tallyProjection({ failAt: { position: 30, times: 1 } }), name: 'tally_b' };
    await expect(
      applyBatches(readStore, [tallyProjection(), failing], events.slice(20)),
    ).rejects.toThrow('simulated crash at 30');
    expect(await readStore.checkpoint('tally', 1)).toBe(20);
    expect(await readStore.checkpoint('tally_b', 1)).toBe(20);
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events.slice(0, 20)));
  });

  it('applyBatchesUntil: several batches in one transaction equal a commit per batch; a failure in a later batch rolls back the earlier ones too', async () => {
    const store = await storeWith(45);
    const events = await store.readAll();
    const readStore = await sqlite();
    const second = { ...tallyProjection(), name: 'tally_b' };
    await prepareProjection(readStore, tallyProjection());
    await prepareProjection(readStore, second);
    const reader = (from: number, size: number) => {
      let next = from;
      return async () => {
        const batch = events.slice(next, next + size);
        next += batch.length;
        return batch;
      };
    };
    // 7 per batch, at most 15 per transaction: batches of 7, 7 and 7 (the limit is checked before each).
    expect(await applyBatchesUntil(readStore, [tallyProjection(), second], reader(0, 7), 15)).toBe(
      21,
    );
    expect(await readStore.checkpoint('tally', 1)).toBe(21);
    expect(await readStore.checkpoint('tally_b', 1)).toBe(21);
    expect(await snapshot(readStore, second)).toEqual(await cleanRebuild(events.slice(0, 21)));

    const failing = { ...tallyProjection({ failAt: { position: 35, times: 1 } }), name: 'tally_b' };
    await expect(
      applyBatchesUntil(readStore, [tallyProjection(), failing], reader(21, 7), 100),
    ).rejects.toThrow('simulated crash at 35');
    expect(await readStore.checkpoint('tally', 1)).toBe(21);
    expect(await readStore.checkpoint('tally_b', 1)).toBe(21);
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events.slice(0, 21)));

    // The rest, to the end of the log (an empty batch ends the transaction).
    expect(
      await applyBatchesUntil(readStore, [tallyProjection(), second], reader(21, 4), 1_000),
    ).toBe(24);
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events));
    expect(await snapshot(readStore, second)).toEqual(await cleanRebuild(events));
  });

  it('deferIndexes: the tables without their secondary indexes until ensureIndexes, or a prepare without it, adds them', async () => {
    const table = physicalName('tally', 1, tallyStreams.name);
    // Secondary indexes only: the primary key's own index has no SQL text.
    const indexes = async (store: ReadStore): Promise<string[]> => {
      const result = await sql<{ name: string }>`
        select name from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null
      `.execute(store.db);
      return result.rows.map((row) => row.name);
    };
    const readStore = await sqlite();
    const projection = tallyProjection();
    await prepareProjection(readStore, projection, { deferIndexes: true });
    expect(await indexes(readStore)).toEqual([]);
    // Applying events needs no secondary index.
    const events = await (await storeWith(20)).readAll();
    await applyBatch(readStore, projection, events);
    expect(await snapshot(readStore)).toEqual(await cleanRebuild(events));
    await readStore.ensureIndexes(readStore.db, projection, 1);
    expect(await indexes(readStore)).toEqual([`${table}_ix0`]);

    // A projection that searches a table during such a rebuild gets that table's indexes first.
    const searching = await sqlite('searching.sqlite');
    await prepareProjection(searching, projection, { deferIndexes: true });
    const searches: Projection = {
      ...projection,
      async apply(tx, event) {
        await tx.find(tallyStreams, { lastType: event.type });
        await projection.apply(tx, event);
      },
    };
    let given = false;
    const once = async () => (given ? [] : ((given = true), events));
    expect(
      await applyBatchesUntil(searching, [searches], once, 100, { indexesDeferred: true }),
    ).toBe(events.length);
    expect(await indexes(searching)).toEqual([`${table}_ix0`]);
    expect(await snapshot(searching)).toEqual(await cleanRebuild(events));

    const other = await sqlite('other.sqlite');
    await prepareProjection(other, projection, { deferIndexes: true });
    await prepareProjection(other, projection);
    expect(await indexes(other)).toEqual([`${table}_ix0`]);
  });

  it('refuses a batch that would skip events', async () => {
    const store = await storeWith(10);
    const events = await store.readAll();
    const readStore = await sqlite();
    const projection = tallyProjection();
    await prepareProjection(readStore, projection);
    await expect(applyBatch(readStore, projection, events.slice(5))).rejects.toThrow(
      'behind the batch starting at 6',
    );
    expect(await readStore.checkpoint('tally', 1)).toBe(0);
  });

  it('a failure inside apply rolls back the whole batch, rows and checkpoint together', async () => {
    const store = await storeWith(20);
    const events = await store.readAll();
    const readStore = await sqlite();
    await prepareProjection(readStore, tallyProjection());
    await applyBatch(readStore, tallyProjection(), events.slice(0, 5));
    const before = await snapshot(readStore);
    await expect(
      applyBatch(
        readStore,
        tallyProjection({ failAt: { position: 9, times: 1 } }),
        events.slice(5, 15),
      ),
    ).rejects.toThrow('simulated crash at 9');
    expect(await snapshot(readStore)).toEqual(before);
    expect(await readStore.checkpoint('tally', 1)).toBe(5);
  });

  it('property: crash at any event, restart with other batch sizes = clean rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 25 }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        async (count, firstBatch, secondBatch, crashSeed, seed) => {
          const store = await storeWith(count, seed);
          const handled = (await store.readAll()).filter((e) => e.type !== 'Ignored');
          const crashAt =
            handled.length > 0 ? handled[crashSeed % handled.length]!.position : count + 1;
          const file = `prop-${count}-${firstBatch}-${secondBatch}-${crashSeed}-${seed}.sqlite`;

          // First life: dies (for good) at `crashAt`, after committing the batches before it.
          const first = await createReadStore({ kind: 'sqlite', file: path.join(dir, file) });
          const crashing = tallyProjection({
            failAt: { position: crashAt, times: Number.MAX_SAFE_INTEGER },
          });
          const handle = await startProjections(store, first, [crashing], {
            batchSize: firstBatch,
            retryMs: 1,
            idleMs: 5,
          });
          if (crashAt <= count) {
            await waitUntil(async () => (await handle.lag())[0]!.state === 'failing');
            const [lag] = await handle.lag();
            expect(lag!.checkpoint).toBeLessThan(crashAt);
          }
          await handle.stop();
          await first.close();

          // Second life: a new process on the same file.
          const second = await createReadStore({ kind: 'sqlite', file: path.join(dir, file) });
          open.push(second);
          const restarted = await startProjections(store, second, [tallyProjection()], {
            batchSize: secondBatch,
            idleMs: 5,
          });
          await restarted.waitForHead(5000);
          await restarted.stop();
          expect(await snapshot(second)).toEqual(await cleanRebuild(await store.readAll()));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a new version rebuilds into fresh tables while queries read the old ones, then switches', async () => {
    const store = await storeWith(40);
    const readStore = await sqlite();
    const v1 = await startProjections(store, readStore, [tallyProjection()], { batchSize: 7 });
    await v1.waitForHead(5000);
    await v1.stop();
    const v1Rows = await snapshot(readStore);

    // The rebuild reads the log through a gate so the test can look at it half-way.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: ProjectionEventSource = {
      head: () => store.head(),
      async readAll(options) {
        if ((options?.fromPosition ?? 1) >= 14) await gate;
        return store.readAll(options);
      },
    };
    const v2 = await startProjections(gated, readStore, [tallyProjection({ version: 2 })], {
      batchSize: 7,
      idleMs: 5,
      dropOldTablesAfterMs: 20,
    });
    try {
      await waitUntil(async () => (await readStore.checkpoint('tally', 2)) === 14);
      expect(await readStore.tableName({ name: 'tally' }, tallyStreams)).toBe(
        physicalName('tally', 1, 'streams'),
      );
      expect(await snapshot(readStore)).toEqual(v1Rows);
      const [lag] = await v2.lag();
      expect(lag).toMatchObject({
        version: 2,
        activeVersion: 1,
        checkpoint: 40,
        lag: 0,
        rebuilding: { version: 2, checkpoint: 14, lag: 26 },
      });

      release();
      await waitUntil(async () => (await readStore.activeVersion('tally')) === 2);
      expect(await readStore.tableName({ name: 'tally' }, tallyStreams)).toBe(
        physicalName('tally', 2, 'streams'),
      );
      expect(await snapshot(readStore)).toEqual(await cleanRebuild(await store.readAll()));
      // The old tables go once queries that started on them have had time to finish.
      await waitUntil(
        async () => !(await tableExists(readStore, physicalName('tally', 1, 'streams'))),
      );
    } finally {
      release();
      await v2.stop();
    }

    // An outdated process (still v1) neither writes nor switches back.
    const outdated = await startProjections(store, readStore, [tallyProjection()], { idleMs: 5 });
    await waitUntil(async () => (await outdated.lag())[0]!.state === 'superseded');
    await outdated.stop();
    expect(await readStore.activeVersion('tally')).toBe(2);
  });

  it('waitForPosition rejects with a typed timeout when the projection does not get there', async () => {
    const store = await storeWith(3);
    const readStore = await sqlite();
    const handle = await startProjections(store, readStore, [tallyProjection()], { idleMs: 5 });
    try {
      await handle.waitForHead(5000);
      const error = await handle.waitForPosition('tally', 10, 60).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProjectionTimeoutError);
      expect(error).toMatchObject({
        code: 'PROJECTION_TIMEOUT',
        projection: 'tally',
        minPosition: 10,
        reached: 3,
        timeoutMs: 60,
      });
    } finally {
      await handle.stop();
    }
  });
});

describe('projection runner on SQLite: a rewound log', () => {
  logDivergenceSpecs(() => sqlite());
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function tableExists(readStore: ReadStore, name: string): Promise<boolean> {
  const tables = await readStore.db.introspection.getTables();
  return tables.some((t) => t.name === name);
}
