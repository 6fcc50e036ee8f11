import type { IdempotencyStore, StoredResponse } from './idempotency-store';

const response: StoredResponse = {
  status: 201,
  headers: { etag: '"1"', 'content-type': 'application/json; charset=utf-8' },
  body: '{"ok":true}',
};
const options = (now: number) => ({ now, ttlMs: 10_000, leaseMs: 1_000 });

/** The one behaviour every IdempotencyStore implementation must have; each spec calls this with its own. */
export function describeIdempotencyStore(
  name: string,
  create: () => Promise<IdempotencyStore>,
): void {
  describe(`${name} idempotency store`, () => {
    let store: IdempotencyStore;
    let scope: string;
    beforeEach(async () => {
      store = await create();
      // A fresh scope per test: shared databases keep rows between runs.
      scope = `scope-${process.hrtime.bigint()}`;
    });
    afterEach(() => store.close());

    it('starts a new key, then reports it in progress to a duplicate', async () => {
      expect(await store.begin(scope, 'k', 'f1', options(0))).toEqual({ kind: 'started' });
      expect(await store.begin(scope, 'k', 'f1', options(1))).toEqual({
        kind: 'in-progress',
        fingerprint: 'f1',
      });
    });

    it('returns the completed response with its fingerprint until it expires', async () => {
      await store.begin(scope, 'k', 'f1', options(0));
      await store.complete(scope, 'k', 'f1', response, 10_000);
      expect(await store.begin(scope, 'k', 'f2', options(5_000))).toEqual({
        kind: 'completed',
        fingerprint: 'f1',
        response,
      });
      expect(await store.begin(scope, 'k', 'f2', options(10_000))).toEqual({ kind: 'started' });
    });

    it('keeps scopes apart', async () => {
      await store.begin(scope, 'k', 'f1', options(0));
      expect(await store.begin(`${scope}-other`, 'k', 'f1', options(0))).toEqual({
        kind: 'started',
      });
    });

    it('frees a released key, and a pending one whose lease ran out', async () => {
      await store.begin(scope, 'k', 'f1', options(0));
      await store.release(scope, 'k', 'f1');
      expect(await store.begin(scope, 'k', 'f2', options(1))).toEqual({ kind: 'started' });
      expect(await store.begin(scope, 'k', 'f3', options(500))).toEqual({
        kind: 'in-progress',
        fingerprint: 'f2',
      });
      expect(await store.begin(scope, 'k', 'f3', options(1_001))).toEqual({ kind: 'started' });
    });

    it('renews a running claim: a live owner keeps its key past the first lease, a dead one frees it one lease after its last renewal', async () => {
      await store.begin(scope, 'k', 'f1', options(0));
      await store.renew(scope, 'k', 'f1', 1_900);
      expect(await store.begin(scope, 'k', 'f1', options(1_500))).toEqual({
        kind: 'in-progress',
        fingerprint: 'f1',
      });
      // Renewals by another request's fingerprint change nothing.
      await store.renew(scope, 'k', 'other', 9_000);
      expect(await store.begin(scope, 'k', 'f1', options(1_900))).toEqual({ kind: 'started' });
      // A completed response is not turned back into a claim by a late renewal.
      await store.complete(scope, 'k', 'f1', response, 10_000);
      await store.renew(scope, 'k', 'f1', 3_000);
      expect(await store.begin(scope, 'k', 'f1', options(5_000))).toEqual({
        kind: 'completed',
        fingerprint: 'f1',
        response,
      });
    });

    it('ignores a late complete or release from a claim that was taken over', async () => {
      await store.begin(scope, 'k', 'old', options(0));
      await store.begin(scope, 'k', 'new', options(2_000));
      await store.complete(scope, 'k', 'old', response, 10_000);
      await store.release(scope, 'k', 'old');
      expect(await store.begin(scope, 'k', 'x', options(2_001))).toEqual({
        kind: 'in-progress',
        fingerprint: 'new',
      });
    });

    it('lets exactly one of many concurrent first requests start', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => store.begin(scope, 'race', 'f', options(0))),
      );
      expect(results.filter((r) => r.kind === 'started')).toHaveLength(1);
    });

    it('purges expired entries', async () => {
      await store.begin(scope, 'a', 'f', options(0));
      await store.complete(scope, 'a', 'f', response, 100);
      expect(await store.purgeExpired(101)).toBeGreaterThanOrEqual(1);
      expect(await store.begin(scope, 'a', 'g', options(50))).toEqual({ kind: 'started' });
    });
  });
}
