import type { Decider } from '../shared/decider';
import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, type Instant } from '../shared/instant';
import { assertMoney, type Money } from '../shared/money';
import { requireText, sameContent } from '../shared/text';

export const budgetStream = (budgetLineId: Id): string => `budget-${budgetLineId}`;

// ---------------------------------------------------------------- events

export type BudgetLineOpened = {
  type: 'BudgetLineOpened';
  data: {
    budgetLineId: Id;
    agencyId: Id;
    fiscalYear: number;
    category: string;
    allocated: Money;
    openedAt: Instant;
  };
};
export type BudgetLineAdjusted = {
  type: 'BudgetLineAdjusted';
  data: {
    budgetLineId: Id;
    previousAllocated: Money;
    allocated: Money;
    reason: string;
    adjustedAt: Instant;
  };
};
export type FundsReserved = {
  type: 'FundsReserved';
  data: { budgetLineId: Id; tenderId: Id; amount: Money; reservedAt: Instant };
};
export type ReservationReleased = {
  type: 'ReservationReleased';
  data: { budgetLineId: Id; tenderId: Id; amount: Money; reason: string; releasedAt: Instant };
};
/** A published tender's estimate was amended: its reservation follows, in the same append. */
export type ReservationResized = {
  type: 'ReservationResized';
  data: {
    budgetLineId: Id;
    tenderId: Id;
    previousAmount: Money;
    amount: Money;
    reason: string;
    resizedAt: Instant;
  };
};
export type FundsCommitted = {
  type: 'FundsCommitted';
  data: {
    budgetLineId: Id;
    contractId: Id;
    tenderId: Id | null;
    /** Newly committed by this event. */
    amount: Money;
    /** The contract's whole commitment on this line after this event. */
    contractTotal: Money;
    /** The tender's reservation this commitment used up (all of it; any rest is free again), or null. */
    reservationConsumed: Money | null;
    committedAt: Instant;
  };
};
export type CommitmentReleased = {
  type: 'CommitmentReleased';
  data: { budgetLineId: Id; contractId: Id; amount: Money; reason: string; releasedAt: Instant };
};
/**
 * Part of a contract's commitment returns to the line while the contract lives on: its value was
 * lowered by amendment, or it was completed with less to pay than committed. `amount` is what
 * returns; `contractTotal` what stays committed (paid so far included).
 */
export type CommitmentReduced = {
  type: 'CommitmentReduced';
  data: {
    budgetLineId: Id;
    contractId: Id;
    amount: Money;
    contractTotal: Money;
    reason: string;
    reducedAt: Instant;
  };
};
export type DisbursementRecorded = {
  type: 'DisbursementRecorded';
  data: {
    budgetLineId: Id;
    contractId: Id;
    disbursementId: Id;
    amount: Money;
    disbursedAt: Instant;
  };
};

export type BudgetLineEvent =
  | BudgetLineOpened
  | BudgetLineAdjusted
  | FundsReserved
  | ReservationReleased
  | ReservationResized
  | FundsCommitted
  | CommitmentReleased
  | CommitmentReduced
  | DisbursementRecorded;

// ---------------------------------------------------------------- commands

