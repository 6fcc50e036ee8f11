import { createMemoryEventStore, type EventStore } from '@contract-ledger/event-store';
import {
  openKurrentEventStore,
  redactKurrentConnectionString,
} from '@contract-ledger/event-store-kurrentdb';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import type { ReadStoreConfig } from '@contract-ledger/read-store-sql';
import path from 'node:path';
import type { AppConfig } from './config';

/** The embedded event store's file. */
export function sqliteFile(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'ledger.sqlite');
}

/** The embedded read store's file: next to the log, never inside it, so a rebuild can delete it whole. */
export function readSqliteFile(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'read.sqlite');
}

/** The one EventStore of a process, chosen by LEDGER_STORE. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite':
      return openSqliteEventStore({ path: sqliteFile(config) });
    case 'postgres':
      // validateConfig guarantees the URL when the store is postgres
      return openPostgresEventStore({ connectionString: config.databaseUrl as string });
    case 'memory':
      return createMemoryEventStore();
    case 'kurrentdb':
      return openKurrent(config.kurrentdbConnectionString as string);
  }
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
