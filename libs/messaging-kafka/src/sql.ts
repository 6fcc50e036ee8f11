import type { CheckpointStore, RelayCheckpoint } from './ports';

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

/**
 * `relay_checkpoints (name, position, hash, updated_at)`; created on first use, in the ledger's own
 * database. `hash` was added later: a table without it gets the column on first use.
 */
export class SqlCheckpointStore implements CheckpointStore {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: SqlClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async load(name: string): Promise<RelayCheckpoint> {
    await this.init();
    const rows = await this.client.query<{ position: number | string; hash: string | null }>(
      `SELECT position, hash FROM relay_checkpoints WHERE name = ${placeholder(this.client, 1)}`,
      [name],
    );
    return rows[0]
      ? { position: Number(rows[0].position), hash: rows[0].hash }
      : { position: 0, hash: null };
  }

  async save(name: string, checkpoint: RelayCheckpoint): Promise<void> {
    await this.init();
    const p = (i: number) => placeholder(this.client, i);
    await this.client.query(
      `INSERT INTO relay_checkpoints (name, position, hash, updated_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, hash = excluded.hash, updated_at = excluded.updated_at`,
      [name, checkpoint.position, checkpoint.hash, this.clock().toISOString()],
    );
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await this.client.query(
        `CREATE TABLE IF NOT EXISTS relay_checkpoints (
           name TEXT PRIMARY KEY,
           position BIGINT NOT NULL,
           hash TEXT,
           updated_at TEXT NOT NULL)`,
      );
      if (this.client.dialect === 'postgres') {
        await this.client.query('ALTER TABLE relay_checkpoints ADD COLUMN IF NOT EXISTS hash TEXT');
      } else if (
        (
          await this.client.query(
            `SELECT 1 FROM pragma_table_info('relay_checkpoints') WHERE name = 'hash'`,
          )
        ).length === 0
      ) {
        await this.client.query('ALTER TABLE relay_checkpoints ADD COLUMN hash TEXT');
      }
    })();
    this.ready.catch(() => (this.ready = undefined));
    return this.ready;
  }
}

/** Nothing durable: embedded mode restarts from 0 and relies on consumers' deduplication. */
export class MemoryCheckpointStore implements CheckpointStore {
  private readonly checkpoints = new Map<string, RelayCheckpoint>();

  async load(name: string): Promise<RelayCheckpoint> {
    return this.checkpoints.get(name) ?? { position: 0, hash: null };
  }

  async save(name: string, checkpoint: RelayCheckpoint): Promise<void> {
    this.checkpoints.set(name, checkpoint);
  }
}
