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
    if (this.upcasters.has(key)) throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
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
        throw new Error(`Upcaster for ${current.type} v${current.schemaVersion} must return a higher schemaVersion`);
      }
      current = next;
    }
  }
}

export function decodeRow(row: StoredEventRow, upcasters?: UpcasterRegistry): RecordedEvent {
  let data: unknown;
  let metadata: EventMetadata;
  try {
    data = JSON.parse(row.data);
    metadata = JSON.parse(row.metadata) as EventMetadata;
  } catch (error) {
    throw new CorruptEventError(row.position, `stored JSON does not parse (${(error as Error).message})`);
  }
  let event = { type: row.type, schemaVersion: row.schemaVersion, data, metadata };
  if (upcasters && upcasters.size > 0) {
    try {
      event = upcasters.upcast(event);
    } catch (error) {
      throw new CorruptEventError(row.position, `upcasting failed: ${(error as Error).message}`);
    }
  }
  return {
    position: row.position,
    stream: row.stream,
    revision: row.revision,
    eventId: row.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: row.recordedAt,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
