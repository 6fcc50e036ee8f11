// Child process of the crash test: appends until SIGKILLed. Usage: crash-appender.ts <url> <schema>
import { runCrashAppender } from '@contract-ledger/event-store/testing';
import { openPostgresEventStore } from '../postgres-event-store';

void openPostgresEventStore({ connectionString: process.argv[2]!, schema: process.argv[3]! }).then(
  runCrashAppender,
);
