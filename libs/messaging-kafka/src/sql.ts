import type { CheckpointStore } from './ports';

/**
 * The least this lib needs from a SQL database. This adapter may import only kafkajs, so the app
 * wraps its better-sqlite3 Database or pg Pool in one of these (a few lines, see
 * apps/payments-notifier/src/sqlite-client.ts) and the SQL stays here, written once for both.
 */
export interface SqlClient {
  readonly dialect: 'sqlite' | 'postgres';
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** `$1` for PostgreSQL, `?` for SQLite. */
export function placeholder(client: Pick<SqlClient, 'dialect'>, index: number): string {
  return client.dialect === 'postgres' ? `$${index}` : '?';
}

/** `relay_checkpoints (name, position, updated_at)`; created on first use, in the ledger's own database. */
export class SqlCheckpointStore implements CheckpointStore {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: SqlClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async load(name: string): Promise<number> {
    await this.init();
    const rows = await this.client.query<{ position: number | string }>(
      `SELECT position FROM relay_checkpoints WHERE name = ${placeholder(this.client, 1)}`,
      [name],
    );
    return rows[0] ? Number(rows[0].position) : 0;
  }

  async save(name: string, position: number): Promise<void> {
    await this.init();
    const p = (i: number) => placeholder(this.client, i);
    await this.client.query(
      `INSERT INTO relay_checkpoints (name, position, updated_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      [name, position, this.clock().toISOString()],
    );
  }

  private init(): Promise<void> {
    this.ready ??= this.client
      .query(
        `CREATE TABLE IF NOT EXISTS relay_checkpoints (
           name TEXT PRIMARY KEY,
           position BIGINT NOT NULL,
           updated_at TEXT NOT NULL)`,
      )
      .then(() => undefined);
    this.ready.catch(() => (this.ready = undefined));
    return this.ready;
  }
}

/** Nothing durable: embedded mode restarts from 0 and relies on consumers' deduplication. */
export class MemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(name: string): Promise<number> {
    return this.positions.get(name) ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    this.positions.set(name, position);
  }
}
