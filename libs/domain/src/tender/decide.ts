import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import {
  addDays,
  assertInstant,
  daysBetween,
  isAfter,
  isBefore,
  toEpochMs,
  type Instant,
} from '../shared/instant';
import { assertMoney, type Money } from '../shared/money';
import {
  PROCUREMENT_METHODS,
  RATINGS,
  ratingAtLeast,
  type Policy,
  type ProcurementMethod,
  type Rating,
} from '../shared/policy';
import { assertPlainText, optionalText, requireText, sameContent } from '../shared/text';
import { SUPPLIER_KINDS } from '../supplier/supplier';
import {
  COMPLAINT_DECISIONS,
  COMPLAINT_REMEDIES,
  COMPLAINT_SUBJECTS,
  TENDER_CONTRACT_TYPES,
  TENDER_PAYMENT_MODELS,
  type BuyerFacts,
  type ComplaintRemedy,
  type CriterionScore,
  type SupplierFacts,
  type TenderCommand,
  type TenderCriterion,
  type TenderEligibility,
  type TenderEvent,
  type TenderTerms,
} from './events';
import {
  compareStandings,
  pendingComplaintIds,
  tenderStandings,
  type TenderBid,
  type TenderRecord,
  type TenderState,
} from './evolve';

const DIGEST = /^[0-9a-f]{64}$/;
const MATERIAL: readonly (keyof TenderTerms)[] = [
  'serviceCategory',
  'estimatedValue',
  'criteria',
  'eligibility',
  'contractType',
  'paymentModel',
];

// ---------------------------------------------------------------- validation of terms

function criteriaOf(value: unknown): TenderCriterion[] {
  if (!Array.isArray(value)) refuse('TENDER_CRITERIA_INVALID', 'criteria must be a list');
  const seen = new Set<string>();
  return value.map((c: TenderCriterion, i) => {
    const ok =
      c !== null &&
      typeof c === 'object' &&
      typeof c.criterionId === 'string' &&
      c.criterionId.trim() !== '' &&
      typeof c.name === 'string' &&
      c.name.trim() !== '' &&
      Number.isInteger(c.weight) &&
      c.weight > 0 &&
      !seen.has(c.criterionId);
    if (!ok)
      refuse(
        'TENDER_CRITERIA_INVALID',
        `criteria[${i}] needs a unique id, a name and a positive whole weight`,
      );
    assertPlainText(c.criterionId, `criteria[${i}].criterionId`);
    assertPlainText(c.name, `criteria[${i}].name`);
    seen.add(c.criterionId);
    return { criterionId: c.criterionId, name: c.name, weight: c.weight };
  });
}

function eligibilityOf(value: TenderEligibility): TenderEligibility {
  const ok =
    value !== null &&
    typeof value === 'object' &&
    (value.minRating === null || RATINGS.includes(value.minRating)) &&
    Array.isArray(value.supplierKinds) &&
    value.supplierKinds.every((k) => SUPPLIER_KINDS.includes(k)) &&
    Array.isArray(value.invitedSupplierIds);
  if (!ok)
    refuse(
      'TENDER_ELIGIBILITY_INVALID',
      'eligibility needs minRating (or null), supplierKinds and invitedSupplierIds',
    );
  const invitedSupplierIds = value.invitedSupplierIds.map((id, i) =>
    assertId(id, `eligibility.invitedSupplierIds[${i}]`),
  );
  return {
    minRating: value.minRating,
    supplierKinds: [...value.supplierKinds],
    invitedSupplierIds,
  };
}

function estimateOf(value: Money): Money {
  assertMoney(value, 'estimatedValue');
  if (value.amountMinor === 0)
    refuse('TENDER_ESTIMATE_INVALID', 'estimatedValue must be more than zero');
  return { amountMinor: value.amountMinor, currency: value.currency };
}