export type OpenBudgetLine = {
  type: 'OpenBudgetLine';
  data: {
    budgetLineId: Id;
    agencyId: Id;
    fiscalYear: number;
    category: string;
    amount: Money;
    at: Instant;
  };
};
export type AdjustBudgetLine = {
  type: 'AdjustBudgetLine';
  /** `amount` is the new allocation, not a difference: a repeated command changes nothing. */
  data: { budgetLineId: Id; amount: Money; reason: string; at: Instant };
};
export type ReserveFunds = {
  type: 'ReserveFunds';
  data: { budgetLineId: Id; tenderId: Id; amount: Money; at: Instant };
};
export type ReleaseReservation = {
  type: 'ReleaseReservation';
  data: { budgetLineId: Id; tenderId: Id; reason: string; at: Instant };
};
export type ResizeReservation = {
  type: 'ResizeReservation';
  /** `amount` is the new reservation, not a difference: a repeated command changes nothing. */
  data: { budgetLineId: Id; tenderId: Id; amount: Money; reason: string; at: Instant };
};
export type CommitFunds = {
  type: 'CommitFunds';
  data: {
    budgetLineId: Id;
    contractId: Id;
    /** The contract's whole commitment on this line (its value); only the difference is committed. */
    contractTotal: Money;
    /** The tender whose reservation the contract uses up. */
    tenderId?: Id | null;
    at: Instant;
  };
};
export type ReleaseCommitment = {
  type: 'ReleaseCommitment';
  data: { budgetLineId: Id; contractId: Id; reason: string; at: Instant };
};
export type ReduceCommitment = {
  type: 'ReduceCommitment';
  /** `contractTotal` is what stays committed to the contract, not a difference. */
  data: { budgetLineId: Id; contractId: Id; contractTotal: Money; reason: string; at: Instant };
};
export type RecordDisbursement = {
  type: 'RecordDisbursement';
  data: { budgetLineId: Id; contractId: Id; disbursementId: Id; amount: Money; at: Instant };
};

export type BudgetLineCommand =
  | OpenBudgetLine
  | AdjustBudgetLine
  | ReserveFunds
  | ReleaseReservation
  | ResizeReservation
  | CommitFunds
  | ReleaseCommitment
  | ReduceCommitment
  | RecordDisbursement;

// ---------------------------------------------------------------- state

export interface BudgetReservation {
  readonly amount: Money;
  readonly status: 'active' | 'released' | 'consumed';
}
export interface BudgetCommitment {
  readonly committed: Money;
  readonly disbursed: Money;
  readonly closed: boolean;
}

export type BudgetLineState =
  | { readonly status: 'unopened' }
  | {
      readonly status: 'open';
      readonly opened: BudgetLineOpened['data'];
      readonly allocated: Money;
      /** Sum of the active reservations. */
      readonly reserved: Money;
      /** Sum of the commitments (a released commitment counts only what it disbursed). */
      readonly committed: Money;
      readonly disbursed: Money;
      readonly reservations: Readonly<Record<Id, BudgetReservation>>;
      readonly commitments: Readonly<Record<Id, BudgetCommitment>>;
      readonly disbursements: Readonly<Record<Id, DisbursementRecorded['data']>>;
      /** tenderId -> the contract whose commitment drew on the tender: one award, one contract. */
      readonly tenderContracts: Readonly<Record<Id, Id>>;
    };
type Open = Extract<BudgetLineState, { status: 'open' }>;

/** What can still be reserved or committed: allocated − reserved − committed. */
export function budgetAvailable(state: BudgetLineState): Money | null {
  if (state.status !== 'open') return null;
  return minus(minus(state.allocated, state.reserved), state.committed);
}

// Evolve must never throw, so it uses plain arithmetic rather than the checked helpers of money.ts;
// decide has already checked currencies and bounds before an event exists.
function plus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}
function minus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

// ---------------------------------------------------------------- evolve

