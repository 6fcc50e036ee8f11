import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { addDays, assertInstant, isAfter, isBefore, type Instant } from '../shared/instant';
import { assertWithinHorizon, type Policy } from '../shared/policy';
import { optionalText, requireText, sameContent } from '../shared/text';
import { add, assertMoney, compare, share, subtract, sum, zero, type Money } from '../shared/money';
import type {
  AmendContract,
  ApproveAmendment,
  AssignContractEvaluator,
  CompleteContract,
  ContractCommand,
  DisburseFunds,
  EvaluateMilestone,
  ReportDelivery,
  ResumeContract,
  SignContract,
  SuspendContract,
  TerminateContract,
} from './commands';
import {
  AMENDMENT_RATIONALES,
  DISBURSEMENT_KINDS,
  FULL_SHARE_BPS,
  TERMINATION_REASONS,
  VERDICTS,
  type ContractEvent,
  type MilestoneTerms,
} from './events';
import type { ContractState, MilestoneState, SignedContract } from './evolve';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  code: string,
  field: string,
): T {
  if (!allowed.includes(value as T)) {
    refuse(code, `${field} must be one of ${allowed.join(', ')}`, { field, value });
  }
  return value as T;
}

function sameCurrency(amount: Money, currency: string, field: string): void {
  if (amount.currency !== currency) {
    refuse('CURRENCY_MISMATCH', `${field} is in ${amount.currency}, the contract in ${currency}`, {
      field,
    });
  }
}

/** A schedule must be complete: every milestone fully described, amounts adding up to the value. */
function checkSchedule(
  milestones: readonly MilestoneTerms[],
  value: Money,
  now: Instant,
  policy: Policy,
): void {
  if (!Array.isArray(milestones) || milestones.length === 0) {
    refuse('MILESTONES_REQUIRED', 'A contract needs at least one milestone');
  }
  const seen = new Set<Id>();
  for (const [i, m] of milestones.entries()) {
    const at = `milestones[${i}]`;
    assertId(m.milestoneId, `${at}.milestoneId`);
    if (seen.has(m.milestoneId)) {
      refuse('MILESTONE_ID_DUPLICATE', `Milestone ${m.milestoneId} appears twice`, {
        milestoneId: m.milestoneId,
      });
    }
    seen.add(m.milestoneId);
    assertInstant(m.dueAt, `${at}.dueAt`);
    assertWithinHorizon(m.dueAt, now, policy, `${at}.dueAt`);
    assertMoney(m.amount, `${at}.amount`);
    sameCurrency(m.amount, value.currency, `${at}.amount`);
    requireText(m.title, 'MILESTONE_TERMS_INCOMPLETE', `${at}.title`);
    if (!Array.isArray(m.deliverables) || m.deliverables.length === 0) {
      refuse('MILESTONE_TERMS_INCOMPLETE', `${at} names no deliverable`, {
        field: `${at}.deliverables`,
      });
    }
    for (const [j, deliverable] of m.deliverables.entries()) {
      requireText(deliverable, 'MILESTONE_TERMS_INCOMPLETE', `${at}.deliverables[${j}]`);
    }
    if (!Array.isArray(m.indicators) || m.indicators.length === 0) {
      refuse('MILESTONE_TERMS_INCOMPLETE', `${at} names no indicator`, {
        field: `${at}.indicators`,
      });
    }
    const codes = new Set<string>();
    for (const [j, indicator] of m.indicators.entries()) {
      requireText(
        indicator.indicatorId,
        'MILESTONE_TERMS_INCOMPLETE',
        `${at}.indicators[${j}].indicatorId`,
      );
      requireText(
        indicator.description,
        'MILESTONE_TERMS_INCOMPLETE',
        `${at}.indicators[${j}].description`,
      );
      requireText(indicator.target, 'MILESTONE_TERMS_INCOMPLETE', `${at}.indicators[${j}].target`);
      if (codes.has(indicator.indicatorId)) {
        refuse(
          'INDICATOR_ID_DUPLICATE',
          `Indicator ${indicator.indicatorId} appears twice in ${at}`,
          {
            milestoneId: m.milestoneId,
            indicatorId: indicator.indicatorId,
          },
        );
      }
      codes.add(indicator.indicatorId);
    }
  }
  const total = sum(
    milestones.map((m) => m.amount),
    value.currency,
  );
  if (compare(total, value) !== 0) {
    refuse(
      'MILESTONES_SUM_MISMATCH',
      'Milestone amounts must add up exactly to the contract value',
      {
        milestonesTotal: total.amountMinor,
        value: value.amountMinor,
      },
    );
  }
}

