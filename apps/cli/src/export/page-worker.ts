// A worker thread of `ledger export` (workerPages): it opens its own read-only connection to the
// SQLite file and renders the pages it is sent (rows re-checked, proofs, bundle text) as UTF-8
// bytes, handed back without a copy. The bytes are eventLinesBytes', the exporter's own.
import { assertContiguous, eventLinesBytes, MerkleLog } from '@contract-ledger/event-store';
import { SqliteRowReader } from '@contract-ledger/event-store-sqlite';
import { parentPort, workerData } from 'node:worker_threads';

export interface PageRequest {
  readonly from: number;
  readonly to: number;
  readonly first: boolean;
}
export type PageReply =
  { readonly bytes: ArrayBuffer; readonly length: number } | { readonly error: string };

const { file, size } = workerData as { file: string; size: number };
const reader = new SqliteRowReader(file);
const merkle = new MerkleLog(reader);
const port = parentPort!;

async function render({ from, to, first }: PageRequest): Promise<PageReply> {
  try {
    const rows = await reader.readStoredRows(from, to);
    assertContiguous(rows, from, to);
    const page = await eventLinesBytes(merkle, size, rows, first);
    // Transferred, not copied: the page is the start of an ArrayBuffer of its own.
    if (page.byteOffset !== 0) throw new Error('an export page does not start its buffer');
    return { bytes: page.buffer as ArrayBuffer, length: page.byteLength };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// One page at a time, in the order sent: replies match requests one to one.
let queue = Promise.resolve();
port.on('message', (request: PageRequest) => {
  queue = queue.then(async () => {
    const reply = await render(request);
    port.postMessage(reply, 'bytes' in reply ? [reply.bytes] : []);
  });
});
