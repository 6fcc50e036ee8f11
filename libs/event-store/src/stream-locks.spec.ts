import { StreamLocks } from './stream-locks';

/** Lets every already-settled continuation run, so a waiter that could go has gone. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('StreamLocks, per-stream turns in one process', () => {
  it('gives one stream to its waiters one at a time, in the order they asked', async () => {
    const locks = new StreamLocks();
    const order: string[] = [];
    const first = await locks.acquire(['t-1']);
    const waiters = ['a', 'b', 'c'].map((name) =>
      locks.acquire(['t-1']).then((release) => {
        order.push(name);
        return release;
      }),
    );
    await settle();
    expect(order).toEqual([]);
    first();
    // Each waiter goes only when the one before it releases.
    for (const [i, waiter] of waiters.entries()) {
      const release = await waiter;
      await settle();
      expect(order).toEqual(['a', 'b', 'c'].slice(0, i + 1));
      release();
    }
  });

  it('does not make a stream wait for another', async () => {
    const locks = new StreamLocks();
    await locks.acquire(['t-1']);
    let got = false;
    void locks.acquire(['t-2']).then(() => (got = true));
    await settle();
    expect(got).toBe(true);
  });

  it('takes several streams in sorted order, so crossing commands never deadlock', async () => {
    const locks = new StreamLocks();
    // Each asks for the same two streams in opposite orders, many times over, all at once: taking
    // them in the order asked would leave one holding a and the other b, each waiting forever.
    const done: number[] = [];
    const crossing = Array.from({ length: 50 }, async (_, i) => {
      const release = await locks.acquire(i % 2 === 0 ? ['a', 'b'] : ['b', 'a']);
      await settle();
      done.push(i);
      release();
    });
    await Promise.all(crossing);
    expect(done).toHaveLength(50);
    expect(locks.size).toBe(0);
  });

  it('holds every stream of a set until the set is released', async () => {
    const locks = new StreamLocks();
    const both = await locks.acquire(['b', 'a', 'a']);
    const got: string[] = [];
    void locks.acquire(['a']).then(() => got.push('a'));
    void locks.acquire(['b']).then(() => got.push('b'));
    await settle();
    expect(got).toEqual([]);
    both();
    await settle();
    expect(got.sort()).toEqual(['a', 'b']);
  });

  it('forgets a stream once nobody holds or waits for it, and a second release is harmless', async () => {
    const locks = new StreamLocks();
    const release = await locks.acquire(['t-1', 't-2']);
    const next = locks.acquire(['t-1']);
    release();
    release();
    expect(locks.size).toBe(1);
    (await next)();
    expect(locks.size).toBe(0);
    // The freed stream is immediately available again.
    const again = await locks.acquire(['t-1']);
    expect(locks.size).toBe(1);
    again();
  });
});
