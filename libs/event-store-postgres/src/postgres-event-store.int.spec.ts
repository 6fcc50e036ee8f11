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
import { MerkleLog, StoreUnavailableError } from '@contract-ledger/event-store';
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
    ]);
  });

  it('builds the Merkle tree of a log written before the tree existed when migrating to version 2', async () => {
    const schema = freshSchema();
    const before = await openStore(schema);
    await before.append(
      's-1',
      Array.from({ length: 300 }, (_, i) => ({ type: 'A', data: { i }, metadata })),
      { expectedRevision: 'no_stream' },
    );
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
