import type { EventMetadata, EventStore, NewEvent, StreamAppend } from '../types';

/** An event written outside the API (a generated world's): its correlation id stands in for the command id. */
export interface OrderedEvent {
  readonly stream: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Pick<
    EventMetadata,
    'actor' | 'role' | 'scope' | 'correlationId' | 'causationId' | 'occurredAt'
  > & { readonly [extra: string]: unknown };
}

/**
 * Appends events in the order given, as few transactions as keep that order: a run of one
 * stream's events goes in one append, and a new appendMulti starts where a stream comes back (one
 * appendMulti names a stream once) or after 500 streams. Revisions are not checked ('any'): the
 * events come from a world that already decided them (projections/testing's Procurement), and
 * their cross-stream order (reserve after publish, commit after signing) is kept in the log.
 * Returns how many events it appended.
 */
export async function appendInOrder(
  store: Pick<EventStore, 'appendMulti'>,
  events: readonly OrderedEvent[],
): Promise<number> {
  let chunk: { stream: string; events: NewEvent[] }[] = [];
  let streams = new Set<string>();
  const commit = async (): Promise<void> => {
    if (chunk.length > 0)
      await store.appendMulti(chunk.map((a): StreamAppend => ({ ...a, expectedRevision: 'any' })));
    chunk = [];
    streams = new Set();
  };
  for (const e of events) {
    // eventId left to the store: a world numbers ids by its own positions.
    const event: NewEvent = {
      type: e.type,
      data: e.data,
      metadata: { ...e.metadata, commandId: e.metadata.correlationId },
    };
    const last = chunk[chunk.length - 1];
    if (last && last.stream === e.stream) {
      last.events.push(event);
      continue;
    }
    if (streams.has(e.stream) || chunk.length >= 500) await commit();
    chunk.push({ stream: e.stream, events: [event] });
    streams.add(e.stream);
  }
  await commit();
  return events.length;
}
