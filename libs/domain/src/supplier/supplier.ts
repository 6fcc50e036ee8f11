import type { Decider } from '../shared/decider';
import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { addDays, assertInstant, isBefore, toEpochMs, type Instant } from '../shared/instant';
import { assertWithinHorizon, type Policy, type Rating } from '../shared/policy';
import { requireText, sameContent } from '../shared/text';

export type SupplierKind = 'social_organisation' | 'enterprise' | 'public_institution';
export const SUPPLIER_KINDS: readonly SupplierKind[] = [
  'social_organisation',
  'enterprise',
  'public_institution',
];

export type PerformanceNoticeKind = 'commendation' | 'criticism';
const NOTICE_KINDS: readonly PerformanceNoticeKind[] = ['commendation', 'criticism'];

export const supplierStream = (supplierId: Id): string => `supplier-${supplierId}`;

// ---------------------------------------------------------------- events

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

export type SupplierEvent =
  | SupplierRegistered
  | QualificationAssessed
  | DebarmentProposed
  | SupplierDebarred
  | DebarmentLifted
  | PerformanceNoticePublished
  | SupplierPlacedUnderEnhancedMonitoring;

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

export type SupplierCommand =
  | RegisterSupplier
  | AssessQualification
  | ProposeDebarment
  | DebarSupplier
  | LiftDebarment
  | PublishPerformanceNotice
  | PlaceUnderEnhancedMonitoring;

// ---------------------------------------------------------------- state

export interface SupplierDebarment {
  readonly debarmentId: Id;
  readonly from: Instant;
  readonly until: Instant | null;
  readonly liftedAt: Instant | null;
  readonly recorded: SupplierDebarred['data'];
}

export type SupplierState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly registration: SupplierRegistered['data'];
      /** In recorded order; the latest one in force decides the rating. */
      readonly assessments: readonly QualificationAssessed['data'][];
      readonly proposals: readonly DebarmentProposed['data'][];
      readonly debarments: readonly SupplierDebarment[];
      readonly notices: readonly PerformanceNoticePublished['data'][];
      readonly monitoring: readonly SupplierPlacedUnderEnhancedMonitoring['data'][];
    };
type Registered = Extract<SupplierState, { status: 'registered' }>;

// ---------------------------------------------------------------- queries (for the application's outside facts)

/** When a debarment stops applying: its end, or its lifting if earlier. null = never. */
function effectiveEnd(d: SupplierDebarment): Instant | null {
  if (d.liftedAt === null) return d.until;
  if (d.until === null) return d.liftedAt;
  return isBefore(d.liftedAt, d.until) ? d.liftedAt : d.until;
}

export function activeDebarmentAt(state: SupplierState, at: Instant): SupplierDebarment | null {
  if (state.status !== 'registered') return null;
  const t = toEpochMs(at);
  for (const d of state.debarments) {
    const end = effectiveEnd(d);
    if (toEpochMs(d.from) <= t && (end === null || t < toEpochMs(end))) return d;
  }
  return null;
}

export function isDebarredAt(state: SupplierState, at: Instant): boolean {
  return activeDebarmentAt(state, at) !== null;
}

/** The rating in force at `at`: the latest assessment made by then, if it has not expired. */
export function ratingAt(state: SupplierState, at: Instant): Rating | null {
  if (state.status !== 'registered') return null;
  const t = toEpochMs(at);
  const made = state.assessments.filter((a) => toEpochMs(a.assessedAt) <= t);
  const latest = made[made.length - 1];
  return latest && t < toEpochMs(latest.validUntil) ? latest.rating : null;
}

export function isUnderEnhancedMonitoringAt(state: SupplierState, at: Instant): boolean {
  if (state.status !== 'registered') return false;
  const t = toEpochMs(at);
  return state.monitoring.some((m) => toEpochMs(m.from) <= t && t < toEpochMs(m.until));
}

/**
 * The qualification formula (docs/rules.md): total = floor((30·governance + 30·finance + 40·service
 * quality) / 100); 90+ is 5A, 80+ 4A, 70+ 3A, 60+ 2A, below 1A. Service quality weighs most because
 * it is what the public buys. A dimension below 60 caps the rating at 2A: good service cannot hide
 * failing governance or finances, which is what 资质审查 exists to catch.
 */
