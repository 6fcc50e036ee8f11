import { EventStoreError } from './errors';

/**
 * What a store was created for (ADR 0010). A sandbox store's events carry `metadata.sandbox: true`
 * and its policy periods ran on shortened days: its history must never be mistaken for a
 * production ledger's, nor a production ledger receive sandbox events.
 */
export type StoreMode = 'production' | 'sandbox';

/** The store was created in the other mode; nothing was written. */
export class StoreModeMismatchError extends EventStoreError {
  readonly code = 'STORE_MODE_MISMATCH';
  constructor(
    readonly recorded: StoreMode,
    readonly requested: StoreMode,
  ) {
    super(
      `The event store was created as a ${recorded} store; it was opened as a ${requested} one`,
    );
    this.name = 'StoreModeMismatchError';
  }
}

/**
 * The mode a store holds, decided once: recorded at creation, checked at every open. A log
 * without a recorded mode but with events predates sandbox mode, so it is a production log.
 * Returns the mode to record (undefined: already recorded); throws StoreModeMismatchError.
 */
export function settleStoreMode(
  recorded: string | undefined,
  logHasEvents: boolean,
  requested: StoreMode,
): StoreMode | undefined {
  if (recorded !== undefined && recorded !== 'production' && recorded !== 'sandbox')
    throw new Error(`The event store records an unknown mode "${recorded}"`);
  const mode: StoreMode =
    (recorded as StoreMode | undefined) ?? (logHasEvents ? 'production' : requested);
  if (mode !== requested) throw new StoreModeMismatchError(mode, requested);
  return recorded === undefined ? mode : undefined;
}

/** The metadata key a sandbox store adds to every event (hashed with the rest of the metadata). */
export const SANDBOX_METADATA_KEY = 'sandbox';
