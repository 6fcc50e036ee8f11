import { boardTenders, tenderBoardProjection, type Row } from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { queryTable, type Filter, type Page } from '../query';

export type BoardTenderRow = Row<typeof boardTenders>;

interface BoardPage {
  readonly agencyId?: string;
  readonly serviceCategory?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

function common(page: BoardPage): Filter<typeof boardTenders>[] {
  const filters: Filter<typeof boardTenders>[] = [];
  if (page.agencyId) filters.push({ column: 'agencyId', op: '=', value: page.agencyId });
  if (page.serviceCategory)
    filters.push({ column: 'serviceCategory', op: '=', value: page.serviceCategory });
  return filters;
}

/**
 * Every tender ever published (whatever became of it), newest publication first: the one public
 * tender list (GET /api/v1/public/tenders and GET /api/v1/tenders). Drafts have no publishedAt.
 */
export function publishedTenders(
  readStore: ReadStore,
  page: BoardPage = {},
): Promise<Page<BoardTenderRow>> {
  return queryTable(readStore, tenderBoardProjection, boardTenders, {
    filters: [...common(page), { column: 'publishedAt', op: 'is not null' }],
    orderBy: [{ column: 'publishedAt', direction: 'desc' }],
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
}

/** Published tenders still taking bids at `at`, nearest deadline first. */
export function openTenders(
  readStore: ReadStore,
  at: string,
  page: BoardPage = {},
): Promise<Page<BoardTenderRow>> {
  return queryTable(readStore, tenderBoardProjection, boardTenders, {
    filters: [
      ...common(page),
      { column: 'status', op: '=', value: 'published' },
      { column: 'deadline', op: '>', value: at },
    ],
    orderBy: [{ column: 'deadline' }],
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
}

/** Awarded tenders, newest award first (with the contract once signed). */
export function awardedTenders(
  readStore: ReadStore,
  page: BoardPage = {},
): Promise<Page<BoardTenderRow>> {
  return queryTable(readStore, tenderBoardProjection, boardTenders, {
    filters: [...common(page), { column: 'status', op: '=', value: 'awarded' }],
    orderBy: [{ column: 'position', direction: 'desc' }],
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
}

/** Signed contracts, newest first. */
export function signedContracts(
  readStore: ReadStore,
  page: BoardPage = {},
): Promise<Page<BoardTenderRow>> {
  return queryTable(readStore, tenderBoardProjection, boardTenders, {
    filters: [...common(page), { column: 'contractId', op: 'is not null' }],
    orderBy: [{ column: 'position', direction: 'desc' }],
    limit: page.limit,
    cursor: page.cursor ?? null,
  });
}

/** Any public tender (never a draft). */
export async function publicTender(
  readStore: ReadStore,
  tenderId: string,
): Promise<BoardTenderRow | null> {
  const { items } = await queryTable(readStore, tenderBoardProjection, boardTenders, {
    where: { tenderId },
    limit: 1,
  });
  const tender = items[0];
  return tender && tender.status !== 'draft' ? tender : null;
}
