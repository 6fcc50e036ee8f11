import { isMerkleTileStore, MerkleLog, type RecordedEvent } from '@contract-ledger/event-store';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordFields, seedSource } from '../test/migrate-seed';
import { copyGroups } from './migrate';
import { runLedger } from '../test/ledger-process';

// Each case starts `ledger` processes (a few seconds each on a busy machine).
jest.setTimeout(120_000);

const ledger = (args: string[], env: Record<string, string> = {}) =>
  runLedger(['migrate', ...args], { env });

describe('ledger migrate (CLI processes, SQLite -> SQLite)', () => {
  let dir: string;
  let source: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ledger-migrate-'));
    source = path.join(dir, 'source.sqlite');
    // A fixed clock for half of the log: every one of those transactions then shares one recordedAt.
    let fixed = true;
    const store = await openSqliteEventStore({
      path: source,
      clock: () => (fixed ? new Date('2026-01-05T09:00:00.000Z') : new Date()),
    });
    await seedSource(store);
    fixed = false;
    await seedSource(store);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every event exactly, verifies the target and compares Merkle roots', async () => {
    const target = path.join(dir, 'target.sqlite');
    const result = ledger([
      '--from',
      'sqlite',
      '--to',
      'sqlite',
      '--source',
      source,
      '--target',
      target,
      '--batch',
      '7',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /copied positions 1\.\.146 \(146 events\) in [\d.]+ s, [\d,]+ events\/s; target verified, head hash [0-9a-f]{64}, Merkle root \S+/,
    );
    // Not a terminal: progress lines, no carriage returns.
    expect(result.stdout).toMatch(/^migrate +\d/m);
    expect(result.stdout).not.toContain('\r');
    const [a, b] = [
      await openSqliteEventStore({ path: source }),
      await openSqliteEventStore({ path: target }),
    ];
    try {
      expect((await b.readAll()).map(recordFields)).toEqual((await a.readAll()).map(recordFields));
      expect(await b.streamRevision('tender-1')).toBe(await a.streamRevision('tender-1'));
      expect(isMerkleTileStore(a) && isMerkleTileStore(b)).toBe(true);
      if (isMerkleTileStore(a) && isMerkleTileStore(b))
        expect(await new MerkleLog(b).root(146)).toEqual(await new MerkleLog(a).root(146));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a non-empty target and writes nothing to it', () => {
    const target = path.join(dir, 'again.sqlite');
    expect(
      ledger(['--from', 'sqlite', '--to', 'sqlite', '--source', source, '--target', target]).status,
    ).toBe(0);
    const size = statSync(target).size;
    const again = ledger([
      '--from',
      'sqlite',
      '--to',
      'sqlite',
      '--source',
      source,
      '--target',
      target,
    ]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(
      /the target is not empty \(its log ends at position 146\); nothing was written/,
    );
    const db = new Database(target, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(146);
    db.close();
    expect(statSync(target).size).toBe(size);
  });

  it('stops at the first event of a tampered source, naming its position', () => {
    const tampered = path.join(dir, 'tampered.sqlite');
    const copy = new Database(source, { readonly: true });
    copy.exec(`VACUUM INTO '${tampered}'`);
    copy.close();
    const edit = new Database(tampered);
    edit.exec('DROP TRIGGER IF EXISTS events_no_update');
    edit
      .prepare("UPDATE events SET data = replace(data, 'Lot 3 ', 'Lot 8 ') WHERE position = 4")
      .run();
    edit.close();
    const result = ledger([
      '--from',
      'sqlite',
      '--to',
      'sqlite',
      '--source',
      tampered,
      '--target',
      path.join(dir, 'from-tampered.sqlite'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /position 4 copied as position 4 with hash [0-9a-f]{64}, the source has [0-9a-f]{64}: the source does not verify there/,
    );
  });

  it('refuses wrong arguments with exit 2 and the usage', () => {
    const mongo = ledger(['--from', 'mongo', '--to', 'sqlite']);
    expect(mongo.status).toBe(2);
    expect(mongo.stderr).toMatch(/--from must be one of sqlite, postgres, got "mongo"/);
    expect(mongo.stderr).toMatch(/Usage: ledger migrate/);
    expect(
      ledger(['--from', 'sqlite', '--to', 'sqlite', '--source', source, '--target', source]).stderr,
    ).toMatch(/the source and the target are the same store/);
    expect(
      ledger([
        '--from',
        'sqlite',
        '--to',
        'sqlite',
        '--source',
        path.join(dir, 'none.sqlite'),
        '--target',
        path.join(dir, 'x.sqlite'),
      ]).stderr,
    ).toMatch(/no event log at/);
    expect(existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
    expect(
      ledger(['--from', 'sqlite', '--to', 'postgres', '--source', source], { DATABASE_URL: '' })
        .stderr,
    ).toMatch(/--target is required for postgres when DATABASE_URL is not set/);
    const kurrent = ledger([
      '--from',
      'sqlite',
      '--to',
      'kurrentdb',
      '--source',
      source,
      '--target',
      'http://admin:pw@x',
    ]);
    expect(kurrent.status).toBe(2);
    expect(kurrent.stderr).toMatch(
      /--target for kurrentdb must start with kurrentdb:\/\/.*got "http:\/\/admin:\*\*\*@x"/,
    );
    expect(ledger(['--from', 'sqlite', '--to', 'sqlite', '--bogus']).stderr).toMatch(
      /unknown argument "--bogus"/,
    );
  });
});

describe('copyGroups', () => {
  const at = (position: number, stream: string, revision: number, recordedAt: string) =>
    ({
      position,
      stream,
      revision,
      recordedAt,
      eventId: `e${position}`,
      type: 'T',
      schemaVersion: 1,
      data: {},
      metadata: {},
    }) as unknown as RecordedEvent;

  it('one appendMulti per source transaction, cut where a stream comes back, each expecting the revision before it', () => {
    const groups = copyGroups([
      at(1, 'a', 1, 't1'),
      at(2, 'a', 2, 't1'),
      at(3, 'b', 1, 't1'),
      at(4, 'a', 3, 't1'),
      at(5, 'a', 4, 't2'),
      at(6, 'c', 7, 't2'),
    ]);
    expect(
      groups.map((g) => [
        g.recordedAt,
        g.appends.map((a) => [a.stream, a.expectedRevision, a.events.map((e) => e.eventId)]),
      ]),
    ).toEqual([
      [
        't1',
        [
          ['a', 0, ['e1', 'e2']],
          ['b', 0, ['e3']],
        ],
      ],
      ['t1', [['a', 2, ['e4']]]],
      [
        't2',
        [
          ['a', 3, ['e5']],
          ['c', 6, ['e6']],
        ],
      ],
    ]);
  });
});
