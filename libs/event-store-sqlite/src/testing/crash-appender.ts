// Child process of the crash test: appends until SIGKILLed. Usage: crash-appender.ts <file> <inline|thread>
import { runCrashAppender } from '@contract-ledger/event-store/testing';
import { openSqliteEventStore } from '../sqlite-event-store';

void runCrashAppender(
  openSqliteEventStore({ path: process.argv[2]!, writer: process.argv[3] as 'inline' | 'thread' }),
);
