import { deciderSpec } from '../testing';
import { DEFAULT_POLICY, makePolicy } from '../shared/policy';
import { fold } from '../shared/decider';
import {
  isDebarredAt,
  isUnderEnhancedMonitoringAt,
  ratingAt,
  ratingFromScores,
  supplierAsKnownAt,
  type RecordedSupplierEvent,
  supplierDecider,
  supplierStream,
  type SupplierCommand,
  type SupplierEvent,
} from './supplier';

const spec = deciderSpec(supplierDecider);
const supplierId = '0190a000-0000-7000-8000-000000000001';
const proposalId = '0190a000-0000-7000-8000-0000000000a1';
const debarmentId = '0190a000-0000-7000-8000-0000000000d1';
const otherDebarmentId = '0190a000-0000-7000-8000-0000000000d2';
const evidence = ['0190a000-0000-7000-8000-0000000000e1'];
/** What the log holds for the evidence ids: the event exists and concerns this supplier. */
const found = [{ eventId: evidence[0]!, supplierId }];
const otherSupplierId = '0190a000-0000-7000-8000-000000000002';
const unknownEvent = '0190a000-0000-7000-8000-0000000000e9';
const noticeId = '0190a000-0000-7000-8000-0000000000f1';
const T0 = '2026-01-10T09:00:00.000Z';
const T1 = '2026-02-01T09:00:00.000Z';
const T2 = '2026-03-01T09:00:00.000Z';

const registered: SupplierEvent = {
  type: 'SupplierRegistered',
  data: {
    supplierId,
    kind: 'social_organisation',
    name: 'Sunrise Elderly Care',
    registrationNumber: '53110000MJ0001',
    registeredAt: T0,
  },
};
const register = (
  over: Partial<Extract<SupplierCommand, { type: 'RegisterSupplier' }>['data']> = {},
): SupplierCommand => ({
  type: 'RegisterSupplier',
  data: {
    supplierId,
    kind: 'social_organisation',
    name: 'Sunrise Elderly Care',
    registrationNumber: '53110000MJ0001',
    at: T0,
    ...over,
  },
});
const assess = (
  over: Partial<Extract<SupplierCommand, { type: 'AssessQualification' }>['data']> = {},
): SupplierCommand => ({
  type: 'AssessQualification',
  data: {
    supplierId,
    governanceScore: 85,
    financeScore: 80,
    serviceQualityScore: 90,
    assessor: 'Civic Assessment Centre',
    validUntil: '2027-01-01T00:00:00.000Z',
    at: T1,
    ...over,
  },
});
const assessed: SupplierEvent = {
  type: 'QualificationAssessed',
  data: {
    supplierId,
    governanceScore: 85,
    financeScore: 80,
    serviceQualityScore: 90,
    totalScore: 85,
    rating: '4A',
    assessor: 'Civic Assessment Centre',
    assessedAt: T1,
    validUntil: '2027-01-01T00:00:00.000Z',
  },
};
const debar = (
  over: Partial<Extract<SupplierCommand, { type: 'DebarSupplier' }>['data']> = {},
): SupplierCommand => ({
  type: 'DebarSupplier',
  data: {
    supplierId,
    debarmentId,
    grounds: 'Falsified delivery reports',
    authority: 'Municipal Finance Bureau',
    until: '2027-02-01T09:00:00.000Z',
    evidenceEventIds: evidence,
    evidence: found,
    at: T1,
    policy: DEFAULT_POLICY,
    ...over,
  },
});
const debarred: SupplierEvent = {
  type: 'SupplierDebarred',
  data: {
    supplierId,
    debarmentId,
    proposalId: null,
    grounds: 'Falsified delivery reports',
    authority: 'Municipal Finance Bureau',
    from: T1,
    until: '2027-02-01T09:00:00.000Z',
    defaultLengthApplied: false,
    evidenceEventIds: evidence,
    debarredAt: T1,
  },
};

describe('supplier stream', () => {
  it('names the stream supplier-<id>', () =>
    expect(supplierStream(supplierId)).toBe(`supplier-${supplierId}`));
});

