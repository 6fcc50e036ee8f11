import { conflictSupplierIdsOf } from '../evaluator/evaluator';
import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, isAfter } from '../shared/instant';
import { addPolicyDays } from '../shared/policy';
import { staffOf, type StaffFacts } from '../shared/staff';
import { optionalText, sameContent } from '../shared/text';
import { add, assertMoney, compare, share, subtract, zero } from '../shared/money';
import type {
  AssignContractEvaluator,
  DisburseFunds,
  EvaluateMilestone,
  ReportDelivery,
} from './commands';
import { DISBURSEMENT_KINDS, FULL_SHARE_BPS, VERDICTS, type ContractEvent } from './events';
import type { SignedContract } from './evolve';
import { DIGEST, oneOf, sameCurrency, open, milestone, ref } from './decide-checks';

// Delivery: milestone reports, their evaluation and the payments that follow.

/** The people of both parties, from the command's facts; a missing list is refused, not read as none. */
function partiesStaff(c: { readonly buyer: StaffFacts; readonly supplier: StaffFacts }): {
  readonly buyer: readonly Id[];
  readonly supplier: readonly Id[];
} {
  return {
    buyer: staffOf(
      c.buyer,
      'BUYER_FACTS_MISSING',
      "The command must carry the buying agency's staff known on this contract",
    ),
    supplier: staffOf(
      c.supplier,
      'SUPPLIER_FACTS_MISSING',
      "The command must carry the supplier's staff known on this contract",
    ),
  };
}

export function assignEvaluator(
  c: AssignContractEvaluator['data'],
  state: SignedContract,
): ContractEvent[] {
  open(state, true);
  if (state.evaluatorIds.includes(c.evaluatorId)) return [];
  assertId(c.evaluatorId, 'evaluatorId');
  assertId(c.assignedBy, 'assignedBy');
  assertInstant(c.at, 'at');
  // The supplier is public once awarded, so refusing its people here reveals nothing.
  const staff = partiesStaff(c);
  if (
    c.evaluatorId === state.signedBy ||
    c.evaluatorId === c.assignedBy ||
    staff.buyer.includes(c.evaluatorId)
  ) {
    refuse('EVALUATOR_IS_BUYER', 'The buying agency cannot evaluate its own contract');
  }
  if (staff.supplier.includes(c.evaluatorId)) {
    refuse('EVALUATOR_IS_SUPPLIER', 'The supplier cannot evaluate its own contract');
  }
  // Refused now rather than at every evaluation: the supplier is public once awarded, so the
  // refusal tells the assigning officer nothing about a sealed tender.
  if (
    conflictSupplierIdsOf(c.evaluatorConflictSupplierIds, c.evaluatorId).includes(state.supplierId)
  ) {
    refuse(
      'EVALUATOR_CONFLICTED',
      `Evaluator ${c.evaluatorId} declared a conflict with the supplier`,
    );
  }
  return [
    {
      type: 'ContractEvaluatorAssigned',
      data: {
        ...ref(state),
        evaluatorId: c.evaluatorId,
        assignedBy: c.assignedBy,
        assignedAt: c.at,
      },
    },
  ];
}

