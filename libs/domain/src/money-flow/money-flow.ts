import type { BudgetLineCommand, BudgetLineState } from '../budget/budget-line';
import type { ContractEvent } from '../contract/events';
import type { SignedContract } from '../contract/evolve';
import type { Money } from '../shared/money';
import type { TenderEvent } from '../tender/events';
import type { TenderRecord } from '../tender/evolve';

/**
 * Money is reserved when a tender is published, committed when its contract is signed,
 * and returns to the budget line when it can no longer be spent. These two functions are that rule
 * in one place: given what a tender or a contract just decided, the command its budget line must
 * decide in the same atomic append (null: the line has nothing to do). The budget decider then
 * refuses what the line cannot hold (BUDGET_INSUFFICIENT_FUNDS, ...).
 */

/**
 * The cash a contract still needs from its commitment: what was paid, plus what accepted work is
 * still owed in cash (accepted − paid per milestone, less the advance not yet recovered, which is
 * paid back out of those payments and moves no cash). Everything above it returns to the line when
 * the contract completes.
 */
export function commitmentStillNeeded(contract: SignedContract): Money {
  const currency = contract.value.currency;
  const owed = contract.milestones.reduce(
    (total, m) =>
      total + (m.evaluation ? m.evaluation.acceptedAmount.amountMinor - m.paid.amountMinor : 0),
    0,
  );
  const advanceOutstanding =
    contract.advancesPaid.amountMinor - contract.advanceRecovered.amountMinor;
  const cashOwed = Math.max(0, owed - advanceOutstanding);
  return { amountMinor: contract.cashPaid.amountMinor + cashOwed, currency };
}

/**
 * The budget line's share of a tender decision. `tender` is the tender after the event; `line` the
 * line as read now (a reservation is resized or released only while it is active).
 */
export function tenderBudgetCommand(
  event: TenderEvent,
  tender: TenderRecord,
  line: BudgetLineState,
): BudgetLineCommand | null {
  const budgetLineId = tender.budgetLineId;
  const tenderId = tender.tenderId;
  const active = line.status === 'open' && line.reservations[tenderId]?.status === 'active';
  switch (event.type) {
    case 'TenderPublished':
      return {
        type: 'ReserveFunds',
        data: {
          budgetLineId,
          tenderId,
          amount: tender.terms.estimatedValue,
          at: event.data.publishedAt,
        },
      };
    case 'TenderAmended':
      // A draft holds no reservation; a published tender's reservation follows its estimate.
      if (!active || event.data.changes.estimatedValue === undefined) return null;
      return {
        type: 'ResizeReservation',
        data: {
          budgetLineId,
          tenderId,
          amount: tender.terms.estimatedValue,
          reason: `tender amended: ${event.data.reason}`,
          at: event.data.amendedAt,
        },
      };
    case 'TenderCancelled':
      if (!active) return null;
      return {
        type: 'ReleaseReservation',
        data: {
          budgetLineId,
          tenderId,
          reason: `tender cancelled: ${event.data.reason}`,
          at: event.data.cancelledAt,
        },
      };
    case 'TenderFailed':
      if (!active) return null;
      return {
        type: 'ReleaseReservation',
        data: {
          budgetLineId,
          tenderId,
          reason: 'tender failed: insufficient valid bids',
          at: event.data.failedAt,
        },
      };
    default:
      return null;
  }
}

/**
 * The budget line's share of a contract decision. `contract` is the contract after the event.
 * Signing commits the value (using up the tender's reservation); a raise commits more, a cut
 * returns the difference; completion returns all but what was paid and what accepted work is
 * still owed; termination returns everything not paid; cash paid is recorded.
 */
export function contractBudgetCommand(
  event: ContractEvent,
  contract: SignedContract,
  line: BudgetLineState,
): BudgetLineCommand | null {
  const budgetLineId = contract.budgetLineId;
  const contractId = contract.contractId;
  switch (event.type) {
    case 'ContractSigned':
      return {
        type: 'CommitFunds',
        data: {
          budgetLineId,
          contractId,
          contractTotal: contract.value,
          tenderId: contract.tenderId,
          at: event.data.signedAt,
        },
      };
    case 'ContractAmended': {
      // Measured against what the line holds for the contract, not the previous value: a
      // commitment left higher by an earlier cut (before cuts returned money) is still squared.
      const { newValue, amendedAt } = event.data;
      const committed =
        line.status === 'open' ? line.commitments[contractId]?.committed.amountMinor : undefined;
      if (committed === undefined) return null;
      if (newValue.amountMinor > committed) {
        return {
          type: 'CommitFunds',
          data: { budgetLineId, contractId, contractTotal: newValue, at: amendedAt },
        };
      }
      if (newValue.amountMinor < committed) {
        return {
          type: 'ReduceCommitment',
          data: {
            budgetLineId,
            contractId,
            contractTotal: newValue,
            reason: `contract value lowered by amendment: ${event.data.justification}`,
            at: amendedAt,
          },
        };
      }
      return null;
    }
    case 'ContractCompleted':
      return {
        type: 'ReduceCommitment',
        data: {
          budgetLineId,
          contractId,
          contractTotal: commitmentStillNeeded(contract),
          reason: 'contract completed: the unpaid rest of the commitment returns',
          at: event.data.completedAt,
        },
      };
    case 'ContractTerminated':
      return {
        type: 'ReleaseCommitment',
        data: {
          budgetLineId,
          contractId,
          reason: `Contract terminated (${event.data.reason})`,
          at: event.data.terminatedAt,
        },
      };
    case 'FundsDisbursed':
      // Recovering an advance moves no cash: the line recorded it when the advance was paid.
      if (event.data.cashPaid.amountMinor === 0) return null;
      return {
        type: 'RecordDisbursement',
        data: {
          budgetLineId,
          contractId,
          disbursementId: event.data.disbursementId,
          amount: event.data.cashPaid,
          at: event.data.disbursedAt,
        },
      };
    default:
      return null;
  }
}
