import { defineProjection, handles } from '../projection';
import { asLedgerEvent } from '../ledger-event';
import { boolean, integer, json, nullable, table, text } from '../schema';

export const blacklistSuppliers = table({
  name: 'suppliers',
  columns: { supplierId: text(), name: text(), registrationNumber: text() },
  key: ['supplierId'],
});

/**
 * Every debarment ever imposed, lifted ones included. `effectiveUntil` is when it stops applying
 * (the earlier of `until` and `liftedAt`; null = indefinite), so "debarred at T" is one range test:
 * `from <= T < effectiveUntil`, as the supplier decider's isDebarredAt decides it.
 * Bitemporal: `from`/`until` are the current truth (valid time, after any DebarmentCorrected);
 * `debarredAt` and each correction's `correctedAt` are record times, and `corrections` keeps every
 * period the register held before. An annulled debarment never applied: its effectiveUntil is its
 * from, an empty range. "As known at a record time" is the log's answer (GET /blacklist/{id}/at?knownAt=).
 */
export const debarments = table({
  name: 'debarments',
  columns: {
    debarmentId: text(),
    supplierId: text(),
    supplierName: text(),
    grounds: text(),
    authority: text(),
    from: text(),
    until: nullable(text()),
    indefinite: boolean(),
    defaultLengthApplied: boolean(),
    evidenceEventIds: json<string[]>(),
    proposalId: nullable(text()),
    debarredAt: text(),
    liftedAt: nullable(text()),
    liftReason: nullable(text()),
    effectiveUntil: nullable(text()),
    annulled: boolean(),
    corrections: json<
      {
        annulled: boolean;
        from: string;
        until: string | null;
        previousFrom: string;
        previousUntil: string | null;
        reason: string;
        correctedAt: string;
      }[]
    >(),
    eventId: text(),
    position: integer(),
  },
  key: ['debarmentId'],
  indexes: [['supplierId', 'from'], ['from'], ['effectiveUntil']],
});

export const blacklistProjection = defineProjection({
  name: 'blacklist',
  // 2: corrections (DebarmentCorrected) and annulment.
  version: 2,
  tables: [blacklistSuppliers, debarments],
  canHandle: handles(
    'SupplierRegistered',
    'SupplierDebarred',
    'DebarmentLifted',
    'DebarmentCorrected',
  ),
  async apply(tx, recorded) {
    const event = asLedgerEvent(recorded);
    switch (event.type) {
      case 'SupplierRegistered':
        await tx.put(blacklistSuppliers, {
          supplierId: event.data.supplierId,
          name: event.data.name,
          registrationNumber: event.data.registrationNumber,
        });
        return;
      case 'SupplierDebarred': {
        const d = event.data;
        const supplier = await tx.get(blacklistSuppliers, { supplierId: d.supplierId });
        await tx.put(debarments, {
          debarmentId: d.debarmentId,
          supplierId: d.supplierId,
          supplierName: supplier?.name ?? '',
          grounds: d.grounds,
          authority: d.authority,
          from: d.from,
          until: d.until,
          indefinite: d.until === null,
          defaultLengthApplied: d.defaultLengthApplied,
          evidenceEventIds: [...d.evidenceEventIds],
          proposalId: d.proposalId,
          debarredAt: d.debarredAt,
          liftedAt: null,
          liftReason: null,
          effectiveUntil: d.until,
          annulled: false,
          corrections: [],
          eventId: recorded.eventId,
          position: recorded.position,
        });
        return;
      }
      case 'DebarmentLifted': {
        const row = await tx.get(debarments, { debarmentId: event.data.debarmentId });
        if (!row) return;
        const liftedAt = event.data.liftedAt;
        await tx.put(debarments, {
          ...row,
          liftedAt,
          liftReason: event.data.reason,
          effectiveUntil: row.annulled
            ? row.from
            : row.until === null || liftedAt < row.until
              ? liftedAt
              : row.until,
        });
        return;
      }
      case 'DebarmentCorrected': {
        const c = event.data;
        const row = await tx.get(debarments, { debarmentId: c.debarmentId });
        if (!row) return;
        const end =
          row.liftedAt === null
            ? c.until
            : c.until === null || row.liftedAt < c.until
              ? row.liftedAt
              : c.until;
        await tx.put(debarments, {
          ...row,
          from: c.from,
          until: c.until,
          indefinite: c.until === null,
          annulled: c.annulled,
          // An annulled debarment never applied: an empty range, so no "debarred at T" finds it.
          effectiveUntil: c.annulled ? c.from : end,
          corrections: [
            ...row.corrections,
            {
              annulled: c.annulled,
              from: c.from,
              until: c.until,
              previousFrom: c.previousFrom,
              previousUntil: c.previousUntil,
              reason: c.reason,
              correctedAt: c.correctedAt,
            },
          ],
        });
        return;
      }
      default:
        // The other events this projection handles change nothing here.
        break;
    }
  },
});
