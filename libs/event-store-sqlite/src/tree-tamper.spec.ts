import {
  chainHash,
  checkpointText,
  generateSignerKey,
  MerkleLog,
  parseSignerKey,
  signNote,
  TreeEdge,
  verifyTree,
  type VerifyResult,
  type TreeVerifyResult,
} from '@contract-ledger/event-store';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteEventStore } from './sqlite-event-store';

/**
 * The database tamper matrix (docs/transparency-log.md "Checking the tree"): an insider edits the
 * SQLite file directly (dropping the append-only triggers first) and the chain check or the tree
 * check names the position. The log: 710 events, checkpoints signed at 300 and 700.
 */
const origin = 'tamper.example/log';
const signer = parseSignerKey(generateSignerKey(origin));
const metadata = {
  actor: 'a',
  role: 'system',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-05-01T09:00:00.000Z',
};

interface Outcome {
  chain: VerifyResult;
  tree: TreeVerifyResult;
}

describe('SQLite: the Merkle tree and signed checkpoints catch what the chain cannot', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tree-tamper-'));
  const original = path.join(dir, 'ledger.sqlite');

  beforeAll(async () => {
    const store = openSqliteEventStore({ path: original });
    const sign = async () => {
      const size = (await store.head()).position;
      const root = Buffer.from(await new MerkleLog(store).root(size));
      await store.saveCheckpoint({
        size,
        note: signNote(checkpointText({ origin, size, root }), [signer]),
        key: signer.verifier.key,
        createdAt: '2026-05-01T09:00:00.000Z',
      });
    };
    const append = async (count: number) => {
      for (let i = 0; i < count; i += 50)
        await store.append(
          `probe-${(await store.head()).position}`,
          Array.from({ length: Math.min(50, count - i) }, (_, n) => ({
            type: 'Probed',
            data: { n },
            metadata,
          })),
          { expectedRevision: 'no_stream' },
        );
    };
    await append(300);
    await sign();
    await append(400);
    await sign();
    await append(10);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let copies = 0;
  /** A copy of the database, changed by `tamper` through a plain SQLite connection, then checked. */
  async function check(
    tamper: (db: Database.Database) => void,
    range?: { from: number; to: number },
  ): Promise<Outcome> {
    const file = path.join(dir, `copy-${++copies}.sqlite`);
    copyFileSync(original, file);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(original + suffix)) copyFileSync(original + suffix, file + suffix);
    const db = new Database(file);
    db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;');
    tamper(db);
    db.close();
    const store = openSqliteEventStore({ path: file });
    try {
      return range
        ? {
            chain: await store.verify(range.from, range.to),
            tree: await verifyTree(store, undefined, range),
          }
        : { chain: await store.verify(), tree: await verifyTree(store) };
    } finally {
      await store.close();
    }
  }

  const flipByte = (db: Database.Database, level: number, idx: number, byte: number) => {
    const row = db
      .prepare('SELECT hashes FROM merkle_tiles WHERE level = ? AND idx = ?')
      .get(level, idx) as { hashes: Buffer };
    const hashes = Buffer.from(row.hashes);
    hashes[byte]! ^= 0x01;
    db.prepare('UPDATE merkle_tiles SET hashes = ? WHERE level = ? AND idx = ?').run(
      hashes,
      level,
      idx,
    );
  };

  /** Recomputes every chain hash from `from` on and rebuilds the whole tree: the attacker's own consistent log. */
  const rehashAndRebuild = (db: Database.Database, from: number) => {
    type Row = {
      position: number;
      stream: string;
      revision: number;
      event_id: string;
      type: string;
      schema_version: number;
      data: string;
      metadata: string;
      recorded_at: string;
      prev_hash: string;
      hash: string;
    };
    const rows = db.prepare('SELECT * FROM events ORDER BY position').all() as Row[];
    const update = db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?');
    let prev = rows[from - 2]?.hash ?? '0'.repeat(64);
    for (const row of rows.slice(from - 1)) {
      const hash = chainHash(prev, {
        position: row.position,
        stream: row.stream,
        revision: row.revision,
        eventId: row.event_id,
        type: row.type,
        schemaVersion: row.schema_version,
        data: row.data,
        metadata: row.metadata,
        recordedAt: row.recorded_at,
      });
      update.run(prev, hash, row.position);
      row.hash = hash;
      prev = hash;
    }
    db.exec('DELETE FROM merkle_tiles');
    const insert = db.prepare('INSERT INTO merkle_tiles (level, idx, hashes) VALUES (?, ?, ?)');
    for (const tile of TreeEdge.empty().append(rows.map((r) => r.hash)).tiles)
      insert.run(tile.level, tile.index, tile.hashes);
    // And the tree's recorded size and last leaf, as the store writes them with every append.
    db.prepare('UPDATE merkle_head SET size = ?, hash = ?').run(rows.length, prev);
  };

  it('an untouched copy verifies: chain, tree and both checkpoints', async () => {
    expect(await check(() => undefined)).toEqual({
      chain: expect.objectContaining({ ok: true, checked: 710 }),
      tree: { ok: true, size: 710, checkpoints: 2, coveredTo: 700 },
    });
  });

  it('an event row changed: the chain names its position', async () => {
    const { chain } = await check((db) =>
      db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 123`).run(),
    );
    expect(chain).toMatchObject({ ok: false, position: 123 });
  });

  it('the tail deleted: the chain still holds, the tree names the first missing position', async () => {
    const outcome = await check((db) =>
      db.prepare('DELETE FROM events WHERE position > 705').run(),
    );
    expect(outcome.chain).toMatchObject({ ok: true, checked: 705 });
    expect(outcome.tree).toMatchObject({ ok: false, position: 706, code: 'TREE_TRUNCATED' });
    // Seen through the tree size recorded with every append (the partial tile is not stored).
    expect((outcome.tree as { reason: string }).reason).toMatch(/took 710 leaves/);
  });

  it('the tail deleted below a checkpoint and the tree rebuilt to match: the signed checkpoint names it', async () => {
    const outcome = await check((db) => {
      db.prepare('DELETE FROM events WHERE position > 650').run();
      rehashAndRebuild(db, 651);
    });
    expect(outcome.chain).toMatchObject({ ok: true, checked: 650 });
    expect(outcome.tree).toMatchObject({ ok: false, position: 651, code: 'TREE_TRUNCATED' });
    expect((outcome.tree as { reason: string }).reason).toMatch(
      /a checkpoint of size 700 was signed, but the log ends at position 650/,
    );
  });

  it('history rewritten consistently (data, every later hash and the whole tree): the checkpoints name the range', async () => {
    const outcome = await check((db) => {
      db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 400`).run();
      rehashAndRebuild(db, 400);
    });
    expect(outcome.chain).toMatchObject({ ok: true, checked: 710 });
    expect(outcome.tree).toMatchObject({ ok: false, position: 301, code: 'CHECKPOINT_MISMATCH' });
    expect((outcome.tree as { reason: string }).reason).toMatch(
      /size 700 .* between positions 301 and 700 were rewritten \(the checkpoint of size 300 still agrees\)/,
    );
  });

  it('an event hash rewritten (tree left alone): the tree names the position', async () => {
    const outcome = await check((db) => rehashAndRebuildChainOnly(db));
    expect(outcome.chain).toMatchObject({ ok: true });
    expect(outcome.tree).toMatchObject({ ok: false, position: 500, code: 'TREE_LEAF_MISMATCH' });
  });

  it('the tail rewritten after the last full tile (tree left alone): the recorded last leaf names the range', async () => {
    const outcome = await check((db) => {
      const head = db.prepare('SELECT size, hash FROM merkle_head').get() as {
        size: number;
        hash: string;
      };
      db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 705`).run();
      rehashAndRebuild(db, 705);
      db.prepare('UPDATE merkle_head SET size = ?, hash = ?').run(head.size, head.hash);
    });
    expect(outcome.chain).toMatchObject({ ok: true, checked: 710 });
    // Leaves 513..710 are not stored (the level-0 partial tile), so the position is a range.
    expect(outcome.tree).toMatchObject({ ok: false, position: 513, code: 'TREE_LEAF_MISMATCH' });
    expect((outcome.tree as { reason: string }).reason).toMatch(/between positions 513 and 710/);
  });

  it('events added outside the store (the tree never took them): named from the first', async () => {
    const outcome = await check((db) => {
      const last = db.prepare('SELECT * FROM events WHERE position = 710').get() as Record<
        string,
        unknown
      >;
      const row = {
        ...last,
        position: 711,
        revision: (last.revision as number) + 1,
        event_id: 'e-711',
        prev_hash: last.hash,
      };
      db.prepare(
        'INSERT INTO events (position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash) VALUES (@position, @stream, @revision, @event_id, @type, @schema_version, @data, @metadata, @recorded_at, @prev_hash, @hash)',
      ).run(row);
      rehashAndRebuild(db, 711);
      db.prepare('UPDATE merkle_head SET size = 710').run();
    });
    expect(outcome.chain).toMatchObject({ ok: true, checked: 711 });
    expect(outcome.tree).toMatchObject({ ok: false, position: 711, code: 'TREE_LEAF_MISMATCH' });
  });

  it('events added outside the store: the next append is refused, not taken into the tree', async () => {
    const file = path.join(dir, `copy-${++copies}.sqlite`);
    copyFileSync(original, file);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(original + suffix)) copyFileSync(original + suffix, file + suffix);
    const db = new Database(file);
    const last = db.prepare('SELECT * FROM events WHERE position = 710').get() as Record<
      string,
      unknown
    >;
    db.prepare(
      'INSERT INTO events (position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash) VALUES (@position, @stream, @revision, @event_id, @type, @schema_version, @data, @metadata, @recorded_at, @prev_hash, @hash)',
    ).run({
      ...last,
      position: 711,
      revision: (last.revision as number) + 1,
      event_id: 'e-711',
      prev_hash: last.hash,
    });
    db.close();
    for (const writer of ['inline', 'thread'] as const) {
      const store = openSqliteEventStore({ path: file, writer });
      try {
        await expect(
          store.append('probe-after', [{ type: 'Probed', data: { n: 1 }, metadata }], {
            expectedRevision: 'no_stream',
          }),
        ).rejects.toMatchObject({ code: 'CORRUPT_EVENT', message: expect.stringMatching(/711/) });
        expect((await store.head()).position).toBe(711);
        expect((await store.treeHead()).tree?.size).toBe(710);
      } finally {
        await store.close();
      }
    }
  });

  it('a stored leaf hash altered: the tree names its position', async () => {
    const outcome = await check((db) => flipByte(db, 0, 1, 5 * 32 + 7));
    expect(outcome.chain).toMatchObject({ ok: true });
    expect(outcome.tree).toMatchObject({ ok: false, position: 262, code: 'TREE_LEAF_MISMATCH' });
  });

  it('a stored subtree hash altered: the tree names the positions below it', async () => {
    const outcome = await check((db) => flipByte(db, 1, 0, 32 + 3));
    expect(outcome.tree).toMatchObject({ ok: false, position: 257, code: 'TREE_NODE_MISMATCH' });
    expect((outcome.tree as { reason: string }).reason).toMatch(/positions 257\.\.512/);
  });

  it('a stored checkpoint re-signed by another key: its signature fails', async () => {
    const other = parseSignerKey(generateSignerKey(origin));
    const outcome = await check((db) => {
      const row = db.prepare('SELECT note FROM checkpoints WHERE size = 300').get() as {
        note: string;
      };
      const text = row.note.slice(0, row.note.lastIndexOf('\n\n') + 1);
      db.prepare('UPDATE checkpoints SET note = ? WHERE size = 300').run(signNote(text, [other]));
    });
    expect(outcome.tree).toMatchObject({ ok: false, code: 'CHECKPOINT_SIGNATURE' });
  });

  it('a stored checkpoint filed under another size than its note: named, not served as agreeing', async () => {
    const outcome = await check((db) =>
      db.prepare('UPDATE checkpoints SET size = 299 WHERE size = 300').run(),
    );
    expect(outcome.chain).toMatchObject({ ok: true });
    expect(outcome.tree).toMatchObject({ ok: false, code: 'CHECKPOINT_MISMATCH' });
    expect((outcome.tree as { reason: string }).reason).toMatch(/stored as size 299.*size 300/);
  });

  describe('a position range (ledger verify --from --to)', () => {
    const untouched = () => undefined;

    it('an untouched copy verifies any range, against the checkpoints up to the first that covers it', async () => {
      expect((await check(untouched, { from: 250, to: 600 })).tree).toEqual({
        ok: true,
        size: 710,
        checkpoints: 2,
        coveredTo: 700,
      });
      expect((await check(untouched, { from: 1, to: 299 })).tree).toMatchObject({
        ok: true,
        checkpoints: 1,
        coveredTo: 300,
      });
      // Past the last checkpoint: the stored tree only.
      expect((await check(untouched, { from: 705, to: 710 })).tree).toMatchObject({
        ok: true,
        coveredTo: 700,
      });
    });

    it('an event hash rewritten (tree left alone): the range names the position', async () => {
      const outcome = await check((db) => rehashAndRebuildChainOnly(db), { from: 450, to: 550 });
      expect(outcome.chain).toMatchObject({ ok: true });
      expect(outcome.tree).toMatchObject({ ok: false, position: 500, code: 'TREE_LEAF_MISMATCH' });
      // A range under a checkpoint that does not cover the rewrite is intact.
      expect(
        (await check((db) => rehashAndRebuildChainOnly(db), { from: 1, to: 299 })).tree,
      ).toMatchObject({ ok: true, coveredTo: 300 });
      // One under the checkpoint of 700 is not vouched for by it: that root is computed over
      // leaves 513..700, which are not stored (the level-0 partial tile) but read from the
      // rewritten log, so it no longer matches.
      expect(
        (await check((db) => rehashAndRebuildChainOnly(db), { from: 1, to: 499 })).tree,
      ).toMatchObject({ ok: false, position: 301, code: 'CHECKPOINT_MISMATCH' });
    });

    it('a stored leaf hash altered: named inside the range, and as its subtree from a range after it', async () => {
      const inside = await check((db) => flipByte(db, 0, 1, 5 * 32 + 7), { from: 200, to: 300 });
      expect(inside.tree).toMatchObject({ ok: false, position: 262, code: 'TREE_LEAF_MISMATCH' });
      // The leaf is before the range, but the subtree over 257..512 that the range is in no longer
      // hashes to what is stored above it.
      const after = await check((db) => flipByte(db, 0, 1, 5 * 32 + 7), { from: 263, to: 400 });
      expect(after.tree).toMatchObject({ ok: false, position: 257, code: 'TREE_NODE_MISMATCH' });
    });

    it('a stored subtree hash altered: the range names the positions below it', async () => {
      const outcome = await check((db) => flipByte(db, 1, 0, 32 + 3), { from: 300, to: 400 });
      expect(outcome.tree).toMatchObject({ ok: false, position: 257, code: 'TREE_NODE_MISMATCH' });
      expect((outcome.tree as { reason: string }).reason).toMatch(/positions 257\.\.512/);
    });

    it('history rewritten consistently: the checkpoint over the range names it, a range before it still verifies', async () => {
      const rewrite = (db: Database.Database) => {
        db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 400`).run();
        rehashAndRebuild(db, 400);
      };
      const outcome = await check(rewrite, { from: 350, to: 450 });
      expect(outcome.chain).toMatchObject({ ok: true });
      expect(outcome.tree).toMatchObject({
        ok: false,
        position: 301,
        code: 'CHECKPOINT_MISMATCH',
      });
      expect((outcome.tree as { reason: string }).reason).toMatch(
        /size 700 .* between positions 301 and 700 were rewritten/,
      );
      expect((await check(rewrite, { from: 1, to: 299 })).tree).toMatchObject({
        ok: true,
        coveredTo: 300,
      });
    });

    it('the tail deleted below a checkpoint and the tree rebuilt: a range names it too', async () => {
      const outcome = await check(
        (db) => {
          db.prepare('DELETE FROM events WHERE position > 650').run();
          rehashAndRebuild(db, 651);
        },
        { from: 600, to: 650 },
      );
      expect(outcome.tree).toMatchObject({ ok: false, position: 651, code: 'TREE_TRUNCATED' });
    });

    it('a stored checkpoint re-signed by another key: the range names it', async () => {
      const other = parseSignerKey(generateSignerKey(origin));
      const outcome = await check(
        (db) => {
          const row = db.prepare('SELECT note FROM checkpoints WHERE size = 300').get() as {
            note: string;
          };
          const text = row.note.slice(0, row.note.lastIndexOf('\n\n') + 1);
          db.prepare('UPDATE checkpoints SET note = ? WHERE size = 300').run(
            signNote(text, [other]),
          );
        },
        { from: 10, to: 20 },
      );
      expect(outcome.tree).toMatchObject({ ok: false, code: 'CHECKPOINT_SIGNATURE' });
    });
  });

  /** Rewrites event 500's data and every later chain hash, but not the tree. */
  function rehashAndRebuildChainOnly(db: Database.Database): void {
    const tiles = db.prepare('SELECT level, idx, hashes FROM merkle_tiles').all() as {
      level: number;
      idx: number;
      hashes: Buffer;
    }[];
    const head = db.prepare('SELECT size, hash FROM merkle_head').get() as {
      size: number;
      hash: string;
    };
    db.prepare(`UPDATE events SET data = '{"n":99}' WHERE position = 500`).run();
    rehashAndRebuild(db, 500);
    db.exec('DELETE FROM merkle_tiles');
    const insert = db.prepare('INSERT INTO merkle_tiles (level, idx, hashes) VALUES (?, ?, ?)');
    for (const t of tiles) insert.run(t.level, t.idx, t.hashes);
    db.prepare('UPDATE merkle_head SET size = ?, hash = ?').run(head.size, head.hash);
  }
});
