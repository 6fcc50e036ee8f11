import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
  handleCommand,
  leafTileOf,
  MerkleLog,
  StateCache,
  StateSnapshots,
  StoreUnavailableError,
  verifyTree,
} from '@contract-ledger/event-store';
import { openSqliteEventStore } from './sqlite-event-store';
import { sqliteTamperHooks } from './testing/tamper';

const dirs: string[] = [];
const tempFile = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-sqlite-'));
  dirs.push(dir);
  return path.join(dir, 'events.db');
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeEventStoreContract('sqlite', async (options) => {
  const store = openSqliteEventStore({ ...options, path: tempFile() });
  return { store, tamper: sqliteTamperHooks(store.unsafeDatabase()), dispose: () => store.close() };
});

describeMerkleTreeContract('sqlite', async (options) => {
  const store = openSqliteEventStore({ ...options, path: tempFile() });
  return { store, dispose: () => store.close() };
});

// The same contracts with the commits on the writer thread: its connection is not the one tampered
// with or read from, so these also show the two connections agree on every commit.
describeEventStoreContract('sqlite, writer thread', async (options) => {
  const store = openSqliteEventStore({ ...options, path: tempFile(), writer: 'thread' });
  return { store, tamper: sqliteTamperHooks(store.unsafeDatabase()), dispose: () => store.close() };
});

describeMerkleTreeContract('sqlite, writer thread', async (options) => {
  const store = openSqliteEventStore({ ...options, path: tempFile(), writer: 'thread' });
  return { store, dispose: () => store.close() };
});

describeSnapshotStoreContract('sqlite', async () => {
  const file = tempFile();
  let store = openSqliteEventStore({ path: file });
  return {
    store,
    reopen: async () => {
      await store.close();
      return (store = openSqliteEventStore({ path: file }));
    },
    dispose: () => store.close(),
  };
});

describeStoreModeContract('sqlite', {
  newLocation: tempFile,
  open: async (file, mode) => openSqliteEventStore({ path: file, mode }),
});

describe('store mode of a log written before modes existed', () => {
  it('is production: it has events and no recorded mode, so it refuses to open as a sandbox', async () => {
    const file = tempFile();
    const store = openSqliteEventStore({ path: file });
    await store.append(
      'tender-1',
      [
        {
          type: 'TenderPublished',
          data: {},
          metadata: {
            actor: 'u',
            role: 'r',
            correlationId: 'c',
            commandId: 'k',
            occurredAt: '2026-11-26T00:00:00.000Z',
          },
        },
      ],
      {
        expectedRevision: 'no_stream',
      },
    );
    // What a file from before modes looks like after the store_info migration: the table, no row.
    store.unsafeDatabase().exec('DELETE FROM store_info');
    await store.close();
    expect(() => openSqliteEventStore({ path: file, mode: 'sandbox' })).toThrow(
      expect.objectContaining({ code: 'STORE_MODE_MISMATCH', recorded: 'production' }),
    );
    const reopened = openSqliteEventStore({ path: file });
    expect(reopened.unsafeDatabase().prepare('SELECT value FROM store_info').pluck().get()).toBe(
      'production',
    );
    await reopened.close();
  });
});

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T00:00:00.000Z',
};

