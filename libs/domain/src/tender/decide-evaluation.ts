import { conflictSupplierIdsOf } from '../evaluator/evaluator';
import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { type Instant } from '../shared/instant';
import { addPolicyDays, type Policy } from '../shared/policy';
import { optionalText, requireText } from '../shared/text';
import { bidOf, existing } from './decide-checks';
import type {
  AssignEvaluator,
  AwardTender,
  BidderStaffFacts,
  BuyerFacts,
  CriterionScore,
  DeclareConflict,
  DisqualifyBid,
  ScoreBid,
  TenderEvent,
} from './events';
import { compareStandings, tenderStandings, type TenderRecord, type TenderState } from './evolve';

// Evaluation: the panel, its conflicts and scores, disqualification and the award with its standstill.

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
 * A buyer never judges its own tender (evaluators are independent of the buyer, or the scores
 * could favour a supplier the agency wants): the
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

/** Who acted for a bidder, from the command's facts; a bidder left out is refused, not read as nobody. */
function bidderStaffOf(facts: BidderStaffFacts, supplierId: Id): readonly Id[] {
  const staff = facts !== null && typeof facts === 'object' ? facts[supplierId] : undefined;
  if (!Array.isArray(staff)) {
    refuse(
      'SUPPLIER_FACTS_MISSING',
      `The command must carry who acted for supplier ${supplierId}`,
      {
        supplierId,
      },
    );
  }
  return staff;
}

/**
 * Evaluators on the panel who acted for a bidder, evaluatorId -> supplier ids, as the award counts
 * them: like a declared conflict, they are not allowed to score that bidder's bids.
 */
function panelActingForBidders(
  state: TenderRecord,
  facts: BidderStaffFacts,
): Record<Id, readonly Id[]> {
  const bidders = new Set(
    Object.values(state.bids)
      .filter((b) => b.status === 'active')
      .map((b) => b.supplierId),
  );
  const actingFor: Record<Id, Id[]> = {};
  for (const supplierId of bidders) {
    const staff = bidderStaffOf(facts, supplierId);
    for (const evaluatorId of Object.keys(state.evaluators)) {
      if (staff.includes(evaluatorId)) (actingFor[evaluatorId] ??= []).push(supplierId);
    }
  }
  return actingFor;
}

/**
 * Who on the panel may not score which bidder beyond this tender's own declarations: the
 * conflicts each evaluator registered on any tender, and the bidders it acted for.
 */
function panelExclusions(
  state: TenderRecord,
  c: Pick<AwardTender['data'], 'bidderStaff' | 'panelConflicts'>,
): Record<Id, readonly Id[]> {
  const panelConflicts =
    c.panelConflicts !== null && typeof c.panelConflicts === 'object' ? c.panelConflicts : {};
  const excluded: Record<Id, Id[]> = {};
  for (const evaluatorId of Object.keys(state.evaluators))
    excluded[evaluatorId] = [...conflictSupplierIdsOf(panelConflicts[evaluatorId], evaluatorId)];
  for (const [evaluatorId, supplierIds] of Object.entries(
    panelActingForBidders(state, c.bidderStaff),
  ))
    (excluded[evaluatorId] ??= []).push(...supplierIds);
  return excluded;
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
        endsAt: addPolicyDays(at, standstillDays, policy),
        startedAt: at,
      },
    },
  ];
}