export function reportDelivery(c: ReportDelivery['data'], state: SignedContract): ContractEvent[] {
  open(state, false);
  const m = milestone(state, c.milestoneId);
  if (m.delivery) {
    const repeat =
      sameContent(m.delivery.evidenceDigests, c.evidenceDigests) &&
      sameContent(m.delivery.indicatorResults, c.indicatorResults);
    if (repeat) return [];
    refuse('DELIVERY_ALREADY_REPORTED', `Milestone ${c.milestoneId} already has a delivery report`);
  }
  assertId(c.reportedBy, 'reportedBy');
  assertInstant(c.at, 'at');
  if (!Array.isArray(c.evidenceDigests) || c.evidenceDigests.length === 0) {
    refuse('EVIDENCE_REQUIRED', 'A delivery report needs at least one evidence digest');
  }
  for (const digest of c.evidenceDigests) {
    if (typeof digest !== 'string' || !DIGEST.test(digest)) {
      refuse(
        'EVIDENCE_DIGEST_INVALID',
        `Evidence digest must be sha256:<64 hex>, got ${String(digest)}`,
      );
    }
  }
  const expected = new Set(m.terms.indicators.map((i) => i.indicatorId));
  const reported = new Set<string>();
  for (const result of c.indicatorResults) {
    if (!expected.has(result.indicatorId)) {
      refuse(
        'INDICATOR_UNKNOWN',
        `Milestone ${c.milestoneId} has no indicator ${result.indicatorId}`,
      );
    }
    if (reported.has(result.indicatorId) || typeof result.met !== 'boolean') {
      refuse(
        'INDICATOR_RESULTS_INCOMPLETE',
        `Indicator ${result.indicatorId} reported twice or without met`,
      );
    }
    reported.add(result.indicatorId);
  }
  if (reported.size !== expected.size) {
    refuse('INDICATOR_RESULTS_INCOMPLETE', 'Every indicator of the milestone needs a result', {
      missing: [...expected].filter((id) => !reported.has(id)),
    });
  }
  return [
    {
      type: 'DeliveryReported',
      data: {
        ...ref(state),
        milestoneId: c.milestoneId,
        reportedBy: c.reportedBy,
        reportedAt: c.at,
        dueAt: m.terms.dueAt,
        late: isAfter(c.at, m.terms.dueAt),
        evidenceDigests: c.evidenceDigests,
        indicatorResults: c.indicatorResults,
      },
    },
  ];
}

export function evaluateMilestone(
  c: EvaluateMilestone['data'],
  state: SignedContract,
): ContractEvent[] {
  open(state, true);
  const m = milestone(state, c.milestoneId);
  if (m.evaluation) {
    const e = m.evaluation;
    const repeat =
      e.evaluatorId === c.evaluatorId &&
      e.verdict === c.verdict &&
      e.acceptedShareBps === c.acceptedShareBps &&
      e.score === c.score;
    if (repeat) return [];
    refuse('MILESTONE_ALREADY_EVALUATED', `Milestone ${c.milestoneId} is already evaluated`);
  }
  if (!m.delivery)
    refuse('DELIVERY_NOT_REPORTED', `Milestone ${c.milestoneId} has no delivery to evaluate`);
  assertId(c.evaluatorId, 'evaluatorId');
  assertInstant(c.at, 'at');
  // A missing conflicts list must not read as "no conflicts": the rule would pass silently.
  if (
    conflictSupplierIdsOf(c.evaluatorConflictSupplierIds, c.evaluatorId).includes(state.supplierId)
  ) {
    refuse(
      'EVALUATOR_CONFLICTED',
      `Evaluator ${c.evaluatorId} declared a conflict with the supplier`,
    );
  }
  // Checked again at every evaluation: an evaluator assigned before this rule, or who has acted
  // for a party since its assignment, is still refused.
  const staff = partiesStaff(c);
  if (
    c.evaluatorId === state.signedBy ||
    c.evaluatorAgencyId === state.agencyId ||
    staff.buyer.includes(c.evaluatorId)
  ) {
    refuse('EVALUATOR_IS_BUYER', 'The buying agency cannot evaluate its own contract');
  }
  if (
    c.evaluatorSupplierId === state.supplierId ||
    c.evaluatorId === m.delivery.reportedBy ||
    staff.supplier.includes(c.evaluatorId)
  ) {
    refuse('EVALUATOR_IS_SUPPLIER', 'The supplier cannot evaluate its own delivery');
  }
  const verdict = oneOf(c.verdict, VERDICTS, 'VERDICT_INVALID', 'verdict');
  const bps = c.acceptedShareBps;
  if (!Number.isInteger(bps) || bps < 0 || bps > FULL_SHARE_BPS) {
    refuse(
      'ACCEPTED_SHARE_INVALID',
      `acceptedShareBps must be a whole number from 0 to ${FULL_SHARE_BPS}`,
    );
  }
  const consistent =
    verdict === 'accepted'
      ? bps === FULL_SHARE_BPS
      : verdict === 'rejected'
        ? bps === 0
        : bps > 0 && bps < FULL_SHARE_BPS;
  if (!consistent) {
    refuse('VERDICT_SHARE_MISMATCH', `A ${verdict} verdict cannot accept ${bps} basis points`);
  }
  if (!Number.isInteger(c.score) || c.score < 0 || c.score > 100) {
    refuse('SCORE_INVALID', 'score must be a whole number from 0 to 100');
  }
  optionalText(c.comments, 'comments');
  const acceptedAmount = share(m.terms.amount, bps, FULL_SHARE_BPS);
  return [
    {
      type: 'MilestoneEvaluated',
      data: {
        ...ref(state),
        milestoneId: c.milestoneId,
        evaluatorId: c.evaluatorId,
        evaluatedAt: c.at,
        verdict,
        acceptedShareBps: bps,
        acceptedAmount,
        score: c.score,
        comments: typeof c.comments === 'string' ? c.comments : '',
        paymentDueBy: bps > 0 ? addPolicyDays(c.at, c.policy.paymentDueDays, c.policy) : null,
      },
    },
  ];
}

