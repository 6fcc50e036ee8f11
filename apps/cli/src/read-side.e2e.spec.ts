import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { boardTenders, tenderBoardProjection } from '@contract-ledger/projections';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { smallProgramme } from '@contract-ledger/projections/testing';
import { allRows, createReadStore } from '@contract-ledger/read-store-sql';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLedger } from '../test/ledger-process';

const ledger = (args: string[], dataDir: string) =>
  runLedger(args, { env: { LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'sqlite' } });

/** `ledger verify` and `ledger rebuild` as a user runs them, against a temp data dir. */
describe('ledger verify / rebuild (CLI processes)', () => {
  let dataDir: string;
  let head = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-cli-'));
    const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
    await appendInOrder(store, smallProgramme(5).events);
    head = (await store.head()).position;
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('verify: an intact log exits 0 with the range, the count and events/s', () => {
    const result = ledger(['verify'], dataDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`verify: ok, positions 1\\.\\.${head} \\(${head} events\\)`),
    );
    expect(result.stdout).toMatch(/events\/s/);
    // Not a terminal: progress lines, no carriage returns.
    expect(result.stdout).not.toContain('\r');
    const range = ledger(['verify', '--from', '3', '--to', '5'], dataDir).stdout;
    expect(range).toMatch(/positions 3\.\.5 \(3 events\)/);
    expect(range).toMatch(
      /Merkle tree over positions 3\.\.5 and 0 signed checkpoint\(s\) up to size 0 agree with the log \(positions 3\.\.5 are under no signed checkpoint yet/,
    );
  });

  it('verify --from --to: a stored leaf hash altered in the range exits 1 naming its position; a range without it passes', async () => {
    // Leaves are stored once their tile of 256 is full, so this log has two full tiles.
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-cli-tiles-'));
    try {
      const file = path.join(dir, 'ledger.sqlite');
      const store = openSqliteEventStore({ path: file });
      for (let i = 0; i < 6; i++)
        await store.append(
          `probe-${i}`,
          Array.from({ length: 100 }, (_, n) => ({
            type: 'Probed',
            data: { n },
            metadata: {
              actor: 'a',
              role: 'system',
              correlationId: 'c',
              commandId: 'k',
              occurredAt: '2026-05-01T09:00:00.000Z',
            },
          })),
          { expectedRevision: 'no_stream' },
        );
      await store.close();
      const flip = () => {
        const db = new Database(file);
        const row = db
          .prepare('SELECT hashes FROM merkle_tiles WHERE level = 0 AND idx = 0')
          .get() as {
          hashes: Buffer;
        };
        const hashes = Buffer.from(row.hashes);
        hashes[3 * 32 + 1]! ^= 0x01; // the leaf of position 4
        db.prepare('UPDATE merkle_tiles SET hashes = ? WHERE level = 0 AND idx = 0').run(hashes);
        db.close();
      };
      flip();
      try {
        const broken = ledger(['verify', '--from', '3', '--to', '5'], dir);
        expect(broken.status).toBe(1);
        expect(broken.stdout).toMatch(/verify: BROKEN at position 4 \(TREE_LEAF_MISMATCH\)/);
        // Another tile's range: its leaves and the subtree over them still agree.
        expect(ledger(['verify', '--from', '300', '--to', '310'], dir).status).toBe(0);
      } finally {
        flip();
      }
      expect(ledger(['verify'], dir).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuild: rebuilds every read model, or one, from position 0', async () => {
    const all = ledger(['rebuild'], dataDir);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(new RegExp(`rebuilt from ${head} events`));
    const one = ledger(['rebuild', 'tender_board', '--batch', '7'], dataDir);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/tender_board v\d+ rebuilt/);
    const readStore = await createReadStore({
      kind: 'sqlite',
      file: path.join(dataDir, 'read.sqlite'),
    });
    try {
      const tenders = await allRows(readStore, tenderBoardProjection, boardTenders);
      expect(tenders).toHaveLength(5);
      expect(tenders.every((t) => t.status === 'awarded')).toBe(true);
      expect((await readStore.status('audit')).checkpoint).toBe(head);
    } finally {
      await readStore.close();
    }
  });

  it('refuses wrong arguments with exit 2 and the usage', () => {
    const unknown = ledger(['rebuild', 'nope'], dataDir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown projection "nope"/);
    expect(ledger(['verify', '--from', 'x'], dataDir).status).toBe(2);
    const badConfig = runLedger(['verify'], {
      env: { LEDGER_STORE: 'postgres', DATABASE_URL: '' },
    });
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toMatch(/DATABASE_URL is required/);
  });

  it('verify: a tampered event exits 1 naming the first broken position', () => {
    const db = new Database(path.join(dataDir, 'ledger.sqlite'));
    // An attacker with the file drops the guard first; the chain still finds the edit.
    db.exec('DROP TRIGGER events_no_update');
    db.prepare(
      "UPDATE events SET data = json_set(data, '$.title', json_extract(data, '$.title') || ' (edited)') WHERE position = (SELECT min(position) FROM events WHERE type = 'TenderDrafted')",
    ).run();
    db.close();
    const result = ledger(['verify'], dataDir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at position \d+/);
  });
});
