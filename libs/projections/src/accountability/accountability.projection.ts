import { isAfter, type MilestoneTerms } from '@contract-ledger/domain';
import { defineProjection, handles, type ProjectionTx } from '../projection';
import { asLedgerEvent } from '../ledger-event';
import { boolean, integer, json, nullable, table, text, type Row } from '../schema';

/**
 * Accountability (docs/projections.md): who performs, who pays late, per
 * supplier, agency and contract. Everything that depends on "now" (overdue milestones, payments
 * still unpaid after their due date) is left to the queries, which take the instant: a projection
 * has no clock, and a row that changed with time would not be a function of the log.
 *
 * Money is in minor units of the contract's currency; a jurisdiction buys in one currency, so the
 * sums do not mix currencies in practice (each row keeps the currency it saw).
 */

/** Methods that put suppliers in competition; direct commissioning is the only one that does not. */
export const COMPETITIVE_METHODS: readonly string[] = [
  'open',
  'invited',
  'competitive_negotiation',
];

export const accountabilitySuppliers = table({
  name: 'suppliers',
  columns: {
    supplierId: text(),
    name: text(),
    /** Tenders awarded to it. */
    contractsWon: integer(),
    contractsSigned: integer(),
    /** Signed and neither completed nor terminated (suspended ones included). */
    contractsActive: integer(),
    contractsCompleted: integer(),
    contractsTerminated: integer(),
    /** Terminations `for_default`: the supplier's failures. */
    contractsTerminatedForDefault: integer(),
    milestonesOnTime: integer(),
    milestonesLate: integer(),
    evaluations: integer(),
    /** Accepted or partially accepted. */
    evaluationsAccepted: integer(),
    evaluationsRejected: integer(),
    /** evaluationsAccepted / evaluations in basis points; null before the first evaluation. */
    acceptanceRateBps: nullable(integer()),
    scoreTotal: integer(),
    /** Mean milestone evaluation score (0..100) in hundredths; null before the first evaluation. */
    meanScoreX100: nullable(integer()),
    /** Cash paid to it (FundsDisbursed.cashPaid, advances included). */
    moneyReceivedMinor: integer(),
    commendations: integer(),
    criticisms: integer(),
    debarments: integer(),
    debarmentsLifted: integer(),
    /** Enhanced monitoring (重点监察) placements, and how many ended early (EnhancedMonitoringEnded). */
    monitoringPlacements: integer(),
    monitoringEndedEarly: integer(),
    /** When the latest monitoring stops (its scheduled end, or its early end); null: never monitored. */
    monitoredUntil: nullable(text()),
    updatedAt: text(),
    position: integer(),
  },
  key: ['supplierId'],
  indexes: [['contractsWon'], ['moneyReceivedMinor'], ['milestonesLate']],
});

export const accountabilityAgencies = table({
  name: 'agencies',
  columns: {
    agencyId: text(),
    tendersDrafted: integer(),
    tendersPublished: integer(),
    tendersOpened: integer(),
    tendersFailed: integer(),
    tendersCancelled: integer(),
    tendersAwarded: integer(),
    /** Tenders of a competitive method whose bids were opened, and how many bids they opened. */
    competitiveTendersOpened: integer(),
    competitiveBidsOpened: integer(),
    /** Competitive tenders opened with exactly one valid bid. */
    singleBidTenders: integer(),
    /** competitiveBidsOpened / competitiveTendersOpened in hundredths; null before the first opening. */
    meanBiddersX100: nullable(integer()),
    contractsSigned: integer(),
    /** Current value of its contracts (signed value, amendments applied). */
    contractValueMinor: integer(),
    competitiveValueMinor: integer(),
    /** competitiveValueMinor / contractValueMinor in basis points; null before the first contract. */
    competitiveShareBps: nullable(integer()),
    /** Milestones accepted with a payment due date (policy.paymentDueDays after acceptance). */
    paymentsDue: integer(),
    /** Of those, paid (at least in part) after the due date: late whatever the query instant. */
    paymentsPaidLate: integer(),
    updatedAt: text(),
    position: integer(),
  },
  key: ['agencyId'],
  indexes: [['contractValueMinor'], ['singleBidTenders']],
});

/** Spending by method: the current value of the agency's contracts per procurement method. */
export const accountabilitySpend = table({
  name: 'agency_spend',
  columns: {
    agencyId: text(),
    method: text(),
    competitive: boolean(),
    currency: text(),
    contracts: integer(),
    valueMinor: integer(),
    paidMinor: integer(),
  },
  key: ['agencyId', 'method'],
});

