import { defineProjection } from '../projection';
import { integer, table, text } from '../schema';

/**
 * The entities whose history the audit index keeps: tenders, the one history a route serves
 * (`GET /audit/tenders/{id}/history`, which joins the tender's contract and budget movements).
 * Version 2 also kept rows for contracts, suppliers, budget lines and agencies, two thirds of all
 * entity rows, which no route read; an auditor reaches those through the tender history, the
 * entity's own stream (`/audit/{kind}/{id}/state`) and the search by actor and type.
 */
export type AuditEntityKind = 'tender';

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
 * One row per (event, tender it concerns): a tender's history in log order.
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

const TENDER_STREAM = 'tender-';

export const auditProjection = defineProjection({
  name: 'audit',
  // 2: events without the copy of the event (read from the store), entities keyed position first.
  // 3: entity rows for tenders only (the same table and columns, so the routes read version 2's
  // rows while version 3 rebuilds).
  version: 3,
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

    // The tenders this event concerns: its tenderId, its stream's own tender, and through the
    // contract signed from a tender every later event naming that contract (its milestones,
    // payments and their budget movements). Almost always one.
    const data = (event.data ?? {}) as Record<string, unknown>;
    const tenders: string[] = [];
    const add = (id: unknown): void => {
      if (typeof id === 'string' && id.length > 0 && !tenders.includes(id)) tenders.push(id);
    };
    add(data['tenderId']);
    if (event.stream.startsWith(TENDER_STREAM)) add(event.stream.slice(TENDER_STREAM.length));
    const contractId = data['contractId'];
    if (typeof contractId === 'string' && contractId.length > 0) {
      if (event.type === 'ContractSigned' && typeof data['tenderId'] === 'string') {
        await tx.put(auditContractTenders, { contractId, tenderId: data['tenderId'] });
      }
      const link = await tx.get(auditContractTenders, { contractId });
      if (link) add(link.tenderId);
    }
    for (const entityId of tenders)
      await tx.insert(auditEntities, { position: event.position, entityKind: 'tender', entityId });
  },
});
