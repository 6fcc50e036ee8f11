import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startUntilExit, UNUSED_PORT } from './support/start-refused';

// The PostgreSQL store; the embedded one: sandbox-start.e2e.spec.ts (ADR 0010).
describe('LEDGER_SANDBOX and the PostgreSQL store it opens', () => {
  let dataDir: string;
  let db: { url: string; drop: () => Promise<void> };
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-sandbox-'));
    db = await createTestDatabase('sandbox_start');
  });
  afterEach(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  });
  const create = async (mode: 'production' | 'sandbox') =>
    (await openPostgresEventStore({ connectionString: db.url, mode })).close();
  const env = () => ({
    LEDGER_STORE: 'postgres',
    DATABASE_URL: db.url,
    LEDGER_DATA_DIR: dataDir,
    PORT: UNUSED_PORT,
    HOST: '127.0.0.1',
  });

  it('a production process refuses a sandbox store: exit 1, naming LEDGER_SANDBOX, no stack', async () => {
    await create('sandbox');
    const { code, output } = await startUntilExit(env());
    expect(code).toBe(1);
    expect(output).toContain(
      'LEDGER_SANDBOX is not true but the event store was created as a sandbox store',
    );
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('a sandbox process refuses a production store: exit 1, naming LEDGER_SANDBOX, no stack', async () => {
    await create('production');
    const { code, output } = await startUntilExit({ ...env(), LEDGER_SANDBOX: 'true' });
    expect(code).toBe(1);
    expect(output).toContain(
      'LEDGER_SANDBOX=true but the event store was created as a production store',
    );
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('the worker refuses a store of the other mode: exit 2, naming LEDGER_SANDBOX, no stack', async () => {
    await create('production');
    const { code, output } = await startUntilExit(
      { ...env(), LEDGER_SANDBOX: 'true' },
      60_000,
      'apps/worker/src/main.ts',
    );
    expect(code).toBe(2);
    expect(output).toContain(
      'LEDGER_SANDBOX=true but the event store was created as a production store',
    );
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000);
});