describe('RegisterSupplier', () => {
  it('registers a supplier with kind, name and registration number', () =>
    void spec.given([]).when(register()).then([registered]));
  it('repeating the same registration records nothing (idempotent)', () =>
    void spec.given([registered]).when(register()).thenNothingHappened());
  it('refuses a second registration with other details: SUPPLIER_ALREADY_REGISTERED', () =>
    void spec
      .given([registered])
      .when(register({ name: 'Other' }))
      .thenThrows('SUPPLIER_ALREADY_REGISTERED'));
  it('refuses an unknown kind: SUPPLIER_KIND_INVALID', () =>
    void spec
      .given([])
      .when(register({ kind: 'charity' as never }))
      .thenThrows('SUPPLIER_KIND_INVALID'));
  it('refuses a blank name: SUPPLIER_NAME_REQUIRED', () =>
    void spec
      .given([])
      .when(register({ name: ' ' }))
      .thenThrows('SUPPLIER_NAME_REQUIRED'));
  it('refuses a missing registration number: SUPPLIER_REGISTRATION_NUMBER_REQUIRED', () =>
    void spec
      .given([])
      .when(register({ registrationNumber: '' }))
      .thenThrows('SUPPLIER_REGISTRATION_NUMBER_REQUIRED'));
  it('refuses a supplier id that is not a UUID: ID_INVALID', () =>
    void spec
      .given([])
      .when(register({ supplierId: 'abc' }))
      .thenThrows('ID_INVALID'));
  it('refuses an acting instant that is not ISO-8601 UTC: INSTANT_INVALID', () =>
    void spec
      .given([])
      .when(register({ at: '2026-01-10 09:00' }))
      .thenThrows('INSTANT_INVALID'));
});

describe('AssessQualification', () => {
  it('rates a supplier from governance, finance and service-quality scores, valid until a date', () =>
    void spec.given([registered]).when(assess()).then([assessed]));
  it('repeating the same assessment records nothing (idempotent)', () =>
    void spec.given([registered, assessed]).when(assess()).thenNothingHappened());
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec.given([]).when(assess()).thenThrows('SUPPLIER_NOT_REGISTERED'));
  it('refuses a score outside 0..100 or fractional: QUALIFICATION_SCORE_INVALID', () => {
    spec
      .given([registered])
      .when(assess({ financeScore: 101 }))
      .thenThrows('QUALIFICATION_SCORE_INVALID');
    spec
      .given([registered])
      .when(assess({ governanceScore: 80.5 }))
      .thenThrows('QUALIFICATION_SCORE_INVALID');
  });
  it('refuses a validity that ends before the assessment: QUALIFICATION_VALIDITY_INVALID', () =>
    void spec
      .given([registered])
      .when(assess({ validUntil: T0 }))
      .thenThrows('QUALIFICATION_VALIDITY_INVALID'));
  it('refuses an assessment without an assessor: QUALIFICATION_ASSESSOR_REQUIRED', () =>
    void spec
      .given([registered])
      .when(assess({ assessor: '' }))
      .thenThrows('QUALIFICATION_ASSESSOR_REQUIRED'));
});

describe('qualification formula', () => {
  it.each([
    [100, 100, 100, 100, '5A'],
    [90, 90, 90, 90, '5A'],
    [80, 80, 80, 80, '4A'],
    [70, 70, 70, 70, '3A'],
    [60, 60, 60, 60, '2A'],
    [59, 59, 59, 59, '1A'],
    [0, 0, 0, 0, '1A'],
  ])(
    'weights governance 30, finance 30, service quality 40 and bands the total (%i/%i/%i -> %i, %s)',
    (g, f, s, total, rating) =>
      expect(ratingFromScores(g, f, s)).toEqual({ totalScore: total, rating }),
  );
  it('caps the rating at 2A when any dimension is below 60', () =>
    expect(ratingFromScores(59, 100, 100)).toEqual({ totalScore: 87, rating: '2A' }));
  it('rounds the total down', () => expect(ratingFromScores(89, 90, 90).totalScore).toBe(89));
});

describe('ratingAt', () => {
  const state = fold(supplierDecider, [registered, assessed]);
  it('is null before the first assessment', () => expect(ratingAt(state, T0)).toBeNull());
  it('is the latest rating while it is valid', () => expect(ratingAt(state, T2)).toBe('4A'));
  it('is null once the assessment expired', () =>
    expect(ratingAt(state, '2027-01-01T00:00:00.000Z')).toBeNull());
  it('a newer assessment supersedes the older one', () => {
    const lower = {
      type: 'QualificationAssessed',
      data: { ...assessed.data, rating: '2A', assessedAt: T2 },
    } as SupplierEvent;
    const s = fold(supplierDecider, [registered, assessed, lower]);
    expect([ratingAt(s, T1), ratingAt(s, T2)]).toEqual(['4A', '2A']);
  });
});

