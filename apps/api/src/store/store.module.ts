import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE } from '@contract-ledger/application';
import { StateCache, type EventStore } from '@contract-ledger/event-store';
import {
  openEventStore,
  tracedEventStore,
  type AppConfig,
  type Tracing,
} from '@contract-ledger/runtime';
import { APP_CONFIG } from '../config/config.module';
import { TRACING } from '../platform/tracing';

/** The one EventStore of the process, chosen by LEDGER_STORE; injected by the EVENT_STORE token. */
export { EVENT_STORE };

// Opened in libs/runtime so apps/worker and the CLI open exactly the same store.
export { openEventStore, sqliteFile } from '@contract-ledger/runtime';

@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, TRACING],
      useFactory: async (config: AppConfig, tracing: Tracing) => {
        const store = tracedEventStore(await openEventStore(config), tracing);
        // The command path's cache is keyed by this (traced) store: bound it as configured.
        StateCache.configure(store, config.stateCacheEntries);
        return store;
      },
    },
  ],
  exports: [EVENT_STORE],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
