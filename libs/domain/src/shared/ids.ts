import { refuse } from './errors';

/** Ids are UUIDs (v7 in practice: time-ordered), generated outside the domain and passed in. */
export type Id = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertId(value: Id, field: string): Id {
  if (typeof value !== 'string' || !UUID.test(value))
    refuse('ID_INVALID', `${field} must be a UUID`, { field });
  return value;
}
