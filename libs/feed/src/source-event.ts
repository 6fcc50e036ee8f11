/**
 * The part of a recorded event the feed library reads. Structurally the event store's
 * RecordedEvent, declared here because pure libs may not depend on the store (platform:node).
 */
export interface FeedMetadata {
  readonly actor: string;
  readonly role: string;
  /** `agency:<id>` / `supplier:<id>`; absent for global roles. */
  readonly scope?: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly commandId: string;
  readonly occurredAt: string;
  readonly [extra: string]: unknown;
}

export interface FeedSourceEvent {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: FeedMetadata;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * Who reads: the authenticated caller's role and scope (the API's Actor is one), or undefined for
 * a reader without a token: the public, and every Kafka consumer (a downstream service is never
 * the bidder, never the auditor).
 */
export interface Viewer {
  readonly role: string;
  /** The token's subject. */
  readonly id?: string;
  readonly agencyId?: string;
  readonly supplierId?: string;
}