function checkContractValue(value: Money, field: string): void {
  assertMoney(value, field);
  if (value.amountMinor === 0) refuse('CONTRACT_VALUE_INVALID', `${field} must be more than zero`);
}

function signed(state: ContractState, contractId: Id): SignedContract {
  if (state.status === 'unsigned')
    refuse('CONTRACT_NOT_SIGNED', 'The contract has not been signed');
  if (contractId !== state.contractId) {
    refuse(
      'CONTRACT_ID_MISMATCH',
      `Command addresses ${contractId}, the stream holds ${state.contractId}`,
    );
  }
  return state;
}

/** Closed contracts refuse every change; a suspended one only what `allowSuspended` lets through. */
function open(state: SignedContract, allowSuspended: boolean): void {
  if (state.status === 'terminated') refuse('CONTRACT_TERMINATED', 'The contract was terminated');
  if (state.status === 'completed') refuse('CONTRACT_COMPLETED', 'The contract is completed');
  if (state.status === 'suspended' && !allowSuspended) {
    refuse('CONTRACT_SUSPENDED', 'The contract is suspended');
  }
}

function milestone(state: SignedContract, milestoneId: Id | null | undefined): MilestoneState {
  const found = state.milestones.find((m) => m.terms.milestoneId === milestoneId);
  if (!found) refuse('MILESTONE_UNKNOWN', `No milestone ${String(milestoneId)} in this contract`);
  return found;
}

function ref(state: SignedContract) {
  return { contractId: state.contractId, agencyId: state.agencyId, supplierId: state.supplierId };
}

function signContract(c: SignContract['data'], state: ContractState): ContractEvent[] {
  if (state.status !== 'unsigned') {
    const repeat =
      c.contractId === state.contractId &&
      c.tenderId === state.tenderId &&
      c.supplierId === state.supplierId &&
      sameContent(c.value, state.signedValue);
    if (repeat) return [];
    refuse('CONTRACT_ALREADY_SIGNED', 'This contract was already signed with other terms');
  }
  for (const field of [
    'contractId',
    'tenderId',
    'agencyId',
    'supplierId',
    'budgetLineId',
    'signedBy',
  ] as const) {
    assertId(c[field], field);
  }
  assertInstant(c.at, 'at');
  // DOMAIN.md: a debarred supplier can never sign, even when the award predates the debarment.
  if (c.supplierDebarred) {
    refuse('SUPPLIER_DEBARRED', `Supplier ${c.supplierId} is debarred at ${c.at}`);
  }
  // Remedies before signing (EU 2007/66/EC): a losing bidder can still change the award only before the contract exists.
  if (!Array.isArray(c.pendingComplaintIds))
    refuse('SUPPLIER_FACTS_MISSING', 'The command must list the complaints pending on the award');
  if (c.pendingComplaintIds.length > 0) {
    refuse('CONTRACT_COMPLAINT_PENDING', 'A complaint about the award awaits the review body', {
      complaintIds: [...c.pendingComplaintIds],
    });
  }
  if (c.standstillEndsAt !== null && isBefore(c.at, c.standstillEndsAt)) {
    refuse(
      'CONTRACT_STANDSTILL_RUNNING',
      `The award's standstill runs until ${c.standstillEndsAt}`,
      { standstillEndsAt: c.standstillEndsAt },
    );
  }
  checkContractValue(c.value, 'value');
  assertMoney(c.awardedAmount, 'awardedAmount');
  sameCurrency(c.awardedAmount, c.value.currency, 'awardedAmount');
  if (compare(c.value, c.awardedAmount) > 0) {
    refuse('CONTRACT_VALUE_EXCEEDS_AWARD', 'The contract value may not exceed the awarded amount', {
      value: c.value.amountMinor,
      awarded: c.awardedAmount.amountMinor,
    });
  }
  checkSchedule(c.milestones, c.value, c.at, c.policy);
  for (const m of c.milestones) {
    if (!isAfter(m.dueAt, c.at)) {
      refuse(
        'MILESTONE_DUE_BEFORE_SIGNING',
        `Milestone ${m.milestoneId} is due before the signing`,
        {
          milestoneId: m.milestoneId,
        },
      );
    }
  }
  if (!Number.isInteger(c.advanceCapPercent) || c.advanceCapPercent < 0) {
    refuse('ADVANCE_CAP_INVALID', 'advanceCapPercent must be a whole percent, 0 for no advance');
  }
  if (c.advanceCapPercent > c.policy.advancePaymentCapPercent) {
    refuse('ADVANCE_CAP_ABOVE_POLICY', 'The advance cap exceeds the policy cap', {
      advanceCapPercent: c.advanceCapPercent,
      policyCapPercent: c.policy.advancePaymentCapPercent,
    });
  }
  return [
    {
      type: 'ContractSigned',
      data: {
        contractId: c.contractId,
        agencyId: c.agencyId,
        supplierId: c.supplierId,
        tenderId: c.tenderId,
        budgetLineId: c.budgetLineId,
        signedBy: c.signedBy,
        signedAt: c.at,
        awardedAmount: c.awardedAmount,
        value: c.value,
        advanceCapPercent: c.advanceCapPercent,
        milestones: c.milestones,
      },
    },
  ];
}

