import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startUntilExit, UNUSED_PORT } from './support/start-refused';

// The embedded store; the PostgreSQL one: sandbox-start.int.spec.ts (ADR 0010).
describe('LEDGER_SANDBOX and the SQLite store it opens', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-sandbox-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  const create = async (mode: 'production' | 'sandbox') =>
    openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite'), mode }).close();

  it('a production process refuses a sandbox store: exit 1, naming LEDGER_SANDBOX, no stack', async () => {
    await create('sandbox');
    const { code, output } = await startUntilExit({
      LEDGER_DATA_DIR: dataDir,
      PORT: UNUSED_PORT,
      HOST: '127.0.0.1',
    });
    expect(code).toBe(1);
    expect(output).toContain('Invalid configuration:');
    expect(output).toContain(
      'LEDGER_SANDBOX is not true but the event store was created as a sandbox store',
    );
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('a sandbox process refuses a production store: exit 1, naming LEDGER_SANDBOX, no stack', async () => {
    await create('production');
    const { code, output } = await startUntilExit({
      LEDGER_DATA_DIR: dataDir,
      LEDGER_SANDBOX: 'true',
      PORT: UNUSED_PORT,
      HOST: '127.0.0.1',
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'LEDGER_SANDBOX=true but the event store was created as a production store',
    );
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);
});