export interface ScheduleEntry {
  readonly milestoneId: string;
  readonly dueAt: string;
  readonly delivered: boolean;
  readonly late: boolean;
  readonly evaluated: boolean;
  readonly acceptedMinor: number;
}

export type AccountabilityContractStatus = 'active' | 'suspended' | 'completed' | 'terminated';

export const accountabilityContracts = table({
  name: 'contracts',
  columns: {
    contractId: text(),
    tenderId: text(),
    agencyId: text(),
    supplierId: text(),
    method: text(),
    status: text(),
    signedAt: text(),
    closedAt: nullable(text()),
    currency: text(),
    valueMinor: integer(),
    milestonesTotal: integer(),
    milestonesDelivered: integer(),
    milestonesEvaluated: integer(),
    milestonesLate: integer(),
    /** Evaluated milestones / all milestones, basis points. */
    progressBps: integer(),
    acceptedMinor: integer(),
    /** Counted against accepted milestones (advance recoveries included). */
    paidMinor: integer(),
    /** Cash that left the budget line, advances included. */
    cashPaidMinor: integer(),
    advancesMinor: integer(),
    amendments: integer(),
    /** The unevaluated milestone due first; null when none is left. Overdue = nextDueAt < now (query). */
    nextDueMilestoneId: nullable(text()),
    nextDueAt: nullable(text()),
    updatedAt: text(),
    position: integer(),
  },
  key: ['contractId'],
  indexes: [
    ['agencyId', 'status'],
    ['supplierId', 'status'],
    ['status', 'nextDueAt'],
  ],
});

export type MilestoneStatus = 'pending' | 'delivered' | 'evaluated' | 'closed';

/**
 * One row per milestone of every contract: the rows the time-dependent questions are asked of.
 * `open` = still expected (unevaluated on an active or suspended contract): overdue when dueAt < now.
 * `paymentDueBy` with `settled` false: unpaid and late when paymentDueBy < now.
 */
export const accountabilityMilestones = table({
  name: 'milestones',
  columns: {
    contractId: text(),
    milestoneId: text(),
    agencyId: text(),
    supplierId: text(),
    title: text(),
    dueAt: text(),
    amountMinor: integer(),
    status: text(),
    open: boolean(),
    deliveredAt: nullable(text()),
    deliveredLate: nullable(boolean()),
    evaluatedAt: nullable(text()),
    verdict: nullable(text()),
    score: nullable(integer()),
    acceptedMinor: integer(),
    paidMinor: integer(),
    paymentDueBy: nullable(text()),
    /** The accepted amount is paid in full. */
    settled: boolean(),
    settledAt: nullable(text()),
    /** Some payment for it came after paymentDueBy. */
    paidLate: boolean(),
    position: integer(),
  },
  key: ['contractId', 'milestoneId'],
  indexes: [
    ['agencyId', 'open', 'dueAt'],
    ['supplierId', 'open', 'dueAt'],
    ['agencyId', 'settled', 'paymentDueBy'],
    ['open', 'dueAt'],
  ],
});

/**
 * A contract's milestone ids in schedule order and in due order, written at signing and amendment
 * only. Internal: the counters and the next due milestone of the contract row are kept
 * incrementally from the milestone rows, so a milestone event rewrites one milestone row and the
 * contract row, never the whole schedule (version 1 kept the schedule as a JSON column of the
 * contract and rebuilt it on every milestone event: quadratic in milestones per contract).
 * Queries build the served `schedule` from this order and the milestone rows.
 */
export const accountabilitySchedules = table({
  name: 'schedules',
  columns: {
    contractId: text(),
    /** Schedule order, as signed or last amended. */
    milestoneIds: json<string[]>(),
    /** By due date, ties in schedule order: the order "next due" walks. */
    dueOrder: json<string[]>(),
    /** Index in dueOrder of the next due milestone; every one before it is evaluated. */
    nextDue: integer(),
  },
  key: ['contractId'],
});

/**
 * Enhanced monitoring (重点监察) per agency: one row per contract of the agency whose supplier was
 * placed under enhanced monitoring while the contract ran (placed during it, or signed during the
 * placement), with the placement's period and reason and, when a supervisor ended it early, when
 * and why. Whether a row is monitored now depends on the instant: the queries judge it.
 */
