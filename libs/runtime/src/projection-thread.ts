import { moduleWorker, type StoreMode } from '@contract-ledger/event-store';
import type { BatchReport, ProjectionLag, ReadStoreConfig } from '@contract-ledger/read-store-sql';
import type { Worker } from 'node:worker_threads';
import type { AppConfig } from './config';

/**
 * The embedded API's projection runners on a worker thread of the API process
 * (LEDGER_PROJECTION_THREAD, docs/read-side.md "The projection thread"): applying events to the
 * read models was about a quarter of the main thread's CPU per command, and every batch ran
 * between two requests. The thread opens its own connections to the SQLite event store (reads
 * only) and to the read store (its only writer); the main thread's queries read the read store
 * through theirs, WAL lets both go on at once.
 */

/** What the thread is started with (structured-cloned: plain data only). */
export interface ProjectionThreadData {
  readonly eventStoreFile: string;
  readonly mode: StoreMode;
  readonly readStore: ReadStoreConfig;
  readonly models: Pick<AppConfig, 'referencePolicy' | 'ocds'>;
  /** One Int32 the main thread increments after each commit; the thread polls it (no message, no notify). */
  readonly commits: SharedArrayBuffer;
}

/** A failure as it crosses the thread boundary (an Error's class does not). */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

export type ToThread = { readonly type: 'lag'; readonly id: number } | { readonly type: 'stop' };

export type FromThread =
  | { readonly type: 'ready' }
  | { readonly type: 'batches'; readonly reports: readonly BatchReport[] }
  | {
      readonly type: 'error';
      readonly projection: string;
      readonly error: ThreadError;
      /** LogDivergedError: the projection stopped for good. */
      readonly diverged: boolean;
    }
  | {
      readonly type: 'lag';
      readonly id: number;
      readonly lags?: ProjectionLag[];
      readonly error?: ThreadError;
    };

export interface ProjectionThreadOptions extends Omit<ProjectionThreadData, 'commits'> {
  /** A batch committed: wake read-your-writes waiters, record its span. */
  readonly onBatch: (report: BatchReport) => void;
  /** A projection's batch failed (it retries) or its log diverged (it stopped). */
  readonly onError: (projection: string, error: Error, diverged: boolean) => void;
  /** The thread died without being asked to stop (it is started again after `restartMs`). */
  readonly onCrash: (error: Error) => void;
  /** Pause before a crashed thread is started again (default 1000 ms). */
  readonly restartMs?: number;
}

/** The projection thread's handle in the main thread. */
export interface ProjectionThread {
  /** Tell the runners the log grew (call after every commit): one atomic increment, nothing else. */
  wake(): void;
  /** The runners' lag, from the thread; rejects while it is not running (crashed, restarting). */
  lag(timeoutMs?: number): Promise<ProjectionLag[]>;
  /** Why the thread is not running now, else undefined. */
  readonly down: string | undefined;
  /** The current thread's id (worker_threads), -1 once it ended. */
  readonly threadId: number;
  /** Ends the thread as a crash would (it is started again): for tests of that path. */
  crash(): Promise<void>;
  /** Lets the current batches finish and their checkpoints commit, closes the thread's connections; terminates it after `timeoutMs`. */
  stop(timeoutMs: number): Promise<void>;
}

export const toThreadError = (error: unknown): ThreadError =>
  error instanceof Error
    ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { name: 'Error', message: String(error) };

export function fromThreadError(error: ThreadError): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/** Starts the thread and resolves once its runners run (rejects if it cannot open the stores). */
export async function startProjectionThread(
  options: ProjectionThreadOptions,
): Promise<ProjectionThread> {
  const commits = new Int32Array(new SharedArrayBuffer(4));
  const data: ProjectionThreadData = {
    eventStoreFile: options.eventStoreFile,
    mode: options.mode,
    readStore: options.readStore,
    models: options.models,
    commits: commits.buffer as SharedArrayBuffer,
  };
  let worker: Worker;
  let down: string | undefined = 'starting';
  let stopping = false;
  let nextId = 0;
  const pending = new Map<number, (answer: Extract<FromThread, { type: 'lag' }>) => void>();
  let restartTimer: NodeJS.Timeout | undefined;

  /** Starts one thread; resolves when it is ready, rejects when it ends before. */
  const launch = (): Promise<void> =>
    new Promise((resolve, reject) => {
      let ready = false;
      let failure: Error | undefined;
      worker = moduleWorker(__dirname, 'projection-thread.worker', { workerData: data });
      const current = worker;
      current.on('message', (message: FromThread) => {
        switch (message.type) {
          case 'ready':
            ready = true;
            down = undefined;
            resolve();
            return;
          case 'batches':
            for (const report of message.reports) options.onBatch(report);
            return;
          case 'error':
            options.onError(message.projection, fromThreadError(message.error), message.diverged);
            return;
          case 'lag':
            pending.get(message.id)?.(message);
            pending.delete(message.id);
            return;
        }
      });
      current.on('error', (error) => (failure = error));
      current.on('exit', (code) => {
        for (const answer of pending.values())
          answer({
            type: 'lag',
            id: -1,
            error: { name: 'Error', message: 'projection thread exited' },
          });
        pending.clear();
        if (stopping) return;
        const error =
          failure ??
          new Error(`the projection thread exited with code ${code} without being stopped`);
        down = `projection thread down (restarting): ${error.message}`;
        if (!ready) {
          reject(error);
          return;
        }
        options.onCrash(error);
        restartLater();
      });
    });

  /** Starts the thread again after the pause; one that does not get ready is reported and tried again. */
  const restartLater = (): void => {
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopping) return;
      launch().catch((reason: unknown) => {
        options.onCrash(reason instanceof Error ? reason : new Error(String(reason)));
        restartLater();
      });
    }, options.restartMs ?? 1000);
  };

  await launch();

  return {
    wake() {
      Atomics.add(commits, 0, 1);
    },
    get down() {
      return down;
    },
    get threadId() {
      return worker.threadId;
    },
    async crash() {
      await worker.terminate();
    },
    lag(timeoutMs = 5000) {
      if (down !== undefined) return Promise.reject(new Error(down));
      const id = nextId++;
      return new Promise<ProjectionLag[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the projection thread did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (answer) => {
          clearTimeout(timer);
          if (answer.lags) resolve(answer.lags);
          else reject(fromThreadError(answer.error ?? { name: 'Error', message: 'no answer' }));
        });
        worker.postMessage({ type: 'lag', id } satisfies ToThread);
      });
    },
    async stop(timeoutMs) {
      stopping = true;
      clearTimeout(restartTimer);
      const current = worker;
      if (current.threadId === -1) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.postMessage({ type: 'stop' } satisfies ToThread);
      const timer = setTimeout(() => void current.terminate(), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
