import Database from 'better-sqlite3';
import { GroupCommitter } from '@contract-ledger/event-store';
import type {
  BeginOptions,
  BeginResult,
  IdempotencyStore,
  StoredResponse,
} from './idempotency-store';

interface Row {
  fingerprint: string;
  status: number | null;
  headers: string | null;
  body: string | null;
  until: number;
}

type Op =
  | {
      readonly kind: 'begin';
      readonly scope: string;
      readonly key: string;
      readonly fingerprint: string;
      readonly options: BeginOptions;
    }
  | {
      readonly kind: 'complete';
      readonly scope: string;
      readonly key: string;
      readonly fingerprint: string;
      readonly response: StoredResponse;
      readonly expiresAt: number;
    }
  | {
      readonly kind: 'renew';
      readonly scope: string;
      readonly key: string;
      readonly fingerprint: string;
      readonly until: number;
    }
  | {
      readonly kind: 'release';
      readonly scope: string;
      readonly key: string;
      readonly fingerprint: string;
    };

/**
 * Embedded mode: its own SQLite file beside the event store's (a write here must never wait behind
 * the store's single writer, nor the other way round).
 *
 * Durability, as far as the events go and no further. A completion (the remembered response) is
 * committed with synchronous=FULL before the response leaves, like the events it answers for: were
 * it lost in a power cut while the events survived, a retry with the key would run the command
 * again. A claim (begin), its renewal and a release are leases, not records: losing one in a power cut frees
 * the key, and a client that got no answer retries either way (a surviving claim only delays the
 * retry by its lease), so they commit with synchronous=NORMAL (WAL: safe against a process crash,
 * and no fsync). The next FULL commit syncs them too. The level is set explicitly: left alone it
 * depends on better-sqlite3's build (NORMAL once the file is in WAL mode).
 *
 * The operations of concurrent requests are group-committed (the event store's GroupCommitter):
 * those arriving in one event-loop turn, or while a commit is running, share one IMMEDIATE
 * transaction, so one fsync covers every completion in it. They apply in arrival order: two requests
 * with the same key in one batch still see each other, and IMMEDIATE keeps another process on the
 * same file from starting the same key.
 */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly db: Database.Database;
  private readonly committer: GroupCommitter<Op, BeginResult | undefined>;
  private readonly purge: Database.Statement<[number]>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
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
    // Prepared once: preparing per call was a measurable share of a POST.
    const select = this.db.prepare<[string, string], Row>(
      'SELECT fingerprint, status, headers, body, until FROM idempotency_keys WHERE scope = ? AND key = ?',
    );
    const claim = this.db.prepare<[string, string, string, number]>(
      'INSERT OR REPLACE INTO idempotency_keys (scope, key, fingerprint, status, headers, body, until) VALUES (?, ?, ?, NULL, NULL, NULL, ?)',
    );
    const complete = this.db.prepare<[number, string, string, number, string, string, string]>(
      'UPDATE idempotency_keys SET status = ?, headers = ?, body = ?, until = ? WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL',
    );
    const renew = this.db.prepare<[number, string, string, string]>(
      'UPDATE idempotency_keys SET until = ? WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL',
    );
    const release = this.db.prepare<[string, string, string]>(
      'DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL',
    );
    this.purge = this.db.prepare<[number]>('DELETE FROM idempotency_keys WHERE until <= ?');

    const apply = (op: Op): BeginResult | undefined => {
      if (op.kind === 'complete') {
        complete.run(
          op.response.status,
          JSON.stringify(op.response.headers),
          op.response.body,
          op.expiresAt,
          op.scope,
          op.key,
          op.fingerprint,
        );
        return undefined;
      }
      if (op.kind === 'renew') {
        renew.run(op.until, op.scope, op.key, op.fingerprint);
        return undefined;
      }
      if (op.kind === 'release') {
        release.run(op.scope, op.key, op.fingerprint);
        return undefined;
      }
      const row = select.get(op.scope, op.key);
      if (row !== undefined && row.until > op.options.now) {
        if (row.status === null) return { kind: 'in-progress', fingerprint: row.fingerprint };
        return {
          kind: 'completed',
          fingerprint: row.fingerprint,
          response: {
            status: row.status,
            headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
            body: row.body ?? '',
          },
        };
      }
      claim.run(op.scope, op.key, op.fingerprint, op.options.now + op.options.leaseMs);
      return { kind: 'started' };
    };
    const batch = this.db.transaction((ops: readonly Op[]) => ops.map(apply));
    const full = this.db.prepare('PRAGMA synchronous = FULL');
    const normal = this.db.prepare('PRAGMA synchronous = NORMAL');
    this.committer = new GroupCommitter<Op, BeginResult | undefined>((ops) => {
      const durable = ops.some((op) => op.kind === 'complete');
      if (durable) full.run();
      try {
        // One failing statement fails the batch: nothing of it was committed, every caller sees the error.
        const results = batch.immediate(ops);
        return results.map((value) => ({ ok: true, value }));
      } finally {
        if (durable) normal.run();
      }
    });
  }

  async begin(
    scope: string,
    key: string,
    fingerprint: string,
    options: BeginOptions,
  ): Promise<BeginResult> {
    return (await this.committer.submit({ kind: 'begin', scope, key, fingerprint, options }))!;
  }

  async complete(
    scope: string,
    key: string,
    fingerprint: string,
    response: StoredResponse,
    expiresAt: number,
  ): Promise<void> {
    await this.committer.submit({ kind: 'complete', scope, key, fingerprint, response, expiresAt });
  }

  async renew(scope: string, key: string, fingerprint: string, until: number): Promise<void> {
    await this.committer.submit({ kind: 'renew', scope, key, fingerprint, until });
  }

  async release(scope: string, key: string, fingerprint: string): Promise<void> {
    await this.committer.submit({ kind: 'release', scope, key, fingerprint });
  }

  async purgeExpired(now: number): Promise<number> {
    return this.purge.run(now).changes;
  }

  async close(): Promise<void> {
    await this.committer.idle();
    if (this.db.open) this.db.close();
  }
}