export const accountabilityAgencyMonitoring = table({
  name: 'agency_monitoring',
  columns: {
    agencyId: text(),
    contractId: text(),
    tenderId: text(),
    supplierId: text(),
    reason: text(),
    monitoredFrom: text(),
    /** The scheduled end of the placement. */
    monitoredUntil: text(),
    endedEarlyAt: nullable(text()),
    endRationale: nullable(text()),
    position: integer(),
  },
  key: ['agencyId', 'contractId'],
  indexes: [['supplierId']],
});

/** Internal: each supplier's latest monitoring placement, for the contracts it signs during it. */
export const accountabilitySupplierMonitoring = table({
  name: 'supplier_monitoring',
  columns: {
    supplierId: text(),
    reason: text(),
    from: text(),
    until: text(),
    endedEarlyAt: nullable(text()),
    endRationale: nullable(text()),
  },
  key: ['supplierId'],
});

/** tender -> agency and method, for tender events that carry neither and for contracts. */
export const accountabilityTenders = table({
  name: 'tenders',
  columns: { tenderId: text(), agencyId: text(), method: text() },
  key: ['tenderId'],
});

type SupplierRow = Row<typeof accountabilitySuppliers>;
type AgencyRow = Row<typeof accountabilityAgencies>;
type ContractRow = Row<typeof accountabilityContracts>;
type MilestoneRow = Row<typeof accountabilityMilestones>;

interface Touch {
  readonly updatedAt: string;
  readonly position: number;
}

function ratio(part: number, whole: number, scale: number): number | null {
  return whole === 0 ? null : Math.floor((part * scale) / whole);
}

async function supplierRow(
  tx: ProjectionTx,
  supplierId: string,
  touch: Touch,
): Promise<SupplierRow> {
  return (
    (await tx.get(accountabilitySuppliers, { supplierId })) ?? {
      supplierId,
      name: '',
      contractsWon: 0,
      contractsSigned: 0,
      contractsActive: 0,
      contractsCompleted: 0,
      contractsTerminated: 0,
      contractsTerminatedForDefault: 0,
      milestonesOnTime: 0,
      milestonesLate: 0,
      evaluations: 0,
      evaluationsAccepted: 0,
      evaluationsRejected: 0,
      acceptanceRateBps: null,
      scoreTotal: 0,
      meanScoreX100: null,
      moneyReceivedMinor: 0,
      commendations: 0,
      criticisms: 0,
      debarments: 0,
      debarmentsLifted: 0,
      monitoringPlacements: 0,
      monitoringEndedEarly: 0,
      monitoredUntil: null,
      ...touch,
    }
  );
}

async function updateSupplier(
  tx: ProjectionTx,
  supplierId: string,
  touch: Touch,
  change: (row: SupplierRow) => Partial<SupplierRow>,
): Promise<void> {
  const row = await supplierRow(tx, supplierId, touch);
  const next = { ...row, ...change(row), ...touch };
  next.acceptanceRateBps = ratio(next.evaluationsAccepted, next.evaluations, 10_000);
  next.meanScoreX100 = ratio(next.scoreTotal, next.evaluations, 100);
  await tx.put(accountabilitySuppliers, next);
}

async function updateAgency(
  tx: ProjectionTx,
  agencyId: string,
  touch: Touch,
  change: (row: AgencyRow) => Partial<AgencyRow>,
): Promise<void> {
  const row = (await tx.get(accountabilityAgencies, { agencyId })) ?? {
    agencyId,
    tendersDrafted: 0,
    tendersPublished: 0,
    tendersOpened: 0,
    tendersFailed: 0,
    tendersCancelled: 0,
    tendersAwarded: 0,
    competitiveTendersOpened: 0,
    competitiveBidsOpened: 0,
    singleBidTenders: 0,
    meanBiddersX100: null,
    contractsSigned: 0,
    contractValueMinor: 0,
    competitiveValueMinor: 0,
    competitiveShareBps: null,
    paymentsDue: 0,
    paymentsPaidLate: 0,
    ...touch,
  };
  const next = { ...row, ...change(row), ...touch };
  next.meanBiddersX100 = ratio(next.competitiveBidsOpened, next.competitiveTendersOpened, 100);
  next.competitiveShareBps = ratio(next.competitiveValueMinor, next.contractValueMinor, 10_000);
  await tx.put(accountabilityAgencies, next);
}

