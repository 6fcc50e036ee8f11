import {
  accountabilityAgencies,
  accountabilityAgencyMonitoring,
  accountabilityContracts,
  accountabilityMilestones,
  accountabilityProjection,
  accountabilitySchedules,
  accountabilitySpend,
  accountabilitySuppliers,
  scheduleEntryOf,
  type Row,
  type ScheduleEntry,
} from '@contract-ledger/projections';
import { DEFAULT_POLICY } from '@contract-ledger/domain';
import { decodeRow } from '../codec';
import type { ReadStore } from '../read-store';
import { allRows, queryTable, type Filter, type Page, type Sort } from '../query';

export type SupplierAccountabilityRow = Row<typeof accountabilitySuppliers>;
export type AgencyAccountabilityRow = Row<typeof accountabilityAgencies>;
export type AgencySpendRow = Row<typeof accountabilitySpend>;
export type AgencyMonitoringRow = Row<typeof accountabilityAgencyMonitoring>;

/** Enhanced monitoring at one agency: its contracts whose supplier was placed under it. */
export interface AgencyMonitoring {
  /** Contracts of the agency ever monitored. */
  readonly contracts: number;
  /** Of those, monitored at `at` (from <= at < the early end, or else the scheduled end). */
  readonly current: number;
  /** Of those, whose monitoring a supervisor ended early (with its rationale in `items`). */
  readonly endedEarly: number;
  /** Each monitored contract with the placement's period and reason, and its early end if any. */
  readonly items: AgencyMonitoringRow[];
}
/** The contract row with its `schedule` (milestones in schedule order), as version 1 stored it. */
export type ContractAccountabilityRow = Row<typeof accountabilityContracts> & {
  readonly schedule: ScheduleEntry[];
};
export type MilestoneAccountabilityRow = Row<typeof accountabilityMilestones>;

