import type { EventFilter, RecordedEvent, SubscribeOptions, Subscription } from './types';

/**
 * Wakes subscribers when the log may have grown. A version counter closes the race between
 * "read the head" and "start waiting": a signal in between makes the wait return at once.
 */
export class ChangeNotifier {
  private version = 0;
  private waiters = new Set<() => void>();

  get current(): number {
    return this.version;
  }

  signal(): void {
    this.version++;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next signal after `seen`, on timeout (the polling fallback), or on abort. */
  wait(seen: number, timeoutMs: number, abort: AbortSignal): Promise<void> {
    if (this.version !== seen || abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      abort.addEventListener('abort', done, { once: true });
    });
  }
}

export interface SubscriptionSource {
  headPosition(): Promise<number>;
  /** Events with from <= position <= to matching the filter, ascending. */
  readRange(
    from: number,
    to: number,
    filter: EventFilter | undefined,
  ): Promise<readonly RecordedEvent[]>;
  readonly notifier: ChangeNotifier;
  /** How long to wait for a signal before looking anyway (other processes may write without one reaching us). */
  readonly pollIntervalMs: number;
  /** Called once a subscription ends, so an adapter can release what it started for live delivery. */
  onStop?(): void;
}

const PAGE = 1000;

/**
 * Catch-up then live from one loop: read position ranges up to the head, then wait for a change.
 * Ranges (not "the next N matching events") move the cursor past filtered-out events, and a
 * position is only read once it is at or below a head that was committed, so with a gap-free
 * commit-ordered log nothing is skipped and nothing is delivered twice.
 */
export function createSubscription(
  source: SubscriptionSource,
  options: SubscribeOptions = {},
): Subscription {
  const abort = new AbortController();
  let next = Math.max(1, options.fromPosition ?? 1);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    abort.abort();
    source.onStop?.();
  };

  async function* events(): AsyncGenerator<RecordedEvent> {
    try {
      while (!stopped) {
        const seen = source.notifier.current;
        const head = await source.headPosition();
        if (stopped) return;
        if (next > head) {
          await source.notifier.wait(seen, source.pollIntervalMs, abort.signal);
          continue;
        }
        const to = Math.min(head, next + PAGE - 1);
        const page = await source.readRange(next, to, options.filter);
        next = to + 1;
        for (const event of page) {
          if (stopped) return;
          yield event;
        }
      }
    } finally {
      stop();
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async stop() {
      stop();
    },
  };
}