async function addSpend(
  tx: ProjectionTx,
  contract: Pick<ContractRow, 'agencyId' | 'method' | 'currency'>,
  change: { contracts?: number; valueMinor?: number; paidMinor?: number },
  touch: Touch,
): Promise<void> {
  const key = { agencyId: contract.agencyId, method: contract.method };
  const row = (await tx.get(accountabilitySpend, key)) ?? {
    ...key,
    competitive: COMPETITIVE_METHODS.includes(contract.method),
    currency: contract.currency,
    contracts: 0,
    valueMinor: 0,
    paidMinor: 0,
  };
  await tx.put(accountabilitySpend, {
    ...row,
    contracts: row.contracts + (change.contracts ?? 0),
    valueMinor: row.valueMinor + (change.valueMinor ?? 0),
    paidMinor: row.paidMinor + (change.paidMinor ?? 0),
  });
  const valueMinor = change.valueMinor ?? 0;
  if (valueMinor !== 0) {
    const competitive = COMPETITIVE_METHODS.includes(contract.method);
    await updateAgency(tx, contract.agencyId, touch, (a) => ({
      contractValueMinor: a.contractValueMinor + valueMinor,
      competitiveValueMinor: a.competitiveValueMinor + (competitive ? valueMinor : 0),
    }));
  }
}

function newMilestone(
  contract: Pick<ContractRow, 'contractId' | 'agencyId' | 'supplierId'>,
  terms: MilestoneTerms,
  open: boolean,
  position: number,
): MilestoneRow {
  return {
    contractId: contract.contractId,
    milestoneId: terms.milestoneId,
    agencyId: contract.agencyId,
    supplierId: contract.supplierId,
    title: terms.title,
    dueAt: terms.dueAt,
    amountMinor: terms.amount.amountMinor,
    status: 'pending',
    open,
    deliveredAt: null,
    deliveredLate: null,
    evaluatedAt: null,
    verdict: null,
    score: null,
    acceptedMinor: 0,
    paidMinor: 0,
    paymentDueBy: null,
    settled: false,
    settledAt: null,
    paidLate: false,
    position,
  };
}

/** A milestone as the contract's served `schedule` shows it: derived from its row. */
export function scheduleEntryOf(m: MilestoneRow): ScheduleEntry {
  return {
    milestoneId: m.milestoneId,
    dueAt: m.dueAt,
    delivered: m.deliveredAt !== null,
    late: m.deliveredLate === true,
    evaluated: m.evaluatedAt !== null,
    acceptedMinor: m.acceptedMinor,
  };
}

function withProgress(contract: ContractRow): ContractRow {
  const total = contract.milestonesTotal;
  contract.progressBps =
    total === 0 ? 0 : Math.floor((contract.milestonesEvaluated * 10_000) / total);
  return contract;
}

/**
 * At signing and amendment: the schedule's order, every milestone count and the next due
 * milestone (the unevaluated one due first, ties in schedule order), from the milestone rows of
 * the new schedule (in schedule order). Milestone events then keep the counts incrementally.
 */
async function putSchedule(
  tx: ProjectionTx,
  contract: ContractRow,
  milestones: readonly MilestoneRow[],
  touch: Touch,
): Promise<void> {
  const dueOrder = milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.dueAt < b.m.dueAt ? -1 : a.m.dueAt > b.m.dueAt ? 1 : a.i - b.i))
    .map(({ m }) => m);
  let nextDue = dueOrder.findIndex((m) => m.evaluatedAt === null);
  if (nextDue === -1) nextDue = dueOrder.length;
  await tx.put(accountabilitySchedules, {
    contractId: contract.contractId,
    milestoneIds: milestones.map((m) => m.milestoneId),
    dueOrder: dueOrder.map((m) => m.milestoneId),
    nextDue,
  });
  const entries = milestones.map(scheduleEntryOf);
  const next = dueOrder[nextDue];
  await tx.put(
    accountabilityContracts,
    withProgress({
      ...contract,
      milestonesTotal: entries.length,
      milestonesDelivered: entries.filter((m) => m.delivered).length,
      milestonesEvaluated: entries.filter((m) => m.evaluated).length,
      milestonesLate: entries.filter((m) => m.late).length,
      acceptedMinor: entries.reduce((sum, m) => sum + m.acceptedMinor, 0),
      nextDueMilestoneId: next?.milestoneId ?? null,
      nextDueAt: next?.dueAt ?? null,
      ...touch,
    }),
  );
}

