export {
  KurrentEventStore,
  KurrentStoreRefusedError,
  openKurrentEventStore,
  type KurrentEventStoreOptions,
  type KurrentWriteProtocol,
} from './kurrentdb-event-store';
export {
  parseKurrentConnectionString,
  redact as redactKurrentConnectionString,
  type ParsedConnectionString,
} from './connection-string';