function amendContract(c: AmendContract['data'], state: SignedContract): ContractEvent[] {
  open(state, true);
  if (state.amendmentIds.includes(c.amendmentId)) return [];
  assertId(c.amendmentId, 'amendmentId');
  assertId(c.amendedBy, 'amendedBy');
  assertInstant(c.at, 'at');
  const rationale = oneOf(
    c.rationale,
    AMENDMENT_RATIONALES,
    'AMENDMENT_RATIONALE_INVALID',
    'rationale',
  );
  requireText(c.justification, 'AMENDMENT_JUSTIFICATION_REQUIRED', 'justification');
  checkContractValue(c.newValue, 'newValue');
  sameCurrency(c.newValue, state.value.currency, 'newValue');
  checkSchedule(c.milestones, c.newValue, c.at, c.policy);

  const next = new Map(c.milestones.map((m) => [m.milestoneId, m]));
  for (const m of state.milestones) {
    const after = next.get(m.terms.milestoneId);
    // Delivered or evaluated work is history: its milestone stays, and an evaluated amount is what
    // the accepted share and every payment were computed from.
    if ((m.delivery || m.evaluation) && !after) {
      refuse(
        'MILESTONE_LOCKED',
        `Milestone ${m.terms.milestoneId} has a delivery and cannot be removed`,
        {
          milestoneId: m.terms.milestoneId,
        },
      );
    }
    if (m.evaluation && after && compare(after.amount, m.terms.amount) !== 0) {
      refuse(
        'MILESTONE_LOCKED',
        `Milestone ${m.terms.milestoneId} is evaluated; its amount is fixed`,
        {
          milestoneId: m.terms.milestoneId,
        },
      );
    }
  }
  if (compare(c.newValue, state.cashPaid) < 0) {
    refuse('AMENDMENT_BELOW_PAID', 'The new value is below what has already been paid', {
      newValue: c.newValue.amountMinor,
      paid: state.cashPaid.amountMinor,
    });
  }

  const cumulativeChangeMinor = c.newValue.amountMinor - state.signedValue.amountMinor;
  const raises = c.newValue.amountMinor > state.value.amountMinor;
  // Exact integer comparison: change / signed > threshold / 100.
  const beyondThreshold =
    BigInt(cumulativeChangeMinor) * 100n >
    BigInt(state.signedValue.amountMinor) * BigInt(c.policy.amendmentThresholdPercent);
  const approval = c.supervisorApprovalId ?? null;
  if (raises && beyondThreshold && approval === null) {
    refuse(
      'AMENDMENT_NEEDS_SUPERVISOR_APPROVAL',
      `Raising the value by more than ${c.policy.amendmentThresholdPercent}% of the signed value needs a supervisor's approval`,
      { cumulativeChangeMinor, signedValue: state.signedValue.amountMinor },
    );
  }
  if (approval !== null) {
    assertId(approval, 'supervisorApprovalId');
    // An approval is a recorded decision of a supervisor on this contract, not an id the officer
    // may invent; it covers one amendment, up to the value the supervisor allowed.
    const granted = state.approvals[approval];
    if (!granted) {
      refuse('AMENDMENT_APPROVAL_UNKNOWN', `No supervisor approval ${approval} on this contract`, {
        supervisorApprovalId: approval,
      });
    }
    if (granted.usedBy !== null) {
      refuse(
        'AMENDMENT_APPROVAL_USED',
        `Approval ${approval} was used by amendment ${granted.usedBy}`,
        {
          supervisorApprovalId: approval,
          amendmentId: granted.usedBy,
        },
      );
    }
    if (compare(c.newValue, granted.maxNewValue) > 0) {
      refuse('AMENDMENT_APPROVAL_EXCEEDED', 'The new value exceeds what the supervisor approved', {
        newValue: c.newValue.amountMinor,
        maxNewValue: granted.maxNewValue.amountMinor,
      });
    }
  }

  return [
    {
      type: 'ContractAmended',
      data: {
        ...ref(state),
        amendmentId: c.amendmentId,
        amendedBy: c.amendedBy,
        amendedAt: c.at,
        rationale,
        justification: c.justification,
        previousValue: state.value,
        newValue: c.newValue,
        cumulativeChangeMinor,
        milestones: c.milestones,
        supervisorApprovalId: approval,
      },
    },
  ];
}