export function ratingFromScores(
  governance: number,
  finance: number,
  serviceQuality: number,
): {
  totalScore: number;
  rating: Rating;
} {
  const totalScore = Math.floor((30 * governance + 30 * finance + 40 * serviceQuality) / 100);
  const banded: Rating =
    totalScore >= 90
      ? '5A'
      : totalScore >= 80
        ? '4A'
        : totalScore >= 70
          ? '3A'
          : totalScore >= 60
            ? '2A'
            : '1A';
  const failingDimension = Math.min(governance, finance, serviceQuality) < 60;
  const rating: Rating =
    failingDimension && (banded === '5A' || banded === '4A' || banded === '3A') ? '2A' : banded;
  return { totalScore, rating };
}

// ---------------------------------------------------------------- evolve

function evolve(state: SupplierState, event: SupplierEvent): SupplierState {
  if (event.type === 'SupplierRegistered') {
    return {
      status: 'registered',
      registration: event.data,
      assessments: [],
      proposals: [],
      debarments: [],
      notices: [],
      monitoring: [],
    };
  }
  // Evolve never throws: an event for an unknown supplier (impossible through decide) is ignored.
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'QualificationAssessed':
      return { ...state, assessments: [...state.assessments, event.data] };
    case 'DebarmentProposed':
      return { ...state, proposals: [...state.proposals, event.data] };
    case 'SupplierDebarred':
      return {
        ...state,
        debarments: [
          ...state.debarments,
          {
            debarmentId: event.data.debarmentId,
            from: event.data.from,
            until: event.data.until,
            liftedAt: null,
            recorded: event.data,
          },
        ],
      };
    case 'DebarmentLifted':
      return {
        ...state,
        debarments: state.debarments.map((d) =>
          d.debarmentId === event.data.debarmentId ? { ...d, liftedAt: event.data.liftedAt } : d,
        ),
      };
    case 'PerformanceNoticePublished':
      return { ...state, notices: [...state.notices, event.data] };
    case 'SupplierPlacedUnderEnhancedMonitoring':
      return { ...state, monitoring: [...state.monitoring, event.data] };
  }
}

// ---------------------------------------------------------------- decide

function registered(state: SupplierState): Registered {
  if (state.status !== 'registered')
    refuse('SUPPLIER_NOT_REGISTERED', 'The supplier is not registered');
  return state;
}

function eventIds(values: unknown, code: string, field: string, required: boolean): Id[] {
  if (values === undefined && !required) return [];
  if (!Array.isArray(values) || (required && values.length === 0)) {
    refuse(code, `${field} must list at least one event id`, { field });
  }
  return values.map((v: Id, i) => assertId(v, `${field}[${i}]`));
}

/**
 * Evidence must be real (DOMAIN.md: a debarment rests on recorded facts): every id names an event
 * of the log (DEBARMENT_EVIDENCE_UNKNOWN) that concerns this supplier
 * (DEBARMENT_EVIDENCE_OTHER_SUPPLIER). Missing facts count as not found, never as a pass.
 */
function checkEvidence(ids: readonly Id[], facts: unknown, supplierId: Id): void {
  const known = new Map(
    (Array.isArray(facts) ? (facts as EvidenceFact[]) : []).map((f) => [f.eventId, f]),
  );
  for (const id of ids) {
    const fact = known.get(id);
    if (!fact)
      refuse('DEBARMENT_EVIDENCE_UNKNOWN', `Evidence event ${id} is not in the log`, {
        eventId: id,
      });
    if (fact.supplierId !== supplierId) {
      refuse(
        'DEBARMENT_EVIDENCE_OTHER_SUPPLIER',
        `Evidence event ${id} does not concern this supplier`,
        { eventId: id },
      );
    }
  }
}

function score(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    refuse('QUALIFICATION_SCORE_INVALID', `${field} must be a whole number from 0 to 100`, {
      field,
    });
  }
  return value;
}

function overlaps(
  aFrom: Instant,
  aEnd: Instant | null,
  bFrom: Instant,
  bEnd: Instant | null,
): boolean {
  const startsBeforeBEnds = bEnd === null || isBefore(aFrom, bEnd);
  const bStartsBeforeAEnds = aEnd === null || isBefore(bFrom, aEnd);
  return startsBeforeBEnds && bStartsBeforeAEnds;
}

