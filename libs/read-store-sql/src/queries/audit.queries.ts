import type { EventStore } from '@contract-ledger/event-store';
import {
  auditEntities,
  auditEvents,
  auditProjection,
  type Row,
} from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { cursorAfter, MAX_PAGE, queryTable, type Filter, type Page } from '../query';

/** One event as the audit routes show it: the index's row completed from the event store. */
export interface AuditEventRow {
  readonly position: number;
  readonly eventId: string;
  readonly stream: string;
  readonly type: string;
  readonly actor: string;
  readonly role: string;
  readonly scope: string | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly data: unknown;
}

/** Where the audit index's rows get their events from: the log itself (one indexed read per page). */
export type AuditEventSource = Pick<EventStore, 'readEventsById'>;

async function fromLog(
  log: AuditEventSource,
  rows: readonly Row<typeof auditEvents>[],
): Promise<AuditEventRow[]> {
  if (rows.length === 0) return [];
  const events = new Map(
    (await log.readEventsById(rows.map((row) => row.eventId))).map((e) => [e.position, e]),
  );
  return rows.map((row) => {
    const event = events.get(row.position);
    // The index is built from this log: a row without its event means another log's read store.
    if (!event || event.eventId !== row.eventId)
      throw new Error(
        `audit index: event ${row.eventId} at position ${row.position} is not in the event store`,
      );
    const { metadata } = event;
    return {
      position: event.position,
      eventId: event.eventId,
      stream: event.stream,
      type: event.type,
      actor: metadata.actor,
      role: metadata.role,
      scope: metadata.scope ?? null,
      occurredAt: metadata.occurredAt,
      recordedAt: event.recordedAt,
      correlationId: metadata.correlationId,
      data: event.data,
    };
  });
}

export interface AuditSearch {
  readonly actor?: string;
  readonly type?: string;
  /** occurredAt bounds, ISO-8601, inclusive from, exclusive to. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

/** The log in global order, filtered by actor, type and time. */
export async function searchAudit(
  readStore: ReadStore,
  log: AuditEventSource,
  search: AuditSearch = {},
): Promise<Page<AuditEventRow>> {
  const filters: Filter<typeof auditEvents>[] = [];
  if (search.actor) filters.push({ column: 'actor', op: '=', value: search.actor });
  if (search.type) filters.push({ column: 'type', op: '=', value: search.type });
  if (search.from) filters.push({ column: 'occurredAt', op: '>=', value: search.from });
  if (search.to) filters.push({ column: 'occurredAt', op: '<', value: search.to });
  const page = await queryTable(readStore, auditProjection, auditEvents, {
    filters,
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
  return { items: await fromLog(log, page.items), nextCursor: page.nextCursor };
}

/**
 * Every event concerning one tender, in global order: its bids, evaluations and award, and the
 * events of the contract signed from it and their budget movements. `shown` leaves events out of
 * the pages (what the reader may not know exists): a page still has `limit` events whenever more
 * are shown, and a next cursor only when one is, so neither a short page nor an empty last one
 * counts what was left out.
 */
export async function tenderHistory(
  readStore: ReadStore,
  log: AuditEventSource,
  id: string,
  page: { limit?: number; cursor?: string | null } = {},
  shown: (row: AuditEventRow) => boolean = () => true,
): Promise<Page<AuditEventRow>> {
  const limit = page.limit ?? 50;
  const items: AuditEventRow[] = [];
  let nextCursor: string | null = null;
  let cursor = page.cursor ?? null;
  do {
    // One more than the page holds: whether a next page has anything shown is known here.
    const refs = await queryTable(readStore, auditProjection, auditEntities, {
      where: { entityKind: 'tender', entityId: id },
      limit: Math.min(MAX_PAGE, limit + 1),
      cursor,
    });
    if (refs.items.length === 0) break;
    const events = await queryTable(readStore, auditProjection, auditEvents, {
      filters: [{ column: 'position', op: 'in', value: refs.items.map((r) => r.position) }],
      limit: refs.items.length,
    });
    const rows = await fromLog(log, events.items);
    for (const row of rows) {
      if (!shown(row)) continue;
      if (items.length === limit) return { items, nextCursor };
      items.push(row);
      nextCursor = cursorAfter(
        auditEntities,
        { position: row.position, entityKind: 'tender', entityId: id },
        { entityKind: 'tender', entityId: id },
      );
    }
    cursor = refs.nextCursor;
  } while (cursor !== null);
  return { items, nextCursor: null };
}
