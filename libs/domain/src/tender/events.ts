import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type { Policy, ProcurementMethod, Rating } from '../shared/policy';
import type { SupplierKind } from '../supplier/supplier';

export type TenderContractType = 'core_long_term' | 'short_term_project';
export const TENDER_CONTRACT_TYPES: readonly TenderContractType[] = [
  'core_long_term',
  'short_term_project',
];
export type TenderPaymentModel = 'outcome_based' | 'process_based' | 'unit_based';
export const TENDER_PAYMENT_MODELS: readonly TenderPaymentModel[] = [
  'outcome_based',
  'process_based',
  'unit_based',
];

/** A weighted evaluation criterion; published weights sum to 100, each bid scores 0..100 on it. */
export interface TenderCriterion {
  readonly criterionId: string;
  readonly name: string;
  readonly weight: number;
}

export interface TenderEligibility {
  readonly minRating: Rating | null;
  /** Empty: every kind may bid. */
  readonly supplierKinds: readonly SupplierKind[];
  /** Empty: anyone eligible may bid (open tenders); otherwise only these suppliers. */
  readonly invitedSupplierIds: readonly Id[];
}

/** What an amendment may change. Every field but `title` is material: bidders priced against it. */
export interface TenderTerms {
  readonly title: string;
  readonly serviceCategory: string;
  readonly estimatedValue: Money;
  readonly criteria: readonly TenderCriterion[];
  readonly eligibility: TenderEligibility;
  readonly contractType: TenderContractType;
  readonly paymentModel: TenderPaymentModel;
}

/**
 * Facts about a supplier at the command's instant, read by the application from the supplier
 * stream (supplierDecider state: isDebarredAt, ratingAt). The decider trusts them as given.
 */
export interface SupplierFacts {
  readonly registered: boolean;
  readonly debarred: boolean;
  readonly kind: SupplierKind | null;
  readonly rating: Rating | null;
}

/**
 * The tender's budget line as it stands at drafting, read by the application from the line's
 * stream; null when no open line has that id.
 */
export interface BudgetLineFacts {
  readonly agencyId: Id;
  readonly currency: string;
}

/**
 * Who the buyer is, for the evaluator rules (EVALUATOR_IS_BUYER): the actor ids that have acted
 * for the buying agency on this tender or its budget line (their token was scoped to the agency),
 * read by the application from the streams' metadata.
 */
export interface BuyerFacts {
  readonly staffIds: readonly Id[];
}

/**
 * Who acted for each bidder, supplierId -> actor ids (EVALUATOR_IS_SUPPLIER): the actors of the
 * events scoped to the supplier (`supplier:<id>`) on its own stream or on this tender, read by the
 * application from the streams' metadata. ScoreBid needs the scored bid's supplier, AwardTender
 * every bidder; a supplier missing from it is refused, never read as "nobody".
 */
export type BidderStaffFacts = Readonly<Record<Id, readonly Id[]>>;

export interface CriterionScore {
  readonly criterionId: string;
  /** 0..100, whole. */
  readonly score: number;
}

// ---------------------------------------------------------------- events

