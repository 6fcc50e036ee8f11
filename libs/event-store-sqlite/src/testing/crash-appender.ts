// Child process of the crash test: appends until SIGKILLed. Usage: crash-appender.ts <file>
import { runCrashAppender } from '@contract-ledger/event-store/testing';
import { openSqliteEventStore } from '../sqlite-event-store';

void runCrashAppender(openSqliteEventStore({ path: process.argv[2]! }));
