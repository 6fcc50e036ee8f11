import { refuse } from '../shared/errors';
import { assertId } from '../shared/ids';
import { assertInstant } from '../shared/instant';
import { requireText } from '../shared/text';
import { subtract, sum, zero } from '../shared/money';
import type {
  CompleteContract,
  ResumeContract,
  SuspendContract,
  TerminateContract,
} from './commands';
import { TERMINATION_REASONS, type ContractEvent } from './events';
import type { SignedContract } from './evolve';
import { oneOf, open, ref } from './decide-checks';

// Suspension, resumption, termination and completion.

export function suspendContract(
  c: SuspendContract['data'],
  state: SignedContract,
): ContractEvent[] {
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

export function resumeContract(c: ResumeContract['data'], state: SignedContract): ContractEvent[] {
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

export function terminateContract(
  c: TerminateContract['data'],
  state: SignedContract,
): ContractEvent[] {
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

export function completeContract(
  c: CompleteContract['data'],
  state: SignedContract,
): ContractEvent[] {
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
