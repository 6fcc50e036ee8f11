import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  checkStoreMode,
  ConfigValidationError,
  startTracing,
  validateConfig,
} from '@contract-ledger/runtime';
import pino from 'pino';
import { WorkerModule } from './worker.module';

/**
 * The scale-out worker: `LEDGER_STORE=postgres DATABASE_URL=... npm run worker`. Runs every
 * projection with leader election (start several: one active per projection, the rest stand by),
 * and with LEDGER_RELAY=worker the Kafka relay, elected the same way.
 * SIGTERM/SIGINT: finish the current batches, release the locks, exit 0; a stuck close is cut
 * after SHUTDOWN_GRACE_MS with exit 1.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = validateConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({
    level: config.logLevel,
    base: { service: 'ledger-worker', pid: process.pid },
  });
  if (config.store !== 'postgres') {
    // Leader election needs PostgreSQL; an embedded ledger runs its projections in the API.
    logger.fatal(
      { store: config.store },
      'apps/worker needs LEDGER_STORE=postgres (embedded mode runs projections in the API)',
    );
    process.exit(2);
  }
  try {
    // Before Nest: a store of the other LEDGER_SANDBOX mode is one line, not a Nest stack trace.
    await checkStoreMode(config);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  // LEDGER_TRACING=otlp: a span per projection and relay batch (docs/observability.md).
  const tracing = startTracing(config, 'contract-ledger-worker');
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, logger, tracing),
    { logger: false },
  );
  await app.init();
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      logger.error({ graceMs: config.shutdownGraceMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    timer.unref();
    // The runners' last batches are spans too: flush them once the runners stopped.
    app
      .close()
      .then(() => tracing.shutdown())
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
