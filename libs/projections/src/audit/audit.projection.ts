import { defineProjection } from '../projection';
import { integer, json, nullable, table, text } from '../schema';

export type AuditEntityKind = 'tender' | 'contract' | 'supplier' | 'budget_line' | 'agency';

/** One row per event of the log: who, when, what, and the data for the history views. */
export const auditEvents = table({
  name: 'events',
  columns: {
    position: integer(),
    eventId: text(),
    stream: text(),
    type: text(),
    actor: text(),
    role: text(),
    scope: nullable(text()),
    occurredAt: text(),
    recordedAt: text(),
    correlationId: text(),
    data: json<unknown>(),
  },
  key: ['position'],
  indexes: [['type', 'position'], ['actor', 'position'], ['occurredAt'], ['eventId']],
});

/** One row per (entity the event concerns, event): the history of a tender, supplier, ... in log order. */
export const auditEntities = table({
  name: 'entities',
  columns: {
    entityKind: text(),
    entityId: text(),
    position: integer(),
    type: text(),
    occurredAt: text(),
  },
  key: ['entityKind', 'entityId', 'position'],
  indexes: [['position']],
});

/** contract -> tender, so a contract's (and its budget movements') events also join the tender's history. */
export const auditContractTenders = table({
  name: 'contract_tenders',
  columns: { contractId: text(), tenderId: text() },
  key: ['contractId'],
});

const ID_FIELDS: readonly [string, AuditEntityKind][] = [
  ['tenderId', 'tender'],
  ['contractId', 'contract'],
  ['supplierId', 'supplier'],
  ['budgetLineId', 'budget_line'],
  ['agencyId', 'agency'],
];

const STREAM_KINDS: Record<string, AuditEntityKind> = {
  tender: 'tender',
  contract: 'contract',
  supplier: 'supplier',
  budget: 'budget_line',
};

export const auditProjection = defineProjection({
  name: 'audit',
  version: 1,
  tables: [auditEvents, auditEntities, auditContractTenders],
  canHandle: () => true,
  // The events and entities tables are append-only (one event row, and its entity rows, per
  // position; the runner never applies a position twice), so they are inserted, not upserted.
  async apply(tx, event) {
    const { metadata } = event;
    await tx.insert(auditEvents, {
      position: event.position,
      eventId: event.eventId,
      stream: event.stream,
      type: event.type,
      actor: metadata.actor,
      role: metadata.role,
      scope: metadata.scope ?? null,
      occurredAt: metadata.occurredAt,
      recordedAt: event.recordedAt,
      correlationId: metadata.correlationId,
      data: event.data,
    });

    const data = (event.data ?? {}) as Record<string, unknown>;
    const entities = new Map<string, [AuditEntityKind, string]>();
    const add = (kind: AuditEntityKind, id: unknown): void => {
      if (typeof id === 'string' && id.length > 0) entities.set(`${kind}:${id}`, [kind, id]);
    };
    for (const [field, kind] of ID_FIELDS) add(kind, data[field]);
    const dash = event.stream.indexOf('-');
    if (dash > 0)
      add(
        STREAM_KINDS[event.stream.slice(0, dash)] as AuditEntityKind,
        event.stream.slice(dash + 1),
      );

    const contractId = typeof data['contractId'] === 'string' ? data['contractId'] : undefined;
    if (contractId) {
      if (event.type === 'ContractSigned' && typeof data['tenderId'] === 'string') {
        await tx.put(auditContractTenders, { contractId, tenderId: data['tenderId'] });
      }
      const link = await tx.get(auditContractTenders, { contractId });
      if (link) add('tender', link.tenderId);
    }
    for (const [kind, id] of entities.values()) {
      if (!kind) continue;
      await tx.insert(auditEntities, {
        entityKind: kind,
        entityId: id,
        position: event.position,
        type: event.type,
        occurredAt: metadata.occurredAt,
      });
    }
  },
});
