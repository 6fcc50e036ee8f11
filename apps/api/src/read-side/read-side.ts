import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import {
  checkAgainstLog,
  LogDivergedError,
  prepareProjection,
  ProjectionTimeoutError,
  startProjections,
  type ProjectionLag,
  type ProjectionsHandle,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import {
  projectionBatchSpans,
  readModels,
  readStoreConfig,
  sqliteFile,
  startProjectionThread,
  type ProjectionThread,
  type Tracing,
} from '@contract-ledger/runtime';
import { TRACING } from '../platform/tracing';
import type { Projection } from '@contract-ledger/projections';
import { PinoLogger } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { ProblemException } from '../platform';

/** What an operator does when a read model no longer matches the log. */
export const DIVERGENCE_RUNBOOK = 'docs/runbooks/read-model-divergence.md';

/** The read store of the process (SQLite beside the log, or the PostgreSQL database of the log). */
export const READ_STORE = Symbol('READ_STORE');

/** Names of the projections, as the routes name the one they read. */
export type ReadModelName =
  | 'audit'
  | 'blacklist'
  | 'budget_execution'
  | 'tender_board'
  | 'accountability'
  | 'red_flags'
  | 'ocds';

/** What the store of the process offers to wake a projection thread after each commit (SQLite). */
interface CommitSignals {
  onCommit(listener: () => void): () => void;
}

const hasCommitSignals = (store: EventStore): store is EventStore & CommitSignals =>
  typeof (store as Partial<CommitSignals>).onCommit === 'function';

/**
 * Hosts the read side: runs the projection runners in this process when LEDGER_PROJECTIONS is
 * `in-process` (the embedded default; on a worker thread of it with LEDGER_PROJECTION_THREAD, the
 * SQLite default), and in every mode answers lag and read-your-writes waits from the read store's
 * checkpoints, so routes work the same whoever runs the runners.
 */
@Injectable()
export class ReadSide
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private handle: ProjectionsHandle | undefined;
  private thread: ProjectionThread | undefined;
  private stopWaking: (() => void) | undefined;
  private readonly projections: readonly Projection[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) readonly readStore: ReadStore,
    private readonly logger: PinoLogger,
    @Optional() @Inject(TRACING) private readonly tracing?: Tracing,
  ) {
    logger.setContext('ReadSide');
    this.projections = readModels(config);
  }

  get mode(): AppConfig['projections'] {
    return this.config.projections;
  }

  /** The projection thread when the runners run on one (LEDGER_PROJECTION_THREAD), else undefined. */
  get projectionThread(): ProjectionThread | undefined {
    return this.thread;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projections !== 'in-process') return;
    if (this.config.projectionThread) return this.startThread();
    // Tables first, so a query arriving before the runners' first batch reads an empty (not a missing) read model.
    for (const projection of this.projections) await prepareProjection(this.readStore, projection);
    this.handle = await startProjections(this.store, this.readStore, this.projections, {
      onError: (projection, error) =>
        this.projectionFailed(projection, error, error instanceof LogDivergedError),
      ...projectionBatchSpans(this.tracing),
    });
  }

  // A failing projection retries its batch; the log line says which and why, lag() keeps the last error.
  // One whose log diverged stops for good (/health/ready fails): docs/runbooks/read-model-divergence.md.
  private projectionFailed(projection: string, error: unknown, diverged: boolean): void {
    if (diverged)
      this.logger.error(
        { projection, err: error, runbook: DIVERGENCE_RUNBOOK },
        'projection stopped: the event log no longer matches its read model',
      );
    else this.logger.error({ projection, err: error }, 'projection batch failed; retrying');
  }

  /**
   * The runners on a worker thread (docs/read-side.md "The projection thread"). The thread creates
   * the tables before it says it is ready, so bootstrap ends with every read model present, as
   * in-process. Each committed batch wakes this thread's read-your-writes waiters.
   */
  private async startThread(): Promise<void> {
    const spans = projectionBatchSpans(this.tracing);
    this.thread = await startProjectionThread({
      eventStoreFile: sqliteFile(this.config),
      mode: this.config.sandbox ? 'sandbox' : 'production',
      readStore: readStoreConfig(this.config),
      models: { referencePolicy: this.config.referencePolicy, ocds: this.config.ocds },
      onBatch: (report) => {
        this.readStore.notifyProgress();
        spans.onBatch?.(report);
      },
      onError: (projection, error, diverged) => this.projectionFailed(projection, error, diverged),
      // Restarted a second later; until then lag() says `failing` with the reason (not unready:
      // commands and reads of the log still work, and minPosition waits).
      onCrash: (error) =>
        this.logger.error({ err: error }, 'projection thread stopped unexpectedly; restarting it'),
    });
    const thread = this.thread;
    if (hasCommitSignals(this.store)) this.stopWaking = this.store.onCommit(() => thread.wake());
  }

  // Before the event store closes (StoreModule.onApplicationShutdown): a runner mid-batch still reads the log.
  async beforeApplicationShutdown(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.stop();
    this.stopWaking?.();
    const thread = this.thread;
    this.thread = undefined;
    // Half the grace period: the rest is for the HTTP server and the stores to close.
    await thread?.stop(this.config.shutdownGraceMs / 2);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
  }

  /**
   * Lag of every read model; without a local runner, from the checkpoints the worker writes, each
   * checked against the log here (a worker's runner stops on a divergence, but only its logs say so).
   */
  async lag(): Promise<ProjectionLag[]> {
    if (this.handle) return this.handle.lag();
    if (this.thread) {
      try {
        return await this.thread.lag();
      } catch (error) {
        return this.storedLag({ state: 'failing', lastError: (error as Error).message });
      }
    }
    return this.storedLag(
      this.config.projections === 'off' ? { state: 'stopped' } : { state: 'standby' },
    );
  }

  /** Lag from the stored checkpoints, for runners that are not (or not now) answering here. */
  private async storedLag(
    report: Pick<ProjectionLag, 'state' | 'lastError'>,
  ): Promise<ProjectionLag[]> {
    const { position: head } = await this.store.head();
    return Promise.all(
      this.projections.map(async (p) => {
        const status = await this.readStore.status(p.name);
        const diverged =
          status.activeVersion === undefined
            ? undefined
            : await checkAgainstLog(this.store, this.readStore, {
                name: p.name,
                version: status.activeVersion,
              });
        return {
          projection: p.name,
          version: p.version,
          activeVersion: status.activeVersion,
          checkpoint: status.checkpoint,
          head,
          lag: Math.max(0, head - status.checkpoint),
          ...report,
          ...(diverged ? { diverged } : {}),
        };
      }),
    );
  }

  /**
   * Read-your-writes: waits until `projection` has applied `minPosition` (at most `maxWaitMs`,
   * capped by LEDGER_READ_WAIT_MS), else 504 PROJECTION_TIMEOUT naming the projection, where it
   * is and what was asked. Resolves at once without a minPosition.
   */
  async ready(
    projection: ReadModelName,
    minPosition: number | undefined,
    maxWaitMs?: number,
  ): Promise<void> {
    if (minPosition === undefined || minPosition <= 0) return;
    const timeoutMs = Math.min(maxWaitMs ?? this.config.readWaitMs, this.config.readWaitMs);
    try {
      await this.readStore.waitForPosition(projection, minPosition, timeoutMs);
    } catch (error) {
      if (!(error instanceof ProjectionTimeoutError)) throw error;
      throw new ProblemException({
        status: 504,
        code: 'PROJECTION_TIMEOUT',
        detail:
          `The ${error.projection} read model has applied the log up to position ${error.reached}, ` +
          `not ${error.minPosition} as requested (minPosition), within ${error.timeoutMs} ms; retry later or without minPosition`,
        headers: { 'Retry-After': '1' },
        extensions: {
          projection: error.projection,
          position: error.reached,
          minPosition: error.minPosition,
          waitedMs: error.timeoutMs,
        },
      });
    }
  }
}
