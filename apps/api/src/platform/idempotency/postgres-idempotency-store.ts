import { Pool } from 'pg';
import type {
  BeginOptions,
  BeginResult,
  IdempotencyStore,
  StoredResponse,
} from './idempotency-store';

interface Row {
  fingerprint: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
  claimed: boolean;
}

/**
 * Scale-out: every API instance shares the keys. The claim is one INSERT ... ON CONFLICT that only
 * overwrites an expired entry or a pending one whose lease ran out, so exactly one instance starts.
 */
export class PostgresIdempotencyStore implements IdempotencyStore {
  private ready: Promise<void> | undefined;

  constructor(private readonly pool: Pool) {}

  static fromUrl(url: string): PostgresIdempotencyStore {
    return new PostgresIdempotencyStore(new Pool({ connectionString: url, max: 4 }));
  }

  private migrate(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS idempotency_keys (
          scope text NOT NULL,
          key text NOT NULL,
          fingerprint text NOT NULL,
          status integer,
          headers jsonb,
          body text,
          until bigint NOT NULL,
          PRIMARY KEY (scope, key)
        )`,
      )
      .then(
        () => undefined,
        (error: unknown) => {
          this.ready = undefined; // try again on the next request once the database is back
          throw error;
        },
      );
    return this.ready;
  }

  async begin(
    scope: string,
    key: string,
    fingerprint: string,
    options: BeginOptions,
  ): Promise<BeginResult> {
    await this.migrate();
    for (;;) {
      const { rows } = await this.pool.query<Row>(
        `INSERT INTO idempotency_keys AS k (scope, key, fingerprint, status, headers, body, until)
         VALUES ($1, $2, $3, NULL, NULL, NULL, $4)
         ON CONFLICT (scope, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = NULL, headers = NULL, body = NULL, until = EXCLUDED.until
           WHERE k.until <= $5
         RETURNING true AS claimed, fingerprint, status, headers, body`,
        [scope, key, fingerprint, options.now + options.leaseMs, options.now],
      );
      if (rows.length > 0) return { kind: 'started' };
      const existing = await this.pool.query<Row>(
        'SELECT fingerprint, status, headers, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      const row = existing.rows[0];
      // Released or purged between the two statements: claim again.
      if (row === undefined) continue;
      if (row.status === null) return { kind: 'in-progress', fingerprint: row.fingerprint };
      return {
        kind: 'completed',
        fingerprint: row.fingerprint,
        response: { status: row.status, headers: row.headers ?? {}, body: row.body ?? '' },
      };
    }
  }

  async complete(
    scope: string,
    key: string,
    fingerprint: string,
    response: StoredResponse,
    expiresAt: number,
  ): Promise<void> {
    await this.pool.query(
      'UPDATE idempotency_keys SET status = $1, headers = $2, body = $3, until = $4 WHERE scope = $5 AND key = $6 AND fingerprint = $7 AND status IS NULL',
      [
        response.status,
        JSON.stringify(response.headers),
        response.body,
        expiresAt,
        scope,
        key,
        fingerprint,
      ],
    );
  }

  async renew(scope: string, key: string, fingerprint: string, until: number): Promise<void> {
    await this.pool.query(
      'UPDATE idempotency_keys SET until = $1 WHERE scope = $2 AND key = $3 AND fingerprint = $4 AND status IS NULL',
      [until, scope, key, fingerprint],
    );
  }

  async release(scope: string, key: string, fingerprint: string): Promise<void> {
    await this.pool.query(
      'DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND fingerprint = $3 AND status IS NULL',
      [scope, key, fingerprint],
    );
  }

  async purgeExpired(now: number): Promise<number> {
    await this.migrate();
    return (
      (await this.pool.query('DELETE FROM idempotency_keys WHERE until <= $1', [now])).rowCount ?? 0
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
