import type { RecordedEvent } from '@contract-ledger/event-store';
import type { FeedMessage } from './ports';

/** Header names on every record; part of the downstream contract (docs/kafka.md). */
export const FEED_HEADERS = {
  eventId: 'event-id',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  position: 'position',
  correlationId: 'correlation-id',
  hash: 'hash',
} as const;

export function feedHeaders(event: RecordedEvent): Record<string, string> {
  return {
    [FEED_HEADERS.eventId]: event.eventId,
    [FEED_HEADERS.eventType]: event.type,
    [FEED_HEADERS.schemaVersion]: String(event.schemaVersion),
    [FEED_HEADERS.position]: String(event.position),
    [FEED_HEADERS.correlationId]: event.metadata.correlationId,
    [FEED_HEADERS.hash]: event.hash,
  };
}

/** The record value: the event as recorded, so a consumer can re-check the hash chain. */
export interface FeedEventValue<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: RecordedEvent['metadata'];
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

export function toFeedMessage(topic: string, event: RecordedEvent): FeedMessage {
  const value: FeedEventValue = {
    eventId: event.eventId,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
  };
  return { topic, key: event.stream, value: JSON.stringify(value), headers: feedHeaders(event) };
}
