import { Client } from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

/** A fresh database per suite (the role has CREATEDB), so runs repeat and suites run side by side. */
export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * Drops a test database even while something still uses it. `drop ... with (force)` refuses when
 * a backend it may not signal is connected (an autovacuum worker after a write-heavy run is one),
 * so: end our own role's sessions, then a plain drop (which stops autovacuum itself), retried
 * while the database is still in use.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      await client.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = $1 and usename = current_user and pid <> pg_backend_pid()`,
        [name],
      );
      try {
        await client.query(`drop database if exists "${name}"`);
        return;
      } catch (error) {
        // 55006 object_in_use: a session came back or autovacuum has not stopped yet.
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await client.end();
  }
}
