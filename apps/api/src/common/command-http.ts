import type { CommandContext } from '@contract-ledger/application';
import type { EventMetadata } from '@contract-ledger/event-store';
import { isUuid } from '@contract-ledger/event-store';
import { validationFailed, type Access } from '../platform';

/** The request as the command handlers need it: who asks, the scope check bound to them, what revision they saw. */
export function commandContext(
  access: Access,
  metadata: EventMetadata,
  expectedRevision?: number,
): CommandContext {
  return {
    metadata,
    authorize: (facts) => access.require(facts),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

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
