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

/** How long one wait on the counter lasts before it is renewed (so a stopped thread is not held). */
const WAIT_MS = 1000;

/** Node 20 has Atomics.waitAsync; the es2022 lib the project compiles against does not declare it. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      array: Int32Array,
      index: number,
      value: number,
      timeoutMs: number,
    ): { readonly async: boolean; readonly value: Promise<string> | string };
  }
).waitAsync;

/** One wake-up each time the main thread's commit counter moves: no message, no read of the log. */
function commitWakeUps(counter: Int32Array): WakeUps {
  let stopped = false;
  return {
    async *[Symbol.asyncIterator]() {
      let seen = Atomics.load(counter, 0);
      while (!stopped) {
        const wait = waitAsync(counter, 0, seen, WAIT_MS);
        if (wait.async) await wait.value;
        const now = Atomics.load(counter, 0);
        if (now !== seen) {
          seen = now;
          yield now;
        }
      }
    },
    async stop() {
      stopped = true;
      Atomics.notify(counter, 0);
    },
  };
}

async function main(): Promise<void> {
  const data = workerData as ProjectionThreadData;
  const store = openSqliteEventStore({ path: data.eventStoreFile, mode: data.mode });
  const readStore = await createReadStore(data.readStore);
  const projections = readModels(data.models);
  const counter = new Int32Array(data.commits);
  const source: ProjectionEventSource = {
    readAll: (options) => store.readAll(options),
    head: () => store.head(),
    subscribe: () => commitWakeUps(counter),
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
