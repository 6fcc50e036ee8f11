import { budgetAvailable, type BudgetLineState, type Money } from '@contract-ledger/domain';

type OpenLine = Extract<BudgetLineState, { status: 'open' }>;

/** An open budget line as GET /budget-lines/{id} shows it: the totals and what each tender and contract holds. */
export function budgetLineView(state: OpenLine) {
  const o = state.opened;
  return {
    budgetLineId: o.budgetLineId,
    agencyId: o.agencyId,
    fiscalYear: o.fiscalYear,
    category: o.category,
    openedAt: o.openedAt,
    allocated: state.allocated,
    reserved: state.reserved,
    committed: state.committed,
    disbursed: state.disbursed,
    available: budgetAvailable(state) as Money,
    reservations: Object.entries(state.reservations).map(([tenderId, r]) => ({ tenderId, ...r })),
    commitments: Object.entries(state.commitments).map(([contractId, c]) => ({ contractId, ...c })),
  };
}

export type BudgetLineView = ReturnType<typeof budgetLineView>;