function decide(command: SupplierCommand, state: SupplierState): SupplierEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const supplierId = assertId(command.data.supplierId, 'supplierId');

  switch (command.type) {
    case 'RegisterSupplier': {
      const { kind, name, registrationNumber } = command.data;
      if (!SUPPLIER_KINDS.includes(kind))
        refuse('SUPPLIER_KIND_INVALID', `Unknown supplier kind ${String(kind)}`);
      requireText(name, 'SUPPLIER_NAME_REQUIRED', 'name');
      requireText(
        registrationNumber,
        'SUPPLIER_REGISTRATION_NUMBER_REQUIRED',
        'registrationNumber',
      );
      if (state.status === 'registered') {
        const r = state.registration;
        if (r.kind === kind && r.name === name && r.registrationNumber === registrationNumber)
          return [];
        refuse(
          'SUPPLIER_ALREADY_REGISTERED',
          'The supplier is already registered with other details',
        );
      }
      return [
        {
          type: 'SupplierRegistered',
          data: { supplierId, kind, name, registrationNumber, registeredAt: at },
        },
      ];
    }

    case 'AssessQualification': {
      const s = registered(state);
      const governanceScore = score(command.data.governanceScore, 'governanceScore');
      const financeScore = score(command.data.financeScore, 'financeScore');
      const serviceQualityScore = score(command.data.serviceQualityScore, 'serviceQualityScore');
      const assessor = requireText(
        command.data.assessor,
        'QUALIFICATION_ASSESSOR_REQUIRED',
        'assessor',
      );
      const validUntil = assertInstant(command.data.validUntil, 'validUntil');
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

    case 'ProposeDebarment': {
      const s = registered(state);
      const proposalId = assertId(command.data.proposalId, 'proposalId');
      const grounds = requireText(command.data.grounds, 'DEBARMENT_GROUNDS_REQUIRED', 'grounds');
      const evidenceEventIds = eventIds(
        command.data.evidenceEventIds,
        'DEBARMENT_EVIDENCE_REQUIRED',
        'evidenceEventIds',
        true,
      );
      checkEvidence(evidenceEventIds, command.data.evidence, supplierId);
      const existing = s.proposals.find((p) => p.proposalId === proposalId);
      if (existing) {
        if (
          existing.grounds === grounds &&
          sameContent(existing.evidenceEventIds, evidenceEventIds)
        )
          return [];
        refuse('DEBARMENT_PROPOSAL_ID_CONFLICT', 'This proposal id was used for another proposal');
      }
      if (isDebarredAt(s, at))
        refuse('SUPPLIER_ALREADY_DEBARRED', 'The supplier is debarred already');
      return [
        {
          type: 'DebarmentProposed',
          data: { supplierId, proposalId, grounds, evidenceEventIds, proposedAt: at },
        },
      ];
    }

    case 'DebarSupplier': {
      const s = registered(state);
      const d = command.data;
      const debarmentId = assertId(d.debarmentId, 'debarmentId');
      const proposalId = d.proposalId == null ? null : assertId(d.proposalId, 'proposalId');
      const grounds = requireText(d.grounds, 'DEBARMENT_GROUNDS_REQUIRED', 'grounds');
      const authority = requireText(d.authority, 'DEBARMENT_AUTHORITY_REQUIRED', 'authority');
      const evidenceEventIds = eventIds(
        d.evidenceEventIds,
        'DEBARMENT_EVIDENCE_REQUIRED',
        'evidenceEventIds',
        true,
      );
      checkEvidence(evidenceEventIds, d.evidence, supplierId);
      const from = d.from === undefined ? at : assertInstant(d.from, 'from');
      // A backdated debarment would silently turn past, lawful bids and awards into violations.
      if (isBefore(from, at))
        refuse('DEBARMENT_BACKDATED', 'A debarment cannot start before it is decided');
      if (d.indefinite && d.until != null) {
        refuse(
          'DEBARMENT_PERIOD_INVALID',
          'A debarment is either indefinite or has an end, not both',
        );
      }
      const defaultLengthApplied = !d.indefinite && d.until == null;
      const until = d.indefinite
        ? null
        : d.until == null
          ? addDays(from, d.policy.defaultDebarmentDays)
          : assertInstant(d.until, 'until');
      if (until !== null && !isBefore(from, until))
        refuse('DEBARMENT_PERIOD_INVALID', 'until must be after from');
      assertWithinHorizon(from, at, d.policy, 'from');
      if (until !== null && !defaultLengthApplied)
        assertWithinHorizon(until, at, d.policy, 'until');

      const data = {
        supplierId,
        debarmentId,
        proposalId,
        grounds,
        authority,
        from,
        until,
        defaultLengthApplied,
        evidenceEventIds,
        debarredAt: at,
      };
      const existing = s.debarments.find((x) => x.debarmentId === debarmentId);
      if (existing) {
        const { debarredAt: _a, ...recorded } = existing.recorded;
        const { debarredAt: _b, ...requested } = data;
        if (sameContent(recorded, requested)) return [];
        refuse('DEBARMENT_ID_CONFLICT', 'This debarment id was used for another debarment');
      }
      if (proposalId !== null && !s.proposals.some((p) => p.proposalId === proposalId)) {
        refuse('DEBARMENT_PROPOSAL_NOT_FOUND', 'No such debarment proposal for this supplier');
      }
      if (s.debarments.some((x) => overlaps(from, until, x.from, effectiveEnd(x)))) {
        refuse(
          'SUPPLIER_ALREADY_DEBARRED',
          'The supplier is already debarred for part of this period',
        );
      }
      return [{ type: 'SupplierDebarred', data }];
    }

    case 'LiftDebarment': {
      const s = registered(state);
      const debarmentId = assertId(command.data.debarmentId, 'debarmentId');
      const reason = requireText(command.data.reason, 'DEBARMENT_LIFT_REASON_REQUIRED', 'reason');
      const debarment = s.debarments.find((x) => x.debarmentId === debarmentId);
      if (!debarment) refuse('DEBARMENT_NOT_FOUND', 'No such debarment for this supplier');
      if (debarment.liftedAt !== null) return [];
      if (debarment.until !== null && !isBefore(at, debarment.until)) {
        refuse('DEBARMENT_ALREADY_ENDED', 'The debarment has run its course; nothing to lift');
      }
      return [{ type: 'DebarmentLifted', data: { supplierId, debarmentId, reason, liftedAt: at } }];
    }

    case 'PublishPerformanceNotice': {
      const s = registered(state);
      const noticeId = assertId(command.data.noticeId, 'noticeId');
      const { kind } = command.data;
      if (!NOTICE_KINDS.includes(kind))
        refuse('NOTICE_KIND_INVALID', `Unknown notice kind ${String(kind)}`);
      const summary = requireText(command.data.summary, 'NOTICE_SUMMARY_REQUIRED', 'summary');
      const relatedEventIds = eventIds(
        command.data.relatedEventIds,
        'NOTICE_RELATED_EVENTS_INVALID',
        'relatedEventIds',
        false,
      );
      const existing = s.notices.find((n) => n.noticeId === noticeId);
      if (existing) {
        if (
          existing.kind === kind &&
          existing.summary === summary &&
          sameContent(existing.relatedEventIds, relatedEventIds)
        ) {
          return [];
        }
        refuse('NOTICE_ID_CONFLICT', 'This notice id was used for another notice');
      }
      return [
        {
          type: 'PerformanceNoticePublished',
          data: { supplierId, noticeId, kind, summary, relatedEventIds, publishedAt: at },
        },
      ];
    }

    case 'PlaceUnderEnhancedMonitoring': {
      const s = registered(state);
      const reason = requireText(command.data.reason, 'MONITORING_REASON_REQUIRED', 'reason');
      const until = assertInstant(command.data.until, 'until');
      if (!isBefore(at, until)) refuse('MONITORING_PERIOD_INVALID', 'until must be after now');
      // Already watched at least that long: repeating the decision changes nothing.
      if (
        s.monitoring.some(
          (m) => !isBefore(at, m.from) && !isBefore(m.until, until) && isBefore(at, m.until),
        )
      ) {
        return [];
      }
      return [
        {
          type: 'SupplierPlacedUnderEnhancedMonitoring',
          data: { supplierId, reason, from: at, until, placedAt: at },
        },
      ];
    }
  }
}

export const supplierDecider: Decider<SupplierState, SupplierCommand, SupplierEvent> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve,
  decide,
};
