import type { Id } from '../shared/ids';
import { isBefore, toEpochMs, type Instant } from '../shared/instant';
import type { Rating } from '../shared/policy';
import type {
  DebarmentCorrected,
  DebarmentProposed,
  PerformanceNoticePublished,
  QualificationAssessed,
  SupplierDebarred,
  SupplierEvent,
  SupplierPlacedUnderEnhancedMonitoring,
  SupplierRegistered,
} from './events';

export interface SupplierDebarment {
  readonly debarmentId: Id;
  readonly from: Instant;
  readonly until: Instant | null;
  readonly liftedAt: Instant | null;
  /** Entered in error: it never applied (as known since its correction). */
  readonly annulled: boolean;
  readonly recorded: SupplierDebarred['data'];
  /** Corrections in record order; from/until above are the latest. */
  readonly corrections: readonly DebarmentCorrected['data'][];
}

/** A monitoring period; endedAt: ended early (EnhancedMonitoringEnded). */
export interface SupplierMonitoring extends Readonly<
  SupplierPlacedUnderEnhancedMonitoring['data']
> {
  readonly endedAt: Instant | null;
  readonly endRationale: string | null;
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
      readonly monitoring: readonly SupplierMonitoring[];
    };
export type Registered = Extract<SupplierState, { status: 'registered' }>;

// ---------------------------------------------------------------- queries (for the application's outside facts)

/** When a debarment stops applying: its end, or its lifting if earlier. null = never. */
export function effectiveEnd(d: SupplierDebarment): Instant | null {
  if (d.liftedAt === null) return d.until;
  if (d.until === null) return d.liftedAt;
  return isBefore(d.liftedAt, d.until) ? d.liftedAt : d.until;
}

export function activeDebarmentAt(state: SupplierState, at: Instant): SupplierDebarment | null {
  if (state.status !== 'registered') return null;
  const t = toEpochMs(at);
  for (const d of state.debarments) {
    if (d.annulled) continue;
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

/** When a monitoring period stops: its scheduled end, or its early end. */
export function monitoringEnd(m: SupplierMonitoring): Instant {
  return m.endedAt !== null && isBefore(m.endedAt, m.until) ? m.endedAt : m.until;
}

export function isUnderEnhancedMonitoringAt(state: SupplierState, at: Instant): boolean {
  if (state.status !== 'registered') return false;
  const t = toEpochMs(at);
  return state.monitoring.some((m) => toEpochMs(m.from) <= t && t < toEpochMs(monitoringEnd(m)));
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

export function evolveSupplier(state: SupplierState, event: SupplierEvent): SupplierState {
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
            annulled: false,
            recorded: event.data,
            corrections: [],
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
      return {
        ...state,
        monitoring: [...state.monitoring, { ...event.data, endedAt: null, endRationale: null }],
      };
    case 'EnhancedMonitoringEnded': {
      const t = toEpochMs(event.data.endedAt);
      return {
        ...state,
        monitoring: state.monitoring.map((m) =>
          toEpochMs(m.from) <= t && t < toEpochMs(monitoringEnd(m))
            ? { ...m, endedAt: event.data.endedAt, endRationale: event.data.rationale }
            : m,
        ),
      };
    }
    case 'DebarmentCorrected': {
      const c = event.data;
      return {
        ...state,
        debarments: state.debarments.map((d) =>
          d.debarmentId === c.debarmentId
            ? {
                ...d,
                from: c.from,
                until: c.until,
                annulled: c.annulled,
                corrections: [...d.corrections, c],
              }
            : d,
        ),
      };
    }
  }
}

/**
 * A supplier event as the ledger recorded it: `recordedAt` is when the fact entered the ledger
 * (the store's record time), which the instants in `data` are not: those are decision and valid
 * times (when a debarment was decided, the period a correction sets), and a decision may be
 * entered later than it was taken.
 */
export type RecordedSupplierEvent = SupplierEvent & { readonly recordedAt: Instant };

/**
 * Bitemporal: the supplier as the register knew it at record time `knownAt`, from its stream's
 * events in order, those the ledger had recorded by `knownAt` (their recordedAt, not a time in
 * their data). Ask it the valid-time question after (activeDebarmentAt(state, T)): "was X debarred
 * at T, as known at knownAt".
 */
export function supplierAsKnownAt(
  events: readonly RecordedSupplierEvent[],
  knownAt: Instant,
): SupplierState {
  const limit = toEpochMs(knownAt);
  return events
    .filter((e) => toEpochMs(e.recordedAt) <= limit)
    .reduce<SupplierState>(evolveSupplier, { status: 'unregistered' } as SupplierState);
}
