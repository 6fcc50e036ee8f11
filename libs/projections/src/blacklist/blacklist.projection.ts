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
    eventId: text(),
    position: integer(),
  },
  key: ['debarmentId'],
  indexes: [['supplierId', 'from'], ['from'], ['effectiveUntil']],
});

export const blacklistProjection = defineProjection({
  name: 'blacklist',
  version: 1,
  tables: [blacklistSuppliers, debarments],
  canHandle: handles('SupplierRegistered', 'SupplierDebarred', 'DebarmentLifted'),
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
          effectiveUntil: row.until === null || liftedAt < row.until ? liftedAt : row.until,
        });
        return;
      }
      default:
        // The other events this projection handles change nothing here.
        break;
    }
  },
});
