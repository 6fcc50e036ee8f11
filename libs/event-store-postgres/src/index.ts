export {
  PostgresEventStore,
  openPostgresEventStore,
  type PostgresEventStoreOptions,
} from './postgres-event-store';
