import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Policy, Rating } from '../shared/policy';

export type SupplierKind = 'social_organisation' | 'enterprise' | 'public_institution';
export const SUPPLIER_KINDS: readonly SupplierKind[] = [
  'social_organisation',
  'enterprise',
  'public_institution',
];

export type PerformanceNoticeKind = 'commendation' | 'criticism';
export const NOTICE_KINDS: readonly PerformanceNoticeKind[] = ['commendation', 'criticism'];

export type SupplierRegistered = {
  type: 'SupplierRegistered';
  data: {
    supplierId: Id;
    kind: SupplierKind;
    name: string;
    registrationNumber: string;
    registeredAt: Instant;
  };
};
export type QualificationAssessed = {
  type: 'QualificationAssessed';
  data: {
    supplierId: Id;
    governanceScore: number;
    financeScore: number;
    serviceQualityScore: number;
    totalScore: number;
    rating: Rating;
    assessor: string;
    assessedAt: Instant;
    validUntil: Instant;
  };
};
export type DebarmentProposed = {
  type: 'DebarmentProposed';
  data: {
    supplierId: Id;
    proposalId: Id;
    grounds: string;
    evidenceEventIds: Id[];
    proposedAt: Instant;
  };
};
export type SupplierDebarred = {
  type: 'SupplierDebarred';
  data: {
    supplierId: Id;
    debarmentId: Id;
    proposalId: Id | null;
    grounds: string;
    authority: string;
    from: Instant;
    /** null: indefinite, until lifted. */
    until: Instant | null;
    /** The authority gave no end: `until` is from + policy.defaultDebarmentDays. */
    defaultLengthApplied: boolean;
    evidenceEventIds: Id[];
    debarredAt: Instant;
  };
};
export type DebarmentLifted = {
  type: 'DebarmentLifted';
  data: { supplierId: Id; debarmentId: Id; reason: string; liftedAt: Instant };
};
/**
 * A debarment entered wrongly, corrected without rewriting history: the SupplierDebarred stays in the
 * log as it was recorded, this event records (at correctedAt, the record time) the period the
 * debarment applies to from now on (valid time), or that it never applied (annulled: entered in error).
 * "Was X debarred at T as known at R" folds the events recorded up to R.
 */
export type DebarmentCorrected = {
  type: 'DebarmentCorrected';
  data: {
    supplierId: Id;
    debarmentId: Id;
    annulled: boolean;
    /** The corrected period; for an annulled debarment the period it had, which no longer applies. */
    from: Instant;
    until: Instant | null;
    previousFrom: Instant;
    previousUntil: Instant | null;
    reason: string;
    correctedAt: Instant;
  };
};
export type PerformanceNoticePublished = {
  type: 'PerformanceNoticePublished';
  data: {
    supplierId: Id;
    noticeId: Id;
    kind: PerformanceNoticeKind;
    summary: string;
    relatedEventIds: Id[];
    publishedAt: Instant;
  };
};
export type SupplierPlacedUnderEnhancedMonitoring = {
  type: 'SupplierPlacedUnderEnhancedMonitoring';
  data: { supplierId: Id; reason: string; from: Instant; until: Instant; placedAt: Instant };
};

/** Enhanced monitoring ended before its scheduled end, with the supervisor's rationale. */
export type EnhancedMonitoringEnded = {
  type: 'EnhancedMonitoringEnded';
  data: { supplierId: Id; rationale: string; scheduledUntil: Instant; endedAt: Instant };
};

export type SupplierEvent =
  | SupplierRegistered
  | QualificationAssessed
  | DebarmentProposed
  | SupplierDebarred
  | DebarmentLifted
  | DebarmentCorrected
  | PerformanceNoticePublished
  | SupplierPlacedUnderEnhancedMonitoring
  | EnhancedMonitoringEnded;

// ---------------------------------------------------------------- commands

/**
 * An event of the log as the evidence rules see it, read by the application at command time: its
 * id and the supplier it concerns (its data's supplierId, or the supplier whose stream holds it;
 * null when it concerns none). An evidence id with no fact names no event of the log.
 */
export interface EvidenceFact {
  readonly eventId: Id;
  readonly supplierId: Id | null;
}

export type RegisterSupplier = {
  type: 'RegisterSupplier';
  data: {
    supplierId: Id;
    kind: SupplierKind;
    name: string;
    registrationNumber: string;
    at: Instant;
  };
};
export type AssessQualification = {
  type: 'AssessQualification';
  data: {
    supplierId: Id;
    /** Each 0..100, whole numbers. */
    governanceScore: number;
    financeScore: number;
    serviceQualityScore: number;
    /** Who assessed: the third-party assessment body. */
    assessor: string;
    validUntil: Instant;
    at: Instant;
  };
};
export type ProposeDebarment = {
  type: 'ProposeDebarment';
  data: {
    supplierId: Id;
    proposalId: Id;
    grounds: string;
    evidenceEventIds: Id[];
    evidence: readonly EvidenceFact[];
    at: Instant;
  };
};
export type DebarSupplier = {
  type: 'DebarSupplier';
  data: {
    supplierId: Id;
    debarmentId: Id;
    proposalId?: Id | null;
    grounds: string;
    authority: string;
    /** Defaults to `at`. */
    from?: Instant;
    /** Omitted (and not indefinite): from + policy.defaultDebarmentDays. */
    until?: Instant | null;
    indefinite?: boolean;
    evidenceEventIds: Id[];
    /** What the log holds for each evidence id (see EvidenceFact). */
    evidence: readonly EvidenceFact[];
    at: Instant;
    policy: Policy;
  };
};
export type LiftDebarment = {
  type: 'LiftDebarment';
  data: { supplierId: Id; debarmentId: Id; reason: string; at: Instant };
};
export type PublishPerformanceNotice = {
  type: 'PublishPerformanceNotice';
  data: {
    supplierId: Id;
    noticeId: Id;
    kind: PerformanceNoticeKind;
    summary: string;
    relatedEventIds?: Id[];
    at: Instant;
  };
};
export type PlaceUnderEnhancedMonitoring = {
  type: 'PlaceUnderEnhancedMonitoring';
  data: { supplierId: Id; reason: string; until: Instant; at: Instant };
};

export type CorrectDebarment = {
  type: 'CorrectDebarment';
  data: {
    supplierId: Id;
    debarmentId: Id;
    /** true: entered in error, it never applied. Otherwise the corrected period (indefinite: no end). */
    annul?: boolean;
    from?: Instant;
    until?: Instant | null;
    indefinite?: boolean;
    reason: string;
    at: Instant;
    policy: Policy;
  };
};
export type EndEnhancedMonitoring = {
  type: 'EndEnhancedMonitoring';
  data: { supplierId: Id; rationale: string; at: Instant };
};

export type SupplierCommand =
  | RegisterSupplier
  | AssessQualification
  | ProposeDebarment
  | DebarSupplier
  | LiftDebarment
  | PublishPerformanceNotice
  | PlaceUnderEnhancedMonitoring
  | CorrectDebarment
  | EndEnhancedMonitoring;