describe('ProposeDebarment', () => {
  const propose = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'ProposeDebarment',
      data: {
        supplierId,
        proposalId,
        grounds: 'Three rejected milestones',
        evidenceEventIds: evidence,
        evidence: found,
        at: T1,
        ...over,
      },
    }) as SupplierCommand;
  const proposed: SupplierEvent = {
    type: 'DebarmentProposed',
    data: {
      supplierId,
      proposalId,
      grounds: 'Three rejected milestones',
      evidenceEventIds: evidence,
      proposedAt: T1,
    },
  };
  it('records a debarment proposal with grounds and evidence', () =>
    void spec.given([registered]).when(propose()).then([proposed]));
  it('repeating the same proposal records nothing (idempotent)', () =>
    void spec
      .given([registered, proposed])
      .when(propose({ at: T2 }))
      .thenNothingHappened());
  it('refuses reusing a proposal id for other grounds: DEBARMENT_PROPOSAL_ID_CONFLICT', () =>
    void spec
      .given([registered, proposed])
      .when(propose({ grounds: 'Other' }))
      .thenThrows('DEBARMENT_PROPOSAL_ID_CONFLICT'));
  it('refuses a proposal without grounds: DEBARMENT_GROUNDS_REQUIRED', () =>
    void spec
      .given([registered])
      .when(propose({ grounds: '' }))
      .thenThrows('DEBARMENT_GROUNDS_REQUIRED'));
  it('refuses a proposal without evidence: DEBARMENT_EVIDENCE_REQUIRED', () =>
    void spec
      .given([registered])
      .when(propose({ evidenceEventIds: [] }))
      .thenThrows('DEBARMENT_EVIDENCE_REQUIRED'));
  it('refuses evidence naming no event of the log: DEBARMENT_EVIDENCE_UNKNOWN', () =>
    void spec
      .given([registered])
      .when(propose({ evidenceEventIds: [unknownEvent] }))
      .thenThrows('DEBARMENT_EVIDENCE_UNKNOWN'));
  it('refuses evidence about another supplier: DEBARMENT_EVIDENCE_OTHER_SUPPLIER', () =>
    void spec
      .given([registered])
      .when(propose({ evidence: [{ eventId: evidence[0], supplierId: otherSupplierId }] }))
      .thenThrows('DEBARMENT_EVIDENCE_OTHER_SUPPLIER'));
  it('evidence without facts from the log counts as not found: DEBARMENT_EVIDENCE_UNKNOWN', () =>
    void spec
      .given([registered])
      .when(propose({ evidence: undefined }))
      .thenThrows('DEBARMENT_EVIDENCE_UNKNOWN'));
  it('refuses proposing to debar a debarred supplier: SUPPLIER_ALREADY_DEBARRED', () =>
    void spec
      .given([registered, debarred])
      .when(propose({ at: T2 }))
      .thenThrows('SUPPLIER_ALREADY_DEBARRED'));
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec.given([]).when(propose()).thenThrows('SUPPLIER_NOT_REGISTERED'));
});

