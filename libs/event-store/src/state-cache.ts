import type { EventStore, RecordedEvent } from './types';

/** What folds a stream: a decider, or anything with its initialState and evolve. */
export interface Folder<State, Event> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
}

/** A stream folded up to `revision`; `position` is the global position of that revision's event (0 = none). */
export interface FoldedStream<State> {
  readonly state: State;
  readonly revision: number;
  readonly position: number;
}

/** Most streams remembered per folder (per decider) by default. */
export const DEFAULT_STATE_CACHE_ENTRIES = 10_000;

/** The identity a folder is cached under. */
type Evolve = (state: never, event: never) => unknown;

const caches = new WeakMap<EventStore, StateCache>();

/**
 * Folded state per stream, so a command reads only the events appended since the state it
 * remembers (`readStream(stream, { fromRevision: cached + 1 })`) instead of the whole stream.
 *
 * Correctness never depends on the cache: every read still goes to the store, so events appended
 * by another process (or another store instance on the same file) are folded in; and optimistic
 * concurrency still guards every append (a conflict is retried on a fresh read). It relies on two
 * invariants: events are immutable and append-only (the store enforces it), and `evolve` never
 * mutates the state it is given (the deciders return new objects), so a cached state can be shared.
 *
 * One cache per store instance (`StateCache.of(store)`), one bounded LRU per folder, keyed by the
 * folder's `evolve` (a guarded decider spreads the original, so it keeps the same evolve).
 */
export class StateCache {
  // Weak: a folder built per call (an inline evolve) must not pin its entries forever.
  private readonly folders = new WeakMap<Evolve, Map<string, FoldedStream<unknown>>>();

  constructor(private readonly maxEntriesPerFolder = DEFAULT_STATE_CACHE_ENTRIES) {}

  /** The cache belonging to `store`, created on first use and dropped with the store. */
  static of(store: EventStore): StateCache {
    let cache = caches.get(store);
    if (cache === undefined) {
      cache = new StateCache();
      caches.set(store, cache);
    }
    return cache;
  }

  /**
   * Gives `store` a cache of at most `maxEntriesPerFolder` streams per folder (LEDGER_STATE_CACHE_ENTRIES):
   * the bound is by streams, not bytes, and a tender's folded state carries all its bids, so an
   * operator sizes it to the memory the process may spend (a soak measured roughly 15-20 kB per 50-bid tender).
   */
  static configure(store: EventStore, maxEntriesPerFolder: number): StateCache {
    const cache = new StateCache(maxEntriesPerFolder);
    caches.set(store, cache);
    return cache;
  }

  /** The stream folded up to its current revision in the store. */
  async read<State, Event>(
    store: EventStore,
    stream: string,
    folder: Folder<State, Event>,
  ): Promise<FoldedStream<State>> {
    const cached = this.lru(folder.evolve).get(stream) as FoldedStream<State> | undefined;
    const newer = await store.readStream(
      stream,
      cached === undefined ? {} : { fromRevision: cached.revision + 1 },
    );
    const folded = StateCache.evolveWith(
      folder,
      cached ?? { state: folder.initialState(), revision: 0, position: 0 },
      newer,
    );
    this.remember(stream, folder, folded);
    return folded;
  }

  /** `from` followed by `events` (the stream's next events, in order). */
  static evolveWith<State, Event>(
    folder: Folder<State, Event>,
    from: FoldedStream<State>,
    events: readonly RecordedEvent[],
  ): FoldedStream<State> {
    if (events.length === 0) return from;
    let state = from.state;
    // Recorded events carry type and data like the domain's events; evolve ignores the store's fields.
    for (const event of events) state = folder.evolve(state, event as unknown as Event);
    const last = events[events.length - 1]!;
    return { state, revision: last.revision, position: last.position };
  }

  /** Keeps `folded` unless a newer revision of the stream is already remembered (concurrent readers). */
  remember<State, Event>(
    stream: string,
    folder: Folder<State, Event>,
    folded: FoldedStream<State>,
  ): void {
    const lru = this.lru(folder.evolve);
    const current = lru.get(stream);
    if (current !== undefined) {
      if (current.revision > folded.revision) return;
      lru.delete(stream);
    } else if (lru.size >= this.maxEntriesPerFolder) {
      // Map iterates in insertion order and every hit re-inserts: the first key is the least recently used.
      lru.delete(lru.keys().next().value as string);
    }
    lru.set(stream, folded);
  }

  /** Entries remembered for `folder`: for tests and diagnostics. */
  size(folder: { readonly evolve: Evolve }): number {
    return this.folders.get(folder.evolve)?.size ?? 0;
  }

  private lru(evolve: Evolve): Map<string, FoldedStream<unknown>> {
    let lru = this.folders.get(evolve);
    if (lru === undefined) {
      lru = new Map();
      this.folders.set(evolve, lru);
    }
    return lru;
  }
}