describe('SQLite event store', () => {
  it('answers asOf folds when the stored snapshots cannot be written: they are a cache, the failure is reported', async () => {
    const store = openSqliteEventStore({ path: tempFile() });
    for (let n = 1; n <= 10; n++) {
      await store.append('s', [{ type: 'A', data: { n }, metadata }], { expectedRevision: 'any' });
    }
    // A database that refuses the write, as a read-only or full disk does.
    store
      .unsafeDatabase()
      .exec(
        "CREATE TRIGGER refuse_snapshots BEFORE INSERT ON state_snapshots BEGIN SELECT RAISE(ABORT, 'refused'); END;",
      );
    const failures: unknown[] = [];
    const snapshots = new StateSnapshots(3, undefined, (error) => failures.push(error));
    const folder = {
      name: 'sum',
      initialState: () => 0,
      evolve: (total: number, e: { data: { n: number } }) => total + e.data.n,
    };
    const folded = await snapshots.foldAt(store, 's', folder, { atPosition: 8 });
    expect(folded).toMatchObject({ state: 36, revision: 8 });
    expect(failures.map(String)).toEqual(
      expect.arrayContaining([expect.stringMatching(/refused/)]),
    );
    expect(await store.listSnapshots('sum@0', 's')).toEqual([]);
    await store.close();
  });

  it('keeps the log across reopen, and the triggers refuse UPDATE and DELETE', async () => {
    const file = tempFile();
    const first = openSqliteEventStore({ path: file });
    await first.append('s-1', [{ type: 'A', data: { n: 1 }, metadata }], {
      expectedRevision: 'no_stream',
    });
    const db = first.unsafeDatabase();
    expect(() => db.prepare('UPDATE events SET data = ? WHERE position = 1').run('{}')).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    await first.close();
    const second = openSqliteEventStore({ path: file });
    expect(await second.readStream('s-1')).toMatchObject([{ revision: 1, data: { n: 1 } }]);
    await second.append('s-1', [{ type: 'A', data: { n: 2 }, metadata }], { expectedRevision: 1 });
    expect(await second.verify()).toMatchObject({ ok: true, checked: 2 });
    await second.close();
  });

  it('group-commits appends issued together into one transaction, each caller getting its own outcome', async () => {
    const store = openSqliteEventStore({ path: tempFile() });
    const db = store.unsafeDatabase();
    let transactions = 0;
    const original = db.transaction.bind(db);
    // Count transactions through better-sqlite3's own API rather than timing, so the assertion cannot flake.
    db.transaction = ((fn: (...args: unknown[]) => unknown) => {
      transactions++;
      return original(fn);
    }) as typeof db.transaction;
    await store.append('seed', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'any' });
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, i) =>
        store.append(`s-${i}`, [{ type: 'A', data: { i }, metadata }], {
          expectedRevision: 'no_stream',
        }),
      ),
      store.append('seed', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'no_stream' }),
    ]);
    expect(transactions).toBe(2);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(20);
    expect(outcomes[20]).toMatchObject({
      status: 'rejected',
      reason: { code: 'WRONG_EXPECTED_REVISION' },
    });
    await store.close();
  });

  it.each(['inline', 'thread'] as const)(
    'tells commit listeners once per commit that wrote events, before the appends resolve (writer %s)',
    async (writer) => {
      const store = openSqliteEventStore({ path: tempFile(), writer });
      let commits = 0;
      const stop = store.onCommit(() => commits++);
      await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          store.append(`s-${i}`, [{ type: 'A', data: { i }, metadata }], {
            expectedRevision: 'no_stream',
          }),
        ),
      );
      expect(commits).toBe(1);
      // A commit that wrote nothing (every append refused) signals nothing.
      await expect(
        store.append('s-0', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'no_stream' }),
      ).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION' });
      expect(commits).toBe(1);
      stop();
      await store.append('s-9', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'any' });
      expect(commits).toBe(1);
      await store.close();
    },
  );

  it('builds the Merkle tree of a log written before the tree existed when migrating to schema 2', async () => {
    const file = tempFile();
    const before = openSqliteEventStore({ path: file });
    await before.append(
      's-1',
      Array.from({ length: 600 }, (_, i) => ({ type: 'A', data: { i }, metadata })),
      { expectedRevision: 'no_stream' },
    );
    before
      .unsafeDatabase()
      .exec(
        'DROP TABLE merkle_tiles; DROP TABLE checkpoints; DROP TABLE state_snapshots; DROP TABLE store_info; DROP TABLE merkle_head; PRAGMA user_version = 1;',
      );
    await before.close();
    const after = openSqliteEventStore({ path: file });
    await after.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 600 });
    const reference = new MerkleLog(treeOf(await after.readAll()));
    for (const size of [1, 256, 600, 601])
      expect(Buffer.from(await new MerkleLog(after).root(size))).toEqual(
        Buffer.from(await reference.root(size)),
      );
    await after.close();
  });

  it('stores full level-0 tiles only, and the tree size and last leaf with every append (schema 6)', async () => {
    const store = openSqliteEventStore({ path: tempFile() });
    for (let i = 0; i < 3; i++)
      await store.append(
        `s-${i}`,
        Array.from({ length: 100 }, (_, n) => ({ type: 'A', data: { n }, metadata })),
        { expectedRevision: 'no_stream' },
      );
    const db = store.unsafeDatabase();
    expect(db.prepare('SELECT level, idx FROM merkle_tiles ORDER BY level, idx').all()).toEqual([
      { level: 0, idx: 0 },
      { level: 1, idx: 0 },
    ]);
    const head = await store.head();
    expect(db.prepare('SELECT size, hash FROM merkle_head').all()).toEqual([
      { size: 300, hash: head.hash },
    ]);
    expect(await store.treeHead()).toEqual({ tree: { size: 300, hash: head.hash }, log: head });
    // The partial tile served is built from the events: the same bytes as the stored tree had.
    const all = await store.readAll();
    expect(Buffer.from((await new MerkleLog(store).tile(0, 1, 44))!)).toEqual(
      Buffer.from((await new MerkleLog(treeOf(all)).tile(0, 1, 44))!),
    );
    await store.close();
  });

  it('migrates a schema-5 store: its level-0 partial tile goes, its tree size is recorded, a tail deleted before still shows', async () => {
    const schema5 = async (events: number, deleteAfter?: number): Promise<string> => {
      const file = tempFile();
      const store = openSqliteEventStore({ path: file });
      await store.append(
        's-1',
        Array.from({ length: events }, (_, i) => ({ type: 'A', data: { i }, metadata })),
        { expectedRevision: 'no_stream' },
      );
      const all = await store.readAll();
      const db = store.unsafeDatabase();
      // As schema 5 left it: the level-0 partial tile stored, no merkle_head.
      db.prepare('INSERT INTO merkle_tiles (level, idx, hashes) VALUES (0, 1, ?)').run(
        leafTileOf(all.slice(256).map((e) => e.hash)),
      );
      db.exec('DROP TABLE merkle_head; PRAGMA user_version = 5;');
      if (deleteAfter !== undefined)
        db.exec(
          `DROP TRIGGER events_no_delete; DELETE FROM events WHERE position > ${deleteAfter}`,
        );
      await store.close();
      return file;
    };
    const intact = openSqliteEventStore({ path: await schema5(300) });
    const db = intact.unsafeDatabase();
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT count(*) FROM merkle_tiles WHERE level = 0').pluck().get()).toBe(1);
    const head = await intact.head();
    expect((await intact.treeHead()).tree).toEqual({ size: 300, hash: head.hash });
    await intact.append('s-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 300 });
    const all = await intact.readAll();
    expect(Buffer.from(await new MerkleLog(intact).root(301))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(all)).root(301)),
    );
    expect(await verifyTree(intact)).toMatchObject({ ok: true, size: 301 });
    await intact.close();

    const truncated = openSqliteEventStore({ path: await schema5(300, 290) });
    expect((await truncated.treeHead()).tree?.size).toBe(300);
    expect(await verifyTree(truncated)).toMatchObject({
      ok: false,
      position: 291,
      code: 'TREE_TRUNCATED',
    });
    await truncated.close();
  });

  it('two instances on one file keep one tree, each noticing the other moved the edge', async () => {
    const file = tempFile();
    const [a, b] = [openSqliteEventStore({ path: file }), openSqliteEventStore({ path: file })];
    for (let i = 0; i < 30; i++)
      await (i % 3 ? a : b).append(
        `s-${i % 4}`,
        Array.from({ length: 1 + (i % 20) }, () => ({ type: 'A', data: { i }, metadata })),
        { expectedRevision: 'any' },
      );
    const all = await a.readAll();
    expect(Buffer.from(await new MerkleLog(b).root(all.length))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(all)).root(all.length)),
    );
    await a.close();
    await b.close();
  });

  it('reopened, completes the level-0 tile it finds partial with its first append', async () => {
    // The edge is loaded from the stored tiles and the chain hashes of the partial tile, which
    // must be read before the append's own rows are in the table.
    const file = tempFile();
    const first = openSqliteEventStore({ path: file });
    await first.append(
      's',
      Array.from({ length: 200 }, (_, i) => ({ type: 'A', data: { i }, metadata })),
      {
        expectedRevision: 'any',
      },
    );
    await first.close();
    const reopened = openSqliteEventStore({ path: file });
    await reopened.append(
      's',
      Array.from({ length: 100 }, (_, i) => ({ type: 'A', data: { i }, metadata })),
      {
        expectedRevision: 'any',
      },
    );
    const all = await reopened.readAll();
    expect(Buffer.from(await new MerkleLog(reopened).root(300))).toEqual(
      Buffer.from(await new MerkleLog(treeOf(all)).root(300)),
    );
    expect((await verifyTree(reopened)).ok).toBe(true);
    await reopened.close();
  });

  it('reports a file it cannot open as StoreUnavailableError', () => {
    expect(() =>
      openSqliteEventStore({ path: path.join(tempFile(), 'no-such-dir', 'events.db') }),
    ).toThrow(StoreUnavailableError);
  });

  it.each(['inline', 'thread'] as const)(
    'after SIGKILL mid-append (writer %s), every acknowledged append is present, the log is a prefix and the chain verifies',
    async (writer) => {
      const file = tempFile();
      const acks = await crashAndCollect(
        path.join(__dirname, 'testing/crash-appender.ts'),
        [file, writer],
        300,
      );
      expect(acks.length).toBeGreaterThanOrEqual(300);
      const store = openSqliteEventStore({ path: file });
      const recovered = await assertRecoveredAfterCrash(store, acks);
      expect(recovered.head).toBeGreaterThanOrEqual(acks.length);
      await store.close();
    },
    60_000,
  );

  describe('writer thread', () => {
    it("a batch SQLite refuses fails every append of it with SQLite's message and code, writes nothing, and the next batch commits", async () => {
      const store = openSqliteEventStore({ path: tempFile(), writer: 'thread' });
      await store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 'no_stream',
      });
      // On the store's connection; the thread's connection sees the schema change at its next statement.
      store
        .unsafeDatabase()
        .exec(
          "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.type = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused here'); END;",
        );
      const refused = [1, 2].map((n) =>
        store.append(`t-${n}`, [{ type: 'Refused', data: {}, metadata }], {
          expectedRevision: 'any',
        }),
      );
      for (const append of refused)
        await expect(append).rejects.toMatchObject({
          message: 'refused here',
          code: 'SQLITE_CONSTRAINT_TRIGGER',
        });
      expect((await store.head()).position).toBe(1);
      expect((await verifyTree(store)).ok).toBe(true);
      await store.append('s', [{ type: 'A', data: {}, metadata }], { expectedRevision: 1 });
      expect((await store.head()).position).toBe(2);
      expect((await verifyTree(store)).ok).toBe(true);
      await store.close();
    });

    it('a commit waiting on the write lock leaves the event loop free: timers and reads go on, and the append lands once the lock is released', async () => {
      const file = tempFile();
      const store = openSqliteEventStore({ path: file, writer: 'thread' });
      await store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 'no_stream',
      });
      // Another connection holds the write lock, as a slow disk or a backup would keep a commit waiting.
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      const waiting = store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 1,
      });
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Inline, the commit would hold this thread in SQLite's busy wait for up to 5 s.
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(await store.readStream('s')).toHaveLength(1);
      holder.exec('ROLLBACK');
      holder.close();
      expect((await waiting).position).toBe(2);
      await store.close();
    });

    it('a write lock held past the busy timeout is StoreUnavailableError, and the store goes on once it is released', async () => {
      const file = tempFile();
      const store = openSqliteEventStore({ path: file, writer: 'thread' });
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      const blocked = store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 'any',
      });
      await expect(blocked).rejects.toBeInstanceOf(StoreUnavailableError);
      holder.exec('ROLLBACK');
      holder.close();
      await store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 'no_stream',
      });
      expect((await store.head()).position).toBe(1);
      await store.close();
    }, 20_000);

    it('a thread that dies fails its commit in flight as unavailable; a retry with the same event id lands once, on a new thread', async () => {
      const store = openSqliteEventStore({ path: tempFile(), writer: 'thread' });
      await store.append('s', [{ type: 'A', data: {}, metadata }], {
        expectedRevision: 'no_stream',
      });
      const event = {
        eventId: '0192f0c4-7b1e-7cc0-8000-000000000001',
        type: 'B',
        data: {},
        metadata,
      };
      const inFlight = store.append('s', [event], { expectedRevision: 1 });
      await store.unsafeWriterWorker()!.terminate();
      // Killed before or after its COMMIT: the caller cannot know which, as after a crash.
      const first = await inFlight.then(
        (result) => result,
        (error: unknown) => {
          expect(error).toBeInstanceOf(StoreUnavailableError);
          return undefined;
        },
      );
      const retried = await store.append('s', [event], { expectedRevision: 1 });
      expect(retried.position).toBe(2);
      if (first) expect(first.position).toBe(2);
      expect((await store.readStream('s')).map((e) => e.eventId)).toHaveLength(2);
      expect((await verifyTree(store)).ok).toBe(true);
      await store.close();
    });

    it('does not keep an idle process alive, and a process that exits after an append has it stored', async () => {
      const file = tempFile();
      // No close(): the process ends when its work does, as one whose caller forgot to close would.
      const script = `require(${JSON.stringify(path.join(__dirname, 'sqlite-event-store.ts'))})
        .openSqliteEventStore({ path: process.argv[1], writer: 'thread' })
        .append('s', [{ type: 'A', data: {}, metadata: ${JSON.stringify(metadata)} }], { expectedRevision: 'no_stream' })
        .then((r) => process.stdout.write(String(r.position)));`;
      const output = execFileSync(
        process.execPath,
        ['-r', path.resolve(__dirname, '../../../tools/register.js'), '-e', script, file],
        { encoding: 'utf8', timeout: 30_000 },
      );
      expect(output.trim()).toBe('1');
      const reopened = openSqliteEventStore({ path: file });
      expect((await reopened.head()).position).toBe(1);
      await reopened.close();
    }, 40_000);
  });
});

