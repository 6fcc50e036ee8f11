import { isUuid } from '@contract-ledger/event-store';
import { validationFailed } from '../platform';

/**
 * An id taken from the token when the body leaves it out (the officer's agency, the supplier
 * itself): tokens allow any short id, the ledger wants UUIDs, so say which field is wrong.
 */
export function uuidFrom(value: string | undefined, field: string): string {
  if (value === undefined || !isUuid(value)) {
    throw validationFailed([
      { field, messages: [`${field} must be a UUID (given, or taken from the token's claim)`] },
    ]);
  }
  return value;
}
