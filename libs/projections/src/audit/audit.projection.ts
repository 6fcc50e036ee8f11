import { defineProjection } from '../projection';
import { integer, table, text } from '../schema';

export type AuditEntityKind = 'tender' | 'contract' | 'supplier' | 'budget_line' | 'agency';

/**
 * One row per event of the log: what the search filters on (type, actor, occurredAt) and the
 * event's id. The event itself (stream, role, scope, data, ...) is read from the event store by
 * that id when a page is answered: a copy of every event's data beside the log was most of what a
 * rebuild wrote.
 */
export const auditEvents = table({
  name: 'events',
  columns: {
    position: integer(),
    eventId: text(),
    type: text(),
    actor: text(),
    occurredAt: text(),
  },
  key: ['position'],
  indexes: [['type', 'position'], ['actor', 'position'], ['occurredAt']],
});

/**
 * One row per (event, entity it concerns): the history of a tender, supplier, ... in log order.
 * Keyed position first so rows are appended in key order (an entity-first key inserted every row
 * at a random place of the key's index); the entity lookup is a secondary index, which a rebuild
 * builds once at the end.
 */
export const auditEntities = table({
  name: 'entities',
  columns: {
    position: integer(),
    entityKind: text(),
    entityId: text(),
  },
  key: ['position', 'entityKind', 'entityId'],
  indexes: [['entityKind', 'entityId', 'position']],
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
  // 2: events without the copy of the event (read from the store), entities keyed position first.
  version: 2,
  tables: [auditEvents, auditEntities, auditContractTenders],
  canHandle: () => true,
  // The events and entities tables are append-only (one event row, and its entity rows, per
  // position; the runner never applies a position twice), so they are inserted, not upserted.
  async apply(tx, event) {
    const { metadata } = event;
    await tx.insert(auditEvents, {
      position: event.position,
      eventId: event.eventId,
      type: event.type,
      actor: metadata.actor,
      occurredAt: metadata.occurredAt,
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
      await tx.insert(auditEntities, { position: event.position, entityKind: kind, entityId: id });
    }
  },
});