export function assignEvaluator(
  c: AssignEvaluator['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const evaluatorId = assertId(c.evaluatorId, 'evaluatorId');
  if (evaluatorId in s.evaluators) return [];
  if (s.status === 'awarded' || s.status === 'cancelled' || s.status === 'failed')
    refuse('TENDER_CLOSED', 'The tender is closed');
  const assignedBy = assertId(c.assignedBy, 'assignedBy');
  checkNotBuyer(s, evaluatorId, [assignedBy, ...buyerOf(c.buyer).staffIds], null);
  return [{ type: 'EvaluatorAssigned', data: { tenderId, evaluatorId, assignedAt: at } }];
}

export function declareConflict(
  c: DeclareConflict['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const evaluatorId = assertId(c.evaluatorId, 'evaluatorId');
  const supplierId = assertId(c.supplierId, 'supplierId');
  const conflicts = s.evaluators[evaluatorId];
  if (!conflicts) refuse('EVALUATOR_NOT_ASSIGNED', 'The evaluator is not assigned to this tender');
  if (conflicts.includes(supplierId)) return [];
  const description = requireText(c.description, 'CONFLICT_DESCRIPTION_REQUIRED', 'description');
  const discardedScoreBidIds = Object.values(s.bids)
    .filter((b) => b.supplierId === supplierId && s.scores[b.bidId]?.[evaluatorId] !== undefined)
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

export function scoreBid(
  c: ScoreBid['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  underEvaluation(s);
  const bid = bidOf(s, assertId(c.bidId, 'bidId'));
  if (bid.status !== 'active') refuse('BID_NOT_VALID', 'Only an opened, valid bid is scored');
  const evaluatorId = assertId(c.evaluatorId, 'evaluatorId');
  const conflicts = s.evaluators[evaluatorId];
  if (!conflicts) refuse('EVALUATOR_NOT_ASSIGNED', 'The evaluator is not assigned to this tender');
  // A conflict is the person's, declared on this tender or any other (the register).
  const registered = conflictSupplierIdsOf(c.evaluatorConflictSupplierIds, evaluatorId);
  if (conflicts.includes(bid.supplierId) || registered.includes(bid.supplierId))
    refuse('EVALUATOR_CONFLICTED', 'The evaluator declared a conflict with this supplier');
  // Checked on every score, not only at assignment: a panel assigned before this rule, or an
  // evaluator who has acted for the buyer since, is still refused.
  checkNotBuyer(s, evaluatorId, buyerOf(c.buyer).staffIds, c.evaluatorAgencyId ?? null);
  // A bidder's own people never judge its bid. Checked here, not at assignment: bids are sealed
  // then, and refusing an evaluator there would reveal who bid.
  if (bidderStaffOf(c.bidderStaff, bid.supplierId).includes(evaluatorId)) {
    refuse('EVALUATOR_IS_SUPPLIER', "A bidder's own people cannot score its bid", {
      evaluatorId,
    });
  }
  const scores: CriterionScore[] = Array.isArray(c.scores) ? c.scores : [];
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

export function disqualifyBid(
  c: DisqualifyBid['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  underEvaluation(s);
  const bid = bidOf(s, assertId(c.bidId, 'bidId'));
  if (bid.status === 'disqualified') return [];
  if (bid.status !== 'active') refuse('BID_NOT_VALID', 'Only an opened, valid bid is disqualified');
  const reason = requireText(c.reason, 'DISQUALIFICATION_REASON_REQUIRED', 'reason');
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

export function awardTender(
  c: AwardTender['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const bidId = assertId(c.bidId, 'bidId');
  if (s.status === 'awarded') {
    if (s.award?.bidId === bidId) return [];
    refuse('TENDER_ALREADY_AWARDED', 'The tender was awarded to another bid');
  }
  underEvaluation(s);
  const bid = bidOf(s, bidId);
  if (bid.status !== 'active') refuse('BID_NOT_VALID', 'Only an opened, valid bid is awarded');
  const debarred = c.debarredSupplierIds;
  if (!Array.isArray(debarred))
    refuse('SUPPLIER_FACTS_MISSING', 'The command must list the bidders debarred at this instant');
  if (debarred.includes(bid.supplierId))
    refuse('SUPPLIER_DEBARRED', 'A debarred supplier is never awarded');
  // An evaluator who acted for a bidder is refused when scoring its bid (EVALUATOR_IS_SUPPLIER),
  // so the award treats it as a declared conflict does: not allowed to score that bidder's bids,
  // its scores of them (if any predate the rule) do not count, and the rest of the panel completes
  // the evaluation. Otherwise a missing score it can never give would block the award for good.
  // A conflict declared on another tender (the evaluator's register) counts the same way.
  const standings = tenderStandings(s, panelExclusions(s, c));
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
  const rationale = c.rationale;
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
    ...standstill(s, bidId, at, c.policy),
  ];
}
