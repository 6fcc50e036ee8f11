import { sealedView } from '@contract-ledger/domain';
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
  /** Only on records the feed view withheld fields from: their names, comma-separated (`price,proposalDigest`). */
  redacted: 'redacted',
} as const;

/**
 * `hash` is always the stored event's hash. On a redacted record the value's data no longer
 * hashes to it, on purpose: the hash proves what the ledger recorded, and the ledger recorded the
 * sealed price. Auditors verify against the store (`verify`, GET as auditor), never against a feed
 * (docs/adr/0006-sealed-data-in-feeds.md).
 */
export function feedHeaders(event: RecordedEvent, redacted: readonly string[] = []): Record<string, string> {
  return {
    [FEED_HEADERS.eventId]: event.eventId,
    [FEED_HEADERS.eventType]: event.type,
    [FEED_HEADERS.schemaVersion]: String(event.schemaVersion),
    [FEED_HEADERS.position]: String(event.position),
    [FEED_HEADERS.correlationId]: event.metadata.correlationId,
    [FEED_HEADERS.hash]: event.hash,
    ...(redacted.length > 0 ? { [FEED_HEADERS.redacted]: redacted.join(',') } : {}),
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
  /** Fields the feed view withheld from `data` (sealed bid contents); absent when none were. */
  readonly redacted?: readonly string[];
}

/**
 * Which view of the event a reader gets: `feed` withholds sealed fields (every Kafka topic, and
 * the SSE feed for every role but the auditor and the bidder itself); `raw` is the event as stored.
 */
export type FeedViewKind = 'feed' | 'raw';

/**
 * The one place an event becomes a feed envelope, for the relay and the SSE endpoint alike, so a
 * sealed price cannot reach one feed through a path the other closed.
 */
export function toFeedValue(event: RecordedEvent, view: FeedViewKind = 'feed'): FeedEventValue {
  const { data, redacted } = view === 'raw' ? { data: event.data, redacted: [] } : sealedView(event.type, event.data);
  return {
    eventId: event.eventId,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
    ...(redacted.length > 0 ? { redacted } : {}),
  };
}

export function toFeedMessage(topic: string, event: RecordedEvent): FeedMessage {
  const value = toFeedValue(event, 'feed');
  return { topic, key: event.stream, value: JSON.stringify(value), headers: feedHeaders(event, value.redacted) };
}
