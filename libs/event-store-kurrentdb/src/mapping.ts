import {
  canonicalJson,
  CorruptEventError,
  type StoredEventRow,
} from '@contract-ledger/event-store';
import { hash } from 'node:crypto';

/**
 * The pure half of the KurrentDB adapter (ADR 0007): how a ledger row becomes a KurrentDB event and
 * back, and the arithmetic between the port's numbers and KurrentDB's. No client, no I/O, so every
 * rule here is unit-tested without a server.
 */

/** Keys of the KurrentDB event metadata. Values are strings: multi-stream append takes nothing else. */
export const PROP = {
  position: 'ledger.position',
  stream: 'ledger.stream',
  revision: 'ledger.revision',
  eventId: 'ledger.eventId',
  schemaVersion: 'ledger.schemaVersion',
  recordedAt: 'ledger.recordedAt',
  prevHash: 'ledger.prevHash',
  hash: 'ledger.hash',
  /** The event's EventMetadata as its canonical JSON text: the exact bytes the hash covers. */
  metadata: 'ledger.metadata',
} as const;

/** The shape the client's append takes (jsonEvent output), without importing the client here. */
export interface KurrentEventData {
  readonly id: string;
  readonly contentType: 'application/json';
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, string>>;
}

/** The part of the client's RecordedEvent this adapter reads. */
export interface KurrentRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
}

/**
 * Each ledger event is written twice: to its aggregate stream under its own eventId, and to the
 * chain stream under an id derived from it (KurrentDB checks idempotency by id per stream, and the
 * two copies must not be mistaken for one another by any tool that indexes ids). Deterministic, so a
 * retried append sends the same id. A UUID of version 8 (custom) from sha256("chain:" + eventId).
 */