function evolve(state: BudgetLineState, event: BudgetLineEvent): BudgetLineState {
  if (event.type === 'BudgetLineOpened') {
    const zero = { amountMinor: 0, currency: event.data.allocated.currency };
    return {
      status: 'open',
      opened: event.data,
      allocated: event.data.allocated,
      reserved: zero,
      committed: zero,
      disbursed: zero,
      reservations: {},
      commitments: {},
      disbursements: {},
      tenderContracts: {},
    };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'BudgetLineAdjusted':
      return { ...state, allocated: event.data.allocated };
    case 'FundsReserved':
      return {
        ...state,
        reserved: plus(state.reserved, event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { amount: event.data.amount, status: 'active' },
        },
      };
    case 'ReservationReleased': {
      const r = state.reservations[event.data.tenderId];
      if (!r) return state;
      return {
        ...state,
        reserved: minus(state.reserved, event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { ...r, status: 'released' },
        },
      };
    }
    case 'ReservationResized': {
      const r = state.reservations[event.data.tenderId];
      if (!r) return state;
      return {
        ...state,
        reserved: plus(minus(state.reserved, event.data.previousAmount), event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { ...r, amount: event.data.amount },
        },
      };
    }
    case 'FundsCommitted': {
      const { contractId, tenderId, amount, contractTotal, reservationConsumed } = event.data;
      const previous = state.commitments[contractId];
      const reservations =
        tenderId !== null && reservationConsumed !== null && state.reservations[tenderId]
          ? {
              ...state.reservations,
              [tenderId]: { amount: reservationConsumed, status: 'consumed' as const },
            }
          : state.reservations;
      return {
        ...state,
        reserved: reservationConsumed ? minus(state.reserved, reservationConsumed) : state.reserved,
        committed: plus(state.committed, amount),
        reservations,
        tenderContracts:
          tenderId === null || state.tenderContracts[tenderId] !== undefined
            ? state.tenderContracts
            : { ...state.tenderContracts, [tenderId]: contractId },
        commitments: {
          ...state.commitments,
          [contractId]: {
            committed: contractTotal,
            disbursed: previous?.disbursed ?? { amountMinor: 0, currency: amount.currency },
            closed: false,
          },
        },
      };
    }
    case 'CommitmentReleased': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        committed: minus(state.committed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: {
            ...c,
            committed: minus(c.committed, event.data.amount),
            closed: true,
          },
        },
      };
    }
    case 'CommitmentReduced': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        committed: minus(state.committed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: { ...c, committed: event.data.contractTotal },
        },
      };
    }
    case 'DisbursementRecorded': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        disbursed: plus(state.disbursed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: { ...c, disbursed: plus(c.disbursed, event.data.amount) },
        },
        disbursements: { ...state.disbursements, [event.data.disbursementId]: event.data },
      };
    }
  }
}

// ---------------------------------------------------------------- decide

function open(state: BudgetLineState): Open {
  if (state.status !== 'open') refuse('BUDGET_LINE_NOT_OPEN', 'The budget line is not open');
  return state;
}

