import { refuse } from '../shared/errors';
import { assertMoney, type Money } from '../shared/money';
import type { BudgetLineState, OpenLine } from './evolve';

// Checks every command group of the budget line decider needs.

export function open(state: BudgetLineState): OpenLine {
  if (state.status !== 'open') refuse('BUDGET_LINE_NOT_OPEN', 'The budget line is not open');
  return state;
}

export function amountOf(
  state: OpenLine,
  value: Money,
  field: string,
  { positive }: { positive: boolean },
): Money {
  assertMoney(value, field);
  if (value.currency !== state.allocated.currency) {
    refuse(
      'CURRENCY_MISMATCH',
      `${field} is in ${value.currency}, the line in ${state.allocated.currency}`,
      { field },
    );
  }
  if (positive && value.amountMinor === 0)
    refuse('BUDGET_AMOUNT_NOT_POSITIVE', `${field} must be more than zero`, { field });
  return { amountMinor: value.amountMinor, currency: value.currency };
}

export function insufficient(needed: Money, available: Money): never {
  refuse('BUDGET_INSUFFICIENT_FUNDS', 'The budget line does not hold that much', {
    neededMinor: needed.amountMinor,
    availableMinor: available.amountMinor,
  });
}
