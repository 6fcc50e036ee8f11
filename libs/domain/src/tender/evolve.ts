import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type { ProcurementMethod } from '../shared/policy';
import type {
  ComplaintStage,
  ComplaintSubject,
  TenderAwarded,
  TenderDrafted,
  TenderEvent,
  TenderTerms,
} from './events';

/**
 * active: counts at opening. unconfirmed: voided by a material amendment until BidConfirmed.
 * lapsed: still unconfirmed at opening. withdrawn / disqualified: out.
 */
export type BidStatus = 'active' | 'unconfirmed' | 'withdrawn' | 'lapsed' | 'disqualified';

export interface TenderBid {
  readonly bidId: Id;
  readonly supplierId: Id;
  readonly price: Money;
  readonly proposalDigest: string;
  readonly submittedAt: Instant;
  readonly status: BidStatus;
}

export type TenderStatus = 'draft' | 'published' | 'opened' | 'failed' | 'awarded' | 'cancelled';

export interface TenderRecord {
  readonly status: TenderStatus;
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly budgetLineId: Id;
  readonly method: ProcurementMethod;
  readonly terms: TenderTerms;
  readonly directCommission: TenderDrafted['data']['directCommission'];
  readonly publishedAt: Instant | null;
  readonly deadline: Instant | null;
  readonly bids: Readonly<Record<Id, TenderBid>>;
  /** evaluatorId -> supplier ids it declared a conflict with. */
  readonly evaluators: Readonly<Record<Id, readonly Id[]>>;
  /** bidId -> evaluatorId -> criterionId -> score. */
  readonly scores: Readonly<Record<Id, Readonly<Record<Id, Readonly<Record<string, number>>>>>>;
  readonly award: TenderAwarded['data'] | null;
  /** When the award's standstill ends; null: no standstill (none in the policy, or no award). */
  readonly standstillEndsAt: Instant | null;
  /** Set while complaints are pending: the standstill clock stopped then, and runs again after the last dismissal. */
  readonly standstillSuspendedAt: Instant | null;
  readonly complaints: Readonly<Record<Id, TenderComplaint>>;
  /**
   * Upheld complaints against the conditions (remedy amend_conditions) not yet answered by an
   * amendment naming them: bids are opened only once this is empty.
   */
  readonly complaintsAwaitingAmendment: readonly Id[];
  readonly questions: Readonly<Record<Id, TenderQuestion>>;
}

/** A clarification; supplierId is its author, withheld in every view but the author's and the auditor's (libs/feed). */
export interface TenderQuestion {
  readonly questionId: Id;
  readonly supplierId: Id;
  readonly question: string;
  readonly askedAt: Instant;
  readonly answer: string | null;
  readonly answeredAt: Instant | null;
  readonly amendsConditions: boolean;
}

export interface TenderComplaint {
  readonly complaintId: Id;
  readonly supplierId: Id;
  readonly subject: ComplaintSubject;
  readonly grounds: string;
  readonly documentDigests: readonly string[];
  readonly stage: ComplaintStage;
  /** moot: still pending when another complaint was upheld and the award it was about fell. */
  readonly status: 'pending' | 'upheld' | 'dismissed' | 'moot';
}

/** Complaints not yet decided: while any is, the contract of the award is not signed. */
export function pendingComplaintIds(state: TenderRecord): Id[] {
  return Object.values(state.complaints)
    .filter((c) => c.status === 'pending')
    .map((c) => c.complaintId);
}

export type TenderState = { readonly status: 'none' } | TenderRecord;

function terms(data: TenderDrafted['data']): TenderTerms {
  const {
    title,
    serviceCategory,
    estimatedValue,
    criteria,
    eligibility,
    contractType,
    paymentModel,
  } = data;
  return {
    title,
    serviceCategory,
    estimatedValue,
    criteria,
    eligibility,
    contractType,
    paymentModel,
  };
}

function setBid(state: TenderRecord, bidId: Id, status: BidStatus): TenderRecord {
  const bid = state.bids[bidId];
  return bid ? { ...state, bids: { ...state.bids, [bidId]: { ...bid, status } } } : state;
}

