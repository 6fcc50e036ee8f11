import {
  createMemoryEventStore,
  StoreModeMismatchError,
  type EventStore,
  type StoreMode,
} from '@contract-ledger/event-store';
import {
  openKurrentEventStore,
  redactKurrentConnectionString,
} from '@contract-ledger/event-store-kurrentdb';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import type { ReadStoreConfig } from '@contract-ledger/read-store-sql';
import path from 'node:path';
import { ConfigValidationError, type AppConfig } from './config';

/** The embedded event store's file. */
export function sqliteFile(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'ledger.sqlite');
}

/** The embedded read store's file: next to the log, never inside it, so a rebuild can delete it whole. */
export function readSqliteFile(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'read.sqlite');
}

/**
 * The one EventStore of a process, chosen by LEDGER_STORE, in the mode LEDGER_SANDBOX says. A
 * store created in the other mode stops the start with a ConfigValidationError naming the variable.
 */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  const mode: StoreMode = config.sandbox ? 'sandbox' : 'production';
  try {
    switch (config.store) {
      case 'sqlite':
        return openSqliteEventStore({
          path: sqliteFile(config),
          mode,
          writer: config.sqliteWriter,
        });
      case 'postgres':
        // validateConfig guarantees the URL when the store is postgres
        return await openPostgresEventStore({
          connectionString: config.databaseUrl as string,
          mode,
        });
      case 'memory':
        return createMemoryEventStore({ mode });
      case 'kurrentdb':
        // validateConfig refuses LEDGER_SANDBOX with KurrentDB: it has no mode record yet.
        return await openKurrent(config.kurrentdbConnectionString as string);
    }
  } catch (error) {
    if (error instanceof StoreModeMismatchError) throw storeModeProblem(error);
    throw error;
  }
}

/**
 * Opens and closes the store before an app is built, so a store of the other LEDGER_SANDBOX mode
 * stops the start with the one-line ConfigValidationError (inside Nest's module loader the same
 * error would come with Nest's stack trace). Also records the mode of a store created just now.
 */
export async function checkStoreMode(config: AppConfig): Promise<void> {
  if (config.store === 'memory' || config.store === 'kurrentdb') return;
  // Inline: a writer thread would start only to be stopped again.
  await (await openEventStore({ ...config, sqliteWriter: 'inline' })).close();
}

function storeModeProblem(error: StoreModeMismatchError): ConfigValidationError {
  return new ConfigValidationError([
    error.recorded === 'sandbox'
      ? 'LEDGER_SANDBOX is not true but the event store was created as a sandbox store: a production ledger never opens sandbox events; set LEDGER_SANDBOX=true, or point the store at a production one'
      : 'LEDGER_SANDBOX=true but the event store was created as a production store: a sandbox never writes into a production ledger; unset LEDGER_SANDBOX, or point the store at a new or sandbox one',
  ]);
}

/** An unreachable server or a refused start (old server, chain that does not verify) names the variable to fix. */
async function openKurrent(connectionString: string) {
  try {
    return await openKurrentEventStore({ connectionString });
  } catch (error) {
    throw new Error(
      `KURRENTDB_CONNECTION_STRING (${redactKurrentConnectionString(connectionString)}): cannot open the KurrentDB event store: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Where the read models live: beside the event store (same PostgreSQL database, or a SQLite file
 * in the data directory). The memory store gets an in-memory SQLite database: it forgets the log
 * on restart, so its read models must forget too.
 */
export function readStoreConfig(config: AppConfig): ReadStoreConfig {
  switch (config.store) {
    case 'sqlite':
      return { kind: 'sqlite', file: readSqliteFile(config), cacheMiB: config.readCacheMiB };
    case 'postgres':
      return { kind: 'postgres', url: config.databaseUrl as string };
    case 'memory':
      return { kind: 'sqlite', file: ':memory:' };
    case 'kurrentdb':
      // KurrentDB holds the log only: the read models go to PostgreSQL when there is one, else beside the data dir.
      return config.databaseUrl === undefined
        ? { kind: 'sqlite', file: readSqliteFile(config), cacheMiB: config.readCacheMiB }
        : { kind: 'postgres', url: config.databaseUrl };
  }
}