/**
 * After the contract's next due milestone was evaluated: walk the due order to the next
 * unevaluated one. The index only moves forward (an evaluation is never undone before the next
 * amendment, which recomputes it), so the walk costs one step per milestone over the contract's life.
 */
async function advanceNextDue(
  tx: ProjectionTx,
  contract: ContractRow,
): Promise<Pick<ContractRow, 'nextDueMilestoneId' | 'nextDueAt'>> {
  const schedule = await tx.get(accountabilitySchedules, { contractId: contract.contractId });
  if (!schedule) return { nextDueMilestoneId: null, nextDueAt: null };
  let i = schedule.nextDue;
  let next: MilestoneRow | undefined;
  for (; i < schedule.dueOrder.length; i++) {
    const m = await tx.get(accountabilityMilestones, {
      contractId: contract.contractId,
      milestoneId: schedule.dueOrder[i]!,
    });
    if (m && m.evaluatedAt === null) {
      next = m;
      break;
    }
  }
  await tx.put(accountabilitySchedules, { ...schedule, nextDue: i });
  return { nextDueMilestoneId: next?.milestoneId ?? null, nextDueAt: next?.dueAt ?? null };
}

async function monitorContract(
  tx: ProjectionTx,
  contract: Pick<ContractRow, 'agencyId' | 'contractId' | 'tenderId' | 'supplierId'>,
  placement: Row<typeof accountabilitySupplierMonitoring>,
  position: number,
): Promise<void> {
  await tx.put(accountabilityAgencyMonitoring, {
    agencyId: contract.agencyId,
    contractId: contract.contractId,
    tenderId: contract.tenderId,
    supplierId: contract.supplierId,
    reason: placement.reason,
    monitoredFrom: placement.from,
    monitoredUntil: placement.until,
    endedEarlyAt: placement.endedEarlyAt,
    endRationale: placement.endRationale,
    position,
  });
}

