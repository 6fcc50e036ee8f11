import { CorruptEventError } from './errors';
import type { EventMetadata, RecordedEvent, StoredEventRow } from './types';

/** What an upcaster sees and returns: the parts of an event that a schema change may touch. */
export interface UpcastableEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export type Upcaster = (event: UpcastableEvent) => UpcastableEvent;

/**
 * (type, fromVersion) -> function. Applied on every read, repeatedly, until no upcaster matches;
 * stored events are never rewritten, so the hash chain keeps covering what was originally written.
 */
export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  register(type: string, fromVersion: number, upcast: Upcaster): this {
    const key = `${fromVersion}\u0000${type}`;
    if (this.upcasters.has(key))
      throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    this.upcasters.set(key, upcast);
    return this;
  }

  get size(): number {
    return this.upcasters.size;
  }

  upcast(event: UpcastableEvent): UpcastableEvent {
    let current = event;
    for (;;) {
      const upcast = this.upcasters.get(`${current.schemaVersion}\u0000${current.type}`);
      if (!upcast) return current;
      const next = upcast(current);
      // A non-increasing version would loop forever or silently downgrade.
      if (!(next.schemaVersion > current.schemaVersion)) {
        throw new Error(
          `Upcaster for ${current.type} v${current.schemaVersion} must return a higher schemaVersion`,
        );
      }
      current = next;
    }
  }
}

export function decodeRow(row: StoredEventRow, upcasters?: UpcasterRegistry): RecordedEvent {
  return decodeFields(
    row.position,
    row.stream,
    row.revision,
    row.eventId,
    row.type,
    row.schemaVersion,
    row.data,
    row.metadata,
    row.recordedAt,
    row.prevHash,
    row.hash,
    upcasters,
  );
}

/**
 * decodeRow without the intermediate StoredEventRow: adapters call it straight from the driver's
 * row array, because on readAll the extra object per row was a measurable share of the cost.
 */
export function decodeFields(
  position: number,
  stream: string,
  revision: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  dataText: string,
  metadataText: string,
  recordedAt: string,
  prevHash: string,
  hash: string,
  upcasters?: UpcasterRegistry,
): RecordedEvent {
  let data: unknown;
  let metadata: EventMetadata;
  try {
    data = JSON.parse(dataText);
    metadata = JSON.parse(metadataText) as EventMetadata;
  } catch (error) {
    throw new CorruptEventError(
      position,
      `stored JSON does not parse (${(error as Error).message})`,
    );
  }
  if (upcasters && upcasters.size > 0) {
    let event: UpcastableEvent = { type, schemaVersion, data, metadata };
    try {
      event = upcasters.upcast(event);
    } catch (error) {
      throw new CorruptEventError(position, `upcasting failed: ${(error as Error).message}`);
    }
    ({ type, schemaVersion, data, metadata } = event);
  }
  return {
    position,
    stream,
    revision,
    eventId,
    type,
    schemaVersion,
    data,
    metadata,
    recordedAt,
    prevHash,
    hash,
  };
}
