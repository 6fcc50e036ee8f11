import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import { assertMoney } from '../shared/money';
import { requireText, sameContent } from '../shared/text';
import { amountOf, open } from './decide-checks';
import type { BudgetLineEvent, OpenBudgetLine, AdjustBudgetLine } from './events';
import { type BudgetLineState } from './evolve';

// Opening a budget line and adjusting its allocation.

export function openBudgetLine(
  c: OpenBudgetLine['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const { fiscalYear } = c;
  const agencyId = assertId(c.agencyId, 'agencyId');
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 9999) {
    refuse('BUDGET_FISCAL_YEAR_INVALID', 'fiscalYear must be a four-digit year');
  }
  const category = requireText(c.category, 'BUDGET_CATEGORY_REQUIRED', 'category');
  const allocated = assertMoney(c.amount, 'amount');
  if (allocated.amountMinor === 0)
    refuse('BUDGET_AMOUNT_NOT_POSITIVE', 'A budget line opens with more than zero');
  const data = {
    budgetLineId,
    agencyId,
    fiscalYear,
    category,
    allocated: { ...allocated },
    openedAt: at,
  };
  if (state.status === 'open') {
    const { openedAt: _a, ...recorded } = state.opened;
    const { openedAt: _b, ...requested } = data;
    if (sameContent(recorded, requested)) return [];
    refuse('BUDGET_LINE_ALREADY_OPEN', 'The budget line is already open with other terms');
  }
  return [{ type: 'BudgetLineOpened', data }];
}

export function adjustBudgetLine(
  c: AdjustBudgetLine['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const allocated = amountOf(s, c.amount, 'amount', { positive: false });
  const reason = requireText(c.reason, 'BUDGET_ADJUSTMENT_REASON_REQUIRED', 'reason');
  if (allocated.amountMinor === s.allocated.amountMinor) return [];
  const used = s.reserved.amountMinor + s.committed.amountMinor;
  if (allocated.amountMinor < used) {
    refuse('BUDGET_BELOW_USED', 'A line cannot be cut below what is reserved and committed', {
      usedMinor: used,
    });
  }
  return [
    {
      type: 'BudgetLineAdjusted',
      data: { budgetLineId, previousAllocated: s.allocated, allocated, reason, adjustedAt: at },
    },
  ];
}