export type TenderDrafted = {
  type: 'TenderDrafted';
  data: TenderTerms & {
    tenderId: Id;
    agencyId: Id;
    budgetLineId: Id;
    method: ProcurementMethod;
    /** Only for method direct_commission: the named supplier, why, and its rating against the floor. */
    directCommission: {
      supplierId: Id;
      justification: string;
      supplierRating: Rating;
      ratingFloor: Rating;
    } | null;
    draftedAt: Instant;
  };
};
export type TenderAmended = {
  type: 'TenderAmended';
  data: {
    tenderId: Id;
    changes: Partial<TenderTerms>;
    reason: string;
    material: boolean;
    /** The deadline after the amendment (null while a draft). */
    deadline: Instant | null;
    deadlineExtended: boolean;
    /** Bids made against the old terms: they count again only once confirmed (BidConfirmed). */
    voidedBidIds: Id[];
    /** The upheld complaint (remedy amend_conditions) this amendment answers; null: none. */
    answersComplaintId: Id | null;
    amendedAt: Instant;
  };
};
export type TenderPublished = {
  type: 'TenderPublished';
  data: { tenderId: Id; deadline: Instant; submissionDays: number; publishedAt: Instant };
};
export type BidSubmitted = {
  type: 'BidSubmitted';
  /** Sealed: readers other than the bidder must not see price or digest before BidsOpened. */
  data: {
    tenderId: Id;
    bidId: Id;
    supplierId: Id;
    price: Money;
    proposalDigest: string;
    submittedAt: Instant;
  };
};
export type BidWithdrawn = {
  type: 'BidWithdrawn';
  data: { tenderId: Id; bidId: Id; supplierId: Id; withdrawnAt: Instant };
};
export type BidConfirmed = {
  type: 'BidConfirmed';
  data: { tenderId: Id; bidId: Id; supplierId: Id; confirmedAt: Instant };
};
/** A bid's sealed contents as revealed at opening: what BidSubmitted kept from every reader but the bidder. */
export interface OpenedBid {
  readonly bidId: Id;
  readonly supplierId: Id;
  readonly price: Money;
  readonly proposalDigest: string;
}
export type BidsOpened = {
  type: 'BidsOpened';
  /**
   * openedBidIds are now valid and public; lapsedBidIds were voided by an amendment and never confirmed.
   * openedBids reveals their price and digest here, so a feed that withheld them from BidSubmitted
   * (docs/adr/0006-sealed-data-in-feeds.md) gets them with the opening, in stream order.
   */
  data: {
    tenderId: Id;
    openedBidIds: Id[];
    lapsedBidIds: Id[];
    openedBids: OpenedBid[];
    openedAt: Instant;
  };
};
export type TenderFailed = {
  type: 'TenderFailed';
  /** The bids stay sealed: a failed tender opens none (流标). */
  data: {
    tenderId: Id;
    reason: 'insufficient_valid_bids';
    validBidCount: number;
    minValidBids: number;
    failedAt: Instant;
  };
};
export type EvaluatorAssigned = {
  type: 'EvaluatorAssigned';
  data: { tenderId: Id; evaluatorId: Id; assignedAt: Instant };
};
export type ConflictDeclared = {
  type: 'ConflictDeclared';
  /** discardedScoreBidIds: bids of that supplier the evaluator had already scored; those scores no longer count. */
  data: {
    tenderId: Id;
    evaluatorId: Id;
    supplierId: Id;
    description: string;
    discardedScoreBidIds: Id[];
    declaredAt: Instant;
  };
};
export type BidScored = {
  type: 'BidScored';
  data: {
    tenderId: Id;
    bidId: Id;
    supplierId: Id;
    evaluatorId: Id;
    scores: CriterionScore[];
    scoredAt: Instant;
  };
};
export type BidDisqualified = {
  type: 'BidDisqualified';
  data: { tenderId: Id; bidId: Id; supplierId: Id; reason: string; disqualifiedAt: Instant };
};
export type TenderAwarded = {
  type: 'TenderAwarded';
  data: {
    tenderId: Id;
    bidId: Id;
    supplierId: Id;
    amount: Money;
    /** Weighted scores 0..100 in hundredths (8650 = 86.50), rounded down. */
    weightedScore: number;
    bestWeightedScore: number;
    /** True when the award is not to the best score: a red flag, with its rationale. */
    override: boolean;
    overrideRationale: string | null;
    awardedAt: Instant;
  };
};
/** The award's standstill (policy.standstillDays[method] > 0): no signing, and losing bidders may complain, until endsAt. */
export type StandstillStarted = {
  type: 'StandstillStarted';
  data: { tenderId: Id; bidId: Id; standstillDays: number; endsAt: Instant; startedAt: Instant };
};

/** What a complaint is against: the award decision, or the tender's conditions (terms, criteria, eligibility). */
export type ComplaintSubject = 'award' | 'conditions';
export const COMPLAINT_SUBJECTS: readonly ComplaintSubject[] = ['award', 'conditions'];
/**
 * What an upheld complaint does. Against an award (during the standstill): the award is cancelled and
 * evaluation reopens, or the tender is cancelled. Against the conditions before the bids are opened:
 * the agency amends the conditions before it may open them, or the tender is cancelled.
 */
export type ComplaintRemedy = 'reopen_evaluation' | 'amend_conditions' | 'cancel_tender';
export const COMPLAINT_REMEDIES: readonly ComplaintRemedy[] = [
  'reopen_evaluation',
  'amend_conditions',
  'cancel_tender',
];
/** When a complaint was filed: while bids are submitted (conditions only), or in an award's standstill. */
export type ComplaintStage = 'submission' | 'standstill';
export type ComplaintDecision = 'upheld' | 'dismissed';
export const COMPLAINT_DECISIONS: readonly ComplaintDecision[] = ['upheld', 'dismissed'];

