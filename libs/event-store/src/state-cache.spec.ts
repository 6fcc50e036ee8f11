import type { Decider } from '@contract-ledger/domain';
import { WrongExpectedRevisionError } from './errors';
import { handleCommand } from './handle-command';
import { createMemoryEventStore } from './memory-event-store';
import { StateCache } from './state-cache';
import type { EventStore } from './types';

// A counter stream: Added events sum up; `Add` refuses to go past a limit, so a decision depends on
// every event before it, including ones another writer appended.
type Added = { type: 'Added'; data: { n: number } };
type Add = { type: 'Add'; data: { n: number; limit: number } };
interface Counter {
  readonly total: number;
  readonly events: number;
}

function counterDecider(): Decider<Counter, Add, Added> & { folded: number } {
  const decider = {
    folded: 0,
    initialState: (): Counter => ({ total: 0, events: 0 }),
    // Frozen states: a cached state shared between commands must never be written to.
    evolve: (state: Counter, event: Added): Counter => {
      decider.folded++;
      return Object.freeze({ total: state.total + event.data.n, events: state.events + 1 });
    },
    decide: (command: Add, state: Counter): readonly Added[] => {
      if (state.total + command.data.n > command.data.limit)
        throw new Error(`LIMIT: ${state.total} + ${command.data.n} > ${command.data.limit}`);
      return [{ type: 'Added', data: { n: command.data.n } }];
    },
  };
  return decider;
}

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T00:00:00.000Z',
};
const add = (n: number, limit = 1_000_000): Add => ({ type: 'Add', data: { n, limit } });

async function appendAdded(store: EventStore, stream: string, ...ns: number[]): Promise<void> {
  await store.append(
    stream,
    ns.map((n) => ({ type: 'Added', data: { n }, metadata })),
    { expectedRevision: 'any' },
  );
}

describe('StateCache', () => {
  it('folds the whole stream once, then only the events after the remembered revision', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const cache = new StateCache();
    await appendAdded(store, 'c-1', 1, 2, 3);
    expect(await cache.read(store, 'c-1', decider)).toMatchObject({
      state: { total: 6, events: 3 },
      revision: 3,
      position: 3,
    });
    expect(decider.folded).toBe(3);
    await appendAdded(store, 'c-1', 4);
    expect(await cache.read(store, 'c-1', decider)).toMatchObject({
      state: { total: 10, events: 4 },
      revision: 4,
      position: 4,
    });
    expect(decider.folded).toBe(4);
    // Nothing new: nothing folded, same answer.
    expect(await cache.read(store, 'c-1', decider)).toMatchObject({
      state: { total: 10 },
      revision: 4,
    });
    expect(decider.folded).toBe(4);
  });

  it('answers an empty stream with the initial state at revision 0', async () => {
    const store = createMemoryEventStore();
    expect(await new StateCache().read(store, 'c-none', counterDecider())).toEqual({
      state: { total: 0, events: 0 },
      revision: 0,
      position: 0,
    });
  });

  it('handleCommand with a cache decides as without one, folding each event once', async () => {
    const cached = createMemoryEventStore();
    const plain = createMemoryEventStore();
    const withCache = counterDecider();
    const without = counterDecider();
    const cache = StateCache.of(cached);
    for (let i = 1; i <= 20; i++) {
      const a = await handleCommand(cached, 'c-1', withCache, add(i), { metadata, cache });
      const b = await handleCommand(plain, 'c-1', without, add(i), { metadata });
      expect(a.revision).toBe(b.revision);
      expect(a.position).toBe(b.position);
      expect(a.events.map((e) => e.data)).toEqual(b.events.map((e) => e.data));
    }
    // Without the cache every command re-folds the stream (0 + 1 + ... + 19); with it, each event once.
    expect(without.folded).toBe(190);
    expect(withCache.folded).toBe(20);
    expect((await cache.read(cached, 'c-1', withCache)).state.total).toBe(210);
  });

  it('sees events appended behind its back before deciding', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const cache = StateCache.of(store);
    await handleCommand(store, 'c-1', decider, add(5, 10), { metadata, cache });
    // Another writer (not through this cache) takes the counter to 9.
    await appendAdded(store, 'c-1', 4);
    await expect(
      handleCommand(store, 'c-1', decider, add(5, 10), { metadata, cache }),
    ).rejects.toThrow('LIMIT: 9 + 5 > 10');
    expect(
      (await handleCommand(store, 'c-1', decider, add(1, 10), { metadata, cache })).revision,
    ).toBe(3);
  });

  it('keeps a pinned revision check exact on the cached state', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const cache = StateCache.of(store);
    await handleCommand(store, 'c-1', decider, add(1), { metadata, cache });
    await appendAdded(store, 'c-1', 1);
    await expect(
      handleCommand(store, 'c-1', decider, add(1), { metadata, cache, expectedRevision: 1 }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(
      (await handleCommand(store, 'c-1', decider, add(1), { metadata, cache, expectedRevision: 2 }))
        .revision,
    ).toBe(3);
  });

  it('never goes back to an older revision when concurrent readers finish out of order', () => {
    const cache = new StateCache();
    const decider = counterDecider();
    cache.remember('c-1', decider, { state: { total: 3, events: 2 }, revision: 2, position: 7 });
    cache.remember('c-1', decider, { state: { total: 1, events: 1 }, revision: 1, position: 4 });
    return expect(cache.read(createMemoryEventStore(), 'c-1', decider)).resolves.toMatchObject({
      revision: 2,
      state: { total: 3 },
    });
  });

  it('is bounded per folder, evicting the least recently used stream', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const other = counterDecider();
    const cache = new StateCache(2);
    for (const stream of ['c-1', 'c-2', 'c-3']) await appendAdded(store, stream, 1);
    await cache.read(store, 'c-1', decider);
    await cache.read(store, 'c-2', decider);
    await cache.read(store, 'c-1', decider); // c-1 is now the most recent
    await cache.read(store, 'c-3', decider); // evicts c-2
    await cache.read(store, 'c-3', other); // another folder has its own bound
    expect(cache.size(decider)).toBe(2);
    expect(cache.size(other)).toBe(1);
    decider.folded = 0;
    await cache.read(store, 'c-1', decider);
    expect(decider.folded).toBe(0);
    await cache.read(store, 'c-2', decider);
    expect(decider.folded).toBe(1);
  });

  it('belongs to one store instance', () => {
    const a = createMemoryEventStore();
    const b = createMemoryEventStore();
    expect(StateCache.of(a)).toBe(StateCache.of(a));
    expect(StateCache.of(a)).not.toBe(StateCache.of(b));
  });

  it('takes the configured bound for a store (LEDGER_STATE_CACHE_ENTRIES): commands then stay within it', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const configured = StateCache.configure(store, 3);
    expect(StateCache.of(store)).toBe(configured);
    // A long run opens ever new streams (the soak: a tender per 50 bids): memory must stop at the bound.
    for (let i = 1; i <= 20; i++) {
      await appendAdded(store, `c-${i}`, 1);
      await handleCommand(store, `c-${i}`, decider, add(1, 9), {
        metadata,
        cache: StateCache.of(store),
      });
    }
    expect(StateCache.of(store).size(decider)).toBe(3);
  });
});
