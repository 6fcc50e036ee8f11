import { eventView, OVERSIGHT, SEALED, type ViewMetadata } from './sealed';
import type { FeedSourceEvent, Viewer } from './source-event';

/** Header names on every Kafka record; part of the downstream contract (docs/kafka.md). */
export const FEED_HEADERS = {
  eventId: 'event-id',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  position: 'position',
  /** Absent on a record whose author is withheld (its request ids with it). */
  correlationId: 'correlation-id',
  hash: 'hash',
  /** Only on records the view withheld fields from: their names, comma-separated (`supplierId,price,proposalDigest,metadata.actor,metadata.scope,metadata.correlationId,metadata.commandId`). */
  redacted: 'redacted',
  /** Only on a sandbox ledger's records (ADR 0010): `true`. Training or integration data, never a real procedure. */
  sandbox: 'sandbox',
} as const;

/**
 * `hash` is always the stored event's hash. On a redacted record the value's data no longer
 * hashes to it, on purpose: the hash proves what the ledger recorded, and the ledger recorded the
 * sealed price. Auditors verify against the store (`verify`, GET as auditor), never against a feed
 * (docs/adr/0006-sealed-data-in-feeds.md).
 */
export function feedHeaders(
  event: FeedSourceEvent,
  redacted: readonly string[] = [],
): Record<string, string> {
  // Withheld with a sealed author (eventView): the header would give back what the value withheld.
  const correlationWithheld = redacted.includes('metadata.correlationId');
  return {
    [FEED_HEADERS.eventId]: event.eventId,
    [FEED_HEADERS.eventType]: event.type,
    [FEED_HEADERS.schemaVersion]: String(event.schemaVersion),
    [FEED_HEADERS.position]: String(event.position),
    ...(correlationWithheld ? {} : { [FEED_HEADERS.correlationId]: event.metadata.correlationId }),
    [FEED_HEADERS.hash]: event.hash,
    ...(redacted.length > 0 ? { [FEED_HEADERS.redacted]: redacted.join(',') } : {}),
    // metadata.sandbox is recorded by a sandbox store only: a consumer filters on the header
    // without parsing the value (the value's metadata says it too).
    ...(event.metadata['sandbox'] === true ? { [FEED_HEADERS.sandbox]: 'true' } : {}),
  };
}

/** The envelope: the event as recorded, with what its reader may not see withheld and named. */
export interface FeedEventValue<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly stream: string;
  /** Absent where withheld (`redacted` says `revision`): a tender's, on the SSE feed, to all but oversight. */
  readonly revision?: number;
  readonly position: number;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: ViewMetadata;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
  /** What the view withheld (sealed bid fields, `metadata.actor`, `metadata.scope` and the request ids); absent when nothing was. */
  readonly redacted?: readonly string[];
}

/** One record for the broker: already routed, keyed and serialised. */
export interface FeedMessage {
  readonly topic: string;
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The one place an event becomes a feed envelope, for the Kafka relay and the SSE endpoint alike
 * (and whatever publishes the log next), so a sealed bid cannot reach one feed through a path the
 * other closed. The view is eventView at the record's own position (SEALED: a bid event is always
 * before its opening), so replaying or resuming a feed gives the same records.
 */
export function toFeedValue(
  event: FeedSourceEvent,
  viewer: Viewer | undefined,
  /**
   * `topic` (Kafka): its consumers get every bid record (redacted), so what only counts bids
   * (a tender's revision, an amendment's voidedBidIds) stays. `caller` (the SSE feed): a caller is
   * sent the bid records it may see only, so those are withheld but for oversight.
   */
  audience: 'topic' | 'caller' = 'topic',
): FeedEventValue {
  const view = eventView(viewer, event, SEALED, { countsBids: audience === 'topic' });
  const { data, metadata } = view;
  // A tender's revision counts every event of its stream, the sealed ones too: between two events
  // a reader sees, the jump is the bids, withdrawals and confirmations it does not (ADR 0006
  // decision 6). Where the reader is not sent those (the SSE feed's public and suppliers), the
  // revision is withheld; the position still orders the records.
  const revisionWithheld =
    audience === 'caller' &&
    event.stream.startsWith('tender-') &&
    !OVERSIGHT.has(viewer?.role ?? '');
  const redacted = revisionWithheld ? [...view.redacted, 'revision'] : view.redacted;
  return {
    eventId: event.eventId,
    stream: event.stream,
    ...(revisionWithheld ? {} : { revision: event.revision }),
    position: event.position,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data,
    metadata,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
    ...(redacted.length > 0 ? { redacted } : {}),
  };
}

/** A Kafka record: the view of a reader without privileges (a downstream service is never the bidder nor the auditor). */
export function toFeedMessage(topic: string, event: FeedSourceEvent): FeedMessage {
  const value = toFeedValue(event, undefined);
  return {
    topic,
    key: event.stream,
    value: JSON.stringify(value),
    headers: feedHeaders(event, value.redacted),
  };
}
