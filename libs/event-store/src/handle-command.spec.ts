import type { Decider } from '@contract-ledger/domain';
import { WrongExpectedRevisionError } from './errors';
import { handleCommand, runCommand, type CommandPlan } from './handle-command';
import { createMemoryEventStore } from './memory-event-store';
import { StateCache } from './state-cache';
import { StreamLocks } from './stream-locks';
import type { EventStore, StreamAppend } from './types';

// Counter streams: Added events sum up; `Add` refuses to go past a limit, so a decision depends on
// every event before it, including ones another writer appended meanwhile.
type Added = { type: 'Added'; data: { n: number } };
type Add = { type: 'Add'; data: { n: number; limit: number } };
interface Counter {
  readonly total: number;
}

function counterDecider(): Decider<Counter, Add, Added> & { folded: number } {
  const decider = {
    folded: 0,
    initialState: (): Counter => ({ total: 0 }),
    evolve: (state: Counter, event: Added): Counter => {
      decider.folded++;
      return Object.freeze({ total: state.total + event.data.n });
    },
    decide: (command: Add, state: Counter): readonly Added[] => {
      if (state.total + command.data.n > command.data.limit)
        throw new Error(`LIMIT: ${state.total} + ${command.data.n} > ${command.data.limit}`);
      return command.data.n === 0 ? [] : [{ type: 'Added', data: { n: command.data.n } }];
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

/** Another writer's events, appended whatever the stream's revision. */
function appendAdded(store: EventStore, stream: string, ...ns: number[]): Promise<unknown> {
  const events = ns.map((n) => ({ type: 'Added', data: { n }, metadata }));
  return store.appendMulti([{ stream, expectedRevision: 'any', events }]);
}

/**
 * The real store, with another writer that gets in first: before each of the pipeline's first
 * `times` appends, `interfere` appends to the store for real, so the pipeline's append conflicts.
 */
function raced(
  store: EventStore,
  times: number,
  interfere: (store: EventStore) => Promise<unknown>,
): EventStore & { appends: StreamAppend[][] } {
  const appends: StreamAppend[][] = [];
  const appendMulti: EventStore['appendMulti'] = async (batch) => {
    appends.push([...batch]);
    if (appends.length <= times) await interfere(store);
    return store.appendMulti(batch);
  };
  // Everything else is the store itself, called on the store.
  const racing = new Proxy(store, {
    get: (target, key: keyof EventStore | 'appends') => {
      if (key === 'appends') return appends;
      if (key === 'appendMulti') return appendMulti;
      const value = target[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return racing as EventStore & { appends: StreamAppend[][] };
}

/** A transfer: takes `n` from stream a (within its limit) and adds it to b, read and decided together. */
function transfer(
  decider: Decider<Counter, Add, Added>,
  n: number,
  limitA: number,
): CommandPlan<Counter, Added> {
  return {
    stream: 'a',
    folder: decider,
    decide: async (a, read) => {
      const b = await read('b', decider);
      return [
        { stream: 'a', events: decider.decide(add(n, limitA), a.state) },
        { stream: 'b', events: decider.decide(add(n), b.state) },
      ];
    },
  };
}

describe('runCommand, the command pipeline', () => {
  it('re-reads and re-decides after a conflict, on the state the other writer left', async () => {
    const store = createMemoryEventStore();
    const racing = raced(store, 1, (s) => appendAdded(s, 'c-1', 4));
    const decider = counterDecider();
    // Decided first on total 0 (fits the limit of 5); the retry sees 4 and refuses: the rule held.
    await expect(handleCommand(racing, 'c-1', decider, add(2, 5), { metadata })).rejects.toThrow(
      'LIMIT: 4 + 2 > 5',
    );
    expect(racing.appends).toHaveLength(1);
    const result = await handleCommand(racing, 'c-1', decider, add(1, 5), { metadata });
    expect(result).toMatchObject({ revision: 2, position: 2 });
    expect((await store.readStream('c-1')).map((e) => (e.data as { n: number }).n)).toEqual([4, 1]);
  });

  it('retries a bounded number of times, then answers the conflict', async () => {
    const store = createMemoryEventStore();
    const racing = raced(store, Infinity, (s) => appendAdded(s, 'c-1', 1));
    await expect(
      handleCommand(racing, 'c-1', counterDecider(), add(1), { metadata, maxRetries: 2 }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(racing.appends).toHaveLength(3);
    // Only the other writer's events: none of the pipeline's attempts was written.
    expect(await store.streamRevision('c-1')).toBe(3);
  });

  it('pauses before each retry with its attempt number, and not after the last conflict', async () => {
    const store = createMemoryEventStore();
    const racing = raced(store, Infinity, (s) => appendAdded(s, 'c-1', 1));
    const pauses: number[] = [];
    const pauseBeforeRetry = async (attempt: number) => void pauses.push(attempt);
    await expect(
      handleCommand(racing, 'c-1', counterDecider(), add(1), {
        metadata,
        maxRetries: 3,
        pauseBeforeRetry,
      }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(pauses).toEqual([1, 2, 3]);
    expect(racing.appends).toHaveLength(4);
  });

  it('refuses a stale If-Match before deciding, and writes nothing', async () => {
    const store = createMemoryEventStore();
    await appendAdded(store, 'c-1', 1, 2);
    const decider = counterDecider();
    // The stale client would also break the limit: it hears about the revision (412), not the rule.
    const stale = handleCommand(store, 'c-1', decider, add(100, 5), {
      metadata,
      expectedRevision: 1,
    });
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(stale).rejects.toMatchObject({ stream: 'c-1', expected: 1, actual: 2 });
    expect(await store.streamRevision('c-1')).toBe(2);
    expect(
      (await handleCommand(store, 'c-1', decider, add(1), { metadata, expectedRevision: 2 }))
        .revision,
    ).toBe(3);
  });

  it('keeps a pin across a retry caused by another stream, and fails it when the pinned stream moved', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const otherMoved = raced(store, 1, (s) => appendAdded(s, 'b', 10));
    expect(
      await runCommand(otherMoved, transfer(decider, 1, 5), { metadata, expectedRevision: 0 }),
    ).toMatchObject({ revision: 1 });
    expect(otherMoved.appends).toHaveLength(2);
    expect(await store.streamRevision('b')).toBe(2);

    const pinnedMoved = raced(store, 1, (s) => appendAdded(s, 'a', 1));
    await expect(
      runCommand(pinnedMoved, transfer(decider, 1, 5), { metadata, expectedRevision: 1 }),
    ).rejects.toMatchObject({ stream: 'a', expected: 1, actual: 2 });
    expect(pinnedMoved.appends).toHaveLength(1);
  });

  it('appends every stream of a decision atomically: one conflict and none is written', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const result = await runCommand(store, transfer(decider, 3, 5), { metadata });
    // The addressed stream's revision is the answer's; the position is the furthest reached.
    expect(result).toMatchObject({ revision: 1, position: 2 });
    expect(result.events.map((e) => e.stream)).toEqual(['a', 'b']);

    const racing = raced(store, Infinity, (s) => appendAdded(s, 'b', 1));
    await expect(
      runCommand(racing, transfer(decider, 1, 5), { metadata, maxRetries: 0 }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.streamRevision('a')).toBe(1);
  });

  it('guards a stream it read but writes nothing to: a change there re-decides', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    await appendAdded(store, 'limit', 5);
    // Adds to a as long as a stays within the total of the `limit` stream, which it only reads.
    const plan: CommandPlan<Counter, Added> = {
      stream: 'a',
      folder: decider,
      decide: async (a, read) => [
        {
          stream: 'a',
          events: decider.decide(add(4, (await read('limit', decider)).state.total), a.state),
        },
      ],
    };
    const lowered = raced(store, 1, (s) => appendAdded(s, 'limit', -2));
    await expect(runCommand(lowered, plan, { metadata })).rejects.toThrow('LIMIT: 0 + 4 > 3');
    expect(
      lowered.appends[0]!.map((append) => [
        append.stream,
        append.expectedRevision,
        append.events.length,
      ]),
    ).toEqual([
      ['a', 0, 1],
      ['limit', 1, 0],
    ]);
    expect(await store.streamRevision('a')).toBe(0);
  });

  it('treats an empty decision as an idempotent no-op', async () => {
    const store = createMemoryEventStore();
    await appendAdded(store, 'a', 1, 2);
    const result = await runCommand(store, transfer(counterDecider(), 0, 5), { metadata });
    expect(result).toEqual({ revision: 2, position: 2, events: [] });
    expect((await store.head()).position).toBe(2);
  });

  it('writes ids given in advance and metadata of whoever a share is attributed to', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const system = { ...metadata, actor: 'system', role: 'system', causationId: 'k' };
    const eventId = '0190b000-0000-7000-8000-0000000000e1';
    await runCommand(
      store,
      {
        stream: 'a',
        folder: decider,
        decide: async (a, read) => {
          await read('b', decider);
          return [
            { stream: 'a', events: decider.decide(add(1), a.state), eventIds: [eventId] },
            { stream: 'b', events: [{ type: 'Added', data: { n: 1 } }], metadata: system },
          ];
        },
      },
      { metadata, schemaVersions: { Added: 2 } },
    );
    const [a] = await store.readStream('a');
    const [b] = await store.readStream('b');
    expect(a).toMatchObject({ eventId, schemaVersion: 2, metadata: { actor: 'u' } });
    expect(b).toMatchObject({ schemaVersion: 2, metadata: { actor: 'system', causationId: 'k' } });
  });

  it('refuses to write to a stream the decision did not read (its revision would be unguarded)', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const plan: CommandPlan<Counter, Added> = {
      stream: 'a',
      folder: decider,
      decide: () => [{ stream: 'b', events: [{ type: 'Added', data: { n: 1 } }] }],
    };
    await expect(runCommand(store, plan, { metadata })).rejects.toThrow('without reading it');
    expect((await store.head()).position).toBe(0);
  });

  it('folds every stream through the cache once, and starts the next command from what it appended', async () => {
    const store = createMemoryEventStore();
    const decider = counterDecider();
    const cache = new StateCache();
    await appendAdded(store, 'a', 1, 1, 1);
    await appendAdded(store, 'b', 1, 1);
    await runCommand(store, transfer(decider, 1, 100), { metadata, cache });
    expect(decider.folded).toBe(5 + 2);
    // Both streams remembered at the revision the append left them: nothing is folded twice.
    const folds = decider.folded;
    expect(await cache.read(store, 'a', decider)).toMatchObject({
      state: { total: 4 },
      revision: 4,
    });
    expect(await cache.read(store, 'b', decider)).toMatchObject({
      state: { total: 3 },
      revision: 3,
    });
    expect(decider.folded).toBe(folds);
    // Another writer's event is folded in on the next read, alone.
    await appendAdded(store, 'b', 10);
    await runCommand(store, transfer(decider, 1, 100), { metadata, cache });
    expect(decider.folded).toBe(folds + 1 + 2);
    expect((await store.readStream('b')).length).toBe(5);
  });
  it('gives up when the pause says so (a time budget), before maxRetries', async () => {
    const store = createMemoryEventStore();
    const racing = raced(store, Infinity, (s) => appendAdded(s, 'c-1', 1));
    await expect(
      handleCommand(racing, 'c-1', counterDecider(), add(1), {
        metadata,
        maxRetries: 100,
        pauseBeforeRetry: async (attempt) => attempt < 3,
      }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(racing.appends).toHaveLength(3);
  });
});

describe('runCommand with StreamLocks (commands on one stream in one process take turns)', () => {
  const concurrently = (n: number, run: (i: number) => Promise<unknown>) =>
    Promise.allSettled(Array.from({ length: n }, (_, i) => run(i)));

  it('without the locks, concurrent commands on one stream conflict: the case the locks are for', async () => {
    const store = createMemoryEventStore();
    const settled = await concurrently(20, () =>
      handleCommand(store, 'tender', counterDecider(), add(1), { metadata, maxRetries: 0 }),
    );
    expect(settled.filter((s) => s.status === 'rejected').length).toBeGreaterThan(0);
  });

  it('with them, every one of many concurrent commands appends on its first attempt, in arrival order', async () => {
    const store = createMemoryEventStore();
    const locks = new StreamLocks();
    const cache = new StateCache();
    const decider = counterDecider();
    const settled = await concurrently(20, (i) =>
      handleCommand(store, 'tender', decider, add(i + 1), {
        metadata,
        maxRetries: 0,
        locks,
        cache,
      }),
    );
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const written = (await store.readStream('tender')).map((e) => (e.data as { n: number }).n);
    expect(written).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(locks.size).toBe(0);
  });

  it('crossing multi-stream commands (a reads b, b reads a) under conflicts finish without deadlock', async () => {
    const store = createMemoryEventStore();
    const locks = new StreamLocks();
    const decider = counterDecider();
    // Every third command first meets another process's write to the stream it reads, so it
    // retries holding both streams, while the others hold one: sorted order keeps them moving.
    let interfered = 0;
    const racing = raced(store, Infinity, async (s) => {
      if (interfered++ % 3 === 0) await appendAdded(s, interfered % 2 ? 'a' : 'b', 0);
    });
    const crossing = (from: string, to: string): CommandPlan<Counter, Added> => ({
      stream: from,
      folder: decider,
      decide: async (mine, read) => {
        const other = await read(to, decider);
        return [
          { stream: from, events: decider.decide(add(1), mine.state) },
          { stream: to, events: decider.decide(add(1), other.state) },
        ];
      },
    });
    const settled = await concurrently(40, (i) =>
      runCommand(racing, i % 2 ? crossing('a', 'b') : crossing('b', 'a'), {
        metadata,
        maxRetries: 10,
        locks,
      }),
    );
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    // 40 commands of one event on each of a and b, plus the interfering writer's zeros.
    const total = async (stream: string) =>
      (await store.readStream(stream)).reduce((n, e) => n + (e.data as { n: number }).n, 0);
    expect([await total('a'), await total('b')]).toEqual([40, 40]);
    expect(locks.size).toBe(0);
  });

  it('releases its turn when the decision refuses, so the next command on the stream goes', async () => {
    const store = createMemoryEventStore();
    const locks = new StreamLocks();
    const decider = counterDecider();
    await expect(
      handleCommand(store, 'tender', decider, add(10, 5), { metadata, locks }),
    ).rejects.toThrow('LIMIT');
    expect(locks.size).toBe(0);
    await expect(
      handleCommand(store, 'tender', decider, add(1, 5), { metadata, locks }),
    ).resolves.toMatchObject({ revision: 1 });
  });
});
