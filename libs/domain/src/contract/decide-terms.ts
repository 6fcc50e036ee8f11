import { refuse } from '../shared/errors';
import { assertId } from '../shared/ids';
import { assertInstant, isAfter, isBefore } from '../shared/instant';
import { requireText, sameContent } from '../shared/text';
import { assertMoney, compare } from '../shared/money';
import type { AmendContract, ApproveAmendment, SignContract } from './commands';
import { AMENDMENT_RATIONALES, type ContractEvent } from './events';
import type { ContractState, SignedContract } from './evolve';
import { oneOf, sameCurrency, checkSchedule, checkContractValue, open, ref } from './decide-checks';

// Signing a contract and amending its terms (with the supervisor's approval above the threshold).

export function signContract(c: SignContract['data'], state: ContractState): ContractEvent[] {
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
  // A debarred supplier can never sign, even when the award predates the debarment: the debarment
  // is what the market must see enforced, whatever was decided before it.
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

export function amendContract(c: AmendContract['data'], state: SignedContract): ContractEvent[] {
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

export function approveAmendment(
  c: ApproveAmendment['data'],
  state: SignedContract,
): ContractEvent[] {
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