describe('StateCache over SQLite', () => {
  // A counter that refuses to pass 10: deciding right needs every event, whoever appended it.
  const decider = {
    initialState: () => 0,
    evolve: (total: number, event: { type: 'Added'; data: { n: number } }) => total + event.data.n,
    decide: (command: { type: 'Add'; data: { n: number } }, total: number) => {
      if (total + command.data.n > 10) throw new Error(`LIMIT: ${total} + ${command.data.n}`);
      return [{ type: 'Added' as const, data: { n: command.data.n } }];
    },
  };

  it('sees what a second store instance appended to the same file', async () => {
    const file = tempFile();
    const mine = openSqliteEventStore({ path: file });
    const theirs = openSqliteEventStore({ path: file });
    try {
      const cache = StateCache.of(mine);
      await handleCommand(
        mine,
        'c-1',
        decider,
        { type: 'Add', data: { n: 5 } },
        { metadata, cache },
      );
      expect(await cache.read(mine, 'c-1', decider)).toMatchObject({ state: 5, revision: 1 });
      // The other instance (another process, as far as SQLite knows) appends behind the cache's back.
      await theirs.append('c-1', [{ type: 'Added', data: { n: 4 }, metadata }], {
        expectedRevision: 1,
      });
      expect(await cache.read(mine, 'c-1', decider)).toMatchObject({
        state: 9,
        revision: 2,
        position: 2,
      });
      await expect(
        handleCommand(mine, 'c-1', decider, { type: 'Add', data: { n: 5 } }, { metadata, cache }),
      ).rejects.toThrow('LIMIT: 9 + 5');
      // And again: the cached 9 is stale, the read after it is not.
      await theirs.append('c-1', [{ type: 'Added', data: { n: 1 }, metadata }], {
        expectedRevision: 2,
      });
      await expect(
        handleCommand(mine, 'c-1', decider, { type: 'Add', data: { n: 1 } }, { metadata, cache }),
      ).rejects.toThrow('LIMIT: 10 + 1');
      expect(await mine.readStream('c-1')).toHaveLength(3);
    } finally {
      await theirs.close();
      await mine.close();
    }
  });
});
