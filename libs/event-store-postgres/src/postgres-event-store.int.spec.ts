import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import {
  assertRecoveredAfterCrash,
  crashAndCollect,
  describeEventStoreContract,
  describeMerkleTreeContract,
  describeSnapshotStoreContract,
  describeStoreModeContract,
  treeOf,
} from '@contract-ledger/event-store/testing';
import {
  chainHash,
  leafTileOf,
  MerkleLog,
  StoreUnavailableError,
  verifyTree,
} from '@contract-ledger/event-store';
import { openPostgresEventStore, type PostgresEventStore } from './postgres-event-store';
import { postgresTamperHooks } from './testing/tamper';

const url = process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';
const admin = new Pool({ connectionString: url, max: 2 });
const schemas: string[] = [];
/** A fresh schema per store, dropped after the suite, so a second run starts clean. */
const freshSchema = (): string => {
  const schema = `es_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
};
afterAll(async () => {
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

describeStoreModeContract('postgres', {
  newLocation: freshSchema,
  open: (schema, mode) => openPostgresEventStore({ connectionString: url, schema, mode }),
});

describeEventStoreContract('postgres', async (options) => {
  const schema = freshSchema();
  const store = await openPostgresEventStore({
    ...options,
    connectionString: url,
    schema,
    pollIntervalMs: 200,
  });
  return {
    store,
    tamper: postgresTamperHooks(store.unsafePool(), schema),
    dispose: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
});

describeMerkleTreeContract('postgres', async (options) => {
  const schema = freshSchema();
  const store = await openPostgresEventStore({
    ...options,
    connectionString: url,
    schema,
    pollIntervalMs: 200,
  });
  return {
    store,
    dispose: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
});

describeSnapshotStoreContract('postgres', async () => {
  const schema = freshSchema();
  const open = (): Promise<PostgresEventStore> =>
    openPostgresEventStore({ connectionString: url, schema, pollIntervalMs: 200 });
  let store = await open();
  return {
    store,
    reopen: async () => {
      await store.close();
      return (store = await open());
    },
    dispose: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
});

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T00:00:00.000Z',
};

/** 300 events in one stream: one full level-0 tile (256 leaves) and a partial one after it. */
const appendTiles = (store: PostgresEventStore) =>
  store.append(
    's-1',
    Array.from({ length: 300 }, (_, i) => ({ type: 'A', data: { i }, metadata })),
    { expectedRevision: 'no_stream' },
  );

describe('PostgreSQL event store', () => {
  const open: PostgresEventStore[] = [];
  const openStore = async (
    schema: string,
    extra: { pollIntervalMs?: number } = {},
  ): Promise<PostgresEventStore> => {
    const store = await openPostgresEventStore({ connectionString: url, schema, ...extra });
    open.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events by trigger', async () => {
    const schema = freshSchema();
    const store = await openStore(schema);
    await store.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'any' });
    await expect(admin.query(`UPDATE "${schema}".events SET data = '{}'`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(admin.query(`DELETE FROM "${schema}".events`)).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(admin.query(`TRUNCATE "${schema}".events`)).rejects.toThrow(
      /append-only: TRUNCATE refused/,
    );
    expect((await store.head()).position).toBe(1);
  });

  it('records applied migrations and applies each once', async () => {
    const schema = freshSchema();
    await openStore(schema);
    await openStore(schema);
    const { rows } = await admin.query(
      `SELECT version, name FROM "${schema}".event_store_migrations`,
    );
    expect(rows).toEqual([
      { version: 1, name: 'events table, append-only triggers' },
      { version: 2, name: 'merkle tiles' },
      { version: 3, name: 'checkpoints' },
      { version: 4, name: 'state snapshots' },
      { version: 5, name: 'store info' },
      { version: 6, name: 'merkle head' },
    ]);
  });

  it('builds the Merkle tree of a log written before the tree existed when migrating to version 2', async () => {
    const schema = freshSchema();
    const before = await openStore(schema);
    await appendTiles(before);
    const expected = Buffer.from(await new MerkleLog(before).root(300));
    await admin.query(
      `DROP TABLE "${schema}".merkle_tiles; DELETE FROM "${schema}".event_store_migrations WHERE version = 2`,
    );
    const after = await openStore(schema);
    expect(Buffer.from(await new MerkleLog(after).root(300))).toEqual(expected);
    await after.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 300 });
    expect(Buffer.from(await new MerkleLog(after).root(301))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(await after.readAll())).root(301)),
    );
  });

  it('stores full level-0 tiles only, and the tree size and last leaf with every append (migration 6)', async () => {
    const schema = freshSchema();
    const store = await openStore(schema);
    for (let i = 0; i < 3; i++)
      await store.append(
        `s-${i}`,
        Array.from({ length: 100 }, (_, n) => ({ type: 'A', data: { n }, metadata })),
        { expectedRevision: 'no_stream' },
      );
    const tiles = await admin.query(
      `SELECT level, idx::int AS idx FROM "${schema}".merkle_tiles ORDER BY level, idx`,
    );
    expect(tiles.rows).toEqual([
      { level: 0, idx: 0 },
      { level: 1, idx: 0 },
    ]);
    const head = await store.head();
    const recorded = await admin.query(
      `SELECT size::int AS size, hash FROM "${schema}".merkle_head`,
    );
    expect(recorded.rows).toEqual([{ size: 300, hash: head.hash }]);
    const all = await store.readAll();
    expect(Buffer.from((await new MerkleLog(store).tile(0, 1, 44))!)).toEqual(
      Buffer.from((await new MerkleLog(treeOf(all)).tile(0, 1, 44))!),
    );
  });

  it('migrates a version-5 schema: its level-0 partial tile goes, its tree size is recorded, a tail deleted before still shows', async () => {
    const version5 = async (deleteAfter?: number): Promise<string> => {
      const schema = freshSchema();
      const store = await openStore(schema);
      await appendTiles(store);
      const all = await store.readAll();
      // As version 5 left it: the level-0 partial tile stored, no merkle_head.
      await admin.query(
        `INSERT INTO "${schema}".merkle_tiles (level, idx, hashes) VALUES (0, 1, $1)`,
        [leafTileOf(all.slice(256).map((e) => e.hash))],
      );
      await admin.query(
        `DROP TABLE "${schema}".merkle_head; DELETE FROM "${schema}".event_store_migrations WHERE version = 6`,
      );
      if (deleteAfter !== undefined)
        await admin.query(
          `ALTER TABLE "${schema}".events DISABLE TRIGGER USER; DELETE FROM "${schema}".events WHERE position > ${deleteAfter}`,
        );
      return schema;
    };
    const schema = await version5();
    const intact = await openStore(schema);
    const level0 = await admin.query(
      `SELECT count(*)::int AS n FROM "${schema}".merkle_tiles WHERE level = 0`,
    );
    expect(level0.rows).toEqual([{ n: 1 }]);
    const head = await intact.head();
    expect((await intact.treeHead()).tree).toEqual({ size: 300, hash: head.hash });
    await intact.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 300 });
    expect(Buffer.from(await new MerkleLog(intact).root(301))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(await intact.readAll())).root(301)),
    );
    expect(await verifyTree(intact)).toMatchObject({ ok: true, size: 301 });

    const truncated = await openStore(await version5(290));
    expect((await truncated.treeHead()).tree?.size).toBe(300);
    expect(await verifyTree(truncated)).toMatchObject({
      ok: false,
      position: 291,
      code: 'TREE_TRUNCATED',
    });
  });

  it('the tree check names a deleted tail and a tail rewritten after the last full tile (the partial tile is not stored)', async () => {
    const schema = freshSchema();
    const store = await openStore(schema);
    await appendTiles(store);
    expect(await verifyTree(store)).toMatchObject({ ok: true, size: 300 });
    const events = `"${schema}".events`;
    const rows = (
      await admin.query(`SELECT * FROM ${events} WHERE position > 280 ORDER BY position`)
    ).rows as Record<string, unknown>[];
    await admin.query(`ALTER TABLE ${events} DISABLE TRIGGER USER`);
    await admin.query(`DELETE FROM ${events} WHERE position > 295`);
    expect(await verifyTree(store)).toMatchObject({
      ok: false,
      position: 296,
      code: 'TREE_TRUNCATED',
    });
    // The tail rewritten from 281 on with consistent chain hashes; the tree and its record left alone.
    await admin.query(`DELETE FROM ${events} WHERE position > 280`);
    let prev = rows[0]!['prev_hash'] as string;
    for (const row of rows) {
      const data = row['position'] === '281' ? '{"i":-1}' : (row['data'] as string);
      const hash = chainHash(prev, {
        position: Number(row['position']),
        stream: row['stream'] as string,
        revision: Number(row['revision']),
        eventId: row['event_id'] as string,
        type: row['type'] as string,
        schemaVersion: row['schema_version'] as number,
        data,
        metadata: row['metadata'] as string,
        recordedAt: row['recorded_at'] as string,
      });
      await admin.query(
        `INSERT INTO ${events} (position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          row['position'],
          row['stream'],
          row['revision'],
          row['event_id'],
          row['type'],
          row['schema_version'],
          data,
          row['metadata'],
          row['recorded_at'],
          prev,
          hash,
        ],
      );
      prev = hash;
    }
    expect(await store.verify()).toMatchObject({ ok: true, checked: 300 });
    expect(await verifyTree(store)).toMatchObject({
      ok: false,
      position: 257,
      code: 'TREE_LEAF_MISMATCH',
    });
    // Nothing is appended over it (the tree would take the rewritten tail in): not by the
    // instance that grew the tree, not by a new one.
    for (const writer of [store, await openStore(schema)])
      await expect(
        writer.append('after-rewrite', [{ type: 'A', data: { i: 0 }, metadata }], {
          expectedRevision: 'no_stream',
        }),
      ).rejects.toMatchObject({ code: 'CORRUPT_EVENT' });
    expect((await store.head()).position).toBe(300);
  });

  it('two instances on one database interleave into one gap-free, verifiable log', async () => {
    const schema = freshSchema();
    const [a, b] = [await openStore(schema), await openStore(schema)];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).append(`s-${i % 7}`, [{ type: 'A', data: { i }, metadata }], {
          expectedRevision: 'any',
        }),
      ),
    );
    const all = await a.readAll();
    expect(all.map((e) => e.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await b.verify()).toMatchObject({ ok: true, checked: 40 });
    // Each instance's cached tree edge went stale at the other's commits; the tree still follows the log.
    expect(Buffer.from(await new MerkleLog(a).root(40))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(all)).root(40)),
    );
  });

  it('group-commits concurrent appends into fewer transactions', async () => {
    const store = await openStore(freshSchema());
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        store.append(`s-${i}`, [{ type: 'A', data: { i }, metadata }], {
          expectedRevision: 'no_stream',
        }),
      ),
    );
    const stats = store.stats();
    expect(stats.appends).toBe(64);
    expect(stats.transactions).toBeLessThanOrEqual(4);
  });

  it('a subscription on another instance hears appends through LISTEN/NOTIFY, well before the polling interval', async () => {
    const schema = freshSchema();
    const writer = await openStore(schema);
    const reader = await openStore(schema, { pollIntervalMs: 60_000 });
    const subscription = reader.subscribe();
    const iterator = subscription[Symbol.asyncIterator]();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const next = iterator.next();
    await writer.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'any' });
    expect((await next).value).toMatchObject({ position: 1 });
    expect(Date.now() - started).toBeLessThan(5000);
    await subscription.stop();
  });

  it('reports an unreachable server as StoreUnavailableError', async () => {
    await expect(
      openPostgresEventStore({ connectionString: 'postgres://ledger:ledger@127.0.0.1:1/ledger' }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('after SIGKILL mid-append, every acknowledged append is present, the log is a prefix and the chain verifies', async () => {
    const schema = freshSchema();
    const acks = await crashAndCollect(
      path.join(__dirname, 'testing/crash-appender.ts'),
      [url, schema],
      300,
    );
    const store = await openStore(schema);
    const recovered = await assertRecoveredAfterCrash(store, acks);
    expect(recovered.head).toBeGreaterThanOrEqual(300);
  }, 60_000);
});
