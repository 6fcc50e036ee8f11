// The projection thread's entry (projection-thread.ts starts it): the runners of every read model
// on their own connections to the event store and the read store, driven by the main thread's
// commit counter and messages. Not imported by anything else.
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  createReadStore,
  LogDivergedError,
  prepareProjection,
  startProjections,
  type ProjectionEventSource,
  type WakeUps,
} from '@contract-ledger/read-store-sql';
import { parentPort, workerData } from 'node:worker_threads';
import {
  toThreadError,
  type FromThread,
  type ProjectionThreadData,
  type ToThread,
} from './projection-thread';
import { readModels } from './read-models';

const port = parentPort!;
const post = (message: FromThread): void => port.postMessage(message);

/**
 * The runners' wake-ups: one per 'wake' message of the main thread. Before each, the commit count
 * it acts on is stored for the main thread to see (it posts again only once this thread has seen
 * every commit); a commit counted meanwhile is caught by reading the count again.
 */
class CommitWakeUps implements WakeUps {
  private waiting: (() => void) | undefined;
  private due = false;
  private stopped = false;

  // A thread started again after a crash catches up from the checkpoints anyway: what the last
  // one saw does not matter, and the main thread posts again from the count as it is now.
  constructor(private readonly counter: Int32Array) {
    Atomics.store(counter, 1, Atomics.load(counter, 0));
  }

  signal(): void {
    this.due = true;
    this.waiting?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<number> {
    while (!this.stopped) {
      if (!this.due) await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
      this.due = false;
      let seen: number;
      do {
        seen = Atomics.load(this.counter, 0);
        Atomics.store(this.counter, 1, seen);
      } while (Atomics.load(this.counter, 0) !== seen);
      if (!this.stopped) yield seen;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting?.();
  }
}

async function main(): Promise<void> {
  const data = workerData as ProjectionThreadData;
  const store = openSqliteEventStore({ path: data.eventStoreFile, mode: data.mode });
  const readStore = await createReadStore(data.readStore);
  const projections = readModels(data.models);
  const wakeUps = new CommitWakeUps(new Int32Array(data.commits));
  const source: ProjectionEventSource = {
    readAll: (options) => store.readAll(options),
    head: () => store.head(),
    subscribe: () => wakeUps,
  };
  for (const projection of projections) await prepareProjection(readStore, projection);
  const handle = await startProjections(source, readStore, projections, {
    onError: (projection, error) =>
      post({
        type: 'error',
        projection,
        error: toThreadError(error),
        diverged: error instanceof LogDivergedError,
      }),
    onBatch: (report) => post({ type: 'batch', report }),
  });
  port.on('message', (message: ToThread) => {
    if (message.type === 'wake') return wakeUps.signal();
    if (message.type === 'lag') {
      handle.lag().then(
        (lags) => post({ type: 'lag', id: message.id, lags }),
        (error: unknown) => post({ type: 'lag', id: message.id, error: toThreadError(error) }),
      );
      return;
    }
    // Stop: the batches under way commit with their checkpoints, then both connections close.
    void (async () => {
      try {
        await handle.stop();
        await readStore.close();
        await store.close();
        process.exit(0);
      } catch (error) {
        // Thrown out of the thread: its 'error' event carries it to the main thread.
        setImmediate(() => {
          throw error;
        });
      }
    })();
  });
  post({ type: 'ready' });
}

// A failure to start is left unhandled: the thread ends and its 'error' event carries the error.
void main();