/** Validates whichever terms are present; used for a whole draft and for an amendment's changes. */
function termsOf(t: Partial<TenderTerms>): Partial<TenderTerms> {
  const out: { -readonly [K in keyof TenderTerms]?: TenderTerms[K] } = {};
  if ('title' in t) out.title = requireText(t.title, 'TENDER_TITLE_REQUIRED', 'title');
  if ('serviceCategory' in t)
    out.serviceCategory = requireText(
      t.serviceCategory,
      'TENDER_SERVICE_CATEGORY_REQUIRED',
      'serviceCategory',
    );
  if ('estimatedValue' in t) out.estimatedValue = estimateOf(t.estimatedValue as Money);
  if ('criteria' in t) out.criteria = criteriaOf(t.criteria);
  if ('eligibility' in t) out.eligibility = eligibilityOf(t.eligibility as TenderEligibility);
  if ('contractType' in t && !TENDER_CONTRACT_TYPES.includes(t.contractType as never)) {
    refuse('TENDER_CONTRACT_TYPE_INVALID', `Unknown contract type ${String(t.contractType)}`);
  }
  if ('contractType' in t) out.contractType = t.contractType;
  if ('paymentModel' in t && !TENDER_PAYMENT_MODELS.includes(t.paymentModel as never)) {
    refuse('TENDER_PAYMENT_MODEL_INVALID', `Unknown payment model ${String(t.paymentModel)}`);
  }
  if ('paymentModel' in t) out.paymentModel = t.paymentModel;
  return out;
}

/** Rules that tie the terms to the method; checked on drafting and after every amendment. */
function checkMethodTerms(method: ProcurementMethod, eligibility: TenderEligibility): void {
  if (method === 'invited' && eligibility.invitedSupplierIds.length === 0) {
    refuse('TENDER_INVITATIONS_REQUIRED', 'An invited tender lists the suppliers it invites');
  }
  if (method === 'open' && eligibility.invitedSupplierIds.length > 0) {
    refuse('TENDER_OPEN_WITH_INVITATIONS', 'An open tender cannot be limited to invited suppliers');
  }
}

function weightsSumTo100(criteria: readonly TenderCriterion[]): void {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (total !== 100)
    refuse('TENDER_WEIGHTS_NOT_100', `Criterion weights sum to ${total}, not 100`, { total });
}

// ---------------------------------------------------------------- bidder checks

function factsOf(value: SupplierFacts): SupplierFacts {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof value.registered !== 'boolean' ||
    typeof value.debarred !== 'boolean'
  ) {
    refuse('SUPPLIER_FACTS_MISSING', 'The command must carry the supplier facts at this instant');
  }
  return value;
}

/** Registered, not debarred at this moment, meeting the tender's eligibility. */
function checkBidder(state: TenderRecord, supplierId: Id, facts: SupplierFacts): void {
  if (!facts.registered) refuse('SUPPLIER_NOT_REGISTERED', 'Only a registered supplier may bid');
  if (facts.debarred) refuse('SUPPLIER_DEBARRED', 'The supplier is debarred');
  const { eligibility } = state.terms;
  if (
    eligibility.supplierKinds.length > 0 &&
    (facts.kind === null || !eligibility.supplierKinds.includes(facts.kind))
  ) {
    refuse('BID_SUPPLIER_KIND_NOT_ELIGIBLE', 'This kind of supplier may not bid on this tender');
  }
  const floors: Rating[] = [
    eligibility.minRating,
    state.directCommission?.ratingFloor ?? null,
  ].filter((r): r is Rating => r !== null);
  for (const floor of floors) {
    if (facts.rating === null || !ratingAtLeast(facts.rating, floor)) {
      refuse('BID_RATING_TOO_LOW', `The supplier needs a rating of ${floor} or better`, { floor });
    }
  }
  const invited = state.directCommission
    ? [state.directCommission.supplierId]
    : eligibility.invitedSupplierIds;
  if (invited.length > 0 && !invited.includes(supplierId)) {
    refuse('BID_SUPPLIER_NOT_INVITED', 'The supplier was not invited to this tender');
  }
}

// ---------------------------------------------------------------- helpers

function existing(state: TenderState): TenderRecord {
  if (state.status === 'none') refuse('TENDER_NOT_FOUND', 'No such tender');
  return state;
}

