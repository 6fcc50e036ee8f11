import { EventIdConflictError, WrongExpectedRevisionError } from './errors';
import { chainHash } from './hash-chain';
import type { PreparedAppend } from './prepare';
import type { ExpectedRevision, StoredEventRow } from './types';

/** What the single writer sees of the log inside its transaction. */
export interface WriterView {
  readonly head: { readonly position: number; readonly hash: string };
  streamRevision(stream: string): number;
  storedEvent(eventId: string): StoredEventRow | undefined;
}

export interface PlannedResult {
  readonly revision: number;
  readonly position: number;
  readonly rows: readonly StoredEventRow[];
}

export type PlannedOutcome =
  | { readonly ok: true; readonly results: readonly PlannedResult[] }
  | { readonly ok: false; readonly error: Error };

export interface BatchPlan {
  /** New rows in position order, to insert in one transaction. */
  readonly rows: readonly StoredEventRow[];
  /** One per request, in request order. */
  readonly outcomes: readonly PlannedOutcome[];
}

/**
 * Decides a group-commit batch: each request (one append or appendMulti) is checked against the
 * log as left by the requests before it, so a conflict or an idempotent repeat affects only its
 * own caller. Positions, revisions and the hash chain are assigned here, once, for every adapter.
 */
export function planBatch(
  requests: readonly (readonly PreparedAppend[])[],
  view: WriterView,
  recordedAt: string,
): BatchPlan {
  const rows: StoredEventRow[] = [];
  const pendingRevisions = new Map<string, number>();
  const pendingIds = new Map<string, StoredEventRow>();
  let position = view.head.position;
  let hash = view.head.hash;

  const revisionOf = (stream: string): number =>
    pendingRevisions.get(stream) ?? view.streamRevision(stream);
  const eventById = (eventId: string): StoredEventRow | undefined =>
    pendingIds.get(eventId) ?? view.storedEvent(eventId);

  const outcomes = requests.map((appends): PlannedOutcome => {
    try {
      const repeat = findRepeat(appends, eventById);
      if (repeat) return { ok: true, results: repeat };
      for (const append of appends) {
        const actual = revisionOf(append.stream);
        if (!satisfies(append.expectedRevision, actual))
          throw new WrongExpectedRevisionError(append.stream, append.expectedRevision, actual);
      }
    } catch (error) {
      return { ok: false, error: error as Error };
    }
    const results = appends.map((append): PlannedResult => {
      let revision = revisionOf(append.stream);
      const written: StoredEventRow[] = [];
      for (const event of append.events) {
        position++;
        revision++;
        // One object per event: the row is hashed with a placeholder hash and then completed
        // (chainHash reads only the hashed fields); spreading a separate fields object cost an allocation.
        const row = {
          position,
          stream: append.stream,
          revision,
          eventId: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          metadata: event.metadata,
          recordedAt,
          prevHash: hash,
          hash: '',
        };
        row.hash = chainHash(hash, row);
        hash = row.hash;
        written.push(row);
        pendingIds.set(row.eventId, row);
      }
      pendingRevisions.set(append.stream, revision);
      rows.push(...written);
      return { revision, position, rows: written };
    });
    return { ok: true, results };
  });
  return { rows, outcomes };
}

export function satisfies(expected: ExpectedRevision, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'exists':
      return actual > 0;
    default:
      return expected === actual;
  }
}

/**
 * An append whose events all carry ids that are already stored (in the same streams) is a repeat
 * of a call that succeeded: answer with what that call got, whatever the expected revision says,
 * because the caller retrying after a lost response could not know the new revision.
 */
function findRepeat(
  appends: readonly PreparedAppend[],
  eventById: (eventId: string) => StoredEventRow | undefined,
): PlannedResult[] | undefined {
  let total = 0;
  let found = 0;
  let firstMissing: string | undefined;
  for (const append of appends) {
    for (const event of append.events) {
      total++;
      const stored = event.explicitId ? eventById(event.eventId) : undefined;
      if (!stored) {
        firstMissing ??= event.eventId;
        continue;
      }
      if (stored.stream !== append.stream) {
        throw new EventIdConflictError(
          event.eventId,
          `eventId ${event.eventId} is already stored in stream "${stored.stream}", not "${append.stream}"`,
        );
      }
      found++;
    }
  }
  if (found === 0) return undefined;
  if (found < total) {
    throw new EventIdConflictError(
      firstMissing!,
      `Some events of this append are already stored and others (${firstMissing}) are not`,
    );
  }
  return appends.map((append) => {
    const rows = append.events.map((event) => eventById(event.eventId)!);
    const last = rows.reduce((a, b) => (b.position > a.position ? b : a));
    return { revision: last.revision, position: last.position, rows };
  });
}