interface Paging {
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface SupplierAccountabilitySearch extends Paging {
  readonly supplierId?: string;
  /** e.g. [{ column: 'milestonesLate', direction: 'desc' }]; the key is appended. */
  readonly orderBy?: readonly Sort<typeof accountabilitySuppliers>[];
  /** Only suppliers with at least this many contracts signed. */
  readonly minContracts?: number;
}

/** Per supplier: wins, contracts by outcome, milestones on time and late, acceptance, mean score, money, notices, debarments. */
export function supplierAccountability(
  readStore: ReadStore,
  search: SupplierAccountabilitySearch = {},
): Promise<Page<SupplierAccountabilityRow>> {
  const filters: Filter<typeof accountabilitySuppliers>[] = [];
  if (search.supplierId) filters.push({ column: 'supplierId', op: '=', value: search.supplierId });
  if (search.minContracts !== undefined)
    filters.push({ column: 'contractsSigned', op: '>=', value: search.minContracts });
  return queryTable(readStore, accountabilityProjection, accountabilitySuppliers, {
    filters,
    ...(search.orderBy ? { orderBy: search.orderBy } : {}),
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
}

export interface AgencyAccountabilityOptions {
  /** The instant "overdue" and "unpaid past due" are judged at (ISO-8601 UTC, as the events write them). */
  readonly at: string;
  /** Default DEFAULT_POLICY.competitiveShareTargetPercent; pass the policy in force. */
  readonly competitiveShareTargetPercent?: number;
}

export interface AgencyAccountability extends AgencyAccountabilityRow {
  readonly spendByMethod: AgencySpendRow[];
  readonly competitiveShareTargetBps: number;
  /** null before the first contract. */
  readonly meetsCompetitiveTarget: boolean | null;
  /** Unevaluated milestones of running contracts whose due date is before `at`. */
  readonly overdueMilestones: number;
  /** Accepted milestones paid after their due date, or not fully paid and due before `at`. */
  readonly latePayments: number;
  readonly latePaymentsUnpaid: number;
  readonly monitoring: AgencyMonitoring;
  readonly at: string;
}

/** One agency's figures at an instant; null when the agency has no event in the log. */
export async function agencyAccountability(
  readStore: ReadStore,
  agencyId: string,
  options: AgencyAccountabilityOptions,
): Promise<AgencyAccountability | null> {
  const { items } = await queryTable(readStore, accountabilityProjection, accountabilityAgencies, {
    where: { agencyId },
    limit: 1,
  });
  const row = items[0];
  return row ? withInstant(readStore, row, options) : null;
}

export interface AgencyAccountabilitySearch extends Paging, AgencyAccountabilityOptions {
  readonly orderBy?: readonly Sort<typeof accountabilityAgencies>[];
}

/** Every agency, paged, each with its figures at `at`. */
export async function agencyAccountabilityList(
  readStore: ReadStore,
  search: AgencyAccountabilitySearch,
): Promise<Page<AgencyAccountability>> {
  const page = await queryTable(readStore, accountabilityProjection, accountabilityAgencies, {
    ...(search.orderBy ? { orderBy: search.orderBy } : {}),
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
  return {
    items: await Promise.all(page.items.map((row) => withInstant(readStore, row, search))),
    nextCursor: page.nextCursor,
  };
}

async function withInstant(
  readStore: ReadStore,
  row: AgencyAccountabilityRow,
  options: AgencyAccountabilityOptions,
): Promise<AgencyAccountability> {
  const targetBps =
    (options.competitiveShareTargetPercent ?? DEFAULT_POLICY.competitiveShareTargetPercent) * 100;
  const [spendByMethod, monitored, overdueMilestones, latePaymentsUnpaid] = await Promise.all([
    allRows(readStore, accountabilityProjection, accountabilitySpend, {
      where: { agencyId: row.agencyId },
    }),
    allRows(readStore, accountabilityProjection, accountabilityAgencyMonitoring, {
      where: { agencyId: row.agencyId },
    }),
    countMilestones(readStore, { agencyId: row.agencyId, open: true }, [
      { column: 'dueAt', op: '<', value: options.at },
    ]),
    countMilestones(readStore, { agencyId: row.agencyId, settled: false, paidLate: false }, [
      { column: 'paymentDueBy', op: '<', value: options.at },
    ]),
  ]);
  return {
    ...row,
    spendByMethod,
    competitiveShareTargetBps: targetBps,
    meetsCompetitiveTarget:
      row.competitiveShareBps === null ? null : row.competitiveShareBps >= targetBps,
    overdueMilestones,
    // Paid late (whatever the instant) plus still unpaid past the due date; never both for one milestone.
    latePayments: row.paymentsPaidLate + latePaymentsUnpaid,
    latePaymentsUnpaid,
    monitoring: {
      contracts: monitored.length,
      current: monitored.filter(
        (m) => m.monitoredFrom <= options.at && options.at < (m.endedEarlyAt ?? m.monitoredUntil),
      ).length,
      endedEarly: monitored.filter((m) => m.endedEarlyAt !== null).length,
      items: monitored,
    },
    at: options.at,
  };
}

async function countMilestones(
  readStore: ReadStore,
  where: Partial<MilestoneAccountabilityRow>,
  filters: Filter<typeof accountabilityMilestones>[],
): Promise<number> {
  const name = await readStore.tableName(accountabilityProjection, accountabilityMilestones);
  let query = readStore.db
    .selectFrom(name)
    .select((eb) => eb.fn.countAll<number | string>().as('n'));
  for (const [column, value] of Object.entries(where))
    query = query.where(
      column,
      '=',
      typeof value === 'boolean' && readStore.dialect === 'sqlite' ? (value ? 1 : 0) : value,
    );
  for (const f of filters) query = query.where(f.column, f.op as '<', f.value);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface ContractAccountabilitySearch extends Paging {
  readonly agencyId?: string;
  readonly supplierId?: string;
  readonly status?: 'active' | 'suspended' | 'completed' | 'terminated';
  /** Only contracts with an unevaluated milestone due before this instant (active or suspended). */
  readonly overdueAt?: string;
  /** Default: newest first (by position of the last change). */
  readonly orderBy?: readonly Sort<typeof accountabilityContracts>[];
}

export interface ContractAccountability extends ContractAccountabilityRow {
  /** With `overdueAt`: whether the next due milestone is overdue then. */
  readonly overdue: boolean | null;
}

/** Per contract: progress, accepted versus paid, the next due milestone, overdue at an instant. */
export async function contractAccountability(
  readStore: ReadStore,
  search: ContractAccountabilitySearch = {},
): Promise<Page<ContractAccountability>> {
  const filters: Filter<typeof accountabilityContracts>[] = [];
  if (search.agencyId) filters.push({ column: 'agencyId', op: '=', value: search.agencyId });
  if (search.supplierId) filters.push({ column: 'supplierId', op: '=', value: search.supplierId });
  if (search.status) filters.push({ column: 'status', op: '=', value: search.status });
  if (search.overdueAt) {
    filters.push(
      { column: 'status', op: 'in', value: ['active', 'suspended'] },
      { column: 'nextDueAt', op: '<', value: search.overdueAt },
    );
  }
  const page = await queryTable(readStore, accountabilityProjection, accountabilityContracts, {
    filters,
    orderBy: search.orderBy ?? [{ column: 'position', direction: 'desc' }],
    limit: search.limit,
    cursor: search.cursor ?? null,
  });
  const items = await withSchedules(readStore, page.items);
  return {
    items: items.map((row) => ({ ...row, overdue: overdueAt(row, search.overdueAt) })),
    nextCursor: page.nextCursor,
  };
}

/** One contract's row with its schedule; null when the contract has no accountability record. */
export async function contractAccountabilityOf(
  readStore: ReadStore,
  contractId: string,
): Promise<ContractAccountabilityRow | null> {
  const { items } = await queryTable(readStore, accountabilityProjection, accountabilityContracts, {
    where: { contractId },
    limit: 1,
  });
  const [row] = await withSchedules(readStore, items);
  return row ?? null;
}

/**
 * Adds each contract's `schedule`, built from its milestone rows in the order of its `schedules`
 * row: two queries per page, whatever the number of contracts on it.
 */
async function withSchedules(
  readStore: ReadStore,
  rows: readonly Row<typeof accountabilityContracts>[],
): Promise<ContractAccountabilityRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.contractId);
  const [scheduleTable, milestoneTable] = await Promise.all([
    readStore.tableName(accountabilityProjection, accountabilitySchedules),
    readStore.tableName(accountabilityProjection, accountabilityMilestones),
  ]);
  const [schedules, milestones] = await Promise.all([
    readStore.db.selectFrom(scheduleTable).selectAll().where('contractId', 'in', ids).execute(),
    readStore.db.selectFrom(milestoneTable).selectAll().where('contractId', 'in', ids).execute(),
  ]);
  const order = new Map<string, string[]>();
  for (const raw of schedules) {
    const s = decodeRow(accountabilitySchedules, raw) as Row<typeof accountabilitySchedules>;
    order.set(s.contractId, s.milestoneIds);
  }
  const entries = new Map<string, ScheduleEntry>();
  for (const raw of milestones) {
    const m = decodeRow(accountabilityMilestones, raw) as MilestoneAccountabilityRow;
    entries.set(`${m.contractId} ${m.milestoneId}`, scheduleEntryOf(m));
  }
  return rows.map(({ updatedAt, position, ...row }) => ({
    ...row,
    schedule: (order.get(row.contractId) ?? []).flatMap((milestoneId) => {
      const entry = entries.get(`${row.contractId} ${milestoneId}`);
      return entry ? [entry] : [];
    }),
    // After `schedule`, where version 1 had the column: the served JSON keeps its key order.
    updatedAt,
    position,
  }));
}

function overdueAt(row: ContractAccountabilityRow, at: string | undefined): boolean | null {
  if (at === undefined) return null;
  return (
    (row.status === 'active' || row.status === 'suspended') &&
    row.nextDueAt !== null &&
    row.nextDueAt < at
  );
}

export interface MilestoneAccountabilitySearch extends Paging {
  readonly contractId?: string;
  readonly agencyId?: string;
  readonly supplierId?: string;
  /** Only unevaluated milestones of running contracts due before this instant, earliest first. */
  readonly overdueAt?: string;
  /** Only milestones whose payment is late at this instant (paid after due, or unpaid and due before it). */
  readonly latePaymentAt?: string;
}

/** Milestone rows: a contract's schedule, or an agency's / supplier's overdue milestones or late payments at an instant. */
export async function milestoneAccountability(
  readStore: ReadStore,
  search: MilestoneAccountabilitySearch = {},
): Promise<Page<MilestoneAccountabilityRow>> {
  const filters: Filter<typeof accountabilityMilestones>[] = [];
  if (search.contractId) filters.push({ column: 'contractId', op: '=', value: search.contractId });
  if (search.agencyId) filters.push({ column: 'agencyId', op: '=', value: search.agencyId });
  if (search.supplierId) filters.push({ column: 'supplierId', op: '=', value: search.supplierId });
  if (search.overdueAt)
    filters.push(
      { column: 'open', op: '=', value: true },
      { column: 'dueAt', op: '<', value: search.overdueAt },
    );
  if (search.latePaymentAt === undefined) {
    return queryTable(readStore, accountabilityProjection, accountabilityMilestones, {
      filters,
      orderBy: [{ column: 'dueAt' }],
      limit: search.limit,
      cursor: search.cursor ?? null,
    });
  }
  // "Paid late, or unpaid and past due" is an OR the keyset pager does not express; an agency's
  // late payments are few, so they are filtered in memory and paged by offset.
  const at = search.latePaymentAt;
  const due = await allRows(readStore, accountabilityProjection, accountabilityMilestones, {
    filters: [...filters, { column: 'paymentDueBy', op: 'is not null' }],
    orderBy: [{ column: 'paymentDueBy' }],
  });
  const late = due.filter((m) => m.paidLate || (!m.settled && (m.paymentDueBy as string) < at));
  const offset = search.cursor ? Number(Buffer.from(search.cursor, 'base64url').toString()) : 0;
  const limit = search.limit ?? 50;
  return {
    items: late.slice(offset, offset + limit),
    nextCursor:
      offset + limit < late.length
        ? Buffer.from(String(offset + limit)).toString('base64url')
        : null,
  };
}
