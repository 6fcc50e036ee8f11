import {
  AMENDMENT_RATIONALES,
  DISBURSEMENT_KINDS,
  TERMINATION_REASONS,
  VERDICTS,
} from '../contract/events';
import { PROCUREMENT_METHODS, RATINGS } from '../shared/policy';
import { SUPPLIER_KINDS } from '../supplier/supplier';
import {
  COMPLAINT_REMEDIES,
  COMPLAINT_SUBJECTS,
  TENDER_CONTRACT_TYPES,
  TENDER_PAYMENT_MODELS,
} from '../tender/events';
import {
  NEVER_DISCLOSED,
  SEALED_FIELDS,
  type LedgerEvent,
  type LedgerEventType,
} from './feed-view';
import { money, s, type JsonSchema, type Schema } from './schema';

/**
 * The event contract for downstream teams: the JSON Schema of every event type's `data`, written
 * once here. The `satisfies` clause at the bottom makes the compiler hold each schema to the
 * domain's own type (schema.ts), and `npm run contract:generate` writes them to docs/schemas/.
 */

const digest = (description: string): Schema<string> => ({
  type: 'string',
  pattern: '^(sha256:)?[0-9a-f]{64}$',
  description,
});
const score100 = (description?: string) => s.integer(0, 100, description);

const criterion = s.object({ criterionId: s.text(), name: s.text(), weight: s.integer(0, 100) });
const eligibility = s.object({
  minRating: s.nullable(s.literal(RATINGS)),
  supplierKinds: s.array(s.literal(SUPPLIER_KINDS), 'empty: every kind may bid'),
  invitedSupplierIds: s.array(s.id(), 'empty: anyone eligible may bid'),
});
const termFields = {
  title: s.text(),
  serviceCategory: s.text(),
  estimatedValue: money,
  criteria: s.array(criterion, 'weights sum to 100 once published'),
  eligibility,
  contractType: s.literal(TENDER_CONTRACT_TYPES),
  paymentModel: s.literal(TENDER_PAYMENT_MODELS),
};
const indicator = s.object({ indicatorId: s.text(), description: s.text(), target: s.text() });
const milestoneTerms = s.object({
  milestoneId: s.id(),
  title: s.text(),
  dueAt: s.instant(),
  amount: money,
  deliverables: s.array(s.string()),
  indicators: s.array(indicator),
});
const contractRef = {
  contractId: s.id('the contract'),
  agencyId: s.id('the buying agency'),
  supplierId: s.id('the supplier'),
};

