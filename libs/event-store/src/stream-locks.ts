import type { EventStore } from './types';

const locksByStore = new WeakMap<EventStore, StreamLocks>();

/** Gives a held set of stream locks back; calling it twice is harmless. */
export type ReleaseStreams = () => void;

/**
 * Per-stream FIFO queues inside one process: commands on the same stream take turns instead of
 * deciding on the same revision and all but one failing their append. Optimistic concurrency still
 * guards every append (another process writes the same log), so the locks are an optimisation of
 * who waits, never a correctness guarantee; the conflict retries then only cover the race with
 * other processes. A command that needs several streams takes them in sorted order, all before
 * it starts: two commands can never each hold a stream the other waits for, so there is no deadlock.
 * Not reentrant: a holder that asks for a stream it holds waits for itself.
 */
export class StreamLocks {
  /** The tail of each stream's queue: resolves when the last holder so far releases. */
  private readonly tails = new Map<string, Promise<void>>();

  /** The locks belonging to `store`, created on first use and dropped with the store. */
  static of(store: EventStore): StreamLocks {
    let locks = locksByStore.get(store);
    if (locks === undefined) {
      locks = new StreamLocks();
      locksByStore.set(store, locks);
    }
    return locks;
  }

  /** Waits for every stream in `streams` (duplicates allowed), taken one by one in sorted order. */
  async acquire(streams: Iterable<string>): Promise<ReleaseStreams> {
    const sorted = [...new Set(streams)].sort();
    const releases: (() => void)[] = [];
    for (const stream of sorted) releases.push(await this.take(stream));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const release of releases) release();
    };
  }

  /** Streams someone holds or waits for: the map forgets a stream as soon as its queue empties. */
  get size(): number {
    return this.tails.size;
  }

  private async take(stream: string): Promise<() => void> {
    const previous = this.tails.get(stream);
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    // `tail` settles when this holder releases, after its predecessor did: the queue stays FIFO.
    const tail = (previous ?? Promise.resolve()).then(() => turn);
    this.tails.set(stream, tail);
    if (previous !== undefined) await previous;
    return () => {
      release();
      // Nobody queued behind: drop the entry, so a long-running process does not keep every stream it saw.
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    };
  }
}
