import {
  moduleWorker,
  StoreUnavailableError,
  type PreparedAppend,
} from '@contract-ledger/event-store';
import type { Worker } from 'node:worker_threads';
import { fromWire, type WireFailure, type WireOutcome, type WrittenBatch } from './sqlite-writer';

export interface WriterThreadData {
  readonly path: string;
  readonly synchronous: 'FULL' | 'NORMAL';
}

export interface WriterRequest {
  readonly id: number;
  readonly requests: readonly (readonly PreparedAppend[])[];
  readonly recordedAt: string;
}

export type WriterReply =
  | { readonly id: number; readonly outcomes: readonly WireOutcome[]; readonly wrote: boolean }
  | { readonly id: number; readonly failure: WireFailure };

/**
 * The store's commits on a worker thread (SqliteEventStoreOptions.writer = 'thread'): the thread
 * holds a second connection to the same file and runs SqliteWriter there, one batch at a time.
 * The event loop keeps serving while SQLite writes and fsyncs; the durability is the same (the
 * append resolves after the commit, FULL by default). The group committer sends one batch and waits
 * for its reply before the next, so batches still commit in order and the appends that arrive
 * meanwhile gather into the next one.
 */
export class WriterThread {
  readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (batch: WrittenBatch) => void; reject: (error: unknown) => void }
  >();
  private nextId = 1;
  private failure: Error | undefined;
  private readonly exited: Promise<void>;

  constructor(readonly data: WriterThreadData) {
    this.worker = moduleWorker(__dirname, 'sqlite-writer.worker', { workerData: data });
    // Referenced only while a commit is in flight: an idle writer does not keep the process alive,
    // and a commit under way finishes before it can exit.
    this.worker.unref();
    this.worker.on('message', (reply: WriterReply) => this.settle(reply));
    this.worker.on('error', (error) => this.stop(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.stop(new Error(`it exited with code ${code}`));
        resolve();
      }),
    );
  }

  commit(
    requests: readonly (readonly PreparedAppend[])[],
    recordedAt: string,
  ): Promise<WrittenBatch> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, requests, recordedAt } satisfies WriterRequest);
    });
  }

  async close(): Promise<void> {
    if (!this.failure) {
      // Referenced until it has closed its connection: the exit is awaited, not just requested.
      this.worker.ref();
      this.worker.postMessage('close');
    }
    await this.exited;
  }

  /** The thread is gone: this one commits nothing more (the store starts another). */
  get stopped(): boolean {
    return this.failure !== undefined;
  }

  private settle(reply: WriterReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if ('failure' in reply)
      waiting.reject(Object.assign(new Error(reply.failure.message), { code: reply.failure.code }));
    else waiting.resolve({ outcomes: reply.outcomes.map(fromWire), wrote: reply.wrote });
  }

  /**
   * The thread is gone (it failed to open the file, or crashed): every commit in flight fails as
   * unavailable. Whether a batch in flight was committed is unknown, as after any crash; its
   * callers' retries with the same event ids are answered as repeats.
   */
  private stop(cause: unknown): void {
    this.failure ??= new StoreUnavailableError(
      `The SQLite writer thread stopped: ${(cause as Error).message}`,
      { cause },
    );
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }
}
