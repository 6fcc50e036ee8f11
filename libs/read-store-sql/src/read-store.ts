import Database from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type SqliteDatabase,
  type Transaction,
} from 'kysely';
import { Pool } from 'pg';
import type { AnyTable, Projection } from '@contract-ledger/projections';
import { physicalName, sqlType, type Dialect } from './codec';
import { ProjectionTimeoutError, UnknownProjectionError } from './errors';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrationProvider } from './migrations';

export type ReadStoreConfig =
  /** cacheMiB: SQLite's page cache per connection (LEDGER_READ_CACHE_MIB), 64 when absent. */
  | { readonly kind: 'sqlite'; readonly file: string; readonly cacheMiB?: number }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

interface RuntimeTables {
  projection_versions: { projection: string; active_version: number; switched_at: string };
  projection_checkpoints: {
    projection: string;
    version: number;
    position: number | string;
    hash: string | null;
    updated_at: string;
  };
  projection_tables: { projection: string; version: number; table_name: string };
}

/**
 * Read-model tables are named at run time (projection, version, table), so the typed Kysely view
 * covers only the runtime tables and everything else goes through this untyped handle; the
 * projection's TableDef is what types and decodes those rows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKysely = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTransaction = Transaction<any>;

export interface ProjectionStatus {
  readonly projection: string;
  /** The version queries read from; undefined before the projection first ran. */
  readonly activeVersion: number | undefined;
  readonly checkpoint: number;
}

/** A projection version's checkpoint: the last position applied and the chain hash of that event. */
export interface Checkpoint {
  readonly position: number;
  readonly hash: string | null;
}

/** Polling interval of waitForPosition when no local runner signals progress. */
const WAIT_POLL_MS = 25;

export class ReadStore {
  private readonly progressListeners = new Set<() => void>();

  constructor(
    readonly dialect: Dialect,
    readonly db: AnyKysely,
  ) {}

  get runtime(): Kysely<RuntimeTables> {
    return this.db as unknown as Kysely<RuntimeTables>;
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider,
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  }

  async activeVersion(projection: string): Promise<number | undefined> {
    const row = await this.runtime
      .selectFrom('projection_versions')
      .select('active_version')
      .where('projection', '=', projection)
      .executeTakeFirst();
    return row ? Number(row.active_version) : undefined;
  }

  async checkpoint(projection: string, version: number): Promise<number> {
    const row = await this.runtime
      .selectFrom('projection_checkpoints')
      .select('position')
      .where('projection', '=', projection)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? Number(row.position) : 0;
  }

  /** The checkpoint with the chain hash of the event at it (null: none recorded yet). */
  async checkpointAt(projection: string, version: number): Promise<Checkpoint> {
    const row = await this.runtime
      .selectFrom('projection_checkpoints')
      .select(['position', 'hash'])
      .where('projection', '=', projection)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? { position: Number(row.position), hash: row.hash } : { position: 0, hash: null };
  }

  async status(projection: string): Promise<ProjectionStatus> {
    const activeVersion = await this.activeVersion(projection);
    const checkpoint =
      activeVersion === undefined ? 0 : await this.checkpoint(projection, activeVersion);
    return { projection, activeVersion, checkpoint };
  }

  /** The physical name of a table in the version queries currently read from. */
  async tableName(
    projection: Pick<Projection, 'name'>,
    tableDef: Pick<AnyTable, 'name'>,
  ): Promise<string> {
    const version = await this.activeVersion(projection.name);
    if (version === undefined) throw new UnknownProjectionError(projection.name);
    return physicalName(projection.name, version, tableDef.name);
  }

