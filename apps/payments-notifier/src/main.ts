// Example downstream service: `node -r ./tools/register.js apps/payments-notifier/src/main.ts`.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createKafkaFeedClient } from '@contract-ledger/messaging-kafka';
import { createPaymentsNotifier } from './payments-notifier';

function required(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) {
    process.stderr.write(`payments-notifier: ${name} is required\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const logger = pino({ name: 'payments-notifier' });
  const dbPath = required('NOTIFIER_DB', 'data/payments-notifier.sqlite');
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  const notifier = createPaymentsNotifier({
    db,
    client: createKafkaFeedClient({
      brokers: required('KAFKA_BROKERS').split(','),
      clientId: 'payments-notifier',
      logger,
    }),
    topicPrefix: required('FEED_TOPIC_PREFIX', 'ledger'),
    onDisbursement: (event) =>
      logger.info(
        {
          supplierId: event.data.supplierId,
          contractId: event.data.contractId,
          amount: event.data.amount,
          eventId: event.eventId,
        },
        'funds disbursed',
      ),
  });
  const shutdown = async () => {
    await notifier.stop();
    db.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await notifier.start();
  logger.info({ dbPath }, 'payments notifier consuming');
}

void main();
