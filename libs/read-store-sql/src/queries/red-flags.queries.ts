import {
  redFlags,
  redFlagsProjection,
  type RedFlagCode,
  type RedFlagEntityKind,
  type RedFlagRow,
} from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { queryTable, type Filter, type Page } from '../query';

export type { RedFlagRow };

export interface RedFlagSearch {
  readonly code?: RedFlagCode;
  readonly agencyId?: string;
  readonly supplierId?: string;
  readonly tenderId?: string;
  readonly contractId?: string;
  /** raisedAt bounds, ISO-8601: inclusive from, exclusive to. */
  readonly from?: string;
  readonly to?: string;
  /** Default 'desc': newest raised first. */
  readonly direction?: 'asc' | 'desc';
  readonly limit?: number;
  readonly cursor?: string | null;
}

/** Red flags in the order they were raised (log position), filtered by code, party and time. */
export function redFlagsList(
  readStore: ReadStore,
  search: RedFlagSearch = {},
): Promise<Page<RedFlagRow>> {
  const filters: Filter<typeof redFlags>[] = [];
  if (search.code) filters.push({ column: 'code', op: '=', value: search.code });
  if (search.agencyId) filters.push({ column: 'agencyId', op: '=', value: search.agencyId });
  if (search.supplierId) filters.push({ column: 'supplierId', op: '=', value: search.supplierId });
  if (search.tenderId) filters.push({ column: 'tenderId', op: '=', value: search.tenderId });
  if (search.contractId) filters.push({ column: 'contractId', op: '=', value: search.contractId });
  if (search.from) filters.push({ column: 'raisedAt', op: '>=', value: search.from });
  if (search.to) filters.push({ column: 'raisedAt', op: '<', value: search.to });
  return queryTable(readStore, redFlagsProjection, redFlags, {
    filters,
    orderBy: [{ column: 'position', direction: search.direction ?? 'desc' }],
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
}

/** The flags raised about one entity (a tender, contract, milestone or supplier), oldest first. */
export function redFlagsOf(
  readStore: ReadStore,
  entityKind: RedFlagEntityKind,
  entityId: string,
  page: { limit?: number; cursor?: string | null } = {},
): Promise<Page<RedFlagRow>> {
  return queryTable(readStore, redFlagsProjection, redFlags, {
    where: { entityKind, entityId },
    orderBy: [{ column: 'position' }],
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
}

/** One flag by its stable id, or null. */
export async function redFlag(readStore: ReadStore, flagId: string): Promise<RedFlagRow | null> {
  const { items } = await queryTable(readStore, redFlagsProjection, redFlags, {
    where: { flagId },
    limit: 1,
  });
  return items[0] ?? null;
}
