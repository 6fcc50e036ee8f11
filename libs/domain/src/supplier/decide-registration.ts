import { refuse } from '../shared/errors';
import { type Id } from '../shared/ids';
import { assertInstant, isBefore, type Instant } from '../shared/instant';
import { requireText, sameContent } from '../shared/text';
import { registered } from './decide-checks';
import {
  SUPPLIER_KINDS,
  type SupplierEvent,
  type RegisterSupplier,
  type AssessQualification,
} from './events';
import { ratingFromScores, type SupplierState } from './evolve';

// Registration and qualification review (资质审查).

function score(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    refuse('QUALIFICATION_SCORE_INVALID', `${field} must be a whole number from 0 to 100`, {
      field,
    });
  }
  return value;
}

export function registerSupplier(
  c: RegisterSupplier['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const { kind, name, registrationNumber } = c;
  if (!SUPPLIER_KINDS.includes(kind))
    refuse('SUPPLIER_KIND_INVALID', `Unknown supplier kind ${String(kind)}`);
  requireText(name, 'SUPPLIER_NAME_REQUIRED', 'name');
  requireText(registrationNumber, 'SUPPLIER_REGISTRATION_NUMBER_REQUIRED', 'registrationNumber');
  if (state.status === 'registered') {
    const r = state.registration;
    if (r.kind === kind && r.name === name && r.registrationNumber === registrationNumber)
      return [];
    refuse('SUPPLIER_ALREADY_REGISTERED', 'The supplier is already registered with other details');
  }
  return [
    {
      type: 'SupplierRegistered',
      data: { supplierId, kind, name, registrationNumber, registeredAt: at },
    },
  ];
}

export function assessQualification(
  c: AssessQualification['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const governanceScore = score(c.governanceScore, 'governanceScore');
  const financeScore = score(c.financeScore, 'financeScore');
  const serviceQualityScore = score(c.serviceQualityScore, 'serviceQualityScore');
  const assessor = requireText(c.assessor, 'QUALIFICATION_ASSESSOR_REQUIRED', 'assessor');
  const validUntil = assertInstant(c.validUntil, 'validUntil');
  if (!isBefore(at, validUntil))
    refuse('QUALIFICATION_VALIDITY_INVALID', 'validUntil must be after the assessment');
  const { totalScore, rating } = ratingFromScores(
    governanceScore,
    financeScore,
    serviceQualityScore,
  );
  const data = {
    supplierId,
    governanceScore,
    financeScore,
    serviceQualityScore,
    totalScore,
    rating,
    assessor,
    assessedAt: at,
    validUntil,
  };
  const latest = s.assessments[s.assessments.length - 1];
  if (latest && sameContent(latest, data)) return [];
  return [{ type: 'QualificationAssessed', data }];
}
