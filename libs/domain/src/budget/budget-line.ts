import type { Decider } from '../shared/decider';
import { assertId, type Id } from '../shared/ids';
import { assertInstant } from '../shared/instant';
import { adjustBudgetLine, openBudgetLine } from './decide-line';
import { releaseReservation, reserveFunds, resizeReservation } from './decide-reservations';
import {
  commitFunds,
  recordDisbursement,
  reduceCommitment,
  releaseCommitment,
} from './decide-commitments';
import type { BudgetLineCommand, BudgetLineEvent } from './events';
import { evolveBudgetLine, type BudgetLineState } from './evolve';

export * from './events';
export {
  budgetAvailable,
  type BudgetCommitment,
  type BudgetLineState,
  type BudgetReservation,
} from './evolve';

export const budgetStream = (budgetLineId: Id): string => `budget-${budgetLineId}`;

/** One function per command, grouped in the decide-*.ts files beside this one. */
function decide(command: BudgetLineCommand, state: BudgetLineState): BudgetLineEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const budgetLineId = assertId(command.data.budgetLineId, 'budgetLineId');
  switch (command.type) {
    case 'OpenBudgetLine':
      return openBudgetLine(command.data, state, at, budgetLineId);
    case 'AdjustBudgetLine':
      return adjustBudgetLine(command.data, state, at, budgetLineId);
    case 'ReserveFunds':
      return reserveFunds(command.data, state, at, budgetLineId);
    case 'ReleaseReservation':
      return releaseReservation(command.data, state, at, budgetLineId);
    case 'ResizeReservation':
      return resizeReservation(command.data, state, at, budgetLineId);
    case 'CommitFunds':
      return commitFunds(command.data, state, at, budgetLineId);
    case 'ReleaseCommitment':
      return releaseCommitment(command.data, state, at, budgetLineId);
    case 'ReduceCommitment':
      return reduceCommitment(command.data, state, at, budgetLineId);
    case 'RecordDisbursement':
      return recordDisbursement(command.data, state, at, budgetLineId);
  }
}

export const budgetLineDecider: Decider<BudgetLineState, BudgetLineCommand, BudgetLineEvent> = {
  initialState: () => ({ status: 'unopened' }),
  evolve: evolveBudgetLine,
  decide,
};
