import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, makePolicy } from '@contract-ledger/domain';
import { createMemoryEventStore, type MemoryEventStore } from '@contract-ledger/event-store';
import { allProjections, type ProjectionEvent } from '@contract-ledger/projections';
import { id, milestoneId, Procurement } from '@contract-ledger/projections/testing';
import {
  agencyAccountability,
  agencyAccountabilityList,
  contractAccountability,
  contractAccountabilityOf,
  createReadStore,
  milestoneAccountability,
  redFlag,
  redFlagsList,
  redFlagsOf,
  startProjections,
  supplierAccountability,
  type ReadStore,
} from '../index';

const agency = id(0xa1);
const line = id(0xb1);
const [s1, s2, s3] = [id(0x51), id(0x52), id(0x53)];
const START = '2026-01-05T09:00:00.000Z';
const SIGNED = '2026-03-01T00:00:00.000Z';

let dir: string;
let readStore: ReadStore;

/** What the application appends: each recorded event on its stream, in log order. */
async function appendAll(
  store: MemoryEventStore,
  events: readonly ProjectionEvent[],
): Promise<void> {
  for (const e of events) {
    await store.append(
      e.stream,
      [
        {
          type: e.type,
          data: e.data,
          metadata: { ...e.metadata, commandId: `${e.stream}-${e.revision}` },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
}

beforeAll(async () => {
  const world = new Procurement(
    makePolicy({
      minValidBids: { open: 1, invited: 3, competitive_negotiation: 2, direct_commission: 1 },
    }),
  );
  world.openBudgetLine(line, agency, START);
  for (const s of [s1, s2, s3]) world.registerSupplier(s, START);
  const bids = [
    { supplierId: s1, priceMinor: 600_000, score: 90 },
    { supplierId: s2, priceMinor: 950_000, score: 70 },
    { supplierId: s3, priceMinor: 950_000, score: 60 },
  ];
  world.runTender({
    tenderId: id(0x701),
    agencyId: agency,
    budgetLineId: line,
    draftedAt: START,
    bids,
    estimateMinor: 1_000_000,
  });
  world.runTender({
    tenderId: id(0x702),
    agencyId: agency,
    budgetLineId: line,
    draftedAt: START,
    bids: [bids[1]!],
    estimateMinor: 1_000_000,
  });
  const c1 = id(0xc01);
  const c2 = id(0xc02);
  world.sign({
    contractId: c1,
    tenderId: id(0x701),
    agencyId: agency,
    supplierId: s1,
    budgetLineId: line,
    valueMinor: 600_000,
    signedAt: SIGNED,
    milestones: 3,
  });
  world.sign({
    contractId: c2,
    tenderId: id(0x702),
    agencyId: agency,
    supplierId: s2,
    budgetLineId: line,
    valueMinor: 950_000,
    signedAt: SIGNED,
    milestones: 1,
  });
  world.deliver(c1, milestoneId(c1, 0), addDays(SIGNED, 35));
  world.evaluate(c1, milestoneId(c1, 0), addDays(SIGNED, 36));
  world.pay(c1, milestoneId(c1, 0), 100_000, addDays(SIGNED, 50), id(0xd1));
  // s1 under enhanced monitoring from day 55 to 100, ended early on day 70.
  world.supplier({
    type: 'PlaceUnderEnhancedMonitoring',
    data: {
      supplierId: s1,
      reason: 'Late delivery',
      until: addDays(SIGNED, 100),
      at: addDays(SIGNED, 55),
    },
  });
  world.supplier({
    type: 'EndEnhancedMonitoring',
    data: { supplierId: s1, rationale: 'Back on schedule', at: addDays(SIGNED, 70) },
  });

  dir = mkdtempSync(path.join(tmpdir(), 'accountability-'));
  readStore = await createReadStore({ kind: 'sqlite', file: path.join(dir, 'read.sqlite') });
  const store = createMemoryEventStore();
  await appendAll(store, world.events);
  const handle = await startProjections(store, readStore, allProjections, { batchSize: 7 });
  await handle.waitForHead(10_000);
  await handle.stop();
});

afterAll(async () => {
  await readStore.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('accountability queries on SQLite', () => {
  it('suppliers: filter, sort and page with a cursor', async () => {
    const first = await supplierAccountability(readStore, {
      orderBy: [{ column: 'contractsWon', direction: 'desc' }],
      limit: 2,
    });
    expect(first.items.map((s) => [s.supplierId, s.contractsWon])).toEqual([
      [s1, 1],
      [s2, 1],
    ]);
    const rest = await supplierAccountability(readStore, {
      orderBy: [{ column: 'contractsWon', direction: 'desc' }],
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(rest.items.map((s) => s.supplierId)).toEqual([s3]);
    expect(rest.nextCursor).toBeNull();
    expect((await supplierAccountability(readStore, { supplierId: s1 })).items[0]).toMatchObject({
      milestonesLate: 1,
      moneyReceivedMinor: 100_000,
      acceptanceRateBps: 10_000,
    });
  });

  it('agency at an instant: competitive share against the target, overdue milestones, late payments paid or unpaid', async () => {
    const early = await agencyAccountability(readStore, agency, { at: addDays(SIGNED, 40) });
    expect(early).toMatchObject({
      competitiveShareBps: 10_000,
      competitiveShareTargetBps: 8_500,
      meetsCompetitiveTarget: true,
      singleBidTenders: 1,
      meanBiddersX100: 200,
      spendByMethod: [
        expect.objectContaining({
          method: 'open',
          contracts: 2,
          valueMinor: 1_550_000,
          paidMinor: 100_000,
        }),
      ],
      // c2's only milestone (due day 30) and nothing else: c1's first was evaluated, its second is due on day 60.
      overdueMilestones: 1,
      latePayments: 0,
    });
    const later = await agencyAccountability(readStore, agency, {
      at: addDays(SIGNED, 36 + 31),
      competitiveShareTargetPercent: 100,
    });
    // c1's first milestone: accepted on day 36 for 200,000, 100,000 paid, the rest unpaid past day 66.
    expect(later).toMatchObject({
      overdueMilestones: 2,
      latePayments: 1,
      latePaymentsUnpaid: 1,
      meetsCompetitiveTarget: true,
      competitiveShareTargetBps: 10_000,
    });
    // Enhanced monitoring of s1 shows at the agency of its contract c1; monitored now or not by the instant.
    const monitoring = (at: string) =>
      agencyAccountability(readStore, agency, { at }).then((a) => a!.monitoring);
    expect(await monitoring(addDays(SIGNED, 60))).toEqual({
      contracts: 1,
      current: 1,
      endedEarly: 1,
      items: [
        expect.objectContaining({
          contractId: id(0xc01),
          supplierId: s1,
          reason: 'Late delivery',
          monitoredFrom: addDays(SIGNED, 55),
          monitoredUntil: addDays(SIGNED, 100),
          endedEarlyAt: addDays(SIGNED, 70),
          endRationale: 'Back on schedule',
        }),
      ],
    });
    expect(await monitoring(addDays(SIGNED, 80))).toMatchObject({ contracts: 1, current: 0 });
    expect(await agencyAccountability(readStore, id(0xa9), { at: SIGNED })).toBeNull();
    expect(
      (await agencyAccountabilityList(readStore, { at: SIGNED })).items.map((a) => a.agencyId),
    ).toEqual([agency]);
  });

  it('contracts: progress, overdue at an instant, paged', async () => {
    const overdue = await contractAccountability(readStore, {
      agencyId: agency,
      overdueAt: addDays(SIGNED, 40),
    });
    expect(overdue.items).toEqual([
      expect.objectContaining({
        contractId: id(0xc02),
        overdue: true,
        nextDueAt: addDays(SIGNED, 30),
      }),
    ]);
    const all = await contractAccountability(readStore, {
      orderBy: [{ column: 'signedAt' }],
      limit: 1,
    });
    expect(all.items[0]).toMatchObject({
      contractId: id(0xc01),
      progressBps: 3_333,
      acceptedMinor: 200_000,
      paidMinor: 100_000,
      nextDueMilestoneId: milestoneId(id(0xc01), 1),
      overdue: null,
    });
    expect(all.nextCursor).not.toBeNull();
    // The schedule is served in schedule order, built from the milestone rows (not stored on the contract).
    const c1 = id(0xc01);
    const schedule = [0, 1, 2].map((m) => ({
      milestoneId: milestoneId(c1, m),
      dueAt: addDays(SIGNED, 30 * (m + 1)),
      delivered: m === 0,
      late: m === 0,
      evaluated: m === 0,
      acceptedMinor: m === 0 ? 200_000 : 0,
    }));
    expect(all.items[0]!.schedule).toEqual(schedule);
    const one = await contractAccountabilityOf(readStore, c1);
    expect(one).toMatchObject({ milestonesTotal: 3, milestonesDelivered: 1, schedule });
    // `schedule` sits where version 1 stored it, so the served JSON keeps its key order.
    expect(Object.keys(one!).slice(-3)).toEqual(['schedule', 'updatedAt', 'position']);
    expect(await contractAccountabilityOf(readStore, id(0xc09))).toBeNull();
    const milestones = await milestoneAccountability(readStore, {
      agencyId: agency,
      latePaymentAt: addDays(SIGNED, 67),
    });
    expect(milestones.items.map((m) => m.milestoneId)).toEqual([milestoneId(id(0xc01), 0)]);
    expect(
      (await milestoneAccountability(readStore, { overdueAt: addDays(SIGNED, 40) })).items.map(
        (m) => m.milestoneId,
      ),
    ).toEqual([milestoneId(id(0xc02), 0)]);
  });
});

describe('red flag queries on SQLite', () => {
  it('lists flags newest first, filtered by code and party, paged; by entity; by id', async () => {
    const all = await redFlagsList(readStore, {});
    expect(all.items.map((f) => f.code)).toEqual([
      'LATE_DELIVERY',
      'SINGLE_BID',
      'PRICE_FAR_FROM_ESTIMATE',
      'IDENTICAL_BID_PRICES',
    ]);
    const page = await redFlagsList(readStore, { agencyId: agency, direction: 'asc', limit: 1 });
    expect(page.items.map((f) => f.code)).toEqual(['IDENTICAL_BID_PRICES']);
    const next = await redFlagsList(readStore, {
      agencyId: agency,
      direction: 'asc',
      limit: 1,
      cursor: page.nextCursor,
    });
    expect(next.items.map((f) => f.code)).toEqual(['PRICE_FAR_FROM_ESTIMATE']);
    expect((await redFlagsList(readStore, { code: 'SINGLE_BID' })).items).toEqual([
      expect.objectContaining({ tenderId: id(0x702), supplierId: s2 }),
    ]);
    expect((await redFlagsOf(readStore, 'tender', id(0x701))).items.map((f) => f.code)).toEqual([
      'IDENTICAL_BID_PRICES',
      'PRICE_FAR_FROM_ESTIMATE',
    ]);
    const late = (await redFlagsList(readStore, { code: 'LATE_DELIVERY' })).items[0]!;
    expect(await redFlag(readStore, late.flagId)).toEqual(late);
    expect(late.eventIds).toHaveLength(1);
  });
});