function approveAmendment(c: ApproveAmendment['data'], state: SignedContract): ContractEvent[] {
  open(state, true);
  const existing = state.approvals[c.approvalId];
  if (existing) {
    const repeat =
      existing.approvedBy === c.approvedBy &&
      sameContent(existing.maxNewValue, c.maxNewValue) &&
      existing.justification === c.justification;
    if (repeat) return [];
    refuse('AMENDMENT_APPROVAL_ID_CONFLICT', 'This approval id was used for another approval');
  }
  assertId(c.approvalId, 'approvalId');
  assertId(c.approvedBy, 'approvedBy');
  assertInstant(c.at, 'at');
  assertMoney(c.maxNewValue, 'maxNewValue');
  sameCurrency(c.maxNewValue, state.value.currency, 'maxNewValue');
  // Only a raise needs approval; approving a lower ceiling would approve nothing.
  if (compare(c.maxNewValue, state.value) <= 0) {
    refuse('AMENDMENT_APPROVAL_NOT_A_RAISE', 'The approved value must be above the current value', {
      maxNewValue: c.maxNewValue.amountMinor,
      value: state.value.amountMinor,
    });
  }
  requireText(c.justification, 'AMENDMENT_APPROVAL_JUSTIFICATION_REQUIRED', 'justification');
  return [
    {
      type: 'AmendmentApproved',
      data: {
        ...ref(state),
        approvalId: c.approvalId,
        approvedBy: c.approvedBy,
        approvedAt: c.at,
        maxNewValue: c.maxNewValue,
        justification: c.justification,
      },
    },
  ];
}

