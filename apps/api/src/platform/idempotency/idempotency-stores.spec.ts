import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeIdempotencyStore } from './idempotency-store.contract';
import { MemoryIdempotencyStore } from './memory-idempotency-store';
import { SqliteIdempotencyStore } from './sqlite-idempotency-store';

describeIdempotencyStore('memory', async () => new MemoryIdempotencyStore());

const dir = mkdtempSync(path.join(tmpdir(), 'ledger-idem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeIdempotencyStore('sqlite', async () => new SqliteIdempotencyStore(path.join(dir, 'idempotency.sqlite')));

describe('sqlite idempotency store across connections', () => {
  it('lets only one of two connections on the same file start a key', async () => {
    const file = path.join(dir, 'shared.sqlite');
    const a = new SqliteIdempotencyStore(file);
    const b = new SqliteIdempotencyStore(file);
    try {
      const opts = { now: 0, ttlMs: 1000, leaseMs: 1000 };
      expect(await a.begin('s', 'k', 'f', opts)).toEqual({ kind: 'started' });
      expect(await b.begin('s', 'k', 'f', opts)).toEqual({ kind: 'in-progress', fingerprint: 'f' });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
