import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  CheckpointScheduler,
  EVENT_STORE,
  type TransparencyLog,
} from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import { openTransparencyLog, type AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import {
  AuditBundleController,
  CheckpointCommandController,
  LogController,
  TRANSPARENCY_LOG,
} from './log.controller';

/** The transparency log (docs/transparency-log.md): public routes under /log, checkpoints at the configured cadence. */
@Module({
  controllers: [LogController, CheckpointCommandController, AuditBundleController],
  providers: [
    {
      provide: TRANSPARENCY_LOG,
      inject: [APP_CONFIG, EVENT_STORE],
      useFactory: (config: AppConfig, store: EventStore) =>
        openTransparencyLog(config, store) ?? null,
    },
  ],
  // The SSE feed pushes the final checkpoints.
  exports: [TRANSPARENCY_LOG],
})
export class TransparencyModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TransparencyLog');
  private scheduler: CheckpointScheduler | undefined;

  constructor(
    @Inject(TRANSPARENCY_LOG) private readonly log: TransparencyLog | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.log) return;
    this.scheduler = new CheckpointScheduler(
      this.log,
      { everyEvents: this.config.checkpointEveryEvents, everyMs: this.config.checkpointEveryMs },
      (error) =>
        this.logger.error(
          `checkpoint failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
    this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler?.stop();
  }
}