export function evolveTender(state: TenderState, event: TenderEvent): TenderState {
  if (event.type === 'TenderDrafted') {
    const d = event.data;
    return {
      status: 'draft',
      tenderId: d.tenderId,
      agencyId: d.agencyId,
      budgetLineId: d.budgetLineId,
      method: d.method,
      terms: terms(d),
      directCommission: d.directCommission,
      publishedAt: null,
      deadline: null,
      bids: {},
      evaluators: {},
      scores: {},
      award: null,
      standstillEndsAt: null,
      standstillSuspendedAt: null,
      complaints: {},
      complaintsAwaitingAmendment: [],
      questions: {},
    };
  }
  // Evolve never throws: events for a tender never drafted (impossible through decide) are ignored.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'TenderAmended': {
      const bids = { ...state.bids };
      for (const bidId of event.data.voidedBidIds) {
        const bid = bids[bidId];
        if (bid) bids[bidId] = { ...bid, status: 'unconfirmed' };
      }
      return {
        ...state,
        terms: { ...state.terms, ...event.data.changes },
        deadline: event.data.deadline,
        bids,
        // An amendment recorded before amendments named the complaint they answer (no field at
        // all) was taken as the answer to every one then awaiting; null answers none.
        complaintsAwaitingAmendment:
          (event.data as { answersComplaintId?: Id | null }).answersComplaintId === undefined
            ? []
            : state.complaintsAwaitingAmendment.filter(
                (id) => id !== event.data.answersComplaintId,
              ),
      };
    }
    case 'TenderPublished':
      return {
        ...state,
        status: 'published',
        publishedAt: event.data.publishedAt,
        deadline: event.data.deadline,
      };
    case 'BidSubmitted': {
      const { bidId, supplierId, price, proposalDigest, submittedAt } = event.data;
      return {
        ...state,
        bids: {
          ...state.bids,
          [bidId]: { bidId, supplierId, price, proposalDigest, submittedAt, status: 'active' },
        },
      };
    }
    case 'BidWithdrawn':
      return setBid(state, event.data.bidId, 'withdrawn');
    case 'BidConfirmed':
      return setBid(state, event.data.bidId, 'active');
    case 'BidsOpened': {
      let next: TenderRecord = { ...state, status: 'opened' };
      for (const bidId of event.data.lapsedBidIds) next = setBid(next, bidId, 'lapsed');
      return next;
    }
    case 'TenderFailed':
      return { ...state, status: 'failed' };
    case 'EvaluatorAssigned':
      return {
        ...state,
        evaluators: {
          ...state.evaluators,
          [event.data.evaluatorId]: state.evaluators[event.data.evaluatorId] ?? [],
        },
      };
    case 'ConflictDeclared': {
      const { evaluatorId, supplierId, discardedScoreBidIds } = event.data;
      const scores = { ...state.scores };
      for (const bidId of discardedScoreBidIds) {
        const { [evaluatorId]: _discarded, ...others } = scores[bidId] ?? {};
        scores[bidId] = others;
      }
      return {
        ...state,
        evaluators: {
          ...state.evaluators,
          [evaluatorId]: [...(state.evaluators[evaluatorId] ?? []), supplierId],
        },
        scores,
      };
    }
    case 'BidScored': {
      const { bidId, evaluatorId, scores } = event.data;
      const byEvaluator = state.scores[bidId] ?? {};
      const mine = { ...(byEvaluator[evaluatorId] ?? {}) };
      for (const s of scores) mine[s.criterionId] = s.score;
      return {
        ...state,
        scores: { ...state.scores, [bidId]: { ...byEvaluator, [evaluatorId]: mine } },
      };
    }
    case 'BidDisqualified':
      return setBid(state, event.data.bidId, 'disqualified');
    case 'TenderAwarded':
      return { ...state, status: 'awarded', award: event.data };
    case 'StandstillStarted':
      return { ...state, standstillEndsAt: event.data.endsAt, standstillSuspendedAt: null };
    case 'ComplaintFiled': {
      const { complaintId, supplierId, subject, grounds, documentDigests, filedAt } = event.data;
      // Before an award there is no standstill to stop: the complaint holds the opening instead.
      const stage: ComplaintStage = state.status === 'awarded' ? 'standstill' : 'submission';
      return {
        ...state,
        complaints: {
          ...state.complaints,
          [complaintId]: {
            complaintId,
            supplierId,
            subject,
            grounds,
            documentDigests,
            stage,
            status: 'pending',
          },
        },
        standstillSuspendedAt:
          stage === 'standstill' ? (state.standstillSuspendedAt ?? filedAt) : null,
      };
    }
    case 'ComplaintUpheld': {
      const complaints = { ...state.complaints };
      complaints[event.data.complaintId] = {
        ...complaints[event.data.complaintId],
        status: 'upheld',
      };
      for (const id of event.data.mootComplaintIds)
        complaints[id] = { ...complaints[id], status: 'moot' };
      if (event.data.remedy === 'amend_conditions')
        return {
          ...state,
          complaints,
          complaintsAwaitingAmendment: [
            ...state.complaintsAwaitingAmendment,
            event.data.complaintId,
          ],
        };
      // Before opening nothing was awarded: the TenderCancelled that follows closes the tender.
      if (event.data.awardBidId === null) return { ...state, complaints };
      // reopen_evaluation: back to the opened bids; cancel_tender: the TenderCancelled that follows closes it.
      return {
        ...state,
        status: 'opened',
        award: null,
        standstillEndsAt: null,
        standstillSuspendedAt: null,
        complaints,
      };
    }
    case 'ComplaintDismissed': {
      const complaints = {
        ...state.complaints,
        [event.data.complaintId]: {
          ...state.complaints[event.data.complaintId],
          status: 'dismissed' as const,
        },
      };
      const stillPending = Object.values(complaints).some((c) => c.status === 'pending');
      return stillPending
        ? { ...state, complaints }
        : {
            ...state,
            complaints,
            standstillEndsAt: event.data.standstillEndsAt,
            standstillSuspendedAt: null,
          };
    }
    case 'QuestionAsked': {
      const { questionId, supplierId, question, askedAt } = event.data;
      return {
        ...state,
        questions: {
          ...state.questions,
          [questionId]: {
            questionId,
            supplierId,
            question,
            askedAt,
            answer: null,
            answeredAt: null,
            amendsConditions: false,
          },
        },
      };
    }
    case 'QuestionAnswered': {
      const asked = state.questions[event.data.questionId];
      if (!asked) return state;
      const { answer, answeredAt, amendsConditions } = event.data;
      return {
        ...state,
        questions: {
          ...state.questions,
          [asked.questionId]: { ...asked, answer, answeredAt, amendsConditions },
        },
      };
    }
    case 'TenderCancelled':
      return { ...state, status: 'cancelled' };
  }
}