export type ComplaintFiled = {
  type: 'ComplaintFiled';
  /**
   * Documents stay outside the log: documentDigests are their SHA-256s. Filed in an award's standstill
   * it suspends the standstill clock; filed against the conditions before the deadline, bids are not
   * opened while it is pending.
   */
  data: {
    tenderId: Id;
    complaintId: Id;
    supplierId: Id;
    subject: ComplaintSubject;
    grounds: string;
    documentDigests: string[];
    filedAt: Instant;
  };
};
export type ComplaintUpheld = {
  type: 'ComplaintUpheld';
  /**
   * The award (awardBidId) is cancelled. reopen_evaluation: the tender is under evaluation again and
   * a new award starts a new standstill; cancel_tender: a TenderCancelled follows in the same append.
   * Other complaints still pending are about the award that no longer stands: they close with it (mootComplaintIds).
   * Against the conditions before opening (awardBidId null): amend_conditions: the bids are opened only
   * after the agency amends the tender (allowed past the deadline then); cancel_tender as above.
   */
  data: {
    tenderId: Id;
    complaintId: Id;
    reviewerId: Id;
    rationale: string;
    remedy: ComplaintRemedy;
    awardBidId: Id | null;
    mootComplaintIds: Id[];
    decidedAt: Instant;
  };
};
export type ComplaintDismissed = {
  type: 'ComplaintDismissed';
  /**
   * standstillEndsAt: when the standstill now ends; the days left when complaints suspended it run
   * again from the dismissal of the last one. null for a complaint against the conditions before opening.
   */
  data: {
    tenderId: Id;
    complaintId: Id;
    reviewerId: Id;
    rationale: string;
    standstillEndsAt: Instant | null;
    decidedAt: Instant;
  };
};

/** Clarifications: a supplier's question before the cut-off; the author is withheld in every view but its own and the auditor's. */
export type QuestionAsked = {
  type: 'QuestionAsked';
  data: { tenderId: Id; questionId: Id; supplierId: Id; question: string; askedAt: Instant };
};
/** The agency's public answer; amendsConditions: a TenderAmended follows in the same append. */
export type QuestionAnswered = {
  type: 'QuestionAnswered';
  data: {
    tenderId: Id;
    questionId: Id;
    answer: string;
    answeredBy: Id;
    amendsConditions: boolean;
    answeredAt: Instant;
  };
};

export type TenderCancelled = {
  type: 'TenderCancelled';
  data: { tenderId: Id; reason: string; cancelledAt: Instant };
};

export type TenderEvent =
  | TenderDrafted
  | TenderAmended
  | TenderPublished
  | BidSubmitted
  | BidWithdrawn
  | BidConfirmed
  | BidsOpened
  | TenderFailed
  | EvaluatorAssigned
  | ConflictDeclared
  | BidScored
  | BidDisqualified
  | TenderAwarded
  | StandstillStarted
  | ComplaintFiled
  | ComplaintUpheld
  | ComplaintDismissed
  | QuestionAsked
  | QuestionAnswered
  | TenderCancelled;

// ---------------------------------------------------------------- commands

