import { AdjustBudgetLineHandler } from './adjust-budget-line';
import { OpenBudgetLineHandler } from './open-budget-line';

export * from './open-budget-line';
export * from './adjust-budget-line';
export * from './budget-line-view';

export const budgetLineHandlers = [OpenBudgetLineHandler, AdjustBudgetLineHandler];
