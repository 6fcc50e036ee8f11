import { canonicalJson, canonicalString } from './canonical-json';
import {
  EventNotSerializableError,
  InvalidEventError,
  InvalidExpectedRevisionError,
  InvalidStreamNameError,
  PayloadTooLargeError,
} from './errors';
import type { ExpectedRevision, NewEvent, StreamAppend } from './types';
import { SANDBOX_METADATA_KEY, type StoreMode } from './store-mode';
import { isUuid, uuidv7 } from './uuid';

export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;
const MAX_STREAM_NAME = 256;

export interface PreparedEvent {
  readonly eventId: string;
  /** Only caller-supplied ids can make an append an idempotent repeat. */
  readonly explicitId: boolean;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

export interface PreparedAppend {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly PreparedEvent[];
}

export function assertStreamName(stream: unknown): asserts stream is string {
  if (
    typeof stream !== 'string' ||
    stream.length === 0 ||
    stream.length > MAX_STREAM_NAME ||
    stream.trim() !== stream
  ) {
    throw new InvalidStreamNameError(stream);
  }
  canonicalString(stream, 'stream');
}

export function assertExpectedRevision(expected: unknown): asserts expected is ExpectedRevision {
  if (expected === 'no_stream' || expected === 'exists' || expected === 'any') return;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return;
  throw new InvalidExpectedRevisionError(expected);
}

/**
 * Validates and serialises everything before any I/O, so bad input fails with a typed error and
 * never reaches a transaction (nothing is written, and a group-commit batch is not disturbed).
 */
export function prepareAppends(
  appends: readonly StreamAppend[],
  maxEventBytes: number,
  mode: StoreMode = 'production',
): PreparedAppend[] {
  if (!Array.isArray(appends))
    throw new InvalidEventError(
      'appendMulti takes an array of { stream, expectedRevision, events }',
    );
  const streams = new Set<string>();
  const ids = new Set<string>();
  return appends.map((append) => {
    assertStreamName(append.stream);
    assertExpectedRevision(append.expectedRevision);
    if (streams.has(append.stream))
      throw new InvalidEventError(`Stream "${append.stream}" appears twice in one appendMulti`);
    streams.add(append.stream);
    if (!Array.isArray(append.events))
      throw new InvalidEventError(`Stream "${append.stream}": events must be an array`);
    const events = (append.events as readonly NewEvent[]).map((event, index) =>
      prepareEvent(event, `${append.stream}[${index}]`, maxEventBytes, mode),
    );
    for (const event of events) {
      if (ids.has(event.eventId))
        throw new InvalidEventError(`eventId ${event.eventId} appears twice in one append`);
      ids.add(event.eventId);
    }
    return { stream: append.stream, expectedRevision: append.expectedRevision, events };
  });
}

function prepareEvent(
  event: NewEvent,
  where: string,
  maxEventBytes: number,
  mode: StoreMode,
): PreparedEvent {
  if (typeof event !== 'object' || event === null)
    throw new InvalidEventError(`${where}: an event must be an object`);
  if (typeof event.type !== 'string' || event.type.length === 0)
    throw new InvalidEventError(`${where}: type must be a non-empty string`);
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidEventError(`${where}: schemaVersion must be a positive integer`);
  }
  if (event.eventId !== undefined && !isUuid(event.eventId))
    throw new InvalidEventError(`${where}: eventId must be a UUID`);
  if (typeof event.metadata !== 'object' || event.metadata === null)
    throw new InvalidEventError(`${where}: metadata is required`);
  if (event.data === undefined)
    throw new EventNotSerializableError(`${where}.data`, 'undefined is not JSON');
  canonicalString(event.type, `${where}.type`);
  const data = prefixPath(() => canonicalJson(event.data), `${where}.data`);
  // The marker means what it says: only a sandbox store records it (a copy of a sandbox log into
  // another sandbox store passes it through), and a production store refuses it. Production
  // metadata is serialised untouched: the same bytes, hence the same hashes, as before.
  if (
    Object.hasOwn(event.metadata, SANDBOX_METADATA_KEY) &&
    (mode !== 'sandbox' || event.metadata[SANDBOX_METADATA_KEY] !== true)
  )
    throw new InvalidEventError(
      `${where}: metadata.${SANDBOX_METADATA_KEY} is recorded by sandbox stores only, as true`,
    );
  const metadata = prefixPath(
    () =>
      canonicalJson(
        mode === 'sandbox' ? { ...event.metadata, [SANDBOX_METADATA_KEY]: true } : event.metadata,
      ),
    `${where}.metadata`,
  );
  // Strings are mostly ASCII, so the character count is a cheap lower bound that skips the exact count.
  if (data.length + metadata.length > maxEventBytes / 4) {
    const bytes = Buffer.byteLength(data, 'utf8') + Buffer.byteLength(metadata, 'utf8');
    if (bytes > maxEventBytes) throw new PayloadTooLargeError(bytes, maxEventBytes);
  }
  return {
    eventId: event.eventId?.toLowerCase() ?? uuidv7(),
    explicitId: event.eventId !== undefined,
    type: event.type,
    schemaVersion,
    data,
    metadata,
  };
}

function prefixPath(serialise: () => string, where: string): string {
  try {
    return serialise();
  } catch (error) {
    if (error instanceof EventNotSerializableError)
      throw new EventNotSerializableError(where + error.path.slice(1), error.reason);
    throw error;
  }
}
