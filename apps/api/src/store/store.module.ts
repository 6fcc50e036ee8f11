import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE } from '@contract-ledger/application';
import { createMemoryEventStore, type EventStore } from '@contract-ledger/event-store';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import path from 'node:path';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';

/** The one EventStore of the process, chosen by LEDGER_STORE; injected by the EVENT_STORE token. */
export { EVENT_STORE };

export function sqliteFile(config: AppConfig): string {
  return path.join(config.dataDir, 'ledger.sqlite');
}

export async function openEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite':
      return openSqliteEventStore({ path: sqliteFile(config) });
    case 'postgres':
      // validateConfig guarantees the URL when the store is postgres
      return openPostgresEventStore({ connectionString: config.databaseUrl as string });
    case 'memory':
      return createMemoryEventStore();
  }
}

@Global()
@Module({
  providers: [{ provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: openEventStore }],
  exports: [EVENT_STORE],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