describe('DebarSupplier', () => {
  it('debars a supplier with grounds, authority, period and evidence', () =>
    void spec.given([registered]).when(debar()).then([debarred]));
  it('without an end date, debars for policy.defaultDebarmentDays', () =>
    spec
      .given([registered])
      .when(debar({ until: undefined, policy: makePolicy({ defaultDebarmentDays: 10 }) }))
      .then([
        {
          type: 'SupplierDebarred',
          data: { ...debarred.data, until: '2026-02-11T09:00:00.000Z', defaultLengthApplied: true },
        },
      ]));
  it('in a sandbox (a policy day of one minute), the default length is 10 minutes for 10 days', () =>
    spec
      .given([registered])
      .when(
        debar({
          until: undefined,
          policy: makePolicy({ defaultDebarmentDays: 10, dayMs: 60_000 }),
        }),
      )
      .then([
        {
          type: 'SupplierDebarred',
          data: { ...debarred.data, until: '2026-02-01T09:10:00.000Z', defaultLengthApplied: true },
        },
      ]));
  it('debars indefinitely when asked to', () =>
    spec
      .given([registered])
      .when(debar({ until: undefined, indefinite: true }))
      .then([{ type: 'SupplierDebarred', data: { ...debarred.data, until: null } }]));
  it('may start in the future', () =>
    spec
      .given([registered])
      .when(debar({ from: T2 }))
      .then([{ type: 'SupplierDebarred', data: { ...debarred.data, from: T2 } }]));
  it('links the proposal it decides', () =>
    spec
      .given([
        registered,
        {
          type: 'DebarmentProposed',
          data: {
            supplierId,
            proposalId,
            grounds: 'g',
            evidenceEventIds: evidence,
            proposedAt: T0,
          },
        },
      ])
      .when(debar({ proposalId }))
      .then([{ type: 'SupplierDebarred', data: { ...debarred.data, proposalId } }]));
  it('refuses an unknown proposal: DEBARMENT_PROPOSAL_NOT_FOUND', () =>
    void spec
      .given([registered])
      .when(debar({ proposalId }))
      .thenThrows('DEBARMENT_PROPOSAL_NOT_FOUND'));
  it('repeating the same debarment records nothing (idempotent)', () =>
    void spec
      .given([registered, debarred])
      .when(debar({ at: T1 }))
      .thenNothingHappened());
  it('refuses reusing a debarment id for another debarment: DEBARMENT_ID_CONFLICT', () =>
    void spec
      .given([registered, debarred])
      .when(debar({ grounds: 'Other' }))
      .thenThrows('DEBARMENT_ID_CONFLICT'));
  it('refuses a debarment overlapping one in force: SUPPLIER_ALREADY_DEBARRED', () =>
    void spec
      .given([registered, debarred])
      .when(debar({ debarmentId: otherDebarmentId, at: T2 }))
      .thenThrows('SUPPLIER_ALREADY_DEBARRED'));
  it('allows a new debarment after the earlier one was lifted', () =>
    spec
      .given([
        registered,
        debarred,
        {
          type: 'DebarmentLifted',
          data: { supplierId, debarmentId, reason: 'Appeal upheld', liftedAt: T1 },
        },
      ])
      .when(debar({ debarmentId: otherDebarmentId, at: T2 }))
      .then([
        {
          type: 'SupplierDebarred',
          data: { ...debarred.data, debarmentId: otherDebarmentId, from: T2, debarredAt: T2 },
        },
      ]));
  it('refuses missing grounds: DEBARMENT_GROUNDS_REQUIRED', () =>
    void spec
      .given([registered])
      .when(debar({ grounds: '' }))
      .thenThrows('DEBARMENT_GROUNDS_REQUIRED'));
  it('refuses a missing authority: DEBARMENT_AUTHORITY_REQUIRED', () =>
    void spec
      .given([registered])
      .when(debar({ authority: '' }))
      .thenThrows('DEBARMENT_AUTHORITY_REQUIRED'));
  it('refuses a debarment without evidence event ids: DEBARMENT_EVIDENCE_REQUIRED', () =>
    void spec
      .given([registered])
      .when(debar({ evidenceEventIds: [] }))
      .thenThrows('DEBARMENT_EVIDENCE_REQUIRED'));
  it('refuses evidence naming no event of the log, such as a random UUID: DEBARMENT_EVIDENCE_UNKNOWN', () =>
    void spec
      .given([registered])
      .when(debar({ evidenceEventIds: [...evidence, unknownEvent] }))
      .thenThrows('DEBARMENT_EVIDENCE_UNKNOWN'));
  it('refuses evidence about another supplier or about no supplier: DEBARMENT_EVIDENCE_OTHER_SUPPLIER', () => {
    spec
      .given([registered])
      .when(debar({ evidence: [{ eventId: evidence[0]!, supplierId: otherSupplierId }] }))
      .thenThrows('DEBARMENT_EVIDENCE_OTHER_SUPPLIER');
    spec
      .given([registered])
      .when(debar({ evidence: [{ eventId: evidence[0]!, supplierId: null }] }))
      .thenThrows('DEBARMENT_EVIDENCE_OTHER_SUPPLIER');
  });
  it('refuses an end beyond policy.planningHorizonDays, such as the year 9999: INSTANT_BEYOND_HORIZON', () =>
    void spec
      .given([registered])
      .when(debar({ until: '9999-01-01T00:00:00.000Z' }))
      .thenThrows('INSTANT_BEYOND_HORIZON'));
  it('refuses an end before the start, or both an end and indefinite: DEBARMENT_PERIOD_INVALID', () => {
    spec
      .given([registered])
      .when(debar({ until: T0 }))
      .thenThrows('DEBARMENT_PERIOD_INVALID');
    spec
      .given([registered])
      .when(debar({ indefinite: true }))
      .thenThrows('DEBARMENT_PERIOD_INVALID');
  });
  it('refuses a start before the decision: DEBARMENT_BACKDATED', () =>
    void spec
      .given([registered])
      .when(debar({ from: T0 }))
      .thenThrows('DEBARMENT_BACKDATED'));
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec.given([]).when(debar()).thenThrows('SUPPLIER_NOT_REGISTERED'));
});

