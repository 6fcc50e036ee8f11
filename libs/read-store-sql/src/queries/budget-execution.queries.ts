import { budgetExecutionProjection, budgetLines, type Row } from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { queryTable, type Page, type Sort } from '../query';

export type BudgetLineRow = Row<typeof budgetLines>;

export interface BudgetExecutionSearch {
  readonly agencyId?: string;
  readonly fiscalYear?: number;
  readonly category?: string;
  readonly orderBy?: readonly Sort<typeof budgetLines>[];
  readonly limit?: number;
  readonly cursor?: string | null;
}

export function budgetExecution(
  readStore: ReadStore,
  search: BudgetExecutionSearch = {},
): Promise<Page<BudgetLineRow>> {
  const where: Partial<BudgetLineRow> = {};
  if (search.agencyId) where.agencyId = search.agencyId;
  if (search.fiscalYear !== undefined) where.fiscalYear = search.fiscalYear;
  if (search.category) where.category = search.category;
  return queryTable(readStore, budgetExecutionProjection, budgetLines, {
    where,
    ...(search.orderBy ? { orderBy: search.orderBy } : {}),
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
}