const schemas = {
  // ------------------------------------------------------------ supplier-<supplierId>
  SupplierRegistered: s.object({
    supplierId: s.id(),
    kind: s.literal(SUPPLIER_KINDS),
    name: s.text(),
    registrationNumber: s.text(),
    registeredAt: s.instant(),
  }),
  QualificationAssessed: s.object({
    supplierId: s.id(),
    governanceScore: score100(),
    financeScore: score100(),
    serviceQualityScore: score100(),
    totalScore: score100(),
    rating: s.literal(RATINGS),
    assessor: s.text(),
    assessedAt: s.instant(),
    validUntil: s.instant(),
  }),
  DebarmentProposed: s.object({
    supplierId: s.id(),
    proposalId: s.id(),
    grounds: s.text(),
    evidenceEventIds: s.array(s.id()),
    proposedAt: s.instant(),
  }),
  SupplierDebarred: s.object({
    supplierId: s.id(),
    debarmentId: s.id(),
    proposalId: s.nullable(s.id()),
    grounds: s.text(),
    authority: s.text(),
    from: s.instant(),
    until: s.nullable(s.instant('null: indefinite, until lifted')),
    defaultLengthApplied: s.boolean(),
    evidenceEventIds: s.array(s.id()),
    debarredAt: s.instant(),
  }),
  DebarmentLifted: s.object({
    supplierId: s.id(),
    debarmentId: s.id(),
    reason: s.text(),
    liftedAt: s.instant(),
  }),
  DebarmentCorrected: s.object(
    {
      supplierId: s.id(),
      debarmentId: s.id(),
      annulled: s.boolean(),
      from: s.instant('the corrected start (valid time)'),
      until: s.nullable(s.instant('the corrected end; null: indefinite')),
      previousFrom: s.instant(),
      previousUntil: s.nullable(s.instant()),
      reason: s.text(),
      correctedAt: s.instant('when the correction was recorded (record time)'),
    },
    {},
    'A debarment corrected without rewriting its SupplierDebarred: the period it applies to from now on, or annulled (it never applied).',
  ),
  PerformanceNoticePublished: s.object({
    supplierId: s.id(),
    noticeId: s.id(),
    kind: s.literal(['commendation', 'criticism'] as const),
    summary: s.text(),
    relatedEventIds: s.array(s.id()),
    publishedAt: s.instant(),
  }),
  SupplierPlacedUnderEnhancedMonitoring: s.object({
    supplierId: s.id(),
    reason: s.text(),
    from: s.instant(),
    until: s.instant(),
    placedAt: s.instant(),
  }),
  EnhancedMonitoringEnded: s.object({
    supplierId: s.id(),
    rationale: s.text(),
    scheduledUntil: s.instant('when the monitoring would have ended'),
    endedAt: s.instant(),
  }),

  // ------------------------------------------------------------ budget-<budgetLineId>
  BudgetLineOpened: s.object({
    budgetLineId: s.id(),
    agencyId: s.id(),
    fiscalYear: s.integer(),
    category: s.text(),
    allocated: money,
    openedAt: s.instant(),
  }),
  BudgetLineAdjusted: s.object({
    budgetLineId: s.id(),
    previousAllocated: money,
    allocated: money,
    reason: s.text(),
    adjustedAt: s.instant(),
  }),
  FundsReserved: s.object({
    budgetLineId: s.id(),
    tenderId: s.id(),
    amount: money,
    reservedAt: s.instant(),
  }),
  ReservationReleased: s.object({
    budgetLineId: s.id(),
    tenderId: s.id(),
    amount: money,
    reason: s.text(),
    releasedAt: s.instant(),
  }),
  ReservationResized: s.object({
    budgetLineId: s.id(),
    tenderId: s.id(),
    previousAmount: money,
    amount: money,
    reason: s.text(),
    resizedAt: s.instant(),
  }),
  FundsCommitted: s.object({
    budgetLineId: s.id(),
    contractId: s.id(),
    tenderId: s.nullable(s.id()),
    amount: money,
    contractTotal: money,
    reservationConsumed: s.nullable(money),
    committedAt: s.instant(),
  }),
  CommitmentReleased: s.object({
    budgetLineId: s.id(),
    contractId: s.id(),
    amount: money,
    reason: s.text(),
    releasedAt: s.instant(),
  }),
  CommitmentReduced: s.object({
    budgetLineId: s.id(),
    contractId: s.id(),
    amount: money,
    contractTotal: money,
    reason: s.text(),
    reducedAt: s.instant(),
  }),
  DisbursementRecorded: s.object({
    budgetLineId: s.id(),
    contractId: s.id(),
    disbursementId: s.id(),
    amount: money,
    disbursedAt: s.instant(),
  }),

  // ------------------------------------------------------------ tender-<tenderId>
  TenderDrafted: s.object({
    ...termFields,
    tenderId: s.id(),
    agencyId: s.id(),
    budgetLineId: s.id(),
    method: s.literal(PROCUREMENT_METHODS),
    directCommission: s.nullable(
      s.object({
        supplierId: s.id(),
        justification: s.text(),
        supplierRating: s.literal(RATINGS),
        ratingFloor: s.literal(RATINGS),
      }),
    ),
    draftedAt: s.instant(),
  }),
  TenderAmended: s.object({
    tenderId: s.id(),
    changes: s.object({}, termFields, 'the changed terms only'),
    reason: s.text(),
    material: s.boolean(),
    deadline: s.nullable(s.instant('after the amendment; null while a draft')),
    deadlineExtended: s.boolean(),
    voidedBidIds: s.array(s.id()),
    answersComplaintId: s.nullable(
      s.id('the upheld complaint (remedy amend_conditions) this amendment answers'),
    ),
    amendedAt: s.instant(),
  }),
  TenderPublished: s.object({
    tenderId: s.id(),
    deadline: s.instant(),
    submissionDays: s.integer(0),
    publishedAt: s.instant(),
  }),
  BidSubmitted: s.object(
    {
      tenderId: s.id(),
      bidId: s.id(),
      supplierId: s.id(),
      price: money,
      proposalDigest: digest('SHA-256 of the proposal document, 64 hex'),
      submittedAt: s.instant(),
    },
    {},
    'A sealed bid: price and proposalDigest are hidden from everyone but the bidder until BidsOpened.',
  ),
  BidWithdrawn: s.object({
    tenderId: s.id(),
    bidId: s.id(),
    supplierId: s.id(),
    withdrawnAt: s.instant(),
  }),
  BidConfirmed: s.object({
    tenderId: s.id(),
    bidId: s.id(),
    supplierId: s.id(),
    confirmedAt: s.instant(),
  }),
  BidsOpened: s.object({
    tenderId: s.id(),
    openedBidIds: s.array(s.id()),
    lapsedBidIds: s.array(s.id()),
    openedBids: s.array(
      s.object({
        bidId: s.id(),
        supplierId: s.id(),
        price: money,
        proposalDigest: digest('SHA-256 of the proposal'),
      }),
      'the revealed contents of every opened bid',
    ),
    openedAt: s.instant(),
  }),
  TenderFailed: s.object({
    tenderId: s.id(),
    reason: s.literal(['insufficient_valid_bids'] as const),
    validBidCount: s.integer(0),
    minValidBids: s.integer(0),
    failedAt: s.instant(),
  }),
  EvaluatorAssigned: s.object({ tenderId: s.id(), evaluatorId: s.id(), assignedAt: s.instant() }),
  ConflictDeclared: s.object({
    tenderId: s.id(),
    evaluatorId: s.id(),
    supplierId: s.id(),
    description: s.text(),
    discardedScoreBidIds: s.array(s.id()),
    declaredAt: s.instant(),
  }),
  BidScored: s.object({
    tenderId: s.id(),
    bidId: s.id(),
    supplierId: s.id(),
    evaluatorId: s.id(),
    scores: s.array(s.object({ criterionId: s.text(), score: score100() })),
    scoredAt: s.instant(),
  }),
  BidDisqualified: s.object({
    tenderId: s.id(),
    bidId: s.id(),
    supplierId: s.id(),
    reason: s.text(),
    disqualifiedAt: s.instant(),
  }),
  TenderAwarded: s.object({
    tenderId: s.id(),
    bidId: s.id(),
    supplierId: s.id(),
    amount: money,
    weightedScore: s.integer(0, 10_000, 'hundredths of 0..100'),
    bestWeightedScore: s.integer(0, 10_000, 'hundredths of 0..100'),
    override: s.boolean(),
    overrideRationale: s.nullable(s.text()),
    awardedAt: s.instant(),
  }),
  StandstillStarted: s.object(
    {
      tenderId: s.id(),
      bidId: s.id(),
      standstillDays: s.positive(365, 'days; a fraction is a part of a day'),
      endsAt: s.instant(),
      startedAt: s.instant(),
    },
    {},
    'The award of bidId starts a standstill: no contract is signed before endsAt, and losing bidders may complain until then.',
  ),
  ComplaintFiled: s.object({
    tenderId: s.id(),
    complaintId: s.id(),
    supplierId: s.id(),
    subject: s.literal(COMPLAINT_SUBJECTS),
    grounds: s.text(),
    documentDigests: s.array(digest('SHA-256 of a supporting document')),
    filedAt: s.instant(),
  }),
  ComplaintUpheld: s.object(
    {
      tenderId: s.id(),
      complaintId: s.id(),
      reviewerId: s.id(),
      rationale: s.text(),
      remedy: s.literal(COMPLAINT_REMEDIES),
      awardBidId: s.nullable(
        s.id('the cancelled award; null for a complaint decided before opening'),
      ),
      mootComplaintIds: s.array(s.id()),
      decidedAt: s.instant(),
    },
    {},
    'The award of awardBidId is cancelled; reopen_evaluation returns the tender to evaluation, cancel_tender is followed by TenderCancelled. Before opening (awardBidId null) amend_conditions holds the opening until the tender is amended.',
  ),
  ComplaintDismissed: s.object({
    tenderId: s.id(),
    complaintId: s.id(),
    reviewerId: s.id(),
    rationale: s.text(),
    standstillEndsAt: s.nullable(
      s.instant('when the standstill now ends; null for a complaint decided before opening'),
    ),
    decidedAt: s.instant(),
  }),
  QuestionAsked: s.object(
    {
      tenderId: s.id(),
      questionId: s.id(),
      supplierId: s.id('the author'),
      question: s.text(),
      askedAt: s.instant(),
    },
    {},
    'A clarification question.',
  ),
  QuestionAnswered: s.object({
    tenderId: s.id(),
    questionId: s.id(),
    answer: s.text(),
    answeredBy: s.id(),
    amendsConditions: s.boolean(),
    answeredAt: s.instant(),
  }),
  TenderCancelled: s.object({ tenderId: s.id(), reason: s.text(), cancelledAt: s.instant() }),

  // ------------------------------------------------------------ contract-<contractId>
  ContractSigned: s.object({
    ...contractRef,
    tenderId: s.id(),
    budgetLineId: s.id(),
    signedBy: s.id(),
    signedAt: s.instant(),
    awardedAmount: money,
    value: money,
    advanceCapPercent: s.integer(0, 100),
    milestones: s.array(milestoneTerms),
  }),
  ContractEvaluatorAssigned: s.object({
    ...contractRef,
    evaluatorId: s.id(),
    assignedBy: s.id(),
    assignedAt: s.instant(),
  }),
  AmendmentApproved: s.object({
    ...contractRef,
    approvalId: s.id(),
    approvedBy: s.id(),
    approvedAt: s.instant(),
    maxNewValue: money,
    justification: s.text(),
  }),
  ContractAmended: s.object({
    ...contractRef,
    amendmentId: s.id(),
    amendedBy: s.id(),
    amendedAt: s.instant(),
    rationale: s.literal(AMENDMENT_RATIONALES),
    justification: s.text(),
    previousValue: money,
    newValue: money,
    cumulativeChangeMinor: s.integer(),
    milestones: s.array(milestoneTerms),
    supervisorApprovalId: s.nullable(s.id()),
  }),
  DeliveryReported: s.object({
    ...contractRef,
    milestoneId: s.id(),
    reportedBy: s.id(),
    reportedAt: s.instant(),
    dueAt: s.instant(),
    late: s.boolean(),
    evidenceDigests: s.array(digest('sha256:<64 hex> of an evidence file')),
    indicatorResults: s.array(
      s.object({ indicatorId: s.text(), value: s.string(), met: s.boolean() }),
    ),
  }),
  MilestoneEvaluated: s.object({
    ...contractRef,
    milestoneId: s.id(),
    evaluatorId: s.id(),
    evaluatedAt: s.instant(),
    verdict: s.literal(VERDICTS),
    acceptedShareBps: s.integer(0, 10_000),
    acceptedAmount: money,
    score: score100(),
    comments: s.string(),
    paymentDueBy: s.nullable(s.instant()),
  }),
  FundsDisbursed: s.object({
    ...contractRef,
    disbursementId: s.id(),
    budgetLineId: s.id(),
    kind: s.literal(DISBURSEMENT_KINDS),
    milestoneId: s.nullable(s.id()),
    amount: money,
    advanceRecovered: money,
    cashPaid: money,
    disbursedBy: s.id(),
    disbursedAt: s.instant(),
  }),
  ContractSuspended: s.object({
    ...contractRef,
    suspendedBy: s.id(),
    suspendedAt: s.instant(),
    reason: s.text(),
  }),
  ContractResumed: s.object({ ...contractRef, resumedBy: s.id(), resumedAt: s.instant() }),
  ContractTerminated: s.object({
    ...contractRef,
    terminatedBy: s.id(),
    terminatedAt: s.instant(),
    reason: s.literal(TERMINATION_REASONS),
    explanation: s.text(),
    amountPaid: money,
    advanceOutstanding: money,
  }),
  ContractCompleted: s.object({
    ...contractRef,
    completedBy: s.id(),
    completedAt: s.instant(),
    value: money,
    acceptedTotal: money,
    amountPaid: money,
    advanceOutstanding: money,
  }),
  // The evaluators' conflict registers (`evaluator-<id>`): on no Kafka topic and on no feed but
  // the auditor's and the supervisor's (libs/feed), since they name a person and a supplier.
  ConflictOfInterestRegistered: s.object({
    evaluatorId: s.id(),
    supplierId: s.id(),
    tenderId: s.id('The tender the conflict was first declared on'),
    declaredAt: s.instant(),
  }),
} satisfies { [K in LedgerEventType]: Schema<Extract<LedgerEvent, { type: K }>['data']> };