describe('isDebarredAt', () => {
  const lifted: SupplierEvent = {
    type: 'DebarmentLifted',
    data: { supplierId, debarmentId, reason: 'Appeal upheld', liftedAt: T2 },
  };
  it('is false before, true from the start, false from the end of a debarment', () => {
    const s = fold(supplierDecider, [registered, debarred]);
    expect([
      isDebarredAt(s, T0),
      isDebarredAt(s, T1),
      isDebarredAt(s, T2),
      isDebarredAt(s, '2027-02-01T09:00:00.000Z'),
    ]).toEqual([false, true, true, false]);
  });
  it('is false from the moment a debarment is lifted, and stays true for the time before', () => {
    const s = fold(supplierDecider, [registered, debarred, lifted]);
    expect([isDebarredAt(s, '2026-02-15T00:00:00.000Z'), isDebarredAt(s, T2)]).toEqual([
      true,
      false,
    ]);
  });
  it('an indefinite debarment never ends by itself', () => {
    const s = fold(supplierDecider, [
      registered,
      { type: 'SupplierDebarred', data: { ...debarred.data, until: null } },
    ]);
    expect(isDebarredAt(s, '2099-01-01T00:00:00.000Z')).toBe(true);
  });
  it('an unregistered supplier is not debarred', () =>
    expect(isDebarredAt(supplierDecider.initialState(), T1)).toBe(false));
});

describe('LiftDebarment', () => {
  const lift = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'LiftDebarment',
      data: { supplierId, debarmentId, reason: 'Appeal upheld', at: T2, ...over },
    }) as SupplierCommand;
  const lifted: SupplierEvent = {
    type: 'DebarmentLifted',
    data: { supplierId, debarmentId, reason: 'Appeal upheld', liftedAt: T2 },
  };
  it('lifts a debarment with a reason', () =>
    void spec.given([registered, debarred]).when(lift()).then([lifted]));
  it('lifting again records nothing (idempotent)', () =>
    void spec.given([registered, debarred, lifted]).when(lift()).thenNothingHappened());
  it('refuses an unknown debarment: DEBARMENT_NOT_FOUND', () =>
    void spec.given([registered]).when(lift()).thenThrows('DEBARMENT_NOT_FOUND'));
  it('refuses a lift without a reason: DEBARMENT_LIFT_REASON_REQUIRED', () =>
    void spec
      .given([registered, debarred])
      .when(lift({ reason: '' }))
      .thenThrows('DEBARMENT_LIFT_REASON_REQUIRED'));
  it('refuses lifting a debarment that already ended: DEBARMENT_ALREADY_ENDED', () =>
    void spec
      .given([registered, debarred])
      .when(lift({ at: '2027-03-01T00:00:00.000Z' }))
      .thenThrows('DEBARMENT_ALREADY_ENDED'));
});

