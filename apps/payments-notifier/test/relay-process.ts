// The relay as its own process over a SQLite ledger file, standing in for apps/worker in the crash
// test (which SIGKILLs it). Args: <ledger.sqlite> <topicPrefix> <brokers>. Prints "ready" once started.
// CRASH_BEFORE_CHECKPOINT_AT=<position>: SIGKILL itself after the broker acknowledged the batch holding
// that position but before the checkpoint moved: the worst moment, which forces duplicates.
import Database from 'better-sqlite3';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  createKafkaFeedClient,
  KafkaRelay,
  SqlCheckpointStore,
  type CheckpointStore,
} from '@contract-ledger/messaging-kafka';
import { sqliteClient } from '../src/sqlite-client';

async function main(): Promise<void> {
  const [dbPath, topicPrefix, brokers] = process.argv.slice(2);
  if (!dbPath || !topicPrefix || !brokers)
    throw new Error('usage: relay-process.ts <ledger.sqlite> <topicPrefix> <brokers>');
  const store = openSqliteEventStore({ path: dbPath });
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  const stored = new SqlCheckpointStore(sqliteClient(db));
  const crashAt = Number(process.env['CRASH_BEFORE_CHECKPOINT_AT'] ?? 0);
  const checkpoints: CheckpointStore = {
    load: (name) => stored.load(name),
    save: async (name, checkpoint) => {
      if (crashAt > 0 && checkpoint.position >= crashAt) process.kill(process.pid, 'SIGKILL');
      await stored.save(name, checkpoint);
    },
  };
  const relay = new KafkaRelay({
    store,
    client: createKafkaFeedClient({ brokers: brokers.split(','), clientId: 'relay-process' }),
    checkpoints,
    topicPrefix,
    batchSize: 200,
    idlePollMs: 20,
  });
  await relay.start();
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => void relay.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`relay-process: ${String(error)}\n`);
  process.exit(1);
});
