import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';

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