function bidOf(state: TenderRecord, bidId: Id): TenderBid {
  const bid = state.bids[bidId];
  if (!bid) refuse('BID_NOT_FOUND', 'No such bid on this tender');
  return bid;
}

function openForBids(state: TenderRecord, at: Instant, code: string): Instant {
  if (state.status !== 'published' || state.deadline === null)
    refuse('TENDER_NOT_OPEN_FOR_BIDS', 'The tender is not open for bids');
  if (!isBefore(at, state.deadline)) refuse(code, 'The submission deadline has passed');
  return state.deadline;
}

function ownBid(state: TenderRecord, bidId: Id, supplierId: Id): TenderBid {
  const bid = bidOf(state, bidId);
  if (bid.supplierId !== supplierId)
    refuse('BID_NOT_OWNED', 'A supplier acts only on its own bids');
  return bid;
}

function underEvaluation(state: TenderRecord): void {
  if (state.status !== 'opened')
    refuse('TENDER_NOT_OPENED', 'Bids have not been opened, or the tender is closed');
}

function buyerOf(value: BuyerFacts): BuyerFacts {
  if (value === null || typeof value !== 'object' || !Array.isArray(value.staffIds)) {
    refuse(
      'BUYER_FACTS_MISSING',
      "The command must carry the buying agency's staff known on this tender",
    );
  }
  return value;
}

/**
 * A buyer never judges its own tender (DOMAIN.md: evaluators are independent of the buyer): the
 * officer who assigns, anyone who acted for the buying agency on the tender or its line, and an
 * evaluator whose token names the buying agency are refused EVALUATOR_IS_BUYER.
 */
function checkNotBuyer(
  state: TenderRecord,
  evaluatorId: Id,
  staffIds: readonly Id[],
  evaluatorAgencyId: Id | null,
): void {
  if (
    staffIds.includes(evaluatorId) ||
    (evaluatorAgencyId !== null && evaluatorAgencyId === state.agencyId)
  ) {
    refuse('EVALUATOR_IS_BUYER', "The buying agency's own staff cannot evaluate its tender", {
      evaluatorId,
    });
  }
}

/** The deadline lies after `at` and within policy.maxSubmissionDays of it. */
function checkDeadlineHorizon(deadline: Instant, at: Instant, policy: Policy): void {
  if (isAfter(deadline, addDays(at, policy.maxSubmissionDays))) {
    refuse(
      'TENDER_SUBMISSION_PERIOD_TOO_LONG',
      `The submission period may last at most ${policy.maxSubmissionDays} days`,
      {
        maximum: policy.maxSubmissionDays,
      },
    );
  }
}

/** The award's standstill, when the policy sets one for the method. */
function standstill(state: TenderRecord, bidId: Id, at: Instant, policy: Policy): TenderEvent[] {
  const standstillDays = policy.standstillDays[state.method];
  if (standstillDays === 0) return [];
  return [
    {
      type: 'StandstillStarted',
      data: {
        tenderId: state.tenderId,
        bidId,
        standstillDays,
        endsAt: addDays(at, standstillDays),
        startedAt: at,
      },
    },
  ];
}

function digestsOf(value: unknown): string[] {
  const ok =
    Array.isArray(value) &&
    value.length <= 20 &&
    value.every((d) => typeof d === 'string' && DIGEST.test(d)) &&
    new Set(value).size === value.length;
  if (!ok)
    refuse(
      'COMPLAINT_DOCUMENT_DIGEST_INVALID',
      'documentDigests lists at most 20 distinct SHA-256s of 64 lowercase hex digits',
    );
  return [...(value as string[])];
}

function latest(a: Instant, b: Instant): Instant {
  return isBefore(a, b) ? b : a;
}

// ---------------------------------------------------------------- decide

