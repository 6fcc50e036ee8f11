import { sql } from 'kysely';
import { createReadStore } from './read-store';

// The page cache is memory outside the V8 heap that fills as the read models grow: an operator
// (and the soak, to measure past it) sets its bound with LEDGER_READ_CACHE_MIB.
describe('SQLite read store page cache', () => {
  const cacheSize = async (cacheMiB?: number): Promise<number> => {
    const store = await createReadStore({
      kind: 'sqlite',
      file: ':memory:',
      ...(cacheMiB === undefined ? {} : { cacheMiB }),
    });
    try {
      const { rows } = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(store.db);
      return rows[0]!.cache_size;
    } finally {
      await store.close();
    }
  };

  it('is 64 MiB unless configured', async () => {
    expect(await cacheSize()).toBe(-64 * 1024);
  });

  it('takes the configured size in MiB', async () => {
    expect(await cacheSize(4)).toBe(-4 * 1024);
  });
});
