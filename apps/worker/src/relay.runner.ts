import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { EventStore } from '@contract-ledger/event-store';
import {
  hostRelay,
  type AppConfig,
  type RelayHandle,
  type Tracing,
} from '@contract-ledger/runtime';
import type { Logger } from 'pino';
import {
  WORKER_CONFIG,
  WORKER_EVENT_STORE,
  WORKER_LOGGER,
  WORKER_TRACING,
} from './projections.runner';

/** How often the worker logs the relay's lag (the projections' lag is logged on the same beat). */
const LAG_LOG_MS = 30_000;

/**
 * The Kafka relay of scale-out mode (LEDGER_RELAY=worker): stands for the relay's PostgreSQL
 * advisory lock beside the projection runners, so across workers (and API instances) one relay
 * publishes and the others stand by. Stopped before the event store closes (ProjectionsRunner
 * closes it in onApplicationShutdown, after every beforeApplicationShutdown).
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private handle: RelayHandle | undefined;
  private lagTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_EVENT_STORE) private readonly store: EventStore,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
    @Optional() @Inject(WORKER_TRACING) private readonly tracing?: Tracing,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.relay !== 'worker') return;
    this.handle = hostRelay(
      this.config,
      this.store,
      this.logger,
      this.tracing ? { tracing: this.tracing } : {},
    );
    this.logger.info(
      { relay: this.handle.name, pid: process.pid },
      'worker: relay standing for election',
    );
    this.lagTimer = setInterval(() => void this.report(), LAG_LOG_MS);
    this.lagTimer.unref();
  }

  private async report(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    try {
      this.logger.info(
        {
          relay: handle.name,
          state: handle.status().state,
          lag: await handle.lag(),
          pid: process.pid,
        },
        `relay ${handle.name}: ${handle.status().state}`,
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read relay lag');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.lagTimer);
    const handle = this.handle;
    this.handle = undefined;
    // Finishes the batch in flight and releases the lock: a standby takes over at once.
    await handle?.stop();
  }
}