export type DraftTender = {
  type: 'DraftTender';
  data: TenderTerms & {
    tenderId: Id;
    agencyId: Id;
    budgetLineId: Id;
    method: ProcurementMethod;
    /** Required for direct_commission; supplierRating is the supplier's rating now (ratingAt). */
    directCommission?: {
      supplierId: Id;
      justification: string;
      supplierRating: Rating | null;
    } | null;
    /** The named budget line now; null when it is not open. */
    budgetLine: BudgetLineFacts | null;
    at: Instant;
    policy: Policy;
  };
};
export type AmendTender = {
  type: 'AmendTender';
  data: {
    tenderId: Id;
    changes: Partial<TenderTerms>;
    deadline?: Instant;
    reason: string;
    /** The upheld complaint (remedy amend_conditions) this amendment answers, if any. */
    complaintId?: Id | null;
    at: Instant;
    policy: Policy;
  };
};
export type PublishTender = {
  type: 'PublishTender';
  data: { tenderId: Id; deadline: Instant; at: Instant; policy: Policy };
};
export type SubmitBid = {
  type: 'SubmitBid';
  data: {
    tenderId: Id;
    bidId: Id;
    supplierId: Id;
    price: Money;
    /** SHA-256 of the proposal document, 64 hex digits; the document itself stays outside the log. */
    proposalDigest: string;
    supplier: SupplierFacts;
    at: Instant;
  };
};
export type WithdrawBid = {
  type: 'WithdrawBid';
  data: { tenderId: Id; bidId: Id; supplierId: Id; at: Instant };
};
export type ConfirmBid = {
  type: 'ConfirmBid';
  data: { tenderId: Id; bidId: Id; supplierId: Id; supplier: SupplierFacts; at: Instant };
};
export type OpenBids = {
  type: 'OpenBids';
  data: { tenderId: Id; at: Instant; policy: Policy };
};
export type AssignEvaluator = {
  type: 'AssignEvaluator';
  /** assignedBy: the officer assigning; buyer: the agency's staff known on this tender. */
  data: { tenderId: Id; evaluatorId: Id; assignedBy: Id; buyer: BuyerFacts; at: Instant };
};
export type DeclareConflict = {
  type: 'DeclareConflict';
  data: { tenderId: Id; evaluatorId: Id; supplierId: Id; description: string; at: Instant };
};
export type ScoreBid = {
  type: 'ScoreBid';
  data: {
    tenderId: Id;
    bidId: Id;
    evaluatorId: Id;
    scores: CriterionScore[];
    /** The agency the evaluator's token says it works for, if any. */
    evaluatorAgencyId: Id | null;
    buyer: BuyerFacts;
    bidderStaff: BidderStaffFacts;
    /**
     * The suppliers the evaluator's register (`evaluator-<id>`) holds a conflict with, declared on
     * any tender; this tender's own declarations count besides. A missing list is refused.
     */
    evaluatorConflictSupplierIds: readonly Id[];
    at: Instant;
  };
};
export type DisqualifyBid = {
  type: 'DisqualifyBid';
  data: { tenderId: Id; bidId: Id; reason: string; at: Instant };
};
export type AwardTender = {
  type: 'AwardTender';
  data: {
    tenderId: Id;
    bidId: Id;
    /** Required when the bid is not the best weighted score. */
    rationale?: string | null;
    /** Bidders debarred at this instant (isDebarredAt): they can neither win nor count as the best. */
    debarredSupplierIds: Id[];
    /** An evaluator who acted for a bidder counts as conflicted with it (see awardTender). */
    bidderStaff: BidderStaffFacts;
    /**
     * Each panel evaluator's register, evaluatorId -> supplier ids it declared a conflict with on
     * any tender: like this tender's own declarations, it is not allowed to score those bidders.
     * An evaluator of the panel missing from it is refused, never read as "no conflicts".
     */
    panelConflicts: Readonly<Record<Id, readonly Id[]>>;
    at: Instant;
    policy: Policy;
  };
};
export type CancelTender = {
  type: 'CancelTender';
  data: { tenderId: Id; reason: string; at: Instant };
};

export type FileComplaint = {
  type: 'FileComplaint';
  data: {
    tenderId: Id;
    complaintId: Id;
    supplierId: Id;
    subject: ComplaintSubject;
    grounds: string;
    /** SHA-256s of the supporting documents, 64 lowercase hex digits each; the documents stay outside the log. */
    documentDigests: string[];
    at: Instant;
    policy: Policy;
  };
};
export type DecideComplaint = {
  type: 'DecideComplaint';
  data: {
    tenderId: Id;
    complaintId: Id;
    reviewerId: Id;
    decision: ComplaintDecision;
    /** Required when upheld, refused when dismissed. */
    remedy?: ComplaintRemedy | null;
    rationale: string;
    at: Instant;
  };
};

export type AskQuestion = {
  type: 'AskQuestion';
  data: {
    tenderId: Id;
    questionId: Id;
    supplierId: Id;
    question: string;
    at: Instant;
    policy: Policy;
  };
};
export type AnswerQuestion = {
  type: 'AnswerQuestion';
  data: {
    tenderId: Id;
    questionId: Id;
    answer: string;
    answeredBy: Id;
    /** An answer that changes the conditions amends the tender (AmendTender's rules apply). */
    changes?: Partial<TenderTerms>;
    deadline?: Instant;
    at: Instant;
    policy: Policy;
  };
};

export type TenderCommand =
  | DraftTender
  | AmendTender
  | PublishTender
  | SubmitBid
  | WithdrawBid
  | ConfirmBid
  | OpenBids
  | AssignEvaluator
  | DeclareConflict
  | ScoreBid
  | DisqualifyBid
  | AwardTender
  | FileComplaint
  | DecideComplaint
  | AskQuestion
  | AnswerQuestion
  | CancelTender;
