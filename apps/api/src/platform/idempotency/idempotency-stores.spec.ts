import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeIdempotencyStore } from './idempotency-store.contract';
import { MemoryIdempotencyStore } from './memory-idempotency-store';
import { SqliteIdempotencyStore } from './sqlite-idempotency-store';

describeIdempotencyStore('memory', async () => new MemoryIdempotencyStore());

const dir = mkdtempSync(path.join(tmpdir(), 'ledger-idem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeIdempotencyStore(
  'sqlite',
  async () => new SqliteIdempotencyStore(path.join(dir, 'idempotency.sqlite')),
);

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

  it('applies the operations of one event-loop turn in arrival order (one group-committed transaction)', async () => {
    const store = new SqliteIdempotencyStore(path.join(dir, 'batched.sqlite'));
    try {
      const opts = { now: 0, ttlMs: 1000, leaseMs: 1000 };
      const response = { status: 201, headers: { etag: '"1"' }, body: '{}' };
      // Not awaited one by one: all five are queued before the first commit runs.
      const [first, , replay, other, duplicate] = await Promise.all([
        store.begin('s', 'k', 'f', opts),
        store.complete('s', 'k', 'f', response, 1000),
        store.begin('s', 'k', 'g', opts),
        store.begin('s', 'k2', 'f', opts),
        store.begin('s', 'k2', 'f', opts),
      ]);
      expect(first).toEqual({ kind: 'started' });
      expect(replay).toEqual({ kind: 'completed', fingerprint: 'f', response });
      expect(other).toEqual({ kind: 'started' });
      expect(duplicate).toEqual({ kind: 'in-progress', fingerprint: 'f' });
    } finally {
      await store.close();
    }
  });
});
