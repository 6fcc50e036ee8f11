import type { RenderPages } from '@contract-ledger/application';
import { BUNDLE_PAGE, moduleWorker } from '@contract-ledger/event-store';
import { availableParallelism } from 'node:os';
import type { PageReply, PageRequest } from './page-worker';

/** Pages in flight per worker: one being rendered, one waiting, so a worker never idles on the writer. */
const DEPTH = 2;

/**
 * Renders a SQLite log's pages on `threads` worker threads, each with its own read-only
 * connection, and yields them in order: page k goes to worker k mod threads. One thread renders
 * about 30,000 events per CPU second (re-hashing, proofs, text); the process that writes the file
 * only copies bytes. At most threads * DEPTH pages (of 1,000 events) are in flight, and none is
 * asked for while the consumer waits for its file to drain, so memory stays bounded.
 */
export function workerPages(file: string, threads = exportThreads()): RenderPages {
  return async function* render(from, to, size) {
    const workers = Array.from({ length: threads }, () => {
      const worker = moduleWorker(__dirname, 'page-worker', { workerData: { file, size } });
      const waiting: { resolve: (reply: PageReply) => void; reject: (e: Error) => void }[] = [];
      const fail = (error: Error) => {
        for (const w of waiting.splice(0)) w.reject(error);
      };
      worker.on('message', (reply: PageReply) => waiting.shift()?.resolve(reply));
      worker.on('error', fail);
      worker.on('exit', (code) =>
        fail(new Error(`an export worker thread stopped (exit code ${code})`)),
      );
      return {
        worker,
        send(request: PageRequest): Promise<PageReply> {
          const reply = new Promise<PageReply>((resolve, reject) =>
            waiting.push({ resolve, reject }),
          );
          worker.postMessage(request);
          return reply;
        },
      };
    });
    const inFlight: { reply: Promise<PageReply>; last: number }[] = [];
    try {
      let next = from;
      let sent = 0;
      while (next <= to || inFlight.length > 0) {
        while (next <= to && inFlight.length < threads * DEPTH) {
          const last = Math.min(to, next + BUNDLE_PAGE - 1);
          const reply = workers[sent % threads]!.send({
            from: next,
            to: last,
            first: next === from,
          });
          // Awaited in order below; a rejection before its turn must not count as unhandled.
          reply.catch(() => undefined);
          inFlight.push({ reply, last });
          next = last + 1;
          sent++;
        }
        const { reply, last } = inFlight.shift()!;
        const result = await reply;
        if ('error' in result) throw new Error(result.error);
        yield { chunk: new Uint8Array(result.bytes, 0, result.length), last };
      }
    } finally {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    }
  };
}

/** One render thread per core (at most 4): the writing thread's own share is small. */
export function exportThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