function assignEvaluator(
  c: AssignContractEvaluator['data'],
  state: SignedContract,
): ContractEvent[] {
  open(state, true);
  if (state.evaluatorIds.includes(c.evaluatorId)) return [];
  assertId(c.evaluatorId, 'evaluatorId');
  assertId(c.assignedBy, 'assignedBy');
  assertInstant(c.at, 'at');
  if (c.evaluatorId === state.signedBy) {
    refuse('EVALUATOR_IS_BUYER', 'The officer who signed cannot evaluate the contract');
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

function reportDelivery(c: ReportDelivery['data'], state: SignedContract): ContractEvent[] {
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

function evaluateMilestone(c: EvaluateMilestone['data'], state: SignedContract): ContractEvent[] {
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
  if (!Array.isArray(c.evaluatorConflictSupplierIds)) {
    refuse('EVALUATOR_CONFLICTS_UNKNOWN', "The evaluator's declared conflicts are required");
  }
  if (c.evaluatorConflictSupplierIds.includes(state.supplierId)) {
    refuse(
      'EVALUATOR_CONFLICTED',
      `Evaluator ${c.evaluatorId} declared a conflict with the supplier`,
    );
  }
  if (c.evaluatorId === state.signedBy || c.evaluatorAgencyId === state.agencyId) {
    refuse('EVALUATOR_IS_BUYER', 'The buying agency cannot evaluate its own contract');
  }
  if (c.evaluatorSupplierId === state.supplierId || c.evaluatorId === m.delivery.reportedBy) {
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
        paymentDueBy: bps > 0 ? addDays(c.at, c.policy.paymentDueDays) : null,
      },
    },
  ];
}

function disburseFunds(c: DisburseFunds['data'], state: SignedContract): ContractEvent[] {
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

function suspendContract(c: SuspendContract['data'], state: SignedContract): ContractEvent[] {
  open(state, true);
  if (state.status === 'suspended') return [];
  assertId(c.suspendedBy, 'suspendedBy');
  assertInstant(c.at, 'at');
  requireText(c.reason, 'SUSPENSION_REASON_REQUIRED', 'reason');
  return [
    {
      type: 'ContractSuspended',
      data: {
        ...ref(state),
        suspendedBy: c.suspendedBy,
        suspendedAt: c.at,
        reason: c.reason,
      },
    },
  ];
}

function resumeContract(c: ResumeContract['data'], state: SignedContract): ContractEvent[] {
  open(state, true);
  if (state.status === 'active') return [];
  assertId(c.resumedBy, 'resumedBy');
  assertInstant(c.at, 'at');
  return [
    {
      type: 'ContractResumed',
      data: { ...ref(state), resumedBy: c.resumedBy, resumedAt: c.at },
    },
  ];
}

function terminateContract(c: TerminateContract['data'], state: SignedContract): ContractEvent[] {
  if (state.status === 'terminated') return [];
  open(state, true);
  assertId(c.terminatedBy, 'terminatedBy');
  assertInstant(c.at, 'at');
  const reason = oneOf(c.reason, TERMINATION_REASONS, 'TERMINATION_REASON_INVALID', 'reason');
  requireText(c.explanation, 'TERMINATION_EXPLANATION_REQUIRED', 'explanation');
  return [
    {
      type: 'ContractTerminated',
      data: {
        ...ref(state),
        terminatedBy: c.terminatedBy,
        terminatedAt: c.at,
        reason,
        explanation: c.explanation,
        amountPaid: state.cashPaid,
        advanceOutstanding: subtract(state.advancesPaid, state.advanceRecovered),
      },
    },
  ];
}

function completeContract(c: CompleteContract['data'], state: SignedContract): ContractEvent[] {
  if (state.status === 'completed') return [];
  open(state, false);
  assertId(c.completedBy, 'completedBy');
  assertInstant(c.at, 'at');
  const pending = state.milestones.filter((m) => !m.evaluation).map((m) => m.terms.milestoneId);
  if (pending.length > 0) {
    refuse('MILESTONES_NOT_ALL_EVALUATED', 'Every milestone must be evaluated before completion', {
      pending,
    });
  }
  return [
    {
      type: 'ContractCompleted',
      data: {
        ...ref(state),
        completedBy: c.completedBy,
        completedAt: c.at,
        value: state.value,
        acceptedTotal: sum(
          state.milestones.map((m) => m.evaluation?.acceptedAmount ?? zero(state.value.currency)),
          state.value.currency,
        ),
        amountPaid: state.cashPaid,
        advanceOutstanding: subtract(state.advancesPaid, state.advanceRecovered),
      },
    },
  ];
}

export function decideContract(command: ContractCommand, state: ContractState): ContractEvent[] {
  if (command.type === 'SignContract') return signContract(command.data, state);
  const contract = signed(state, command.data.contractId);
  switch (command.type) {
    case 'AssignContractEvaluator':
      return assignEvaluator(command.data, contract);
    case 'ApproveAmendment':
      return approveAmendment(command.data, contract);
    case 'AmendContract':
      return amendContract(command.data, contract);
    case 'ReportDelivery':
      return reportDelivery(command.data, contract);
    case 'EvaluateMilestone':
      return evaluateMilestone(command.data, contract);
    case 'DisburseFunds':
      return disburseFunds(command.data, contract);
    case 'SuspendContract':
      return suspendContract(command.data, contract);
    case 'ResumeContract':
      return resumeContract(command.data, contract);
    case 'TerminateContract':
      return terminateContract(command.data, contract);
    case 'CompleteContract':
      return completeContract(command.data, contract);
  }
}
