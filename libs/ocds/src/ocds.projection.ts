import {
  asLedgerEvent,
  defineProjection,
  handles,
  integer,
  json,
  nullable,
  table,
  text,
  type Projection,
  type ProjectionTx,
} from '@contract-ledger/projections';
import {
  DEFAULT_OCDS_MAPPING,
  OCDS_EVENT_TYPES,
  step,
  suppliersNamedBy,
  tenderIdOf,
  ocidOf,
  type OcdsMappingOptions,
  type ProcessState,
  type SupplierInfo,
} from './mapping';
import { mergeReleaseInto } from './merge';
import type { Release } from './ocds-types';

/** One row per release, at the position of the event that published it (an event publishes one release at most). */
export const ocdsReleases = table({
  name: 'releases',
  columns: {
    position: integer(),
    ocid: text(),
    releaseId: text(),
    /** The release's date (= the event's recordedAt), ISO-8601 UTC. */
    date: text(),
    tag: text(),
    release: json<Release>(),
  },
  key: ['position'],
  indexes: [
    ['ocid', 'position'],
    ['date', 'position'],
  ],
});

/**
 * One row per contracting process (ocid), public or not yet: `state` is what later releases need
 * (private: a draft's terms wait here until publication); `compiled` is the record's
 * compiledRelease, merged one release at a time; null until the first release.
 */
export const ocdsRecords = table({
  name: 'records',
  columns: {
    ocid: text(),
    tenderId: text(),
    releaseCount: integer(),
    firstPosition: integer(),
    lastPosition: integer(),
    lastDate: text(),
    state: json<ProcessState>(),
    compiled: nullable(json<Record<string, unknown>>()),
  },
  key: ['ocid'],
  indexes: [['tenderId'], ['lastPosition']],
});

/** Contract -> its process: contract events after signing name the contract only. */
export const ocdsContracts = table({
  name: 'contracts',
  columns: { contractId: text(), ocid: text() },
  key: ['contractId'],
});

export const ocdsSuppliers = table({
  name: 'suppliers',
  columns: { supplierId: text(), name: text(), registrationNumber: text(), kind: text() },
  key: ['supplierId'],
});

export const ocdsBudgetLines = table({
  name: 'budget_lines',
  columns: { budgetLineId: text(), fiscalYear: integer(), category: text() },
  key: ['budgetLineId'],
});

async function processOf(
  tx: ProjectionTx,
  options: OcdsMappingOptions,
  recordedData: unknown,
  type: string,
): Promise<string | undefined> {
  const event = { type, data: recordedData } as Parameters<typeof tenderIdOf>[0];
  const tenderId = tenderIdOf(event);
  if (tenderId !== undefined) return ocidOf(options, tenderId);
  const contractId = (recordedData as { contractId?: unknown }).contractId;
  if (typeof contractId !== 'string') return undefined;
  return (await tx.get(ocdsContracts, { contractId }))?.ocid;
}

/**
 * OCDS releases and records (docs/ocds.md). Changing the mapping or `options` changes what was
 * published: bump `version` so the read model is rebuilt from the log.
 */
export function createOcdsProjection(
  options: OcdsMappingOptions = DEFAULT_OCDS_MAPPING,
  // 2: clarifications (QuestionAsked, QuestionAnswered) published as tender.enquiries.
  // 3: an amendment's description no longer counts the bids it voided (sealed, ADR 0006).
  version = 3,
): Projection {
  return defineProjection({
    name: 'ocds',
    version,
    tables: [ocdsReleases, ocdsRecords, ocdsContracts, ocdsSuppliers, ocdsBudgetLines],
    canHandle: handles('SupplierRegistered', 'BudgetLineOpened', ...OCDS_EVENT_TYPES),
    async apply(tx, recorded) {
      const event = asLedgerEvent(recorded);
      if (event.type === 'SupplierRegistered') {
        const d = event.data;
        await tx.put(ocdsSuppliers, {
          supplierId: d.supplierId,
          name: d.name,
          registrationNumber: d.registrationNumber,
          kind: d.kind,
        });
        return;
      }
      if (event.type === 'BudgetLineOpened') {
        const d = event.data;
        await tx.put(ocdsBudgetLines, {
          budgetLineId: d.budgetLineId,
          fiscalYear: d.fiscalYear,
          category: d.category,
        });
        return;
      }
      const ocid = await processOf(tx, options, event.data, event.type);
      if (ocid === undefined) return;
      const row = await tx.get(ocdsRecords, { ocid });
      const suppliers = new Map<string, SupplierInfo>();
      for (const supplierId of suppliersNamedBy(event)) {
        const supplier = await tx.get(ocdsSuppliers, { supplierId });
        if (supplier) suppliers.set(supplierId, supplier);
      }
      const budgetLine =
        event.type === 'TenderDrafted'
          ? await tx.get(ocdsBudgetLines, { budgetLineId: event.data.budgetLineId })
          : undefined;
      const { state, release } = step(options, row?.state ?? null, {
        eventId: recorded.eventId,
        recordedAt: recorded.recordedAt,
        event,
        sandbox: recorded.metadata['sandbox'] === true,
        suppliers,
        budgetLine,
      });
      if (state === null) return;
      if (event.type === 'ContractSigned')
        await tx.put(ocdsContracts, { contractId: event.data.contractId, ocid });
      // Nothing published and the process unchanged: the record would be written as it is.
      if (release === null && row !== undefined && state === row.state) return;
      if (release !== null) {
        await tx.insert(ocdsReleases, {
          position: recorded.position,
          ocid,
          releaseId: release.id,
          date: release.date,
          tag: release.tag[0]!,
          release,
        });
      }
      await tx.put(ocdsRecords, {
        ocid,
        tenderId: state.tenderId,
        releaseCount: state.releases,
        firstPosition: row?.firstPosition ?? recorded.position,
        lastPosition:
          release !== null ? recorded.position : (row?.lastPosition ?? recorded.position),
        lastDate: release !== null ? release.date : (row?.lastDate ?? recorded.recordedAt),
        state,
        // In place: the row is this projection's own (decoded for this batch, or put by it).
        compiled:
          release !== null
            ? mergeReleaseInto(row?.compiled ?? null, release)
            : (row?.compiled ?? null),
      });
    },
  });
}

export const ocdsProjection = createOcdsProjection();
