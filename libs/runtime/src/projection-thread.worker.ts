// The projection thread's entry (projection-thread.ts starts it): the runners of every read model
// on their own connections to the event store and the read store, woken by the main thread's
// commit count and answering its messages. Not imported by anything else.
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  createReadStore,
  LogDivergedError,
  prepareProjection,
  startProjections,
  type BatchReport,
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

/** How often the commit count is looked at while commits come, and after QUIET_MS without one. */
const POLL_BUSY_MS = 5;
const POLL_QUIET_MS = 20;
const QUIET_MS = 2000;

/**
 * The runners' wake-ups: this thread looks at the main thread's commit count (shared memory) and
 * yields when it moved. Polling costs the requests' thread nothing; a message or Atomics.notify
 * per commit cost it 1-1.2 ms of wall time per commit under load (the woken thread took its core).
 */
class CommitWakeUps implements WakeUps {
  private seen: number;
  private lastChange = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private waiting: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly counter: Int32Array) {
    this.seen = Atomics.load(counter, 0);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<number> {
    while (!this.stopped) {
      const now = Atomics.load(this.counter, 0);
      if (now !== this.seen) {
        this.seen = now;
        this.lastChange = performance.now();
        yield now;
        continue;
      }
      const quiet = performance.now() - this.lastChange > QUIET_MS;
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        this.timer = setTimeout(resolve, quiet ? POLL_QUIET_MS : POLL_BUSY_MS);
      });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.waiting?.();
  }
}

/**
 * Batch reports go to the main thread once per turn of this thread's loop, not one message per
 * projection's batch: each message is work on the requests' thread.
 */
function batchReports(): (report: BatchReport) => void {
  let pending: BatchReport[] = [];
  return (report) => {
    if (pending.length === 0)
      setImmediate(() => {
        post({ type: 'batches', reports: pending });
        pending = [];
      });
    pending.push(report);
  };
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
    onBatch: batchReports(),
  });
  port.on('message', (message: ToThread) => {
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
