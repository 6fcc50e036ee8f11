import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, isBefore, type Instant } from '../shared/instant';
import { addPolicyDays, assertWithinHorizon } from '../shared/policy';
import { requireText, sameContent } from '../shared/text';
import { eventIds, registered } from './decide-checks';
import {
  type EvidenceFact,
  type SupplierEvent,
  type ProposeDebarment,
  type DebarSupplier,
  type LiftDebarment,
  type CorrectDebarment,
} from './events';
import { effectiveEnd, isDebarredAt, type SupplierState } from './evolve';

// Debarment (清退出采购市场): proposed on recorded evidence, decided by a supervisor, lifted.

/**
 * Evidence must be real, since a debarment shuts a supplier out of the market and must rest on
 * facts the ledger recorded (docs/rules.md "Supplier"): every id names an event
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

export function proposeDebarment(
  c: ProposeDebarment['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const proposalId = assertId(c.proposalId, 'proposalId');
  const grounds = requireText(c.grounds, 'DEBARMENT_GROUNDS_REQUIRED', 'grounds');
  const evidenceEventIds = eventIds(
    c.evidenceEventIds,
    'DEBARMENT_EVIDENCE_REQUIRED',
    'evidenceEventIds',
    true,
  );
  checkEvidence(evidenceEventIds, c.evidence, supplierId);
  const existing = s.proposals.find((p) => p.proposalId === proposalId);
  if (existing) {
    if (existing.grounds === grounds && sameContent(existing.evidenceEventIds, evidenceEventIds))
      return [];
    refuse('DEBARMENT_PROPOSAL_ID_CONFLICT', 'This proposal id was used for another proposal');
  }
  if (isDebarredAt(s, at)) refuse('SUPPLIER_ALREADY_DEBARRED', 'The supplier is debarred already');
  return [
    {
      type: 'DebarmentProposed',
      data: { supplierId, proposalId, grounds, evidenceEventIds, proposedAt: at },
    },
  ];
}

export function debarSupplier(
  d: DebarSupplier['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
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
    refuse('DEBARMENT_PERIOD_INVALID', 'A debarment is either indefinite or has an end, not both');
  }
  const defaultLengthApplied = !d.indefinite && d.until == null;
  const until = d.indefinite
    ? null
    : d.until == null
      ? addPolicyDays(from, d.policy.defaultDebarmentDays, d.policy)
      : assertInstant(d.until, 'until');
  if (until !== null && !isBefore(from, until))
    refuse('DEBARMENT_PERIOD_INVALID', 'until must be after from');
  assertWithinHorizon(from, at, d.policy, 'from');
  if (until !== null && !defaultLengthApplied) assertWithinHorizon(until, at, d.policy, 'until');

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
    refuse('SUPPLIER_ALREADY_DEBARRED', 'The supplier is already debarred for part of this period');
  }
  return [{ type: 'SupplierDebarred', data }];
}

export function liftDebarment(
  c: LiftDebarment['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const debarmentId = assertId(c.debarmentId, 'debarmentId');
  const reason = requireText(c.reason, 'DEBARMENT_LIFT_REASON_REQUIRED', 'reason');
  const debarment = s.debarments.find((x) => x.debarmentId === debarmentId);
  if (!debarment) refuse('DEBARMENT_NOT_FOUND', 'No such debarment for this supplier');
  if (debarment.liftedAt !== null) return [];
  if (debarment.until !== null && !isBefore(at, debarment.until)) {
    refuse('DEBARMENT_ALREADY_ENDED', 'The debarment has run its course; nothing to lift');
  }
  return [{ type: 'DebarmentLifted', data: { supplierId, debarmentId, reason, liftedAt: at } }];
}

/**
 * A supervisor corrects a debarment entered wrongly: its period, or annuls it as entered in error.
 * History is not rewritten: the SupplierDebarred stays as recorded, the correction is a new fact
 * with its own record time. Decisions taken meanwhile (bids refused, awards) stood on what was known.
 */
export function correctDebarment(
  c: CorrectDebarment['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const debarmentId = assertId(c.debarmentId, 'debarmentId');
  const reason = requireText(c.reason, 'DEBARMENT_CORRECTION_REASON_REQUIRED', 'reason');
  const debarment = s.debarments.find((x) => x.debarmentId === debarmentId);
  if (!debarment) refuse('DEBARMENT_NOT_FOUND', 'No such debarment for this supplier');
  const annul = c.annul === true;
  if (annul && (c.from !== undefined || c.until !== undefined || c.indefinite === true)) {
    refuse('DEBARMENT_CORRECTION_INVALID', 'An annulment names no period');
  }
  if (debarment.annulled) {
    if (annul) return [];
    refuse('DEBARMENT_ANNULLED', 'The debarment was annulled; debar the supplier anew instead');
  }
  const previous = { previousFrom: debarment.from, previousUntil: debarment.until };
  if (annul) {
    return [
      {
        type: 'DebarmentCorrected',
        data: {
          supplierId,
          debarmentId,
          annulled: true,
          from: debarment.from,
          until: debarment.until,
          ...previous,
          reason,
          correctedAt: at,
        },
      },
    ];
  }
  if (c.from === undefined && c.until === undefined && c.indefinite !== true) {
    refuse('DEBARMENT_CORRECTION_INVALID', 'A correction names the corrected period or annuls');
  }
  if (c.indefinite === true && c.until != null) {
    refuse('DEBARMENT_PERIOD_INVALID', 'A debarment is either indefinite or has an end, not both');
  }
  const from = c.from === undefined ? debarment.from : assertInstant(c.from, 'from');
  const until =
    c.indefinite === true
      ? null
      : c.until === undefined
        ? debarment.until
        : c.until === null
          ? refuse('DEBARMENT_PERIOD_INVALID', 'An indefinite debarment says indefinite: true')
          : assertInstant(c.until, 'until');
  // Like a debarment, its correction never starts before the decision it corrects was recorded.
  if (isBefore(from, debarment.recorded.debarredAt))
    refuse('DEBARMENT_BACKDATED', 'A debarment cannot start before it was decided');
  if (until !== null && !isBefore(from, until))
    refuse('DEBARMENT_PERIOD_INVALID', 'until must be after from');
  assertWithinHorizon(from, at, c.policy, 'from');
  if (until !== null) assertWithinHorizon(until, at, c.policy, 'until');
  if (from === debarment.from && until === debarment.until) return [];
  const others = s.debarments.filter((x) => x.debarmentId !== debarmentId && !x.annulled);
  if (others.some((x) => overlaps(from, until, x.from, effectiveEnd(x)))) {
    refuse('SUPPLIER_ALREADY_DEBARRED', 'The supplier is already debarred for part of this period');
  }
  return [
    {
      type: 'DebarmentCorrected',
      data: {
        supplierId,
        debarmentId,
        annulled: false,
        from,
        until,
        ...previous,
        reason,
        correctedAt: at,
      },
    },
  ];
}
