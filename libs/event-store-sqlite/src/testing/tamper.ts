import type Database from 'better-sqlite3';
import type { TamperHooks } from '@contract-ledger/event-store/testing';

/**
 * Edits as someone with write access to the file would make them: drop the append-only
 * triggers, change the rows, put the triggers back. Only the hash chain can tell.
 */
export function sqliteTamperHooks(db: Database.Database): TamperHooks {
  const unguarded = (change: () => void): void => {
    const triggers = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'")
      .pluck()
      .all() as string[];
    db.transaction(() => {
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      change();
      for (const sql of triggers) db.exec(sql);
    })();
  };
  return {
    async editData(position, data) {
      unguarded(() =>
        db
          .prepare('UPDATE events SET data = ? WHERE position = ?')
          .run(JSON.stringify(data), position),
      );
    },
    async deleteRow(position) {
      unguarded(() => db.prepare('DELETE FROM events WHERE position = ?').run(position));
    },
    async swapRows(a, b) {
      unguarded(() => {
        const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
        move.run(-1, a);
        move.run(a, b);
        move.run(b, -1);
      });
    },
  };
}
