import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, isBefore, type Instant } from '../shared/instant';
import {
  addPolicyDays,
  policyDaysBetween,
  PROCUREMENT_METHODS,
  ratingAtLeast,
  type Rating,
} from '../shared/policy';
import { requireText, sameContent } from '../shared/text';
import {
  checkDeadlineHorizon,
  checkMethodTerms,
  latest,
  MATERIAL,
  termsOf,
  weightsSumTo100,
} from './decide-terms';
import { existing } from './decide-checks';
import type {
  AmendTender,
  CancelTender,
  DraftTender,
  PublishTender,
  TenderEvent,
  TenderTerms,
} from './events';
import type { TenderState } from './evolve';

// Drafting, amending, publishing and cancelling a tender.

export function draftTender(
  d: DraftTender['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const agencyId = assertId(d.agencyId, 'agencyId');
  const budgetLineId = assertId(d.budgetLineId, 'budgetLineId');
  if (!PROCUREMENT_METHODS.includes(d.method))
    refuse('TENDER_METHOD_INVALID', `Unknown method ${String(d.method)}`);
  const terms = termsOf({
    title: d.title,
    serviceCategory: d.serviceCategory,
    estimatedValue: d.estimatedValue,
    criteria: d.criteria,
    eligibility: d.eligibility,
    contractType: d.contractType,
    paymentModel: d.paymentModel,
  }) as TenderTerms;
  checkMethodTerms(d.method, terms.eligibility);
  // The line is another aggregate: the application reads it and passes what the rules need.
  const line = d.budgetLine ?? null;
  if (line === null)
    refuse('BUDGET_LINE_NOT_OPEN', 'The tender names a budget line that is not open');
  if (line.agencyId !== agencyId)
    refuse('TENDER_BUDGET_LINE_OTHER_AGENCY', "A tender is paid from its own agency's budget line");
  if (line.currency !== terms.estimatedValue.currency) {
    refuse(
      'CURRENCY_MISMATCH',
      `The budget line is in ${line.currency}, the estimate in ${terms.estimatedValue.currency}`,
    );
  }
  let directCommission: {
    supplierId: Id;
    justification: string;
    supplierRating: Rating;
    ratingFloor: Rating;
  } | null = null;
  if (d.method === 'direct_commission') {
    const dc = d.directCommission;
    if (!dc || typeof dc !== 'object' || !dc.supplierId) {
      refuse('DIRECT_COMMISSION_SUPPLIER_REQUIRED', 'Direct commissioning names one supplier');
    }
    const supplierId = assertId(dc.supplierId, 'directCommission.supplierId');
    const justification = requireText(
      dc.justification,
      'DIRECT_COMMISSION_JUSTIFICATION_REQUIRED',
      'directCommission.justification',
    );
    const ratingFloor = d.policy.directCommissionRatingFloor;
    if (dc.supplierRating == null || !ratingAtLeast(dc.supplierRating, ratingFloor)) {
      refuse(
        'DIRECT_COMMISSION_RATING_TOO_LOW',
        `Direct commissioning needs a supplier rated ${ratingFloor} or better`,
        {
          floor: ratingFloor,
        },
      );
    }
    directCommission = {
      supplierId,
      justification,
      supplierRating: dc.supplierRating,
      ratingFloor,
    };
  } else if (d.directCommission != null) {
    refuse(
      'TENDER_DIRECT_COMMISSION_MISMATCH',
      'Only a direct_commission tender names a commissioned supplier',
    );
  }
  const data = {
    tenderId,
    agencyId,
    budgetLineId,
    method: d.method,
    ...terms,
    directCommission,
    draftedAt: at,
  };
  if (state.status !== 'none') {
    const { draftedAt: _a, ...requested } = data;
    const recorded = {
      tenderId,
      agencyId: state.agencyId,
      budgetLineId: state.budgetLineId,
      method: state.method,
      ...state.terms,
      directCommission: state.directCommission,
    };
    if (state.status === 'draft' && sameContent(recorded, requested)) return [];
    refuse('TENDER_ALREADY_DRAFTED', 'The tender exists already; amend it instead');
  }
  return [{ type: 'TenderDrafted', data }];
}

export function amendTender(
  c: AmendTender['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const reason = requireText(c.reason, 'TENDER_AMENDMENT_REASON_REQUIRED', 'reason');
  if (s.status !== 'draft' && s.status !== 'published')
    refuse('TENDER_NOT_AMENDABLE', 'Only a draft or open tender is amended');
  // The amendment an upheld complaint ordered names that complaint: any other amendment leaves it
  // unanswered, so the bids stay sealed until the remedy the review body ordered is recorded.
  const answersComplaintId =
    c.complaintId === undefined || c.complaintId === null
      ? null
      : assertId(c.complaintId, 'complaintId');
  if (answersComplaintId !== null && !s.complaintsAwaitingAmendment.includes(answersComplaintId))
    refuse(
      'COMPLAINT_NOT_AWAITING_AMENDMENT',
      'The complaint named is not an upheld complaint awaiting an amendment of the conditions',
      { complaintId: answersComplaintId },
    );
  // Past the deadline only the amendment an upheld complaint ordered is made (with a new deadline).
  if (
    s.status === 'published' &&
    s.deadline !== null &&
    !isBefore(at, s.deadline) &&
    answersComplaintId === null
  ) {
    refuse('TENDER_NOT_AMENDABLE', 'The submission period has ended');
  }
  const requested = termsOf(c.changes ?? {});
  const changes = Object.fromEntries(
    Object.entries(requested).filter(([k, v]) => !sameContent(s.terms[k as keyof TenderTerms], v)),
  ) as Partial<TenderTerms>;
  const requestedDeadline = c.deadline === undefined ? null : assertInstant(c.deadline, 'deadline');
  if (requestedDeadline !== null && s.status === 'draft') {
    refuse('TENDER_DEADLINE_NOT_SET_IN_DRAFT', 'A draft gets its deadline when it is published');
  }
  const deadlineChanged = requestedDeadline !== null && requestedDeadline !== s.deadline;
  if (Object.keys(changes).length === 0 && !deadlineChanged) {
    if (Object.keys(requested).length === 0 && requestedDeadline === null)
      refuse('TENDER_AMENDMENT_EMPTY', 'The amendment changes nothing');
    return [];
  }
  const after = { ...s.terms, ...changes };
  checkMethodTerms(s.method, after.eligibility);
  if (after.estimatedValue.currency !== s.terms.estimatedValue.currency) {
    refuse('CURRENCY_MISMATCH', 'An amendment keeps the currency of the tender');
  }
  const material = MATERIAL.some((k) => k in changes);
  if (s.status === 'draft') {
    return [
      {
        type: 'TenderAmended',
        data: {
          tenderId,
          changes,
          reason,
          material,
          deadline: null,
          deadlineExtended: false,
          voidedBidIds: [],
          answersComplaintId,
          amendedAt: at,
        },
      },
    ];
  }
  // Published: the terms bidders see must stay publishable.
  weightsSumTo100(after.criteria);
  const policy = c.policy;
  const current = s.deadline as Instant;
  let deadline = requestedDeadline ?? current;
  if (
    !isBefore(at, deadline) ||
    isBefore(
      deadline,
      addPolicyDays(s.publishedAt as Instant, policy.minSubmissionDays[s.method], policy),
    )
  ) {
    refuse(
      'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
      'The new deadline leaves less than the policy minimum submission period',
    );
  }
  if (requestedDeadline !== null) checkDeadlineHorizon(requestedDeadline, at, policy);
  const late = isBefore(current, addPolicyDays(at, policy.lateAmendmentWindowDays, policy));
  if (material && late)
    deadline = latest(deadline, addPolicyDays(at, policy.minSubmissionDays[s.method], policy));
  // Bids priced against the old terms are not bids on the new ones, however early the change.
  const voidedBidIds = material
    ? Object.values(s.bids)
        .filter((b) => b.status === 'active')
        .map((b) => b.bidId)
    : [];
  return [
    {
      type: 'TenderAmended',
      data: {
        tenderId,
        changes,
        reason,
        material,
        deadline,
        deadlineExtended: isBefore(current, deadline),
        voidedBidIds,
        answersComplaintId,
        amendedAt: at,
      },
    },
  ];
}

export function publishTender(
  c: PublishTender['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const deadline = assertInstant(c.deadline, 'deadline');
  if (s.status === 'published' && s.deadline === deadline) return [];
  if (s.status !== 'draft') refuse('TENDER_NOT_DRAFT', 'Only a draft is published');
  weightsSumTo100(s.terms.criteria);
  const minimum = c.policy.minSubmissionDays[s.method];
  if (!isBefore(at, deadline) || isBefore(deadline, addPolicyDays(at, minimum, c.policy))) {
    refuse(
      'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
      `The submission period must be at least ${minimum} days for ${s.method}`,
      { minimum },
    );
  }
  checkDeadlineHorizon(deadline, at, c.policy);
  return [
    {
      type: 'TenderPublished',
      data: {
        tenderId,
        deadline,
        submissionDays: policyDaysBetween(at, deadline, c.policy),
        publishedAt: at,
      },
    },
  ];
}

export function cancelTender(
  c: CancelTender['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  if (s.status === 'cancelled') return [];
  if (s.status === 'awarded')
    refuse(
      'TENDER_ALREADY_AWARDED',
      'An awarded tender is not cancelled; its contract is terminated',
    );
  if (s.status === 'failed') refuse('TENDER_CLOSED', 'The tender has failed already');
  const reason = requireText(c.reason, 'TENDER_CANCEL_REASON_REQUIRED', 'reason');
  return [{ type: 'TenderCancelled', data: { tenderId, reason, cancelledAt: at } }];
}
