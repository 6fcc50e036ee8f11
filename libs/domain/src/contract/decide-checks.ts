import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, type Instant } from '../shared/instant';
import { assertWithinHorizon, type Policy } from '../shared/policy';
import { requireText } from '../shared/text';
import { assertMoney, compare, sum, type Money } from '../shared/money';
import { type MilestoneTerms } from './events';
import type { ContractState, MilestoneState, SignedContract } from './evolve';

// Checks the contract decider's command groups share.

export const DIGEST = /^sha256:[0-9a-f]{64}$/;

export function oneOf<T extends string>(
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

export function sameCurrency(amount: Money, currency: string, field: string): void {
  if (amount.currency !== currency) {
    refuse('CURRENCY_MISMATCH', `${field} is in ${amount.currency}, the contract in ${currency}`, {
      field,
    });
  }
}

/** A schedule must be complete: every milestone fully described, amounts adding up to the value. */
export function checkSchedule(
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

export function checkContractValue(value: Money, field: string): void {
  assertMoney(value, field);
  if (value.amountMinor === 0) refuse('CONTRACT_VALUE_INVALID', `${field} must be more than zero`);
}

export function signed(state: ContractState, contractId: Id): SignedContract {
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
export function open(state: SignedContract, allowSuspended: boolean): void {
  if (state.status === 'terminated') refuse('CONTRACT_TERMINATED', 'The contract was terminated');
  if (state.status === 'completed') refuse('CONTRACT_COMPLETED', 'The contract is completed');
  if (state.status === 'suspended' && !allowSuspended) {
    refuse('CONTRACT_SUSPENDED', 'The contract is suspended');
  }
}

export function milestone(
  state: SignedContract,
  milestoneId: Id | null | undefined,
): MilestoneState {
  const found = state.milestones.find((m) => m.terms.milestoneId === milestoneId);
  if (!found) refuse('MILESTONE_UNKNOWN', `No milestone ${String(milestoneId)} in this contract`);
  return found;
}

export function ref(state: SignedContract) {
  return { contractId: state.contractId, agencyId: state.agencyId, supplierId: state.supplierId };
}