describe('PublishPerformanceNotice', () => {
  const publish = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'PublishPerformanceNotice',
      data: {
        supplierId,
        noticeId,
        kind: 'criticism',
        summary: 'Two late milestones',
        relatedEventIds: evidence,
        at: T1,
        ...over,
      },
    }) as SupplierCommand;
  const published: SupplierEvent = {
    type: 'PerformanceNoticePublished',
    data: {
      supplierId,
      noticeId,
      kind: 'criticism',
      summary: 'Two late milestones',
      relatedEventIds: evidence,
      publishedAt: T1,
    },
  };
  it('publishes a notice of poor (or good) performance', () =>
    void spec.given([registered]).when(publish()).then([published]));
  it('related events are optional', () =>
    void spec
      .given([registered])
      .when(publish({ kind: 'commendation', relatedEventIds: undefined }))
      .then([
        {
          type: 'PerformanceNoticePublished',
          data: { ...published.data, kind: 'commendation', relatedEventIds: [] },
        },
      ]));
  it('publishing the same notice again records nothing (idempotent)', () =>
    void spec
      .given([registered, published])
      .when(publish({ at: T2 }))
      .thenNothingHappened());
  it('refuses reusing a notice id: NOTICE_ID_CONFLICT', () =>
    void spec
      .given([registered, published])
      .when(publish({ summary: 'x' }))
      .thenThrows('NOTICE_ID_CONFLICT'));
  it('refuses an unknown kind: NOTICE_KIND_INVALID', () =>
    void spec
      .given([registered])
      .when(publish({ kind: 'praise' }))
      .thenThrows('NOTICE_KIND_INVALID'));
  it('refuses a notice without summary: NOTICE_SUMMARY_REQUIRED', () =>
    void spec
      .given([registered])
      .when(publish({ summary: '' }))
      .thenThrows('NOTICE_SUMMARY_REQUIRED'));
  it('refuses related event ids that are not a list: NOTICE_RELATED_EVENTS_INVALID', () =>
    void spec
      .given([registered])
      .when(publish({ relatedEventIds: 'x' }))
      .thenThrows('NOTICE_RELATED_EVENTS_INVALID'));
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec.given([]).when(publish()).thenThrows('SUPPLIER_NOT_REGISTERED'));
});

describe('PlaceUnderEnhancedMonitoring', () => {
  const place = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'PlaceUnderEnhancedMonitoring',
      data: {
        supplierId,
        reason: 'Late deliveries',
        until: '2027-01-01T00:00:00.000Z',
        at: T1,
        ...over,
      },
    }) as SupplierCommand;
  const placed: SupplierEvent = {
    type: 'SupplierPlacedUnderEnhancedMonitoring',
    data: {
      supplierId,
      reason: 'Late deliveries',
      from: T1,
      until: '2027-01-01T00:00:00.000Z',
      placedAt: T1,
    },
  };
  it('places a supplier under enhanced monitoring until a date', () =>
    void spec.given([registered]).when(place()).then([placed]));
  it('repeating while already monitored as long records nothing (idempotent)', () =>
    void spec
      .given([registered, placed])
      .when(place({ at: T2 }))
      .thenNothingHappened());
  it('a longer period is recorded', () =>
    void spec
      .given([registered, placed])
      .when(place({ at: T2, until: '2027-06-01T00:00:00.000Z' }))
      .then([
        {
          type: 'SupplierPlacedUnderEnhancedMonitoring',
          data: { ...placed.data, from: T2, until: '2027-06-01T00:00:00.000Z', placedAt: T2 },
        },
      ]));
  it('refuses a missing reason: MONITORING_REASON_REQUIRED', () =>
    void spec
      .given([registered])
      .when(place({ reason: '' }))
      .thenThrows('MONITORING_REASON_REQUIRED'));
  it('refuses an end in the past: MONITORING_PERIOD_INVALID', () =>
    void spec
      .given([registered])
      .when(place({ until: T0 }))
      .thenThrows('MONITORING_PERIOD_INVALID'));
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec.given([]).when(place()).thenThrows('SUPPLIER_NOT_REGISTERED'));
  it('isUnderEnhancedMonitoringAt covers from..until', () => {
    const s = fold(supplierDecider, [registered, placed]);
    expect([
      isUnderEnhancedMonitoringAt(s, T0),
      isUnderEnhancedMonitoringAt(s, T2),
      isUnderEnhancedMonitoringAt(s, '2027-01-01T00:00:00.000Z'),
    ]).toEqual([false, true, false]);
  });
});

