import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import { type Money } from '../shared/money';
import { requireText } from '../shared/text';
import { amountOf, insufficient, open } from './decide-checks';
import type {
  BudgetLineEvent,
  CommitFunds,
  ReleaseCommitment,
  ReduceCommitment,
  RecordDisbursement,
} from './events';
import { budgetAvailable, minus, plus, type BudgetLineState } from './evolve';

// Commitments: what a signed contract holds on the line, what it releases, and what is paid from it.

export function commitFunds(
  c: CommitFunds['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const contractId = assertId(c.contractId, 'contractId');
  const tenderId = c.tenderId == null ? null : assertId(c.tenderId, 'tenderId');
  const contractTotal = amountOf(s, c.contractTotal, 'contractTotal', {
    positive: true,
  });
  const contractedAs = tenderId === null ? undefined : s.tenderContracts[tenderId];
  // One award, one contract: the line knows which contract drew on the tender, and the line's
  // revision guards the check against two signings of the same award at once.
  if (contractedAs !== undefined && contractedAs !== contractId) {
    refuse(
      'TENDER_ALREADY_CONTRACTED',
      `The award of tender ${String(tenderId)} is already signed as another contract`,
      {
        contractId: contractedAs,
      },
    );
  }
  const existing = s.commitments[contractId];
  if (existing?.closed) refuse('BUDGET_COMMITMENT_CLOSED', 'The contract commitment was released');
  const already = existing?.committed.amountMinor ?? 0;
  if (contractTotal.amountMinor === already) return [];
  if (contractTotal.amountMinor < already) {
    refuse(
      'BUDGET_COMMITMENT_DECREASE',
      'A commitment is reduced by ReduceCommitment or released by ReleaseCommitment, not by CommitFunds',
    );
  }
  const amount = {
    amountMinor: contractTotal.amountMinor - already,
    currency: contractTotal.currency,
  };
  const reservation = tenderId === null ? undefined : s.reservations[tenderId];
  const reservationConsumed = reservation?.status === 'active' ? reservation.amount : null;
  const available = budgetAvailable(s) as Money;
  const withReservation = plus(
    available,
    reservationConsumed ?? { amountMinor: 0, currency: available.currency },
  );
  if (amount.amountMinor > withReservation.amountMinor) insufficient(amount, withReservation);
  return [
    {
      type: 'FundsCommitted',
      data: {
        budgetLineId,
        contractId,
        tenderId,
        amount,
        contractTotal,
        reservationConsumed,
        committedAt: at,
      },
    },
  ];
}

export function releaseCommitment(
  c: ReleaseCommitment['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const contractId = assertId(c.contractId, 'contractId');
  const reason = requireText(c.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
  const existing = s.commitments[contractId];
  if (!existing)
    refuse('BUDGET_COMMITMENT_NOT_FOUND', 'The contract has no commitment on this line');
  if (existing.closed) return [];
  const amount = minus(existing.committed, existing.disbursed);
  return [
    {
      type: 'CommitmentReleased',
      data: { budgetLineId, contractId, amount, reason, releasedAt: at },
    },
  ];
}

export function reduceCommitment(
  c: ReduceCommitment['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const contractId = assertId(c.contractId, 'contractId');
  const contractTotal = amountOf(s, c.contractTotal, 'contractTotal', {
    positive: false,
  });
  const reason = requireText(c.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
  const existing = s.commitments[contractId];
  if (!existing)
    refuse('BUDGET_COMMITMENT_NOT_FOUND', 'The contract has no commitment on this line');
  if (existing.closed) refuse('BUDGET_COMMITMENT_CLOSED', 'The contract commitment was released');
  if (contractTotal.amountMinor === existing.committed.amountMinor) return [];
  if (contractTotal.amountMinor > existing.committed.amountMinor) {
    refuse(
      'BUDGET_COMMITMENT_INCREASE',
      'A commitment grows only by committing more (CommitFunds)',
    );
  }
  // Money paid out has left the line: it cannot come back.
  if (contractTotal.amountMinor < existing.disbursed.amountMinor) {
    refuse(
      'BUDGET_COMMITMENT_BELOW_DISBURSED',
      'A commitment cannot shrink below what was paid from it',
      {
        disbursedMinor: existing.disbursed.amountMinor,
      },
    );
  }
  const amount = minus(existing.committed, contractTotal);
  return [
    {
      type: 'CommitmentReduced',
      data: { budgetLineId, contractId, amount, contractTotal, reason, reducedAt: at },
    },
  ];
}

export function recordDisbursement(
  c: RecordDisbursement['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const contractId = assertId(c.contractId, 'contractId');
  const disbursementId = assertId(c.disbursementId, 'disbursementId');
  const amount = amountOf(s, c.amount, 'amount', { positive: true });
  const recorded = s.disbursements[disbursementId];
  if (recorded) {
    if (recorded.contractId === contractId && recorded.amount.amountMinor === amount.amountMinor)
      return [];
    refuse(
      'BUDGET_DISBURSEMENT_ID_CONFLICT',
      'This disbursement id was used for another disbursement',
    );
  }
  const commitment = s.commitments[contractId];
  if (!commitment)
    refuse('BUDGET_COMMITMENT_NOT_FOUND', 'The contract has no commitment on this line');
  const remaining = minus(commitment.committed, commitment.disbursed);
  if (amount.amountMinor > remaining.amountMinor) {
    refuse(
      'BUDGET_DISBURSEMENT_EXCEEDS_COMMITMENT',
      'Disbursement exceeds what is committed to the contract',
      {
        remainingMinor: remaining.amountMinor,
      },
    );
  }
  return [
    {
      type: 'DisbursementRecorded',
      data: { budgetLineId, contractId, disbursementId, amount, disbursedAt: at },
    },
  ];
}
