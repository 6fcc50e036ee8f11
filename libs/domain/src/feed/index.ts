export {
  NEVER_DISCLOSED,
  SEALED_FIELDS,
  type LedgerEvent,
  type LedgerEventType,
} from './feed-view';
export {
  EVENT_DATA_SCHEMAS,
  LEDGER_EVENT_TYPES,
  categoryOf,
  eventSchemaDocument,
} from './event-schemas';
export type { JsonSchema, Schema } from './schema';