describe('CorrectDebarment', () => {
  const T_FIX = '2026-04-01T09:00:00.000Z';
  const correct = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'CorrectDebarment',
      data: {
        supplierId,
        debarmentId,
        until: '2026-08-01T09:00:00.000Z',
        reason: 'The decision says six months, not a year',
        at: T_FIX,
        policy: DEFAULT_POLICY,
        ...over,
      },
    }) as SupplierCommand;
  const corrected = (over: Record<string, unknown> = {}): SupplierEvent =>
    ({
      type: 'DebarmentCorrected',
      data: {
        supplierId,
        debarmentId,
        annulled: false,
        from: T1,
        until: '2026-08-01T09:00:00.000Z',
        previousFrom: T1,
        previousUntil: '2027-02-01T09:00:00.000Z',
        reason: 'The decision says six months, not a year',
        correctedAt: T_FIX,
        ...over,
      },
    }) as SupplierEvent;
  const annulled = corrected({
    annulled: true,
    until: '2027-02-01T09:00:00.000Z',
    reason: 'Entered against the wrong supplier',
  });

  it('corrects the period of a debarment, keeping the one recorded before (valid time and record time)', () =>
    void spec.given([registered, debarred]).when(correct()).then([corrected()]));
  it('annuls a debarment entered in error', () =>
    void spec
      .given([registered, debarred])
      .when(
        correct({ until: undefined, annul: true, reason: 'Entered against the wrong supplier' }),
      )
      .then([annulled]));
  it('an annulled debarment never applied, as known since the correction', () => {
    const before = fold(supplierDecider, [registered, debarred]);
    const after = fold(supplierDecider, [registered, debarred, annulled]);
    expect([isDebarredAt(before, T2), isDebarredAt(after, T2)]).toEqual([true, false]);
  });
  it('a corrected period applies from the correction on; what was known before stays in the log', () => {
    const known = fold(supplierDecider, [registered, debarred]);
    const now = fold(supplierDecider, [registered, debarred, corrected()]);
    const instant = '2026-10-01T09:00:00.000Z';
    expect([isDebarredAt(known, instant), isDebarredAt(now, instant)]).toEqual([true, false]);
  });
  // Record time is when the ledger recorded an event (the store's recordedAt), not the decision
  // time in its data: a decision entered days after it was taken was not known before its entry.
  const entered = (event: SupplierEvent, recordedAt: string): RecordedSupplierEvent => ({
    ...event,
    recordedAt,
  });
  it('supplierAsKnownAt answers as the register stood at a record time: before the correction, debarred; after, not', () => {
    const log = [entered(registered, T0), entered(debarred, T1), entered(annulled, T_FIX)];
    expect([
      isDebarredAt(supplierAsKnownAt(log, '2026-03-31T09:00:00.000Z'), T2),
      isDebarredAt(supplierAsKnownAt(log, T_FIX), T2),
    ]).toEqual([true, false]);
  });
  it('a correction recorded later than its decision time is known from its recording, not from its correctedAt', () => {
    const T_ENTERED = '2026-04-20T09:00:00.000Z';
    const log = [entered(registered, T0), entered(debarred, T1), entered(annulled, T_ENTERED)];
    expect([
      // After the correction was decided (T_FIX) but before the ledger recorded it: still debarred.
      isDebarredAt(supplierAsKnownAt(log, '2026-04-10T09:00:00.000Z'), T2),
      isDebarredAt(supplierAsKnownAt(log, T_ENTERED), T2),
    ]).toEqual([true, false]);
  });
  it('a debarment recorded later than it was decided is not known before its recording', () => {
    const T_ENTERED = '2026-02-15T09:00:00.000Z';
    const log = [entered(registered, T0), entered(debarred, T_ENTERED)];
    expect([
      isDebarredAt(supplierAsKnownAt(log, '2026-02-10T09:00:00.000Z'), T2),
      isDebarredAt(supplierAsKnownAt(log, T_ENTERED), T2),
    ]).toEqual([false, true]);
  });
  it('may make a debarment indefinite', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ until: undefined, indefinite: true }))
      .then([corrected({ until: null })]));
  it('the same correction again records nothing (idempotent)', () =>
    void spec.given([registered, debarred, corrected()]).when(correct()).thenNothingHappened());
  it('annulling again records nothing (idempotent)', () =>
    void spec
      .given([registered, debarred, annulled])
      .when(correct({ until: undefined, annul: true, reason: 'again' }))
      .thenNothingHappened());
  it('refuses a correction without a reason: DEBARMENT_CORRECTION_REASON_REQUIRED', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ reason: ' ' }))
      .thenThrows('DEBARMENT_CORRECTION_REASON_REQUIRED'));
  it('refuses an unknown debarment: DEBARMENT_NOT_FOUND', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ debarmentId: otherDebarmentId }))
      .thenThrows('DEBARMENT_NOT_FOUND'));
  it('refuses a correction naming no period: DEBARMENT_CORRECTION_INVALID', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ until: undefined }))
      .thenThrows('DEBARMENT_CORRECTION_INVALID'));
  it('refuses an annulment naming a period: DEBARMENT_CORRECTION_INVALID', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ annul: true }))
      .thenThrows('DEBARMENT_CORRECTION_INVALID'));
  it('refuses to correct an annulled debarment: DEBARMENT_ANNULLED', () =>
    void spec
      .given([registered, debarred, annulled])
      .when(correct())
      .thenThrows('DEBARMENT_ANNULLED'));
  it('refuses an end before the start: DEBARMENT_PERIOD_INVALID', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ until: T0 }))
      .thenThrows('DEBARMENT_PERIOD_INVALID'));
  it('refuses both an end and indefinite: DEBARMENT_PERIOD_INVALID', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ indefinite: true }))
      .thenThrows('DEBARMENT_PERIOD_INVALID'));
  it('refuses a start before the debarment was decided: DEBARMENT_BACKDATED', () =>
    void spec
      .given([registered, debarred])
      .when(correct({ from: T0 }))
      .thenThrows('DEBARMENT_BACKDATED'));
  it('refuses a period overlapping another debarment: SUPPLIER_ALREADY_DEBARRED', () =>
    void spec
      .given([
        registered,
        debarred,
        {
          type: 'SupplierDebarred',
          data: {
            ...debarred.data,
            debarmentId: otherDebarmentId,
            from: '2027-03-01T09:00:00.000Z',
            until: '2027-06-01T09:00:00.000Z',
            debarredAt: T2,
          },
        },
      ])
      .when(correct({ until: '2027-04-01T09:00:00.000Z' }))
      .thenThrows('SUPPLIER_ALREADY_DEBARRED'));
});

