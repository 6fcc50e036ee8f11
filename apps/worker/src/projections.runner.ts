import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore } from '@contract-ledger/event-store';
import {
  LogDivergedError,
  startProjections,
  type ProjectionsHandle,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import {
  projectionBatchSpans,
  readModels,
  type AppConfig,
  type Tracing,
} from '@contract-ledger/runtime';
import type { Logger } from 'pino';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const WORKER_EVENT_STORE = Symbol('WORKER_EVENT_STORE');
export const WORKER_READ_STORE = Symbol('WORKER_READ_STORE');
export const WORKER_LOGGER = Symbol('WORKER_LOGGER');
/** The process's tracing (LEDGER_TRACING); absent in tests that build the module without it. */
export const WORKER_TRACING = Symbol('WORKER_TRACING');

/** How often a standby tries the lock and a leader checks its lock connection: failover takes 1-3 intervals. */
const LEADER_INTERVAL_MS = 1_000;
/** How often the worker logs its lag (the API's /metrics reads the same checkpoints). */
const LAG_LOG_MS = 30_000;

/**
 * The projection runners of scale-out mode: one per read model, each running only while this
 * process holds the projection's PostgreSQL advisory lock, so across workers exactly one is active
 * per projection and the others stand by to take over when it dies.
 */
@Injectable()
export class ProjectionsRunner
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private handle: ProjectionsHandle | undefined;
  private lagTimer: NodeJS.Timeout | undefined;
  private readonly states = new Map<string, string>();

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_EVENT_STORE) private readonly store: EventStore,
    @Inject(WORKER_READ_STORE) private readonly readStore: ReadStore,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
    @Optional() @Inject(WORKER_TRACING) private readonly tracing?: Tracing,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handle = await startProjections(this.store, this.readStore, readModels(this.config), {
      batchSize: 1_000,
      leaderElection: { url: this.config.databaseUrl as string, intervalMs: LEADER_INTERVAL_MS },
      onError: (projection, error) =>
        error instanceof LogDivergedError
          ? this.logger.error(
              { projection, err: error, runbook: 'docs/runbooks/read-model-divergence.md' },
              'projection stopped: the event log no longer matches its read model',
            )
          : this.logger.error({ projection, err: error }, 'projection batch failed; retrying'),
      ...projectionBatchSpans(this.tracing),
    });
    this.logger.info(
      { pid: process.pid },
      'worker started: projection runners standing for election',
    );
    // Role changes are what operators look for after a failover: log each one.
    this.lagTimer = setInterval(() => void this.report(false), 500);
    this.lagTimer.unref();
    const periodic = setInterval(() => void this.report(true), LAG_LOG_MS);
    periodic.unref();
  }

  private async report(always: boolean): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    try {
      for (const lag of await handle.lag()) {
        const previous = this.states.get(lag.projection);
        if (always || previous !== lag.state) {
          this.states.set(lag.projection, lag.state);
          this.logger.info(
            {
              projection: lag.projection,
              state: lag.state,
              checkpoint: lag.checkpoint,
              lag: lag.lag,
              pid: process.pid,
            },
            `projection ${lag.projection}: ${lag.state}`,
          );
        }
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read projection lag');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.lagTimer);
    const handle = this.handle;
    this.handle = undefined;
    // Ends the current batch (committed or rolled back whole) and releases the locks: a standby takes over at once.
    await handle?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
    await this.store.close();
  }
}
