import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApp } from './app';
import { DEFAULT_CONSOLE_DIR } from './console/console';
import { ConfigValidationError } from './config/config';

async function main(): Promise<void> {
  let created;
  try {
    // The web console when it was built (npm run build builds it; an API-only build has none).
    created = await createApp(process.env, { consoleDir: DEFAULT_CONSOLE_DIR });
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, config } = created;
  const logger = app.get(Logger);

  // Our own handler rather than enableShutdownHooks(): in-flight requests finish, Nest's
  // onModuleDestroy hooks close the store, and a stuck close cannot hold the process forever.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log({ msg: 'shutting down', signal });
    const force = setTimeout(() => {
      logger.error({
        msg: 'shutdown grace period exceeded, exiting',
        graceMs: config.shutdownGraceMs,
      });
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    app.close().then(
      () => {
        logger.log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ msg: 'error while shutting down', err: error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A port held by another process (or below 1024 without the right) is an operator's
    // situation, not a bug: one line that says what to change, no stack.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const why =
        code === 'EADDRINUSE'
          ? 'the port is already in use'
          : code === 'EACCES'
            ? 'permission denied'
            : 'the address is not available on this host';
      process.stderr.write(
        `Cannot listen on ${config.host}:${config.port}: ${why} (${code}); set PORT (and HOST) to a free address\n`,
      );
      await app.close().catch(() => undefined);
      process.exit(1);
    }
    throw error;
  }
  logger.log({
    msg: `Contract Ledger API listening on :${config.port}`,
    port: config.port,
    store: config.store,
    dataDir: config.dataDir,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