describe('EndEnhancedMonitoring', () => {
  const placed: SupplierEvent = {
    type: 'SupplierPlacedUnderEnhancedMonitoring',
    data: {
      supplierId,
      reason: 'Late deliveries',
      from: T1,
      until: '2027-01-01T00:00:00.000Z',
      placedAt: T1,
    },
  };
  const end = (over: Record<string, unknown> = {}): SupplierCommand =>
    ({
      type: 'EndEnhancedMonitoring',
      data: { supplierId, rationale: 'Six months of on-time deliveries', at: T2, ...over },
    }) as SupplierCommand;
  const ended: SupplierEvent = {
    type: 'EnhancedMonitoringEnded',
    data: {
      supplierId,
      rationale: 'Six months of on-time deliveries',
      scheduledUntil: '2027-01-01T00:00:00.000Z',
      endedAt: T2,
    },
  };
  it('ends enhanced monitoring early with a rationale', () =>
    void spec.given([registered, placed]).when(end()).then([ended]));
  it('after the early end the supplier is no longer monitored', () => {
    const s = fold(supplierDecider, [registered, placed, ended]);
    expect([
      isUnderEnhancedMonitoringAt(s, '2026-02-15T00:00:00.000Z'),
      isUnderEnhancedMonitoringAt(s, '2026-06-01T00:00:00.000Z'),
    ]).toEqual([true, false]);
  });
  it('refuses when the supplier is not monitored now: MONITORING_NOT_ACTIVE', () =>
    void spec.given([registered]).when(end()).thenThrows('MONITORING_NOT_ACTIVE'));
  it('refuses once monitoring has ended: MONITORING_NOT_ACTIVE', () =>
    void spec
      .given([registered, placed, ended])
      .when(end({ at: '2026-03-02T09:00:00.000Z' }))
      .thenThrows('MONITORING_NOT_ACTIVE'));
  it('refuses a missing rationale: MONITORING_RATIONALE_REQUIRED', () =>
    void spec
      .given([registered, placed])
      .when(end({ rationale: '' }))
      .thenThrows('MONITORING_RATIONALE_REQUIRED'));
  it('placing again after an early end records a new period', () =>
    void spec
      .given([registered, placed, ended])
      .when({
        type: 'PlaceUnderEnhancedMonitoring',
        data: {
          supplierId,
          reason: 'Late again',
          until: '2027-01-01T00:00:00.000Z',
          at: '2026-05-01T09:00:00.000Z',
        },
      })
      .then([
        {
          type: 'SupplierPlacedUnderEnhancedMonitoring',
          data: {
            supplierId,
            reason: 'Late again',
            from: '2026-05-01T09:00:00.000Z',
            until: '2027-01-01T00:00:00.000Z',
            placedAt: '2026-05-01T09:00:00.000Z',
          },
        },
      ]));
});

describe('evolve', () => {
  it('never throws for an event on an unregistered supplier', () =>
    expect(fold(supplierDecider, [assessed, debarred])).toEqual({ status: 'unregistered' }));
});
