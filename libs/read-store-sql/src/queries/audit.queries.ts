import {
  auditEntities,
  auditEvents,
  auditProjection,
  type AuditEntityKind,
  type Row,
} from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { queryTable, type Filter, type Page } from '../query';

export type AuditEventRow = Row<typeof auditEvents>;

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
export function searchAudit(
  readStore: ReadStore,
  search: AuditSearch = {},
): Promise<Page<AuditEventRow>> {
  const filters: Filter<typeof auditEvents>[] = [];
  if (search.actor) filters.push({ column: 'actor', op: '=', value: search.actor });
  if (search.type) filters.push({ column: 'type', op: '=', value: search.type });
  if (search.from) filters.push({ column: 'occurredAt', op: '>=', value: search.from });
  if (search.to) filters.push({ column: 'occurredAt', op: '<', value: search.to });
  return queryTable(readStore, auditProjection, auditEvents, {
    filters,
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
}

/**
 * Every event concerning one entity, in global order: for a tender that includes its bids,
 * evaluations and award, and the events of the contract signed from it and their budget movements.
 */
export async function entityHistory(
  readStore: ReadStore,
  kind: AuditEntityKind,
  id: string,
  page: { limit?: number; cursor?: string | null } = {},
): Promise<Page<AuditEventRow>> {
  const refs = await queryTable(readStore, auditProjection, auditEntities, {
    where: { entityKind: kind, entityId: id },
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
  if (refs.items.length === 0) return { items: [], nextCursor: null };
  const events = await queryTable(readStore, auditProjection, auditEvents, {
    filters: [{ column: 'position', op: 'in', value: refs.items.map((r) => r.position) }],
    limit: refs.items.length,
  });
  return { items: events.items, nextCursor: refs.nextCursor };
}
