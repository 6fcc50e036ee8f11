import Database from 'better-sqlite3';
import type { BeginOptions, BeginResult, IdempotencyStore, StoredResponse } from './idempotency-store';

interface Row {
  fingerprint: string;
  status: number | null;
  headers: string | null;
  body: string | null;
  until: number;
}

/**
 * Embedded mode: its own SQLite file beside the event store's (a write here must never wait behind
 * the store's single writer, nor the other way round). begin() is one IMMEDIATE transaction, so
 * two requests with the same key cannot both start, even from two processes on one data dir.
 */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly db: Database.Database;
  private readonly beginTx: (scope: string, key: string, fingerprint: string, options: BeginOptions) => BeginResult;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      status INTEGER,
      headers TEXT,
      body TEXT,
      until INTEGER NOT NULL,
      PRIMARY KEY (scope, key)
    ) WITHOUT ROWID`);
    const select = this.db.prepare<[string, string], Row>('SELECT fingerprint, status, headers, body, until FROM idempotency_keys WHERE scope = ? AND key = ?');
    const claim = this.db.prepare(
      'INSERT OR REPLACE INTO idempotency_keys (scope, key, fingerprint, status, headers, body, until) VALUES (?, ?, ?, NULL, NULL, NULL, ?)',
    );
    this.beginTx = this.db
      .transaction((scope: string, key: string, fingerprint: string, options: BeginOptions): BeginResult => {
        const row = select.get(scope, key);
        if (row !== undefined && row.until > options.now) {
          if (row.status === null) return { kind: 'in-progress', fingerprint: row.fingerprint };
          return {
            kind: 'completed',
            fingerprint: row.fingerprint,
            response: { status: row.status, headers: JSON.parse(row.headers ?? '{}') as Record<string, string>, body: row.body ?? '' },
          };
        }
        claim.run(scope, key, fingerprint, options.now + options.leaseMs);
        return { kind: 'started' };
      })
      .immediate.bind(null) as typeof this.beginTx;
  }

  async begin(scope: string, key: string, fingerprint: string, options: BeginOptions): Promise<BeginResult> {
    return this.beginTx(scope, key, fingerprint, options);
  }

  async complete(scope: string, key: string, fingerprint: string, response: StoredResponse, expiresAt: number): Promise<void> {
    this.db
      .prepare('UPDATE idempotency_keys SET status = ?, headers = ?, body = ?, until = ? WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL')
      .run(response.status, JSON.stringify(response.headers), response.body, expiresAt, scope, key, fingerprint);
  }

  async release(scope: string, key: string, fingerprint: string): Promise<void> {
    this.db.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL').run(scope, key, fingerprint);
  }

  async purgeExpired(now: number): Promise<number> {
    return this.db.prepare('DELETE FROM idempotency_keys WHERE until <= ?').run(now).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