export const accountabilityProjection = defineProjection({
  name: 'accountability',
  // 2: per-milestone rows only (the schedule left the contract row for `schedules` + queries).
  // 3: enhanced monitoring per supplier.
  // 4: enhanced monitoring per agency (agency_monitoring, supplier_monitoring).
  version: 4,
  tables: [
    accountabilitySuppliers,
    accountabilityAgencies,
    accountabilityAgencyMonitoring,
    accountabilitySupplierMonitoring,
    accountabilitySpend,
    accountabilityContracts,
    accountabilityMilestones,
    accountabilitySchedules,
    accountabilityTenders,
  ],
  canHandle: handles(
    'SupplierRegistered',
    'SupplierDebarred',
    'DebarmentLifted',
    'PerformanceNoticePublished',
    'SupplierPlacedUnderEnhancedMonitoring',
    'EnhancedMonitoringEnded',
    'TenderDrafted',
    'TenderPublished',
    'BidsOpened',
    'TenderFailed',
    'TenderCancelled',
    'TenderAwarded',
    'ContractSigned',
    'ContractAmended',
    'DeliveryReported',
    'MilestoneEvaluated',
    'FundsDisbursed',
    'ContractSuspended',
    'ContractResumed',
    'ContractTerminated',
    'ContractCompleted',
  ),
  async apply(tx, recorded) {
    const event = asLedgerEvent(recorded);
    const touch: Touch = { updatedAt: recorded.metadata.occurredAt, position: recorded.position };
    switch (event.type) {
      case 'SupplierRegistered':
        return updateSupplier(tx, event.data.supplierId, touch, () => ({ name: event.data.name }));
      case 'SupplierDebarred':
        return updateSupplier(tx, event.data.supplierId, touch, (s) => ({
          debarments: s.debarments + 1,
        }));
      case 'DebarmentLifted':
        return updateSupplier(tx, event.data.supplierId, touch, (s) => ({
          debarmentsLifted: s.debarmentsLifted + 1,
        }));
      case 'SupplierPlacedUnderEnhancedMonitoring': {
        const d = event.data;
        const placement = {
          supplierId: d.supplierId,
          reason: d.reason,
          from: d.from,
          until: d.until,
          endedEarlyAt: null,
          endRationale: null,
        };
        await tx.put(accountabilitySupplierMonitoring, placement);
        // The supplier's running contracts are monitored from now on, at each of their agencies.
        for (const status of ['active', 'suspended'])
          for (const c of await tx.find(accountabilityContracts, {
            supplierId: d.supplierId,
            status,
          }))
            await monitorContract(tx, c, placement, recorded.position);
        return updateSupplier(tx, event.data.supplierId, touch, (s) => ({
          monitoringPlacements: s.monitoringPlacements + 1,
          monitoredUntil:
            s.monitoredUntil !== null && s.monitoredUntil > event.data.until
              ? s.monitoredUntil
              : event.data.until,
        }));
      }
      case 'EnhancedMonitoringEnded': {
        const d = event.data;
        const placement = await tx.get(accountabilitySupplierMonitoring, {
          supplierId: d.supplierId,
        });
        if (placement)
          await tx.put(accountabilitySupplierMonitoring, {
            ...placement,
            endedEarlyAt: d.endedAt,
            endRationale: d.rationale,
          });
        // The rows of the placement that ended (earlier placements' rows keep their own end).
        for (const row of await tx.find(accountabilityAgencyMonitoring, {
          supplierId: d.supplierId,
        }))
          if (row.monitoredUntil === d.scheduledUntil && row.endedEarlyAt === null)
            await tx.put(accountabilityAgencyMonitoring, {
              ...row,
              endedEarlyAt: d.endedAt,
              endRationale: d.rationale,
              position: recorded.position,
            });
        return updateSupplier(tx, event.data.supplierId, touch, (s) => ({
          monitoringEndedEarly: s.monitoringEndedEarly + 1,
          monitoredUntil: event.data.endedAt,
        }));
      }
      case 'PerformanceNoticePublished':
        return updateSupplier(tx, event.data.supplierId, touch, (s) =>
          event.data.kind === 'commendation'
            ? { commendations: s.commendations + 1 }
            : { criticisms: s.criticisms + 1 },
        );

      case 'TenderDrafted':
        await tx.put(accountabilityTenders, {
          tenderId: event.data.tenderId,
          agencyId: event.data.agencyId,
          method: event.data.method,
        });
        return updateAgency(tx, event.data.agencyId, touch, (a) => ({
          tendersDrafted: a.tendersDrafted + 1,
        }));
      case 'TenderPublished':
      case 'BidsOpened':
      case 'TenderFailed':
      case 'TenderCancelled':
      case 'TenderAwarded': {
        const tender = await tx.get(accountabilityTenders, { tenderId: event.data.tenderId });
        if (!tender) return;
        if (event.type === 'TenderAwarded')
          await updateSupplier(tx, event.data.supplierId, touch, (s) => ({
            contractsWon: s.contractsWon + 1,
          }));
        const competitive = COMPETITIVE_METHODS.includes(tender.method);
        return updateAgency(tx, tender.agencyId, touch, (a) => {
          switch (event.type) {
            case 'TenderPublished':
              return { tendersPublished: a.tendersPublished + 1 };
            case 'TenderFailed':
              return { tendersFailed: a.tendersFailed + 1 };
            case 'TenderCancelled':
              return { tendersCancelled: a.tendersCancelled + 1 };
            case 'TenderAwarded':
              return { tendersAwarded: a.tendersAwarded + 1 };
            case 'BidsOpened': {
              const bids = event.data.openedBidIds.length;
              return {
                tendersOpened: a.tendersOpened + 1,
                ...(competitive
                  ? {
                      competitiveTendersOpened: a.competitiveTendersOpened + 1,
                      competitiveBidsOpened: a.competitiveBidsOpened + bids,
                      singleBidTenders: a.singleBidTenders + (bids === 1 ? 1 : 0),
                    }
                  : {}),
              };
            }
          }
        });
      }

      case 'ContractSigned': {
        const d = event.data;
        const tender = await tx.get(accountabilityTenders, { tenderId: d.tenderId });
        const contract: ContractRow = {
          contractId: d.contractId,
          tenderId: d.tenderId,
          agencyId: d.agencyId,
          supplierId: d.supplierId,
          method: tender?.method ?? 'unknown',
          status: 'active',
          signedAt: d.signedAt,
          closedAt: null,
          currency: d.value.currency,
          valueMinor: d.value.amountMinor,
          milestonesTotal: 0,
          milestonesDelivered: 0,
          milestonesEvaluated: 0,
          milestonesLate: 0,
          progressBps: 0,
          acceptedMinor: 0,
          paidMinor: 0,
          cashPaidMinor: 0,
          advancesMinor: 0,
          amendments: 0,
          nextDueMilestoneId: null,
          nextDueAt: null,
          ...touch,
        };
        const milestones = d.milestones.map((terms) =>
          newMilestone(contract, terms, true, recorded.position),
        );
        for (const m of milestones) await tx.put(accountabilityMilestones, m);
        await putSchedule(tx, contract, milestones, touch);
        await updateSupplier(tx, d.supplierId, touch, (s) => ({
          contractsSigned: s.contractsSigned + 1,
          contractsActive: s.contractsActive + 1,
        }));
        await updateAgency(tx, d.agencyId, touch, (a) => ({
          contractsSigned: a.contractsSigned + 1,
        }));
        // Signed while its supplier is under enhanced monitoring: the contract is monitored too.
        const placement = await tx.get(accountabilitySupplierMonitoring, {
          supplierId: d.supplierId,
        });
        if (
          placement &&
          placement.from <= d.signedAt &&
          d.signedAt < (placement.endedEarlyAt ?? placement.until)
        )
          await monitorContract(tx, contract, placement, recorded.position);
        return addSpend(tx, contract, { contracts: 1, valueMinor: d.value.amountMinor }, touch);
      }
      default:
        // The other events this projection handles change nothing here.
        break;
    }

    if (!('contractId' in event.data)) return;
    const contract = await tx.get(accountabilityContracts, { contractId: event.data.contractId });
    if (!contract) return;
    const milestoneKey = (milestoneId: string) => ({
      contractId: contract.contractId,
      milestoneId,
    });
    switch (event.type) {
      case 'ContractAmended': {
        const d = event.data;
        const running = contract.status === 'active' || contract.status === 'suspended';
        const schedule = await tx.get(accountabilitySchedules, { contractId: contract.contractId });
        const before = new Set(schedule?.milestoneIds ?? []);
        const milestones: MilestoneRow[] = [];
        for (const terms of d.milestones) {
          const kept = before.delete(terms.milestoneId);
          const row = kept
            ? await tx.get(accountabilityMilestones, milestoneKey(terms.milestoneId))
            : undefined;
          const next = row
            ? {
                ...row,
                title: terms.title,
                dueAt: terms.dueAt,
                amountMinor: terms.amount.amountMinor,
              }
            : newMilestone(contract, terms, running, recorded.position);
          await tx.put(accountabilityMilestones, next);
          milestones.push(next);
        }
        // Milestones the new schedule leaves out are no longer part of the contract.
        for (const dropped of before)
          await tx.delete(accountabilityMilestones, milestoneKey(dropped));
        const change = d.newValue.amountMinor - d.previousValue.amountMinor;
        await putSchedule(
          tx,
          { ...contract, valueMinor: d.newValue.amountMinor, amendments: contract.amendments + 1 },
          milestones,
          touch,
        );
        return addSpend(tx, contract, { valueMinor: change }, touch);
      }
      case 'DeliveryReported': {
        const m = await tx.get(accountabilityMilestones, milestoneKey(event.data.milestoneId));
        if (!m) return;
        await tx.put(accountabilityMilestones, {
          ...m,
          status: 'delivered',
          deliveredAt: event.data.reportedAt,
          deliveredLate: event.data.late,
        });
        // The decider refuses a second report; were one in the log, it would count once, as in version 1.
        await tx.put(accountabilityContracts, {
          ...contract,
          milestonesDelivered: contract.milestonesDelivered + (m.deliveredAt === null ? 1 : 0),
          milestonesLate:
            contract.milestonesLate +
            (event.data.late ? 1 : 0) -
            (m.deliveredLate === true ? 1 : 0),
          ...touch,
        });
        return updateSupplier(tx, contract.supplierId, touch, (s) =>
          event.data.late
            ? { milestonesLate: s.milestonesLate + 1 }
            : { milestonesOnTime: s.milestonesOnTime + 1 },
        );
      }
      case 'MilestoneEvaluated': {
        const d = event.data;
        const m = await tx.get(accountabilityMilestones, milestoneKey(d.milestoneId));
        if (!m) return;
        const acceptedMinor = d.acceptedAmount.amountMinor;
        await tx.put(accountabilityMilestones, {
          ...m,
          status: 'evaluated',
          open: false,
          evaluatedAt: d.evaluatedAt,
          verdict: d.verdict,
          score: d.score,
          acceptedMinor,
          paymentDueBy: d.paymentDueBy,
          settled: m.paidMinor >= acceptedMinor,
          settledAt: m.paidMinor >= acceptedMinor ? d.evaluatedAt : null,
        });
        const first = m.evaluatedAt === null;
        await tx.put(
          accountabilityContracts,
          withProgress({
            ...contract,
            milestonesEvaluated: contract.milestonesEvaluated + (first ? 1 : 0),
            acceptedMinor: contract.acceptedMinor + acceptedMinor - m.acceptedMinor,
            ...(first && contract.nextDueMilestoneId === m.milestoneId
              ? await advanceNextDue(tx, contract)
              : {}),
            ...touch,
          }),
        );
        if (d.paymentDueBy !== null)
          await updateAgency(tx, contract.agencyId, touch, (a) => ({
            paymentsDue: a.paymentsDue + 1,
          }));
        return updateSupplier(tx, contract.supplierId, touch, (s) => ({
          evaluations: s.evaluations + 1,
          evaluationsAccepted: s.evaluationsAccepted + (d.verdict === 'rejected' ? 0 : 1),
          evaluationsRejected: s.evaluationsRejected + (d.verdict === 'rejected' ? 1 : 0),
          scoreTotal: s.scoreTotal + d.score,
        }));
      }
      case 'FundsDisbursed': {
        const d = event.data;
        const cash = d.cashPaid.amountMinor;
        const next = { ...contract, cashPaidMinor: contract.cashPaidMinor + cash, ...touch };
        if (d.kind === 'advance') next.advancesMinor += d.amount.amountMinor;
        if (d.milestoneId !== null) {
          next.paidMinor += d.amount.amountMinor;
          const m = await tx.get(accountabilityMilestones, milestoneKey(d.milestoneId));
          if (m) {
            const paidMinor = m.paidMinor + d.amount.amountMinor;
            const late = m.paymentDueBy !== null && isAfter(d.disbursedAt, m.paymentDueBy);
            const settled = paidMinor >= m.acceptedMinor;
            await tx.put(accountabilityMilestones, {
              ...m,
              paidMinor,
              settled,
              settledAt: settled ? (m.settledAt ?? d.disbursedAt) : null,
              paidLate: m.paidLate || late,
            });
            if (late && !m.paidLate)
              await updateAgency(tx, contract.agencyId, touch, (a) => ({
                paymentsPaidLate: a.paymentsPaidLate + 1,
              }));
          }
        }
        await tx.put(accountabilityContracts, next);
        await addSpend(tx, contract, { paidMinor: cash }, touch);
        return updateSupplier(tx, contract.supplierId, touch, (s) => ({
          moneyReceivedMinor: s.moneyReceivedMinor + cash,
        }));
      }
      case 'ContractSuspended':
      case 'ContractResumed':
        return tx.put(accountabilityContracts, {
          ...contract,
          status: event.type === 'ContractSuspended' ? 'suspended' : 'active',
          ...touch,
        });
      case 'ContractTerminated':
      case 'ContractCompleted': {
        const terminated = event.type === 'ContractTerminated';
        const closedAt = terminated ? event.data.terminatedAt : event.data.completedAt;
        // Nothing is expected of a closed contract any more: its milestones cannot be overdue.
        const schedule = await tx.get(accountabilitySchedules, { contractId: contract.contractId });
        for (const milestoneId of schedule?.milestoneIds ?? []) {
          const m = await tx.get(accountabilityMilestones, milestoneKey(milestoneId));
          if (m?.open)
            await tx.put(accountabilityMilestones, { ...m, open: false, status: 'closed' });
        }
        await tx.put(accountabilityContracts, {
          ...contract,
          status: terminated ? 'terminated' : 'completed',
          closedAt,
          ...touch,
        });
        const forDefault =
          event.type === 'ContractTerminated' && event.data.reason === 'for_default';
        return updateSupplier(tx, contract.supplierId, touch, (s) => ({
          contractsActive: s.contractsActive - 1,
          ...(terminated
            ? {
                contractsTerminated: s.contractsTerminated + 1,
                contractsTerminatedForDefault:
                  s.contractsTerminatedForDefault + (forDefault ? 1 : 0),
              }
            : { contractsCompleted: s.contractsCompleted + 1 }),
        }));
      }
      default:
        // The other events this projection handles change nothing here.
        break;
    }
  },
});
