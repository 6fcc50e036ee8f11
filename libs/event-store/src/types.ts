/**
 * The event-store port (docs/architecture.md §Event store). Every adapter implements EventStore
 * and passes the one contract suite in ./testing.
 */

/** Who did it, on whose behalf, and why; travels with every event. */
export interface EventMetadata {
  readonly actor: string;
  readonly role: string;
  /** The agency or supplier the actor acted for, e.g. `agency:<id>`, `supplier:<id>`; absent for global roles. */
  readonly scope?: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** The client's Idempotency-Key or a generated command id. */
  readonly commandId: string;
  readonly occurredAt: string;
  readonly [extra: string]: unknown;
}

/** What a caller appends. `eventId` is a UUIDv7; when absent the store assigns one. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly eventId?: string;
  readonly type: Type;
  readonly schemaVersion?: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  /** Global position: 1, 2, 3... contiguous, in commit order. */
  readonly position: number;
  readonly stream: string;
  /** 1-based index of this event in its stream; after it the stream's revision equals this. */
  readonly revision: number;
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** Revision = number of events in the stream (0 = none). */
export type ExpectedRevision = number | 'no_stream' | 'exists' | 'any';

export interface AppendResult {
  /** The stream's revision after the append (for an idempotent repeat: after the original append). */
  readonly revision: number;
  /**
   * Global position of the last event written (or of the original, for an idempotent repeat);
   * for an append of zero events, the head position at the time of the call.
   */
  readonly position: number;
  readonly events: readonly RecordedEvent[];
}

export interface StreamAppend {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly NewEvent[];
}

export interface ReadStreamOptions {
  /** forwards: first revision to return (1-based, default 1); backwards: last (default: the head). */
  readonly fromRevision?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface EventFilter {
  readonly types?: readonly string[];
  readonly streamPrefix?: string;
}

export interface ReadAllOptions {
  /** First global position to return (default 1). */
  readonly fromPosition?: number;
  /** Last global position to return (default: the head). */
  readonly toPosition?: number;
  readonly limit?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** First global position to deliver (default 1). */
  readonly fromPosition?: number;
  readonly filter?: EventFilter;
}

/** Catch-up then live; `for await` it, and call `stop()` (or break) to end it. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  stop(): Promise<void>;
}

export interface Head {
  /** Last global position, 0 when empty. */
  readonly position: number;
  readonly hash: string;
}

export type VerifyResult =
  | {
      readonly ok: true;
      readonly from: number;
      readonly to: number;
      readonly checked: number;
      readonly headHash: string;
    }
  | {
      readonly ok: false;
      /** The first position where the chain breaks. */
      readonly position: number;
      /** Starts with the break code, then a human explanation. */
      readonly reason: string;
      readonly code: 'hash_mismatch' | 'prev_hash_mismatch' | 'position_gap' | 'revision_gap';
      readonly checked: number;
    };

export interface EventStore {
  append(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** All or nothing across streams: one conflict and nothing is written. Results in input order. */
  appendMulti(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /** The stream's current revision (0 when it has no events). */
  streamRevision(stream: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /**
   * The events with these ids, in position order, through the store's index by event id (never a
   * scan of the log). Ids are compared as UUIDs; an id the log does not hold, or a string that is
   * not a UUID, is left out.
   */
  readEventsById(eventIds: readonly string[]): Promise<readonly RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): Subscription;
  head(): Promise<Head>;
  verify(from?: number, to?: number): Promise<VerifyResult>;
  close(): Promise<void>;
}

/**
 * An event exactly as stored: `data` and `metadata` are their canonical JSON text (RFC 8785), the
 * bytes the hash covers. Adapters persist this shape; `verify` works on it, never on upcast events.
 */
export interface StoredEventRow {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}
