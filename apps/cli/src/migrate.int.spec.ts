import { isMerkleTileStore, MerkleLog } from '@contract-ledger/event-store';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { recordFields, seedSource } from '../test/migrate-seed';
import { runLedger } from '../test/ledger-process';

// Each case starts `ledger` processes (a few seconds each on a busy machine).
jest.setTimeout(120_000);
const url = process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

const ledger = (args: string[]) => runLedger(['migrate', ...args], { env: { DATABASE_URL: url } });

/** The path an embedded-mode user takes when one machine is not enough: SQLite -> PostgreSQL, on a real server. */
describe('ledger migrate --from sqlite --to postgres', () => {
  const admin = new Pool({ connectionString: url, max: 1 });
  const schema = `migrate_${randomBytes(6).toString('hex')}`;
  let dir: string;
  let source: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ledger-migrate-pg-'));
    source = path.join(dir, 'ledger.sqlite');
    const store = await openSqliteEventStore({ path: source });
    await seedSource(store);
    await seedSource(store);
    await store.close();
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the log exactly into an empty schema and verifies it there', async () => {
    const result = ledger([
      '--from',
      'sqlite',
      '--to',
      'postgres',
      '--source',
      source,
      '--target-schema',
      schema,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`-> postgres postgres://[^ ]+ schema ${schema}, 146 events`),
    );
    expect(result.stdout).toMatch(
      /copied positions 1\.\.146 \(146 events\) .* target verified, head hash [0-9a-f]{64}, Merkle root \S+/,
    );
    const a = await openSqliteEventStore({ path: source });
    const b = await openPostgresEventStore({ connectionString: url, schema });
    try {
      expect((await b.readAll()).map(recordFields)).toEqual((await a.readAll()).map(recordFields));
      expect(await b.verify()).toMatchObject({
        ok: true,
        checked: 146,
        headHash: (await a.head()).hash,
      });
      if (isMerkleTileStore(a) && isMerkleTileStore(b))
        expect(await new MerkleLog(b).root(146)).toEqual(await new MerkleLog(a).root(146));
      // The copy is a working store: it takes the next append at position 147 on the same chain.
      const next = await b.append(
        'tender-1',
        [
          {
            type: 'Next',
            data: {},
            metadata: {
              actor: 'u',
              role: 'r',
              correlationId: 'c',
              commandId: 'k',
              occurredAt: '2026-01-06T00:00:00.000Z',
            },
          },
        ],
        {
          expectedRevision: await a.streamRevision('tender-1'),
        },
      );
      expect(next.position).toBe(147);
      expect(next.events[0]!.prevHash).toBe((await a.head()).hash);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses the non-empty schema and writes nothing', async () => {
    const again = ledger([
      '--from',
      'sqlite',
      '--to',
      'postgres',
      '--source',
      source,
      '--target-schema',
      schema,
    ]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(
      /the target is not empty \(its log ends at position 147\); nothing was written/,
    );
    const count = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".events`);
    expect(count.rows[0].n).toBe(147);
  });
});
