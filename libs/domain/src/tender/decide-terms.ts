import { refuse } from '../shared/errors';
import { assertId } from '../shared/ids';
import { addDays, isAfter, isBefore, type Instant } from '../shared/instant';
import { assertMoney, type Money } from '../shared/money';
import { RATINGS, type Policy, type ProcurementMethod } from '../shared/policy';
import { assertPlainText, requireText } from '../shared/text';
import { SUPPLIER_KINDS } from '../supplier/supplier';
import {
  TENDER_CONTRACT_TYPES,
  TENDER_PAYMENT_MODELS,
  type TenderCriterion,
  type TenderEligibility,
  type TenderTerms,
} from './events';

// Validation of a tender's terms, shared by drafting, amending and publishing.

export const MATERIAL: readonly (keyof TenderTerms)[] = [
  'serviceCategory',
  'estimatedValue',
  'criteria',
  'eligibility',
  'contractType',
  'paymentModel',
];

export function criteriaOf(value: unknown): TenderCriterion[] {
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

export function eligibilityOf(value: TenderEligibility): TenderEligibility {
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

export function estimateOf(value: Money): Money {
  assertMoney(value, 'estimatedValue');
  if (value.amountMinor === 0)
    refuse('TENDER_ESTIMATE_INVALID', 'estimatedValue must be more than zero');
  return { amountMinor: value.amountMinor, currency: value.currency };
}

/** Validates whichever terms are present; used for a whole draft and for an amendment's changes. */
export function termsOf(t: Partial<TenderTerms>): Partial<TenderTerms> {
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
export function checkMethodTerms(method: ProcurementMethod, eligibility: TenderEligibility): void {
  if (method === 'invited' && eligibility.invitedSupplierIds.length === 0) {
    refuse('TENDER_INVITATIONS_REQUIRED', 'An invited tender lists the suppliers it invites');
  }
  if (method === 'open' && eligibility.invitedSupplierIds.length > 0) {
    refuse('TENDER_OPEN_WITH_INVITATIONS', 'An open tender cannot be limited to invited suppliers');
  }
}

export function weightsSumTo100(criteria: readonly TenderCriterion[]): void {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (total !== 100)
    refuse('TENDER_WEIGHTS_NOT_100', `Criterion weights sum to ${total}, not 100`, { total });
}

/** The deadline lies after `at` and within policy.maxSubmissionDays of it. */
export function checkDeadlineHorizon(deadline: Instant, at: Instant, policy: Policy): void {
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

export function latest(a: Instant, b: Instant): Instant {
  return isBefore(a, b) ? b : a;
}
