import type { DomainCommand } from '../shared/decider';
import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type { Policy } from '../shared/policy';
import type { StaffFacts } from '../shared/staff';
import type {
  AmendmentRationale,
  DisbursementKind,
  IndicatorResult,
  MilestoneTerms,
  TerminationReason,
  Verdict,
} from './events';

export type SignContract = DomainCommand<
  'SignContract',
  {
    readonly contractId: Id;
    readonly signedBy: Id;
    readonly at: Instant;
    readonly value: Money;
    /** 0 forbids advances; otherwise a percent of the value, at most the policy cap. */
    readonly advanceCapPercent: number;
    readonly milestones: readonly MilestoneTerms[];
    // Facts of the award and of the supplier at this instant, read by the application.
    readonly tenderId: Id;
    readonly agencyId: Id;
    readonly supplierId: Id;
    readonly budgetLineId: Id;
    readonly awardedAmount: Money;
    readonly supplierDebarred: boolean;
    /** When the award's standstill ends (TenderRecord.standstillEndsAt); null: none. */
    readonly standstillEndsAt: Instant | null;
    /** Complaints about the award not yet decided (pendingComplaintIds). */
    readonly pendingComplaintIds: readonly Id[];
    readonly policy: Policy;
  }
>;

export type AmendContract = DomainCommand<
  'AmendContract',
  {
    readonly contractId: Id;
    readonly amendmentId: Id;
    readonly amendedBy: Id;
    readonly at: Instant;
    readonly rationale: AmendmentRationale;
    readonly justification: string;
    readonly newValue: Money;
    /** The complete milestone schedule after the amendment. */
    readonly milestones: readonly MilestoneTerms[];
    readonly supervisorApprovalId?: Id | null;
    readonly policy: Policy;
  }
>;

export type ApproveAmendment = DomainCommand<
  'ApproveAmendment',
  {
    readonly contractId: Id;
    readonly approvalId: Id;
    readonly approvedBy: Id;
    readonly at: Instant;
    /** The highest value an amendment citing this approval may set. */
    readonly maxNewValue: Money;
    readonly justification: string;
  }
>;

export type AssignContractEvaluator = DomainCommand<
  'AssignContractEvaluator',
  {
    readonly contractId: Id;
    readonly evaluatorId: Id;
    readonly assignedBy: Id;
    readonly at: Instant;
    /** Who acted for the buying agency on the tender, its budget line or this contract. */
    readonly buyer: StaffFacts;
    /** Who acted for the supplier on its own stream, the tender or this contract. */
    readonly supplier: StaffFacts;
    /**
     * The suppliers the evaluator declared a conflict with: its register (any tender) and its
     * declarations on this contract's tender. A missing list is refused, not read as none.
     */
    readonly evaluatorConflictSupplierIds: readonly Id[];
  }
>;

export type ReportDelivery = DomainCommand<
  'ReportDelivery',
  {
    readonly contractId: Id;
    readonly milestoneId: Id;
    readonly reportedBy: Id;
    readonly at: Instant;
    readonly evidenceDigests: readonly string[];
    readonly indicatorResults: readonly IndicatorResult[];
  }
>;

export type EvaluateMilestone = DomainCommand<
  'EvaluateMilestone',
  {
    readonly contractId: Id;
    readonly milestoneId: Id;
    readonly evaluatorId: Id;
    readonly at: Instant;
    readonly verdict: Verdict;
    /** 10,000 for accepted, 0 for rejected, 1..9,999 for partially accepted. */
    readonly acceptedShareBps: number;
    /** 0..100. */
    readonly score: number;
    readonly comments: string;
    // Facts about the evaluator, read by the application.
    readonly evaluatorConflictSupplierIds: readonly Id[];
    readonly evaluatorAgencyId: Id | null;
    readonly evaluatorSupplierId: Id | null;
    readonly buyer: StaffFacts;
    readonly supplier: StaffFacts;
    readonly policy: Policy;
  }
>;

export type DisburseFunds = DomainCommand<
  'DisburseFunds',
  {
    readonly contractId: Id;
    readonly disbursementId: Id;
    readonly kind: DisbursementKind;
    /** Required for a milestone payment, absent or null for an advance. */
    readonly milestoneId?: Id | null;
    readonly amount: Money;
    readonly disbursedBy: Id;
    readonly at: Instant;
  }
>;

export type SuspendContract = DomainCommand<
  'SuspendContract',
  {
    readonly contractId: Id;
    readonly suspendedBy: Id;
    readonly at: Instant;
    readonly reason: string;
  }
>;

export type ResumeContract = DomainCommand<
  'ResumeContract',
  { readonly contractId: Id; readonly resumedBy: Id; readonly at: Instant }
>;

export type TerminateContract = DomainCommand<
  'TerminateContract',
  {
    readonly contractId: Id;
    readonly terminatedBy: Id;
    readonly at: Instant;
    readonly reason: TerminationReason;
    readonly explanation: string;
  }
>;

export type CompleteContract = DomainCommand<
  'CompleteContract',
  { readonly contractId: Id; readonly completedBy: Id; readonly at: Instant }
>;

export type ContractCommand =
  | SignContract
  | AssignContractEvaluator
  | ApproveAmendment
  | AmendContract
  | ReportDelivery
  | EvaluateMilestone
  | DisburseFunds
  | SuspendContract
  | ResumeContract
  | TerminateContract
  | CompleteContract;