export const EVENT_DATA_SCHEMAS: Readonly<Record<LedgerEventType, JsonSchema>> = schemas;
export const LEDGER_EVENT_TYPES = Object.keys(schemas) as readonly LedgerEventType[];

/** The aggregate (feed topic suffix) each event type belongs to. */
export function categoryOf(
  type: LedgerEventType,
): 'suppliers' | 'budgets' | 'tenders' | 'contracts' | 'evaluators' {
  // `schemas` is written grouped by aggregate, suppliers first: the group starts are its boundaries.
  // `evaluators` is no feed topic (docs/kafka.md): its events are not published.
  const index = LEDGER_EVENT_TYPES.indexOf(type);
  if (index < LEDGER_EVENT_TYPES.indexOf('BudgetLineOpened')) return 'suppliers';
  if (index < LEDGER_EVENT_TYPES.indexOf('TenderDrafted')) return 'budgets';
  if (index < LEDGER_EVENT_TYPES.indexOf('ContractSigned')) return 'tenders';
  if (index < LEDGER_EVENT_TYPES.indexOf('ConflictOfInterestRegistered')) return 'contracts';
  return 'evaluators';
}

/**
 * The published document for one event type: the feed envelope with its `data` (docs/kafka.md).
 * `$id` is stable so AsyncAPI and consumers can reference it.
 */
export function eventSchemaDocument(type: LedgerEventType): JsonSchema {
  const schema = EVENT_DATA_SCHEMAS[type];
  const sealed = SEALED_FIELDS[type] ?? [];
  // The feed view removes sealed fields (libs/feed eventView), so the published schema lets them be absent
  // and says so; the stored event always has them (the compile-time check is on the stored shape).
  const published =
    sealed.length === 0
      ? schema
      : {
          ...schema,
          description:
            `${String(schema['description'] ?? '')} In feeds ${sealed.join(', ')} ${sealed.length === 1 ? 'is' : 'are'} withheld ${NEVER_DISCLOSED.has(type) ? 'from every reader but the author and the auditor' : 'before BidsOpened reveals them'}: absent, and named in the \`redacted\` header and envelope field.`.trim(),
          required: (schema['required'] as string[]).filter((field) => !sealed.includes(field)),
        };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://contract-ledger.example/schemas/${type}.json`,
    title: type,
    description: `The \`data\` of a ${type} event (docs/events.md). In feeds the record value is the envelope (docs/kafka.md) whose \`data\` is this.`,
    ...published,
  };
}