export function disburseFunds(c: DisburseFunds['data'], state: SignedContract): ContractEvent[] {
  if (state.disbursementIds.includes(c.disbursementId)) return [];
  // The amount paid is fixed in ContractTerminated; settling after that happens outside the contract.
  if (state.status === 'terminated') refuse('CONTRACT_TERMINATED', 'The contract was terminated');
  const kind = oneOf(c.kind, DISBURSEMENT_KINDS, 'DISBURSEMENT_KIND_INVALID', 'kind');
  // Accepted work is owed even while the contract is suspended or after completion (prompt
  // payment); an advance finances work still to come, so only a running contract gets one.
  if (kind === 'advance') open(state, false);
  assertId(c.disbursementId, 'disbursementId');
  assertId(c.disbursedBy, 'disbursedBy');
  assertInstant(c.at, 'at');
  assertMoney(c.amount, 'amount');
  sameCurrency(c.amount, state.value.currency, 'amount');
  if (c.amount.amountMinor === 0)
    refuse('DISBURSEMENT_AMOUNT_INVALID', 'A disbursement must be more than zero');

  let recovered = zero(state.value.currency);
  if (kind === 'advance') {
    if (state.advanceCapPercent === 0)
      refuse('ADVANCE_NOT_ALLOWED', 'This contract allows no advance payment');
    const cap = share(state.value, state.advanceCapPercent, 100);
    if (compare(add(state.advancesPaid, c.amount), cap) > 0) {
      refuse('ADVANCE_EXCEEDS_CAP', 'Advances would exceed the contract cap', {
        cap: cap.amountMinor,
        alreadyAdvanced: state.advancesPaid.amountMinor,
      });
    }
  } else {
    const m = milestone(state, c.milestoneId);
    if (!m.evaluation || m.evaluation.verdict === 'rejected') {
      refuse(
        'MILESTONE_NOT_ACCEPTED',
        `Milestone ${String(c.milestoneId)} has no accepted evaluation`,
      );
    }
    const payable = subtract(m.evaluation.acceptedAmount, m.paid);
    if (compare(c.amount, payable) > 0) {
      refuse(
        'DISBURSEMENT_EXCEEDS_ACCEPTED',
        'The payment exceeds the accepted share not yet paid',
        {
          payable: payable.amountMinor,
        },
      );
    }
    // Advances are paid back out of the next milestone payments before any new cash flows.
    const outstanding = subtract(state.advancesPaid, state.advanceRecovered);
    recovered = compare(outstanding, c.amount) < 0 ? outstanding : c.amount;
  }
  const cashPaid = subtract(c.amount, recovered);
  if (compare(add(state.cashPaid, cashPaid), state.value) > 0) {
    refuse(
      'DISBURSEMENT_EXCEEDS_CONTRACT_VALUE',
      'Total payments would exceed the contract value',
      {
        value: state.value.amountMinor,
        alreadyPaid: state.cashPaid.amountMinor,
      },
    );
  }
  return [
    {
      type: 'FundsDisbursed',
      data: {
        ...ref(state),
        disbursementId: c.disbursementId,
        budgetLineId: state.budgetLineId,
        kind,
        milestoneId: kind === 'milestone' ? (c.milestoneId ?? null) : null,
        amount: c.amount,
        advanceRecovered: recovered,
        cashPaid,
        disbursedBy: c.disbursedBy,
        disbursedAt: c.at,
      },
    },
  ];
}
