export {
  SqliteEventStore,
  SqliteRowReader,
  openSqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqlite-event-store';