// ---------------------------------------------------------------- ranking

export interface BidStanding {
  readonly bidId: Id;
  readonly supplierId: Id;
  /** Every evaluator allowed to score this bid (assigned, not conflicted) scored every criterion. */
  readonly complete: boolean;
  /** Σ weight × Σ scores over the eligible evaluators; divided by `evaluators` it is the score in hundredths. */
  readonly weightedSum: number;
  readonly evaluators: number;
  /** 0..100 in hundredths, rounded down; 0 when incomplete. */
  readonly weightedScore: number;
}

/**
 * The standing of every valid (opened, not disqualified) bid. A bid's weighted score is
 * Σ_criteria weight × mean evaluator score / 100; means are compared exactly (cross-multiplied)
 * so rounding never decides an award.
 */
export function tenderStandings(
  state: TenderState,
  /** More exclusions than the declared conflicts, evaluatorId -> supplier ids (the award's facts). */
  excluded: Readonly<Record<Id, readonly Id[]>> = {},
): BidStanding[] {
  if (state.status === 'none') return [];
  const evaluatorIds = Object.keys(state.evaluators);
  return Object.values(state.bids)
    .filter((b) => b.status === 'active')
    .map((bid) => {
      const allowed = evaluatorIds.filter(
        (e) =>
          !(state.evaluators[e] ?? []).includes(bid.supplierId) &&
          !(excluded[e] ?? []).includes(bid.supplierId),
      );
      const byEvaluator = state.scores[bid.bidId] ?? {};
      let weightedSum = 0;
      let complete = allowed.length > 0;
      for (const c of state.terms.criteria) {
        for (const e of allowed) {
          const score = byEvaluator[e]?.[c.criterionId];
          if (score === undefined) complete = false;
          else weightedSum += c.weight * score;
        }
      }
      const weightedScore = complete ? Math.floor(weightedSum / allowed.length) : 0;
      return {
        bidId: bid.bidId,
        supplierId: bid.supplierId,
        complete,
        weightedSum,
        evaluators: allowed.length,
        weightedScore,
      };
    });
}

/** -1, 0, 1 as a's exact weighted score is below, equal to or above b's. */
export function compareStandings(a: BidStanding, b: BidStanding): -1 | 0 | 1 {
  const left = a.weightedSum * b.evaluators;
  const right = b.weightedSum * a.evaluators;
  return left < right ? -1 : left > right ? 1 : 0;
}
