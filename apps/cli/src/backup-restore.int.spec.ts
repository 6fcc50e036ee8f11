import type { EventStore } from '@contract-ledger/event-store';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { smallProgramme } from '@contract-ledger/projections/testing';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLedger } from '../test/ledger-process';

// The restore runbook (docs/runbooks/backup-restore.md) run as an operator runs it: back up, keep
// writing, restore the backup elsewhere, `ledger verify` the restored log. A tampered backup fails.

const ledger = (args: string[], env: Record<string, string>) => runLedger(args, { env });

function sh(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A small programme (budget line, suppliers, awarded tenders) appended; the log's head after it. */
async function writeProgramme(store: EventStore, tenders: number, offset = 0): Promise<number> {
  await appendInOrder(store, smallProgramme(tenders, offset).events);
  return (await store.head()).position;
}

describe('backup and restore runbook', () => {
  it('SQLite: ledger backup while writing, restore into a new data dir, verify ok; a tampered copy fails verify', async () => {
    const live = mkdtempSync(path.join(tmpdir(), 'ledger-live-'));
    const restored = mkdtempSync(path.join(tmpdir(), 'ledger-restored-'));
    const tampered = mkdtempSync(path.join(tmpdir(), 'ledger-tampered-'));
    const backupFile = path.join(
      mkdtempSync(path.join(tmpdir(), 'ledger-backup-')),
      'ledger-backup.sqlite',
    );
    try {
      const store = await openSqliteEventStore({ path: path.join(live, 'ledger.sqlite') });
      const atBackup = await writeProgramme(store, 4);
      const backup = ledger(['backup', '--to', backupFile], {
        LEDGER_STORE: 'sqlite',
        LEDGER_DATA_DIR: live,
      });
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toContain(`log head ${atBackup}`);
      // The live log moves on after the backup; the backup keeps its moment.
      expect(await writeProgramme(store, 2, 1000)).toBeGreaterThan(atBackup);
      await store.close();

      expect(
        ledger(['backup', '--to', backupFile], { LEDGER_STORE: 'sqlite', LEDGER_DATA_DIR: live })
          .status,
      ).toBe(2);

      copyFileSync(backupFile, path.join(restored, 'ledger.sqlite'));
      const verify = ledger(['verify'], { LEDGER_STORE: 'sqlite', LEDGER_DATA_DIR: restored });
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(new RegExp(`verify: ok, positions 1\\.\\.${atBackup} `));

      copyFileSync(backupFile, path.join(tampered, 'ledger.sqlite'));
      const db = new Database(path.join(tampered, 'ledger.sqlite'));
      // An insider with the file drops the append-only trigger first; the chain still tells.
      db.exec('drop trigger events_no_update');
      db.prepare(
        `update events set data = json_set(data, '$.title', 'altered') where position = 3`,
      ).run();
      db.close();
      const broken = ledger(['verify'], { LEDGER_STORE: 'sqlite', LEDGER_DATA_DIR: tampered });
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain('BROKEN at position 3');
    } finally {
      for (const dir of [live, restored, tampered, path.dirname(backupFile)])
        rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('PostgreSQL: pg_dump, pg_restore into a new database, verify ok', async () => {
    const source = await createTestDatabase('restore_src');
    const target = await createTestDatabase('restore_dst');
    const dumpDir = mkdtempSync(path.join(tmpdir(), 'ledger-pgdump-'));
    try {
      const store = await openPostgresEventStore({ connectionString: source.url });
      const head = await writeProgramme(store, 4);
      await store.close();
      const dump = path.join(dumpDir, 'ledger.dump');
      sh('pg_dump', ['--format=custom', `--file=${dump}`, source.url]);
      sh('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, dump]);
      const verify = ledger(['verify'], { LEDGER_STORE: 'postgres', DATABASE_URL: target.url });
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(new RegExp(`verify: ok, positions 1\\.\\.${head} `));
    } finally {
      rmSync(dumpDir, { recursive: true, force: true });
      await source.drop();
      await target.drop();
    }
  }, 180_000);
});
