import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateConfig } from './config';
import { startProjectionThread, type ProjectionThread } from './projection-thread';
import { readSqliteFile, readStoreConfig, sqliteFile } from './stores';

const until = async (what: string, condition: () => boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The projection thread's own supervision, without the API around it. */
describe('projection thread', () => {
  let dir: string;
  let thread: ProjectionThread | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'projection-thread-'));
  });
  afterEach(async () => {
    await thread?.stop(5_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps trying to start again after a crash while the read store cannot be opened, and runs once it can', async () => {
    const config = validateConfig({ LEDGER_DATA_DIR: dir });
    // The log exists before the thread opens it, as the API's store creates it first.
    await openSqliteEventStore({ path: sqliteFile(config) }).close();
    const crashes: string[] = [];
    thread = await startProjectionThread({
      eventStoreFile: sqliteFile(config),
      mode: 'production',
      readStore: readStoreConfig(config),
      models: { referencePolicy: config.referencePolicy, ocds: config.ocds },
      onBatch: () => undefined,
      onError: () => undefined,
      onCrash: (error) => crashes.push(error.message),
      restartMs: 100,
    });
    expect(thread.down).toBeUndefined();

    const file = readSqliteFile(config);
    await thread.crash();
    // After the crash: the ended thread's connections closed (and may have folded the WAL in).
    const moved = ['', '-wal', '-shm'].filter((suffix) => existsSync(file + suffix));
    for (const suffix of moved) renameSync(file + suffix, `${file}${suffix}.kept`);
    writeFileSync(file, 'not a database, not even close'.repeat(100));
    // The crash, then at least two restarts that could not open the read store.
    await until('two failed restarts', () => crashes.length >= 3);
    expect(thread.down).toMatch(/projection thread down/);
    await expect(thread.lag()).rejects.toThrow(/projection thread down/);

    rmSync(file);
    for (const suffix of moved) renameSync(`${file}${suffix}.kept`, file + suffix);
    await until('the thread running again', () => thread!.down === undefined);
    const lags = await thread.lag();
    expect(lags.map((l) => l.state)).toEqual(lags.map(() => 'running'));
  });
});
