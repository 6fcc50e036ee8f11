import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * The runner's own bookkeeping, versioned with Kysely's Migrator. Read-model tables are not
 * migrated: a projection's schema belongs to its version, and a new version is a fresh set of
 * tables rebuilt from the log (docs/adr/0004-projection-storage.md).
 */
// Kysely<any>: migrations run before any typed schema exists, which is how Kysely documents them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const migrations: Record<string, Migration> = {
  '0001_projection_runtime': {
    async up(db: AnyDb) {
      await db.schema
        .createTable('projection_versions')
        .addColumn('projection', 'text', (c) => c.primaryKey())
        .addColumn('active_version', 'integer', (c) => c.notNull())
        .addColumn('switched_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('projection_checkpoints')
        .addColumn('projection', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('projection_checkpoints_pk', ['projection', 'version'])
        .execute();
      await db.schema
        .createTable('projection_tables')
        .addColumn('projection', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('table_name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('projection_tables_pk', ['projection', 'version', 'table_name'])
        .execute();
    },
    async down(db: AnyDb) {
      await sql`drop table projection_tables`.execute(db);
      await sql`drop table projection_checkpoints`.execute(db);
      await sql`drop table projection_versions`.execute(db);
    },
  },
  // The chain hash of the event at the checkpoint: a runner checks the log still has it there, so a
  // rewound log (cut tail, older backup) stops the runner instead of silently diverging. Null on
  // rows written before: the first batch after the upgrade adopts the hash found at the checkpoint.
  '0002_checkpoint_hash': {
    async up(db: AnyDb) {
      await db.schema.alterTable('projection_checkpoints').addColumn('hash', 'text').execute();
    },
    async down(db: AnyDb) {
      await db.schema.alterTable('projection_checkpoints').dropColumn('hash').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

export const MIGRATION_TABLE = 'read_store_migration';
export const MIGRATION_LOCK_TABLE = 'read_store_migration_lock';