  /**
   * Read-your-writes: resolves with the checkpoint once the version queries read from has reached
   * `minPosition`, or rejects with ProjectionTimeoutError. Works whether the runner is in this
   * process (woken by it) or elsewhere (polling the checkpoint).
   */
  async waitForPosition(
    projection: string,
    minPosition: number,
    timeoutMs: number,
  ): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const { checkpoint } = await this.status(projection);
      if (checkpoint >= minPosition) return checkpoint;
      const remaining = deadline - performance.now();
      if (remaining <= 0)
        throw new ProjectionTimeoutError(projection, minPosition, checkpoint, timeoutMs);
      await this.nextProgress(Math.min(remaining, WAIT_POLL_MS));
    }
  }

  /** Runners in this process call it after each committed batch. */
  notifyProgress(): void {
    const listeners = [...this.progressListeners];
    this.progressListeners.clear();
    for (const listener of listeners) listener();
  }

  private nextProgress(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.progressListeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.progressListeners.add(done);
    });
  }

  /**
   * Creates the tables of one projection version (idempotent) and records them for later cleanup.
   * `indexes: false` leaves out the secondary indexes (a rebuild adds them at the end with
   * `ensureIndexes`: one sorted build per index instead of an index update per row written).
   */
  async ensureTables(
    trx: AnyTransaction,
    projection: Projection,
    version: number,
    options: { readonly indexes?: boolean } = {},
  ): Promise<void> {
    for (const tableDef of projection.tables) {
      const name = physicalName(projection.name, version, tableDef.name);
      let create = trx.schema.createTable(name).ifNotExists();
      for (const [column, spec] of Object.entries(
        tableDef.columns as Record<string, { kind: 'text'; nullable: boolean }>,
      )) {
        create = create.addColumn(column, sql.raw(sqlType(this.dialect, spec.kind)), (c) =>
          spec.nullable ? c : c.notNull(),
        );
      }
      await create.addPrimaryKeyConstraint(`${name}_pk`, [...tableDef.key] as never[]).execute();
      await trx
        .insertInto('projection_tables')
        .values({ projection: projection.name, version, table_name: name })
        .onConflict((oc) => oc.columns(['projection', 'version', 'table_name']).doNothing())
        .execute();
    }
    if (options.indexes ?? true) await this.ensureIndexes(trx, projection, version);
  }

  /**
   * Creates the secondary indexes of one projection version's tables (idempotent). Applying events
   * needs them only for `find` (a rebuild that deferred them builds a table's indexes before its
   * first `find`); the queries need them all.
   */
  async ensureIndexes(
    executor: AnyKysely | AnyTransaction,
    projection: Projection,
    version: number,
  ): Promise<void> {
    for (const tableDef of projection.tables)
      await createIndexes(
        executor,
        tableDef,
        physicalName(projection.name, version, tableDef.name),
      );
  }

  /** Drops every table of `projection` whose version is neither `keep` one. */
  async dropVersionsExcept(projection: string, keep: readonly number[]): Promise<void> {
    const stale = await this.runtime
      .selectFrom('projection_tables')
      .select(['version', 'table_name'])
      .where('projection', '=', projection)
      .execute();
    for (const row of stale) {
      if (keep.includes(Number(row.version))) continue;
      await this.db.transaction().execute(async (trx) => {
        await trx.schema.dropTable(row.table_name).ifExists().execute();
        await trx
          .deleteFrom('projection_tables')
          .where('projection', '=', projection)
          .where('version', '=', row.version)
          .where('table_name', '=', row.table_name)
          .execute();
        await trx
          .deleteFrom('projection_checkpoints')
          .where('projection', '=', projection)
          .where('version', '=', row.version)
          .execute();
      });
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Creates the secondary indexes of one physical table (idempotent). */
export async function createIndexes(
  executor: AnyKysely | AnyTransaction,
  tableDef: AnyTable,
  physical: string,
): Promise<void> {
  for (const [index, columns] of ((tableDef.indexes ?? []) as readonly string[][]).entries()) {
    await executor.schema
      .createIndex(`${physical}_ix${index}`)
      .ifNotExists()
      .on(physical)
      .columns([...columns])
      .execute();
  }
}

/** Opens (and migrates) the read store: a SQLite file or a PostgreSQL database. */
export async function createReadStore(config: ReadStoreConfig): Promise<ReadStore> {
  const store =
    config.kind === 'sqlite'
      ? new ReadStore(
          'sqlite',
          new Kysely({
            dialect: new SqliteDialect({
              database: async () =>
                cachingStatements(openSqlite(config.file, config.cacheMiB ?? 64)),
            }),
          }),
        )
      : new ReadStore(
          'postgres',
          new Kysely({
            dialect: new PostgresDialect({
              pool: new Pool({
                connectionString: config.url,
                max: config.poolSize ?? 8,
                keepAlive: true,
              }),
            }),
          }),
        );
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(file: string, cacheMiB: number): Database.Database {
  const db = new Database(file);
  // WAL: queries read the last committed state while a batch is written. synchronous=NORMAL may
  // lose the last commits on power loss, but rows and checkpoint go together, so never half a batch.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache by default (SQLite's is 2 MiB): a rebuild touches the same index pages
  // batch after batch. It fills as the read models grow, so a soak sets less to measure past it.
  db.pragma(`cache_size = -${cacheMiB * 1024}`);
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Most prepared statements kept per connection (least recently used dropped first). */
const STATEMENT_CACHE = 512;

/**
 * Kysely's SQLite driver prepares every query anew; preparing cost as much as running the small
 * statements of a projection batch. The same SQL text gets the same prepared statement (SQLite
 * re-prepares it by itself after a schema change). Kysely runs one query at a time on the single
 * connection and never iterates here, so a statement is never in use twice.
 */
function cachingStatements(db: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = db.prepare(text);
        if (statements.size >= STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}