export function decideTender(command: TenderCommand, state: TenderState): TenderEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const tenderId = assertId(command.data.tenderId, 'tenderId');

  switch (command.type) {
    case 'DraftTender': {
      const d = command.data;
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
        refuse(
          'TENDER_BUDGET_LINE_OTHER_AGENCY',
          "A tender is paid from its own agency's budget line",
        );
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

    case 'AmendTender': {
      const s = existing(state);
      const reason = requireText(command.data.reason, 'TENDER_AMENDMENT_REASON_REQUIRED', 'reason');
      if (s.status !== 'draft' && s.status !== 'published')
        refuse('TENDER_NOT_AMENDABLE', 'Only a draft or open tender is amended');
      if (s.status === 'published' && s.deadline !== null && !isBefore(at, s.deadline)) {
        refuse('TENDER_NOT_AMENDABLE', 'The submission period has ended');
      }
      const requested = termsOf(command.data.changes ?? {});
      const changes = Object.fromEntries(
        Object.entries(requested).filter(
          ([k, v]) => !sameContent(s.terms[k as keyof TenderTerms], v),
        ),
      ) as Partial<TenderTerms>;
      const requestedDeadline =
        command.data.deadline === undefined
          ? null
          : assertInstant(command.data.deadline, 'deadline');
      if (requestedDeadline !== null && s.status === 'draft') {
        refuse(
          'TENDER_DEADLINE_NOT_SET_IN_DRAFT',
          'A draft gets its deadline when it is published',
        );
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
              amendedAt: at,
            },
          },
        ];
      }
      // Published: the terms bidders see must stay publishable.
      weightsSumTo100(after.criteria);
      const policy = command.data.policy;
      const current = s.deadline as Instant;
      let deadline = requestedDeadline ?? current;
      if (
        !isBefore(at, deadline) ||
        isBefore(deadline, addDays(s.publishedAt as Instant, policy.minSubmissionDays[s.method]))
      ) {
        refuse(
          'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
          'The new deadline leaves less than the policy minimum submission period',
        );
      }
      if (requestedDeadline !== null) checkDeadlineHorizon(requestedDeadline, at, policy);
      const late = isBefore(current, addDays(at, policy.lateAmendmentWindowDays));
      if (material && late)
        deadline = latest(deadline, addDays(at, policy.minSubmissionDays[s.method]));
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
            amendedAt: at,
          },
        },
      ];
    }

    case 'PublishTender': {
      const s = existing(state);
      const deadline = assertInstant(command.data.deadline, 'deadline');
      if (s.status === 'published' && s.deadline === deadline) return [];
      if (s.status !== 'draft') refuse('TENDER_NOT_DRAFT', 'Only a draft is published');
      weightsSumTo100(s.terms.criteria);
      const minimum = command.data.policy.minSubmissionDays[s.method];
      if (!isBefore(at, deadline) || isBefore(deadline, addDays(at, minimum))) {
        refuse(
          'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
          `The submission period must be at least ${minimum} days for ${s.method}`,
          { minimum },
        );
      }
      checkDeadlineHorizon(deadline, at, command.data.policy);
      return [
        {
          type: 'TenderPublished',
          data: { tenderId, deadline, submissionDays: daysBetween(at, deadline), publishedAt: at },
        },
      ];
    }

    case 'SubmitBid': {
      const s = existing(state);
      const d = command.data;
      const bidId = assertId(d.bidId, 'bidId');
      const supplierId = assertId(d.supplierId, 'supplierId');
      const price = assertMoney(d.price, 'price');
      if (typeof d.proposalDigest !== 'string' || !DIGEST.test(d.proposalDigest)) {
        refuse(
          'BID_PROPOSAL_DIGEST_INVALID',
          'proposalDigest must be a SHA-256 as 64 lowercase hex digits',
        );
      }
      const data = {
        tenderId,
        bidId,
        supplierId,
        price: { amountMinor: price.amountMinor, currency: price.currency },
        proposalDigest: d.proposalDigest,
        submittedAt: at,
      };
      const recorded = s.bids[bidId];
      if (recorded) {
        const same =
          recorded.supplierId === supplierId &&
          recorded.proposalDigest === d.proposalDigest &&
          sameContent(recorded.price, data.price);
        if (same) return [];
        refuse('BID_ID_CONFLICT', 'This bid id was used for another bid');
      }
      openForBids(s, at, 'BID_AFTER_DEADLINE');
      if (price.currency !== s.terms.estimatedValue.currency)
        refuse('CURRENCY_MISMATCH', 'Bids are priced in the currency of the tender');
      if (price.amountMinor === 0) refuse('BID_PRICE_INVALID', 'A bid has a price above zero');
      checkBidder(s, supplierId, factsOf(d.supplier));
      if (
        Object.values(s.bids).some(
          (b) =>
            b.supplierId === supplierId && (b.status === 'active' || b.status === 'unconfirmed'),
        )
      ) {
        refuse('BID_ALREADY_ACTIVE', 'One active bid per supplier; withdraw the earlier one first');
      }
      return [{ type: 'BidSubmitted', data }];
    }

    case 'WithdrawBid': {
      const s = existing(state);
      const bid = ownBid(
        s,
        assertId(command.data.bidId, 'bidId'),
        assertId(command.data.supplierId, 'supplierId'),
      );
      if (bid.status === 'withdrawn') return [];
      openForBids(s, at, 'BID_WITHDRAWAL_AFTER_DEADLINE');
      return [
        {
          type: 'BidWithdrawn',
          data: { tenderId, bidId: bid.bidId, supplierId: bid.supplierId, withdrawnAt: at },
        },
      ];
    }

    case 'ConfirmBid': {
      const s = existing(state);
      const bid = ownBid(
        s,
        assertId(command.data.bidId, 'bidId'),
        assertId(command.data.supplierId, 'supplierId'),
      );
      if (bid.status === 'active') return [];
      if (bid.status !== 'unconfirmed')
        refuse('BID_NOT_ACTIVE', 'Only a bid voided by an amendment is confirmed');
      openForBids(s, at, 'BID_AFTER_DEADLINE');
      // The amendment may have changed eligibility; and the supplier may have been debarred since.
      checkBidder(s, bid.supplierId, factsOf(command.data.supplier));
      return [
        {
          type: 'BidConfirmed',
          data: { tenderId, bidId: bid.bidId, supplierId: bid.supplierId, confirmedAt: at },
        },
      ];
    }

    case 'OpenBids': {
      const s = existing(state);
      if (s.status === 'opened' || s.status === 'failed') return [];
      if (s.status !== 'published' || s.deadline === null)
        refuse('TENDER_NOT_OPEN_FOR_BIDS', 'Only a published tender has bids to open');
      if (isBefore(at, s.deadline))
        refuse('BIDS_OPENED_BEFORE_DEADLINE', 'Bids stay sealed until the deadline');
      const bids = Object.values(s.bids);
      const active = bids.filter((b) => b.status === 'active');
      const openedBidIds = active.map((b) => b.bidId);
      const lapsedBidIds = bids.filter((b) => b.status === 'unconfirmed').map((b) => b.bidId);
      const minValidBids = command.data.policy.minValidBids[s.method];
      if (openedBidIds.length < minValidBids) {
        return [
          {
            type: 'TenderFailed',
            data: {
              tenderId,
              reason: 'insufficient_valid_bids',
              validBidCount: openedBidIds.length,
              minValidBids,
              failedAt: at,
            },
          },
        ];
      }
      const openedBids = active.map((b) => ({
        bidId: b.bidId,
        supplierId: b.supplierId,
        price: b.price,
        proposalDigest: b.proposalDigest,
      }));
      return [
        {
          type: 'BidsOpened',
          data: { tenderId, openedBidIds, lapsedBidIds, openedBids, openedAt: at },
        },
      ];
    }

    case 'AssignEvaluator': {
      const s = existing(state);
      const evaluatorId = assertId(command.data.evaluatorId, 'evaluatorId');
      if (evaluatorId in s.evaluators) return [];
      if (s.status === 'awarded' || s.status === 'cancelled' || s.status === 'failed')
        refuse('TENDER_CLOSED', 'The tender is closed');
      const assignedBy = assertId(command.data.assignedBy, 'assignedBy');
      checkNotBuyer(s, evaluatorId, [assignedBy, ...buyerOf(command.data.buyer).staffIds], null);
      return [{ type: 'EvaluatorAssigned', data: { tenderId, evaluatorId, assignedAt: at } }];
    }

    case 'DeclareConflict': {
      const s = existing(state);
      const evaluatorId = assertId(command.data.evaluatorId, 'evaluatorId');
      const supplierId = assertId(command.data.supplierId, 'supplierId');
      const conflicts = s.evaluators[evaluatorId];
      if (!conflicts)
        refuse('EVALUATOR_NOT_ASSIGNED', 'The evaluator is not assigned to this tender');
      if (conflicts.includes(supplierId)) return [];
      const description = requireText(
        command.data.description,
        'CONFLICT_DESCRIPTION_REQUIRED',
        'description',
      );
      const discardedScoreBidIds = Object.values(s.bids)
        .filter(
          (b) => b.supplierId === supplierId && s.scores[b.bidId]?.[evaluatorId] !== undefined,
        )
        .map((b) => b.bidId);
      return [
        {
          type: 'ConflictDeclared',
          data: {
            tenderId,
            evaluatorId,
            supplierId,
            description,
            discardedScoreBidIds,
            declaredAt: at,
          },
        },
      ];
    }

    case 'ScoreBid': {
      const s = existing(state);
      underEvaluation(s);
      const bid = bidOf(s, assertId(command.data.bidId, 'bidId'));
      if (bid.status !== 'active') refuse('BID_NOT_VALID', 'Only an opened, valid bid is scored');
      const evaluatorId = assertId(command.data.evaluatorId, 'evaluatorId');
      const conflicts = s.evaluators[evaluatorId];
      if (!conflicts)
        refuse('EVALUATOR_NOT_ASSIGNED', 'The evaluator is not assigned to this tender');
      if (conflicts.includes(bid.supplierId))
        refuse('EVALUATOR_CONFLICTED', 'The evaluator declared a conflict with this supplier');
      // Checked on every score, not only at assignment: a panel assigned before this rule, or an
      // evaluator who has acted for the buyer since, is still refused.
      checkNotBuyer(
        s,
        evaluatorId,
        buyerOf(command.data.buyer).staffIds,
        command.data.evaluatorAgencyId ?? null,
      );
      const scores: CriterionScore[] = Array.isArray(command.data.scores)
        ? command.data.scores
        : [];
      if (scores.length === 0) refuse('SCORES_EMPTY', 'Score at least one criterion');
      const criteria = new Set(s.terms.criteria.map((c) => c.criterionId));
      const seen = new Set<string>();
      const already = s.scores[bid.bidId]?.[evaluatorId] ?? {};
      const fresh: CriterionScore[] = [];
      for (const { criterionId, score } of scores) {
        if (!criteria.has(criterionId))
          refuse('SCORE_CRITERION_UNKNOWN', `No criterion ${String(criterionId)}`, { criterionId });
        if (seen.has(criterionId))
          refuse('SCORE_DUPLICATE_CRITERION', `Criterion ${criterionId} is scored twice`, {
            criterionId,
          });
        seen.add(criterionId);
        if (!Number.isInteger(score) || score < 0 || score > 100) {
          refuse('SCORE_OUT_OF_RANGE', 'A score is a whole number from 0 to 100', { criterionId });
        }
        const previous = already[criterionId];
        if (previous === undefined) fresh.push({ criterionId, score });
        else if (previous !== score)
          refuse('CRITERION_ALREADY_SCORED', `The evaluator scored ${criterionId} already`, {
            criterionId,
          });
      }
      if (fresh.length === 0) return [];
      return [
        {
          type: 'BidScored',
          data: {
            tenderId,
            bidId: bid.bidId,
            supplierId: bid.supplierId,
            evaluatorId,
            scores: fresh,
            scoredAt: at,
          },
        },
      ];
    }

    case 'DisqualifyBid': {
      const s = existing(state);
      underEvaluation(s);
      const bid = bidOf(s, assertId(command.data.bidId, 'bidId'));
      if (bid.status === 'disqualified') return [];
      if (bid.status !== 'active')
        refuse('BID_NOT_VALID', 'Only an opened, valid bid is disqualified');
      const reason = requireText(command.data.reason, 'DISQUALIFICATION_REASON_REQUIRED', 'reason');
      return [
        {
          type: 'BidDisqualified',
          data: {
            tenderId,
            bidId: bid.bidId,
            supplierId: bid.supplierId,
            reason,
            disqualifiedAt: at,
          },
        },
      ];
    }

    case 'AwardTender': {
      const s = existing(state);
      const bidId = assertId(command.data.bidId, 'bidId');
      if (s.status === 'awarded') {
        if (s.award?.bidId === bidId) return [];
        refuse('TENDER_ALREADY_AWARDED', 'The tender was awarded to another bid');
      }
      underEvaluation(s);
      const bid = bidOf(s, bidId);
      if (bid.status !== 'active') refuse('BID_NOT_VALID', 'Only an opened, valid bid is awarded');
      const debarred = command.data.debarredSupplierIds;
      if (!Array.isArray(debarred))
        refuse(
          'SUPPLIER_FACTS_MISSING',
          'The command must list the bidders debarred at this instant',
        );
      if (debarred.includes(bid.supplierId))
        refuse('SUPPLIER_DEBARRED', 'A debarred supplier is never awarded');
      const standings = tenderStandings(s);
      if (standings.some((b) => !b.complete)) {
        refuse(
          'AWARD_EVALUATION_INCOMPLETE',
          'Every eligible evaluator scores every criterion of every valid bid first',
          {
            incompleteBidIds: standings.filter((b) => !b.complete).map((b) => b.bidId),
          },
        );
      }
      const candidates = standings.filter((b) => !debarred.includes(b.supplierId));
      const best = candidates.reduce((a, b) => (compareStandings(b, a) > 0 ? b : a));
      const chosen = standings.find((b) => b.bidId === bidId) as (typeof standings)[number];
      const override = compareStandings(chosen, best) < 0;
      const rationale = command.data.rationale;
      if (override && (typeof rationale !== 'string' || rationale.trim() === '')) {
        refuse(
          'AWARD_RATIONALE_REQUIRED',
          'Awarding other than the best weighted score needs a written rationale',
        );
      }
      optionalText(rationale, 'rationale');
      return [
        {
          type: 'TenderAwarded',
          data: {
            tenderId,
            bidId,
            supplierId: bid.supplierId,
            amount: bid.price,
            weightedScore: chosen.weightedScore,
            bestWeightedScore: best.weightedScore,
            override,
            overrideRationale: override ? (rationale as string) : null,
            awardedAt: at,
          },
        },
        ...standstill(s, bidId, at, command.data.policy),
      ];
    }

    case 'FileComplaint': {
      const s = existing(state);
      const d = command.data;
      const complaintId = assertId(d.complaintId, 'complaintId');
      const supplierId = assertId(d.supplierId, 'supplierId');
      if (!COMPLAINT_SUBJECTS.includes(d.subject)) {
        refuse(
          'COMPLAINT_SUBJECT_INVALID',
          `subject must be one of ${COMPLAINT_SUBJECTS.join(', ')}`,
        );
      }
      const grounds = requireText(d.grounds, 'COMPLAINT_GROUNDS_REQUIRED', 'grounds');
      const documentDigests = digestsOf(d.documentDigests);
      const recorded = s.complaints[complaintId];
      if (recorded) {
        const same =
          recorded.supplierId === supplierId &&
          recorded.subject === d.subject &&
          recorded.grounds === grounds &&
          sameContent(recorded.documentDigests, documentDigests);
        if (same) return [];
        refuse('COMPLAINT_ID_CONFLICT', 'This complaint id was used for another complaint');
      }
      // The window is the standstill: it runs from the award, and stands still while complaints are pending.
      const open =
        s.status === 'awarded' &&
        s.standstillEndsAt !== null &&
        (s.standstillSuspendedAt !== null || isBefore(at, s.standstillEndsAt));
      if (!open)
        refuse(
          'COMPLAINT_WINDOW_CLOSED',
          'Complaints are filed during the standstill after an award',
        );
      const bids = Object.values(s.bids).filter(
        (b) => b.supplierId === supplierId && b.status !== 'withdrawn',
      );
      if (bids.length === 0)
        refuse('COMPLAINANT_NOT_BIDDER', 'Only a supplier that bid on the tender may complain');
      if (s.award?.supplierId === supplierId)
        refuse(
          'COMPLAINANT_IS_AWARDEE',
          'The awarded supplier does not complain about its own award',
        );
      return [
        {
          type: 'ComplaintFiled',
          data: {
            tenderId,
            complaintId,
            supplierId,
            subject: d.subject,
            grounds,
            documentDigests,
            filedAt: at,
          },
        },
      ];
    }

    case 'DecideComplaint': {
      const s = existing(state);
      const d = command.data;
      const complaintId = assertId(d.complaintId, 'complaintId');
      const reviewerId = assertId(d.reviewerId, 'reviewerId');
      const complaint = s.complaints[complaintId];
      if (!complaint) refuse('COMPLAINT_NOT_FOUND', 'No such complaint on this tender');
      if (!COMPLAINT_DECISIONS.includes(d.decision)) {
        refuse(
          'COMPLAINT_DECISION_INVALID',
          `decision must be one of ${COMPLAINT_DECISIONS.join(', ')}`,
        );
      }
      const remedy = d.remedy ?? null;
      if (d.decision === 'upheld' && (remedy === null || !COMPLAINT_REMEDIES.includes(remedy))) {
        refuse(
          'COMPLAINT_REMEDY_INVALID',
          `An upheld complaint names its remedy: ${COMPLAINT_REMEDIES.join(' or ')}`,
        );
      }
      if (d.decision === 'dismissed' && remedy !== null)
        refuse('COMPLAINT_REMEDY_INVALID', 'A dismissed complaint has no remedy');
      if (complaint.status === d.decision) return [];
      if (complaint.status !== 'pending')
        refuse('COMPLAINT_ALREADY_DECIDED', `The complaint is ${complaint.status} already`);
      const rationale = requireText(d.rationale, 'COMPLAINT_RATIONALE_REQUIRED', 'rationale');
      // A pending complaint exists only during an award's standstill (upheld ones end it, with every other pending one).
      const award = s.award as NonNullable<TenderRecord['award']>;
      if (d.decision === 'dismissed') {
        const others = pendingComplaintIds(s).filter((id) => id !== complaintId);
        let standstillEndsAt = s.standstillEndsAt as Instant;
        if (others.length === 0 && s.standstillSuspendedAt !== null) {
          const left = Math.max(
            0,
            toEpochMs(standstillEndsAt) - toEpochMs(s.standstillSuspendedAt),
          );
          standstillEndsAt = new Date(toEpochMs(at) + left).toISOString();
        }
        return [
          {
            type: 'ComplaintDismissed',
            data: { tenderId, complaintId, reviewerId, rationale, standstillEndsAt, decidedAt: at },
          },
        ];
      }
      const mootComplaintIds = pendingComplaintIds(s).filter((id) => id !== complaintId);
      const upheld: TenderEvent = {
        type: 'ComplaintUpheld',
        data: {
          tenderId,
          complaintId,
          reviewerId,
          rationale,
          remedy: remedy as ComplaintRemedy,
          awardBidId: award.bidId,
          mootComplaintIds,
          decidedAt: at,
        },
      };
      if (remedy === 'reopen_evaluation') return [upheld];
      return [
        upheld,
        {
          type: 'TenderCancelled',
          data: {
            tenderId,
            reason: `complaint ${complaintId} upheld: ${rationale}`,
            cancelledAt: at,
          },
        },
      ];
    }

    case 'CancelTender': {
      const s = existing(state);
      if (s.status === 'cancelled') return [];
      if (s.status === 'awarded')
        refuse(
          'TENDER_ALREADY_AWARDED',
          'An awarded tender is not cancelled; its contract is terminated',
        );
      if (s.status === 'failed') refuse('TENDER_CLOSED', 'The tender has failed already');
      const reason = requireText(command.data.reason, 'TENDER_CANCEL_REASON_REQUIRED', 'reason');
      return [{ type: 'TenderCancelled', data: { tenderId, reason, cancelledAt: at } }];
    }
  }
}
