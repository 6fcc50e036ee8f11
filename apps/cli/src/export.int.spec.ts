import { chainHash, TreeEdge } from '@contract-ledger/event-store';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { id, smallProgramme } from '@contract-ledger/projections/testing';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runLedger } from '../test/ledger-process';

// Each step starts `ledger` processes (a few seconds each on a busy machine).
jest.setTimeout(180_000);

/**
 * On a real PostgreSQL (DATABASE_URL): `ledger export` -> `node verify.mjs` round trip, and the
 * database tamper matrix against `ledger verify` (chain, Merkle tree, signed checkpoints), each
 * break named with its position.
 */
describe('PostgreSQL: export -> offline verify, and the database tamper matrix', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let auditorDir: string;
  let client: Client;
  let head = 0;
  const ledger = (...args: string[]) =>
    runLedger(args, {
      env: {
        LEDGER_STORE: 'postgres',
        DATABASE_URL: db.url,
        LEDGER_DATA_DIR: dataDir,
        LEDGER_LOG_ORIGIN: 'ledger.example.gov/log',
      },
    });
  const verifyOffline = (file: string) => {
    const { NODE_PATH: _ignored, ...env } = process.env;
    return spawnSync(process.execPath, ['verify.mjs', file], {
      cwd: auditorDir,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase('export');
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-export-pg-'));
    auditorDir = mkdtempSync(path.join(tmpdir(), 'auditor-pg-'));
    const store = await openPostgresEventStore({ connectionString: db.url });
    await appendInOrder(store, smallProgramme(3).events);
    head = (await store.head()).position;
    await store.close();
    writeFileSync(path.join(auditorDir, 'verify.mjs'), ledger('verifier').stdout);
    client = new Client({ connectionString: db.url });
    await client.connect();
    // An insider with the database owner's rights: the append-only triggers are no obstacle.
    await client.query('ALTER TABLE events DISABLE TRIGGER USER');
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(auditorDir, { recursive: true, force: true });
  });

  it('exports the whole log and one procurement; the offline verifier accepts both', () => {
    for (const [name, args, scope] of [
      ['whole.json', [], 'log'],
      ['tender.json', ['--tender', id(100)], 'procurement'],
    ] as const) {
      const out = path.join(auditorDir, name);
      const exported = ledger('export', '--out', out, ...args);
      expect({ status: exported.status, stderr: exported.stderr }).toEqual({
        status: 0,
        stderr: expect.not.stringContaining('ledger export:'),
      });
      const result = verifyOffline(name);
      expect(result.stdout).toMatch(new RegExp(`^OK: \\d+ events \\(${scope}\\) verified`));
      expect(result.status).toBe(0);
    }
    const bundle = JSON.parse(readFileSync(path.join(auditorDir, 'whole.json'), 'utf8')) as {
      events: unknown[];
    };
    expect(bundle.events).toHaveLength(head);
    const verified = ledger('verify');
    expect(verified.stdout).toMatch(
      new RegExp(
        `verify: ok, positions 1\\.\\.${head} .*; Merkle tree and 1 signed checkpoint\\(s\\) agree with the log`,
      ),
    );
    expect(verified.status).toBe(0);
  });

  const broken = (position: number, code: string) => {
    const result = ledger('verify');
    expect(result.stdout).toMatch(
      new RegExp(`verify: BROKEN at position ${position} \\(${code}\\)`),
    );
    expect(result.status).toBe(1);
  };

  it('an event row changed: named by the chain', async () => {
    const { rows } = await client.query<{ data: string }>(
      'SELECT data FROM events WHERE position = 20',
    );
    await client.query(`UPDATE events SET data = '{"x":1}' WHERE position = 20`);
    try {
      broken(20, 'hash_mismatch');
    } finally {
      await client.query('UPDATE events SET data = $1 WHERE position = 20', [rows[0]!.data]);
    }
  });

  it('the tree record altered (the last leaf it took): named by the tree', async () => {
    // The log is shorter than a full tile, so its leaves are not stored (the level-0 partial
    // tile is built from the events): what the tree keeps of them is the size and last leaf.
    expect(head).toBeLessThan(256);
    const { rows } = await client.query<{ hash: string }>('SELECT hash FROM merkle_head');
    const altered = `${rows[0]!.hash[0] === '0' ? '1' : '0'}${rows[0]!.hash.slice(1)}`;
    await client.query('UPDATE merkle_head SET hash = $1', [altered]);
    try {
      broken(1, 'TREE_LEAF_MISMATCH');
    } finally {
      await client.query('UPDATE merkle_head SET hash = $1', [rows[0]!.hash]);
    }
  });

  it('the tail deleted: named by the tree (the chain still holds)', async () => {
    const { rows } = await client.query<Record<string, unknown>>(
      'SELECT * FROM events WHERE position > $1 ORDER BY position',
      [head - 4],
    );
    await client.query('DELETE FROM events WHERE position > $1', [head - 4]);
    try {
      broken(head - 3, 'TREE_TRUNCATED');
    } finally {
      for (const row of rows) {
        const columns = Object.keys(row);
        await client.query(
          `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => row[c]),
        );
      }
    }
    expect(ledger('verify').status).toBe(0);
  });

  it('history rewritten consistently (data, every later hash and the whole tree): named by the signed checkpoint', async () => {
    const { rows } = await client.query<{
      position: string;
      stream: string;
      revision: string;
      event_id: string;
      type: string;
      schema_version: number;
      data: string;
      metadata: string;
      recorded_at: string;
      hash: string;
    }>('SELECT * FROM events ORDER BY position');
    const from = 30;
    let prev = rows[from - 2]!.hash;
    for (const row of rows.slice(from - 1)) {
      const data = Number(row.position) === from ? '{"x":1}' : row.data;
      const hash = chainHash(prev, {
        position: Number(row.position),
        stream: row.stream,
        revision: Number(row.revision),
        eventId: row.event_id,
        type: row.type,
        schemaVersion: row.schema_version,
        data,
        metadata: row.metadata,
        recordedAt: row.recorded_at,
      });
      await client.query(
        'UPDATE events SET data = $1, prev_hash = $2, hash = $3 WHERE position = $4',
        [data, prev, hash, row.position],
      );
      row.hash = hash;
      prev = hash;
    }
    await client.query('DELETE FROM merkle_tiles');
    for (const tile of TreeEdge.empty().append(rows.map((r) => r.hash)).tiles)
      await client.query('INSERT INTO merkle_tiles (level, idx, hashes) VALUES ($1, $2, $3)', [
        tile.level,
        tile.index,
        tile.hashes,
      ]);
    // And the tree's size and last leaf recorded with every append, as the store writes them.
    await client.query('UPDATE merkle_head SET size = $1, hash = $2', [rows.length, prev]);
    // The only checkpoint is the one the first export signed, over the whole log.
    broken(1, 'CHECKPOINT_MISMATCH');
  });
});
