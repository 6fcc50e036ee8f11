import { Module, type DynamicModule } from '@nestjs/common';
import { createReadStore } from '@contract-ledger/read-store-sql';
import {
  openEventStore,
  readStoreConfig,
  type AppConfig,
  type Tracing,
} from '@contract-ledger/runtime';
import type { Logger } from 'pino';
import { RelayRunner } from './relay.runner';
import {
  ProjectionsRunner,
  WORKER_CONFIG,
  WORKER_EVENT_STORE,
  WORKER_LOGGER,
  WORKER_READ_STORE,
  WORKER_TRACING,
} from './projections.runner';

/** apps/worker: no HTTP, only the projection runners and, with LEDGER_RELAY=worker, the Kafka relay. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger, tracing?: Tracing): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: WORKER_LOGGER, useValue: logger },
        { provide: WORKER_TRACING, useValue: tracing },
        { provide: WORKER_EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: WORKER_READ_STORE, useFactory: () => createReadStore(readStoreConfig(config)) },
        ProjectionsRunner,
        RelayRunner,
      ],
    };
  }
}