export function chainEventId(eventId: string): string {
  const h = hash('sha256', `chain:${eventId.toLowerCase()}`, 'hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A stored ledger row as the KurrentDB event written to `copy`: the aggregate stream or the chain stream. */
export function toKurrentEvent(row: StoredEventRow, copy: 'stream' | 'chain'): KurrentEventData {
  return {
    id: copy === 'stream' ? row.eventId : chainEventId(row.eventId),
    contentType: 'application/json',
    type: row.type,
    // JSON for KurrentDB's own tools (UI, projections); the hash is over canonicalJson of it, which
    // re-parsing and re-canonicalising gives back byte for byte (RFC 8785 is idempotent).
    data: JSON.parse(row.data) as unknown,
    metadata: {
      [PROP.position]: String(row.position),
      [PROP.stream]: row.stream,
      [PROP.revision]: String(row.revision),
      [PROP.eventId]: row.eventId,
      [PROP.schemaVersion]: String(row.schemaVersion),
      [PROP.recordedAt]: row.recordedAt,
      [PROP.prevHash]: row.prevHash,
      [PROP.hash]: row.hash,
      [PROP.metadata]: row.metadata,
    },
  };
}

/**
 * A KurrentDB event back to the stored row. The numbers come from the metadata, not from where
 * KurrentDB placed the event: `verify` must see what was stored, so an event moved, dropped or
 * edited behind the adapter's back breaks the chain at its position instead of being renumbered.
 * `hint` names the position the caller expected, for the error of an unreadable event.
 */
export function fromKurrentEvent(event: KurrentRecordedEvent, hint: number): StoredEventRow {
  const meta = metadataObject(event.metadata, hint);
  const text = (key: string): string => {
    const value = meta[key];
    if (typeof value === 'string') return value;
    // A server may hand back a metadata property it parsed; numbers are as good as their digits.
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new CorruptEventError(
      hint,
      `KurrentDB event ${event.id} in "${event.streamId}" has no ${key}`,
    );
  };
  const integer = (key: string): number => {
    const raw = text(key);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
      throw new CorruptEventError(hint, `${key} "${raw}" is not a non-negative integer`);
    return Number(raw);
  };
  if (!event.isJson)
    throw new CorruptEventError(
      hint,
      `KurrentDB event ${event.id} in "${event.streamId}" is not JSON`,
    );
  const storedMetadata = meta[PROP.metadata];
  return {
    position: integer(PROP.position),
    stream: text(PROP.stream),
    revision: integer(PROP.revision),
    eventId: text(PROP.eventId),
    type: event.type,
    schemaVersion: integer(PROP.schemaVersion),
    data: canonical(event.data, hint),
    metadata: typeof storedMetadata === 'string' ? storedMetadata : canonical(storedMetadata, hint),
    recordedAt: text(PROP.recordedAt),
    prevHash: text(PROP.prevHash),
    hash: text(PROP.hash),
  };
}

function metadataObject(metadata: unknown, hint: number): Record<string, unknown> {
  if (metadata instanceof Uint8Array) {
    try {
      return metadataObject(JSON.parse(Buffer.from(metadata).toString('utf8')), hint);
    } catch {
      throw new CorruptEventError(hint, 'KurrentDB event metadata is not JSON');
    }
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new CorruptEventError(hint, 'KurrentDB event has no ledger metadata');
  }
  return metadata as Record<string, unknown>;
}

function canonical(value: unknown, hint: number): string {
  if (value === undefined) throw new CorruptEventError(hint, 'KurrentDB event has no data');
  try {
    return canonicalJson(value);
  } catch (error) {
    throw new CorruptEventError(
      hint,
      `KurrentDB event data is not canonicalisable JSON (${(error as Error).message})`,
    );
  }
}

/**
 * Our revision counts events (1 after the first); KurrentDB's numbers them from 0. The expected
 * state for appending after `revision` events: none yet is "no_stream", otherwise the 0-based
 * revision of the last one, which is revision - 1.
 */
export function expectedStateAfter(revision: number): 'no_stream' | bigint {
  if (!Number.isSafeInteger(revision) || revision < 0)
    throw new RangeError(`revision must be a non-negative integer, got ${revision}`);
  return revision === 0 ? 'no_stream' : BigInt(revision - 1);
}

/** Our revision (count) after the KurrentDB event with 0-based `kurrentRevision`. */
export function ledgerRevision(kurrentRevision: bigint): number {
  return Number(kurrentRevision) + 1;
}

/**
 * Position p is the p-th event of the chain stream. `base` is the KurrentDB revision of the chain's
 * first event: 0, unless the stream was deleted and written again (revisions then continue), which
 * only tampering does; reads go through here so a rewritten chain is still read from its start.
 */
export function chainRevisionOf(position: number, base: bigint): bigint {
  if (!Number.isSafeInteger(position) || position < 1)
    throw new RangeError(`position must be a positive integer, got ${position}`);
  return base + BigInt(position - 1);
}

/**
 * Where a catch-up subscription to the chain stream starts so that `position` is the first event
 * delivered. KurrentDB subscribes *after* the given revision, so that is the one before; position 1
 * of an unrewritten chain is the stream's start. The adapter drops anything below `position`
 * anyway, so a server that counted inclusively would cost one event, not a duplicate.
 */
export function subscriptionStart(position: number, base: bigint): 'start' | bigint {
  const revision = chainRevisionOf(position, base);
  return revision === 0n ? 'start' : revision - 1n;
}

/** One stream's share of a batch: its events in order and the KurrentDB expected state before them. */
export interface StreamWrite {
  readonly stream: string;
  readonly expectedState: 'no_stream' | bigint;
  readonly rows: readonly StoredEventRow[];
}

/**
 * Groups a batch's new rows (position order) by stream for the aggregate-stream writes: one write
 * per stream, in order of first appearance, expecting the revision before its first row. A group
 * commit can hold several appends to one stream; their rows are consecutive revisions, checked here
 * so a planning bug can never reach the server as a silently reordered stream.
 */
export function streamWrites(rows: readonly StoredEventRow[]): StreamWrite[] {
  const byStream = new Map<string, StoredEventRow[]>();
  for (const row of rows) {
    const list = byStream.get(row.stream);
    if (list === undefined) byStream.set(row.stream, [row]);
    else {
      const last = list[list.length - 1]!;
      if (row.revision !== last.revision + 1)
        throw new Error(
          `stream "${row.stream}": revision ${row.revision} does not follow ${last.revision}`,
        );
      list.push(row);
    }
  }
  return [...byStream].map(([stream, list]) => ({
    stream,
    expectedState: expectedStateAfter(list[0]!.revision - 1),
    rows: list,
  }));
}
