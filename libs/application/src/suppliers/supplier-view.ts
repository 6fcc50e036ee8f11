import {
  isDebarredAt,
  isUnderEnhancedMonitoringAt,
  ratingAt,
  type Instant,
  type SupplierState,
} from '@contract-ledger/domain';

type Registered = Extract<SupplierState, { status: 'registered' }>;

/** A registered supplier as GET /suppliers/{id} shows it, its standing evaluated at `at`. */
export function supplierView(state: Registered, at: Instant) {
  const r = state.registration;
  return {
    supplierId: r.supplierId,
    kind: r.kind,
    name: r.name,
    registrationNumber: r.registrationNumber,
    registeredAt: r.registeredAt,
    rating: ratingAt(state, at),
    debarred: isDebarredAt(state, at),
    underEnhancedMonitoring: isUnderEnhancedMonitoringAt(state, at),
    assessments: state.assessments,
    debarmentProposals: state.proposals,
    // As recorded, with the current truth: the corrected period, annulment and the corrections made.
    debarments: state.debarments.map((d) => ({
      ...d.recorded,
      from: d.from,
      until: d.until,
      liftedAt: d.liftedAt,
      annulled: d.annulled,
      corrections: d.corrections,
    })),
    notices: state.notices,
    monitoring: state.monitoring,
  };
}

export type SupplierView = ReturnType<typeof supplierView>;
