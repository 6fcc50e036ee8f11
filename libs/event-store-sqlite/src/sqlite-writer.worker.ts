// The writer thread (writer-thread.ts): the store's commits on a connection of its own, so the
// fsync of each commit waits here and not on the event loop that serves requests.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteWriter, toWire } from './sqlite-writer';
import type { WriterReply, WriterRequest, WriterThreadData } from './writer-thread';

const { path, synchronous } = workerData as WriterThreadData;
const port = parentPort!;
// The store's own connection created the file, migrated it and set WAL (a property of the file).
const db = new Database(path, { fileMustExist: true });
db.pragma(`synchronous = ${synchronous}`);
db.pragma('busy_timeout = 5000');
const writer = new SqliteWriter(db);

port.on('message', (message: WriterRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    const batch = writer.commit(message.requests, message.recordedAt);
    reply = { id: message.id, outcomes: batch.outcomes.map(toWire), wrote: batch.wrote };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    reply = {
      id: message.id,
      failure: {
        message: (error as Error).message,
        code: typeof code === 'string' ? code : undefined,
      },
    };
  }
  port.postMessage(reply);
});