function amountOf(
  state: Open,
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

function insufficient(needed: Money, available: Money): never {
  refuse('BUDGET_INSUFFICIENT_FUNDS', 'The budget line does not hold that much', {
    neededMinor: needed.amountMinor,
    availableMinor: available.amountMinor,
  });
}

function decide(command: BudgetLineCommand, state: BudgetLineState): BudgetLineEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const budgetLineId = assertId(command.data.budgetLineId, 'budgetLineId');

  switch (command.type) {
    case 'OpenBudgetLine': {
      const { fiscalYear } = command.data;
      const agencyId = assertId(command.data.agencyId, 'agencyId');
      if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 9999) {
        refuse('BUDGET_FISCAL_YEAR_INVALID', 'fiscalYear must be a four-digit year');
      }
      const category = requireText(command.data.category, 'BUDGET_CATEGORY_REQUIRED', 'category');
      const allocated = assertMoney(command.data.amount, 'amount');
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

    case 'AdjustBudgetLine': {
      const s = open(state);
      const allocated = amountOf(s, command.data.amount, 'amount', { positive: false });
      const reason = requireText(
        command.data.reason,
        'BUDGET_ADJUSTMENT_REASON_REQUIRED',
        'reason',
      );
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

    case 'ReserveFunds': {
      const s = open(state);
      const tenderId = assertId(command.data.tenderId, 'tenderId');
      const amount = amountOf(s, command.data.amount, 'amount', { positive: true });
      const existing = s.reservations[tenderId];
      if (existing?.status === 'active') {
        if (existing.amount.amountMinor === amount.amountMinor) return [];
        refuse(
          'BUDGET_RESERVATION_EXISTS',
          'The tender already holds a reservation; release it first',
        );
      }
      // A consumed reservation became a contract commitment; reserving again would count it twice.
      if (existing?.status === 'consumed')
        refuse('BUDGET_RESERVATION_CONSUMED', 'The tender has become a contract');
      const available = budgetAvailable(s) as Money;
      if (amount.amountMinor > available.amountMinor) insufficient(amount, available);
      return [{ type: 'FundsReserved', data: { budgetLineId, tenderId, amount, reservedAt: at } }];
    }

    case 'ReleaseReservation': {
      const s = open(state);
      const tenderId = assertId(command.data.tenderId, 'tenderId');
      const reason = requireText(command.data.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
      const existing = s.reservations[tenderId];
      if (!existing)
        refuse('BUDGET_RESERVATION_NOT_FOUND', 'The tender holds no reservation on this line');
      if (existing.status !== 'active') return [];
      return [
        {
          type: 'ReservationReleased',
          data: { budgetLineId, tenderId, amount: existing.amount, reason, releasedAt: at },
        },
      ];
    }

    case 'ResizeReservation': {
      const s = open(state);
      const tenderId = assertId(command.data.tenderId, 'tenderId');
      const amount = amountOf(s, command.data.amount, 'amount', { positive: true });
      const reason = requireText(command.data.reason, 'BUDGET_RESIZE_REASON_REQUIRED', 'reason');
      const existing = s.reservations[tenderId];
      if (!existing)
        refuse('BUDGET_RESERVATION_NOT_FOUND', 'The tender holds no reservation on this line');
      if (existing.status !== 'active')
        refuse(
          'BUDGET_RESERVATION_NOT_ACTIVE',
          'The reservation was released or became a contract',
        );
      if (existing.amount.amountMinor === amount.amountMinor) return [];
      // The tender's own reservation is free for it: only the increase must fit in what is available.
      const increase = amount.amountMinor - existing.amount.amountMinor;
      const available = budgetAvailable(s) as Money;
      if (increase > available.amountMinor)
        insufficient({ amountMinor: increase, currency: amount.currency }, available);
      return [
        {
          type: 'ReservationResized',
          data: {
            budgetLineId,
            tenderId,
            previousAmount: existing.amount,
            amount,
            reason,
            resizedAt: at,
          },
        },
      ];
    }

    case 'CommitFunds': {
      const s = open(state);
      const contractId = assertId(command.data.contractId, 'contractId');
      const tenderId =
        command.data.tenderId == null ? null : assertId(command.data.tenderId, 'tenderId');
      const contractTotal = amountOf(s, command.data.contractTotal, 'contractTotal', {
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
      if (existing?.closed)
        refuse('BUDGET_COMMITMENT_CLOSED', 'The contract commitment was released');
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

    case 'ReleaseCommitment': {
      const s = open(state);
      const contractId = assertId(command.data.contractId, 'contractId');
      const reason = requireText(command.data.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
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

    case 'ReduceCommitment': {
      const s = open(state);
      const contractId = assertId(command.data.contractId, 'contractId');
      const contractTotal = amountOf(s, command.data.contractTotal, 'contractTotal', {
        positive: false,
      });
      const reason = requireText(command.data.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
      const existing = s.commitments[contractId];
      if (!existing)
        refuse('BUDGET_COMMITMENT_NOT_FOUND', 'The contract has no commitment on this line');
      if (existing.closed)
        refuse('BUDGET_COMMITMENT_CLOSED', 'The contract commitment was released');
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

    case 'RecordDisbursement': {
      const s = open(state);
      const contractId = assertId(command.data.contractId, 'contractId');
      const disbursementId = assertId(command.data.disbursementId, 'disbursementId');
      const amount = amountOf(s, command.data.amount, 'amount', { positive: true });
      const recorded = s.disbursements[disbursementId];
      if (recorded) {
        if (
          recorded.contractId === contractId &&
          recorded.amount.amountMinor === amount.amountMinor
        )
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
  }
}

export const budgetLineDecider: Decider<BudgetLineState, BudgetLineCommand, BudgetLineEvent> = {
  initialState: () => ({ status: 'unopened' }),
  evolve,
  decide,
};
