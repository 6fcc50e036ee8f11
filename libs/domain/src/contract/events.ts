import type { DomainEvent } from '../shared/decider';
import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';

/** A measurable indicator written into a milestone (e.g. "home visits per month", target ">= 40"). */
export interface Indicator {
  /** Short code, unique within the milestone; delivery reports refer to it. */
  readonly indicatorId: string;
  readonly description: string;
  readonly target: string;
}

export interface MilestoneTerms {
  readonly milestoneId: Id;
  readonly title: string;
  readonly dueAt: Instant;
  readonly amount: Money;
  readonly deliverables: readonly string[];
  readonly indicators: readonly Indicator[];
}

export interface IndicatorResult {
  readonly indicatorId: string;
  /** What was measured, as the supplier reports it. */
  readonly value: string;
  readonly met: boolean;
}

export const AMENDMENT_RATIONALES = [
  'scope_change',
  'price_adjustment',
  'schedule_change',
  'error_correction',
  'force_majeure',
] as const;
export type AmendmentRationale = (typeof AMENDMENT_RATIONALES)[number];

export const VERDICTS = ['accepted', 'partially_accepted', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TERMINATION_REASONS = [
  'for_default',
  'for_convenience',
  'mutual_agreement',
  'force_majeure',
] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const DISBURSEMENT_KINDS = ['milestone', 'advance'] as const;
export type DisbursementKind = (typeof DISBURSEMENT_KINDS)[number];

/** Basis points: 10,000 is the whole milestone amount. Integers keep the accepted share exact. */
export const FULL_SHARE_BPS = 10_000;

/** Every contract event names its contract, buyer and supplier so read models need no join. */
interface ContractRef {
  readonly contractId: Id;
  readonly agencyId: Id;
  readonly supplierId: Id;
}

export type ContractSigned = DomainEvent<
  'ContractSigned',
  ContractRef & {
    readonly tenderId: Id;
    readonly budgetLineId: Id;
    readonly signedBy: Id;
    readonly signedAt: Instant;
    readonly awardedAmount: Money;
    readonly value: Money;
    /** 0 means the contract allows no advance payment. */
    readonly advanceCapPercent: number;
    readonly milestones: readonly MilestoneTerms[];
  }
>;

export type ContractAmended = DomainEvent<
  'ContractAmended',
  ContractRef & {
    readonly amendmentId: Id;
    readonly amendedBy: Id;
    readonly amendedAt: Instant;
    readonly rationale: AmendmentRationale;
    readonly justification: string;
    readonly previousValue: Money;
    readonly newValue: Money;
    /** New value minus the value at signing (negative when the contract shrank). */
    readonly cumulativeChangeMinor: number;
    readonly milestones: readonly MilestoneTerms[];
    readonly supervisorApprovalId: Id | null;
  }
>;

export type DeliveryReported = DomainEvent<
  'DeliveryReported',
  ContractRef & {
    readonly milestoneId: Id;
    readonly reportedBy: Id;
    readonly reportedAt: Instant;
    readonly dueAt: Instant;
    readonly late: boolean;
    readonly evidenceDigests: readonly string[];
    readonly indicatorResults: readonly IndicatorResult[];
  }
>;

export type MilestoneEvaluated = DomainEvent<
  'MilestoneEvaluated',
  ContractRef & {
    readonly milestoneId: Id;
    readonly evaluatorId: Id;
    readonly evaluatedAt: Instant;
    readonly verdict: Verdict;
    readonly acceptedShareBps: number;
    /** The milestone amount times the accepted share, rounded down: the most that may be paid for it. */
    readonly acceptedAmount: Money;
    readonly score: number;
    readonly comments: string;
    /** Prompt payment: the agency owes the accepted amount by then; null when nothing was accepted. */
    readonly paymentDueBy: Instant | null;
  }
>;

export type FundsDisbursed = DomainEvent<
  'FundsDisbursed',
  ContractRef & {
    readonly disbursementId: Id;
    readonly budgetLineId: Id;
    readonly kind: DisbursementKind;
    /** null for an advance. */
    readonly milestoneId: Id | null;
    /** Counted against the milestone's accepted amount (or the advance cap). */
    readonly amount: Money;
    /** Part of `amount` settled by deducting an earlier advance rather than paying cash. */
    readonly advanceRecovered: Money;
    /** What leaves the budget line now: amount minus advanceRecovered. */
    readonly cashPaid: Money;
    readonly disbursedBy: Id;
    readonly disbursedAt: Instant;
  }
>;

export type ContractSuspended = DomainEvent<
  'ContractSuspended',
  ContractRef & { readonly suspendedBy: Id; readonly suspendedAt: Instant; readonly reason: string }
>;

export type ContractResumed = DomainEvent<
  'ContractResumed',
  ContractRef & { readonly resumedBy: Id; readonly resumedAt: Instant }
>;

export type ContractTerminated = DomainEvent<
  'ContractTerminated',
  ContractRef & {
    readonly terminatedBy: Id;
    readonly terminatedAt: Instant;
    readonly reason: TerminationReason;
    readonly explanation: string;
    /** Cash paid to the supplier over the life of the contract, advances included. */
    readonly amountPaid: Money;
    /** Advance paid but not yet recovered from milestone payments: owed back by the supplier. */
    readonly advanceOutstanding: Money;
  }
>;

export type ContractCompleted = DomainEvent<
  'ContractCompleted',
  ContractRef & {
    readonly completedBy: Id;
    readonly completedAt: Instant;
    readonly value: Money;
    readonly acceptedTotal: Money;
    readonly amountPaid: Money;
    readonly advanceOutstanding: Money;
  }
>;

/**
 * A supervisor allows the value to rise past the amendment threshold, up to `maxNewValue`; an
 * amendment cites `approvalId` as its `supervisorApprovalId`, and each approval is used once.
 */
export type AmendmentApproved = DomainEvent<
  'AmendmentApproved',
  ContractRef & {
    readonly approvalId: Id;
    readonly approvedBy: Id;
    readonly approvedAt: Instant;
    readonly maxNewValue: Money;
    readonly justification: string;
  }
>;

/** The buying agency names an evaluator of the contract's milestone deliveries. */
export type ContractEvaluatorAssigned = DomainEvent<
  'ContractEvaluatorAssigned',
  ContractRef & { readonly evaluatorId: Id; readonly assignedBy: Id; readonly assignedAt: Instant }
>;

export type ContractEvent =
  | ContractSigned
  | ContractEvaluatorAssigned
  | AmendmentApproved
  | ContractAmended
  | DeliveryReported
  | MilestoneEvaluated
  | FundsDisbursed
  | ContractSuspended
  | ContractResumed
  | ContractTerminated
  | ContractCompleted;
