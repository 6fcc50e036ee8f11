import type { ExpectedRevision } from './types';

/** Every error the store raises on purpose; `code` is stable (the API and clients key on it). */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream moved on since the caller read it: HTTP 409, or 412 when the client pinned If-Match. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number,
  ) {
    super(`Stream "${stream}": expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The caller sent something the store refuses to write; nothing was written (HTTP 400). */
export abstract class InvalidAppendError extends EventStoreError {}

export class InvalidStreamNameError extends InvalidAppendError {
  readonly code = 'INVALID_STREAM_NAME';
  constructor(readonly stream: unknown) {
    super(
      `Invalid stream name ${JSON.stringify(stream) ?? String(stream)}: a non-empty string of at most 256 characters without surrounding whitespace`,
    );
    this.name = 'InvalidStreamNameError';
  }
}

export class InvalidExpectedRevisionError extends InvalidAppendError {
  readonly code = 'INVALID_EXPECTED_REVISION';
  constructor(readonly expectedRevision: unknown) {
    super(
      `Invalid expected revision ${String(expectedRevision)}: a non-negative integer, 'no_stream', 'exists' or 'any'`,
    );
    this.name = 'InvalidExpectedRevisionError';
  }
}

export class EventNotSerializableError extends InvalidAppendError {
  readonly code = 'EVENT_NOT_SERIALIZABLE';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Not JSON-serialisable at ${path}: ${reason}`);
    this.name = 'EventNotSerializableError';
  }
}

export class PayloadTooLargeError extends InvalidAppendError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Event payload of ${bytes} bytes exceeds the limit of ${limit} bytes`);
    this.name = 'PayloadTooLargeError';
  }
}

/** Missing type or metadata, a malformed eventId or schemaVersion, a stream twice in one appendMulti. */
export class InvalidEventError extends InvalidAppendError {
  readonly code = 'INVALID_EVENT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/**
 * Some eventIds of an append are already stored and others are not, or a stored id belongs to
 * another stream: neither a fresh append nor an idempotent repeat, so refuse rather than guess.
 */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly eventId: string,
    message: string,
  ) {
    super(message);
    this.name = 'EventIdConflictError';
  }
}

/** The database cannot be reached or refused the connection (HTTP 503); the append may be retried. */
export class StoreUnavailableError extends EventStoreError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A stored event cannot be decoded or upcast: the log itself is damaged or a registry is wrong. */
export class CorruptEventError extends EventStoreError {
  readonly code = 'CORRUPT_EVENT';
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(`Event at position ${position}: ${message}`);
    this.name = 'CorruptEventError';
  }
}

/** A proof or tile asked for sizes or indexes the tree does not have (HTTP 400 or 404 at the routes). */
export class TreeRangeError extends EventStoreError {
  readonly code = 'TREE_RANGE';
  constructor(message: string) {
    super(message);
    this.name = 'TreeRangeError';
  }
}
