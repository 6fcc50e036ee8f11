import { addDays, makePolicy } from '@contract-ledger/domain';
import { id, milestoneId, project, Procurement } from '../testing';
import {
  accountabilityAgencies,
  accountabilityAgencyMonitoring,
  accountabilityContracts,
  accountabilityMilestones,
  accountabilityProjection,
  accountabilitySpend,
  accountabilitySuppliers,
} from './accountability.projection';

const agency = id(0xa1);
const line = id(0xb1);
const [s1, s2, s3] = [id(0x51), id(0x52), id(0x53)];
const [t1, t2] = [id(0x71), id(0x72)];
const [c1, c2] = [id(0xc1), id(0xc2)];
const START = '2026-01-05T09:00:00.000Z';

/**
 * An open tender won by s1 (three bids), a direct commission to s2; s1 delivers one milestone on
 * time and one late (paid late), leaves the third pending; s2's only delivery is rejected and its
 * contract terminated for default.
 */
function history(): Procurement {
  const world = new Procurement();
  world.openBudgetLine(line, agency, START);
  for (const s of [s1, s2, s3]) world.registerSupplier(s, START);
  world.runTender({
    tenderId: t1,
    agencyId: agency,
    budgetLineId: line,
    draftedAt: START,
    bids: [
      { supplierId: s1, priceMinor: 900_000, score: 90 },
      { supplierId: s2, priceMinor: 950_000, score: 70 },
      { supplierId: s3, priceMinor: 1_000_000, score: 60 },
    ],
  });
  world.runTender({
    tenderId: t2,
    agencyId: agency,
    budgetLineId: line,
    method: 'direct_commission',
    draftedAt: START,
    bids: [{ supplierId: s2, priceMinor: 500_000, score: 75 }],
  });
  const signedAt = '2026-03-01T00:00:00.000Z';
  world.sign({
    contractId: c1,
    tenderId: t1,
    agencyId: agency,
    supplierId: s1,
    budgetLineId: line,
    valueMinor: 900_000,
    signedAt,
    milestones: 3,
  });
  world.sign({
    contractId: c2,
    tenderId: t2,
    agencyId: agency,
    supplierId: s2,
    budgetLineId: line,
    valueMinor: 500_000,
    signedAt,
    milestones: 1,
  });
  const [m0, m1] = [milestoneId(c1, 0), milestoneId(c1, 1)];
  world.deliver(c1, m0, addDays(signedAt, 29));
  world.evaluate(c1, m0, addDays(signedAt, 31), 'accepted', 80);
  world.pay(c1, m0, 300_000, addDays(signedAt, 40), id(0xd1));
  world.deliver(c1, m1, addDays(signedAt, 65));
  world.evaluate(c1, m1, addDays(signedAt, 66), 'partially_accepted', 60);
  world.pay(c1, m1, 150_000, addDays(signedAt, 66 + 31), id(0xd2));
  world.deliver(c2, milestoneId(c2, 0), addDays(signedAt, 20));
  world.evaluate(c2, milestoneId(c2, 0), addDays(signedAt, 21), 'rejected', 20);
  world.terminate(c2, addDays(signedAt, 25));
  return world;
}

describe('accountability', () => {
  it('per supplier: wins, contracts by outcome, milestones on time and late, acceptance, mean score, money received', async () => {
    const rows = await project(accountabilityProjection, history().events);
    const bySupplier = Object.fromEntries(
      rows.rows(accountabilitySuppliers).map((s) => [s.supplierId, s]),
    );
    expect(bySupplier[s1]).toMatchObject({
      contractsWon: 1,
      contractsSigned: 1,
      contractsActive: 1,
      contractsCompleted: 0,
      contractsTerminated: 0,
      milestonesOnTime: 1,
      milestonesLate: 1,
      evaluations: 2,
      evaluationsAccepted: 2,
      acceptanceRateBps: 10_000,
      meanScoreX100: 7_000,
      moneyReceivedMinor: 450_000,
    });
    expect(bySupplier[s2]).toMatchObject({
      contractsWon: 1,
      contractsActive: 0,
      contractsTerminated: 1,
      contractsTerminatedForDefault: 1,
      evaluations: 1,
      evaluationsRejected: 1,
      acceptanceRateBps: 0,
      meanScoreX100: 2_000,
      moneyReceivedMinor: 0,
    });
    expect(bySupplier[s3]).toMatchObject({
      contractsWon: 0,
      contractsSigned: 0,
      acceptanceRateBps: null,
      meanScoreX100: null,
      name: expect.stringContaining('Supplier'),
    });
  });

  it('per supplier: enhanced monitoring placements, early ends and when the latest stops', async () => {
    const world = new Procurement();
    world.registerSupplier(s1, START);
    world.supplier({
      type: 'PlaceUnderEnhancedMonitoring',
      data: {
        supplierId: s1,
        reason: 'Late deliveries',
        until: '2026-12-01T00:00:00.000Z',
        at: START,
      },
    });
    world.supplier({
      type: 'EndEnhancedMonitoring',
      data: { supplierId: s1, rationale: 'On time since', at: '2026-06-01T00:00:00.000Z' },
    });
    const rows = await project(accountabilityProjection, world.events);
    expect(rows.rows(accountabilitySuppliers)[0]).toMatchObject({
      monitoringPlacements: 1,
      monitoringEndedEarly: 1,
      monitoredUntil: '2026-06-01T00:00:00.000Z',
    });
  });

  it('per agency: the contracts whose supplier was under enhanced monitoring while they ran, and early ends with their rationale', async () => {
    const world = history();
    const placedAt = '2026-07-01T00:00:00.000Z';
    const place = (supplierId: string) =>
      world.supplier({
        type: 'PlaceUnderEnhancedMonitoring',
        data: {
          supplierId,
          reason: 'Late deliveries',
          until: '2026-12-01T00:00:00.000Z',
          at: placedAt,
        },
      });
    // s1's contract runs: monitored; s2's was terminated before: not.
    place(s1);
    place(s2);
    world.supplier({
      type: 'EndEnhancedMonitoring',
      data: {
        supplierId: s1,
        rationale: 'On time since the placement',
        at: '2026-08-01T00:00:00.000Z',
      },
    });
    // Signed during s2's placement: monitored from its signing.
    world.runTender({
      tenderId: id(0x73),
      agencyId: agency,
      budgetLineId: line,
      method: 'direct_commission',
      draftedAt: '2026-07-02T00:00:00.000Z',
      bids: [{ supplierId: s2, priceMinor: 100_000, score: 75 }],
    });
    world.sign({
      contractId: id(0xc3),
      tenderId: id(0x73),
      agencyId: agency,
      supplierId: s2,
      budgetLineId: line,
      valueMinor: 100_000,
      signedAt: '2026-07-20T00:00:00.000Z',
      milestones: 1,
    });
    const rows = await project(accountabilityProjection, world.events);
    expect(rows.rows(accountabilityAgencyMonitoring)).toEqual(
      [
        {
          agencyId: agency,
          contractId: c1,
          tenderId: t1,
          supplierId: s1,
          reason: 'Late deliveries',
          monitoredFrom: placedAt,
          monitoredUntil: '2026-12-01T00:00:00.000Z',
          endedEarlyAt: '2026-08-01T00:00:00.000Z',
          endRationale: 'On time since the placement',
          position: expect.any(Number),
        },
        {
          agencyId: agency,
          contractId: id(0xc3),
          tenderId: id(0x73),
          supplierId: s2,
          reason: 'Late deliveries',
          monitoredFrom: placedAt,
          monitoredUntil: '2026-12-01T00:00:00.000Z',
          endedEarlyAt: null,
          endRationale: null,
          position: expect.any(Number),
        },
      ].sort((a, b) => (a.contractId < b.contractId ? -1 : 1)),
    );
  });

  it('per agency: spend by method, competitive share, bidders per tender, single bids, payments due and paid late', async () => {
    const rows = await project(accountabilityProjection, history().events);
    expect(rows.rows(accountabilityAgencies)).toEqual([
      expect.objectContaining({
        agencyId: agency,
        tendersDrafted: 2,
        tendersPublished: 2,
        tendersOpened: 2,
        tendersAwarded: 2,
        competitiveTendersOpened: 1,
        competitiveBidsOpened: 3,
        singleBidTenders: 0,
        meanBiddersX100: 300,
        contractsSigned: 2,
        contractValueMinor: 1_400_000,
        competitiveValueMinor: 900_000,
        competitiveShareBps: 6_428,
        paymentsDue: 2,
        paymentsPaidLate: 1,
      }),
    ]);
    expect(rows.rows(accountabilitySpend)).toEqual([
      {
        agencyId: agency,
        method: 'direct_commission',
        competitive: false,
        currency: 'CNY',
        contracts: 1,
        valueMinor: 500_000,
        paidMinor: 0,
      },
      {
        agencyId: agency,
        method: 'open',
        competitive: true,
        currency: 'CNY',
        contracts: 1,
        valueMinor: 900_000,
        paidMinor: 450_000,
      },
    ]);
  });

  it('counts a competitive tender opened with a single bid (where the policy lets one open)', async () => {
    const world = new Procurement(
      makePolicy({
        minValidBids: { open: 1, invited: 3, competitive_negotiation: 2, direct_commission: 1 },
      }),
    );
    world.openBudgetLine(line, agency, START);
    world.registerSupplier(s1, START);
    world.runTender({
      tenderId: t1,
      agencyId: agency,
      budgetLineId: line,
      draftedAt: START,
      bids: [{ supplierId: s1, priceMinor: 900_000, score: 90 }],
    });
    const rows = await project(accountabilityProjection, world.events);
    expect(rows.rows(accountabilityAgencies)[0]).toMatchObject({
      singleBidTenders: 1,
      competitiveTendersOpened: 1,
      meanBiddersX100: 100,
    });
  });

  it('per contract: progress, accepted versus paid, the next due milestone; milestone rows for the time-dependent questions', async () => {
    const rows = await project(accountabilityProjection, history().events);
    const [first, second] = rows.rows(accountabilityContracts);
    expect(first).toMatchObject({
      contractId: c1,
      method: 'open',
      status: 'active',
      milestonesTotal: 3,
      milestonesDelivered: 2,
      milestonesEvaluated: 2,
      milestonesLate: 1,
      progressBps: 6_666,
      acceptedMinor: 300_000 + 150_000,
      paidMinor: 450_000,
      nextDueMilestoneId: milestoneId(c1, 2),
      nextDueAt: addDays('2026-03-01T00:00:00.000Z', 90),
    });
    expect(second).toMatchObject({
      contractId: c2,
      status: 'terminated',
      closedAt: addDays('2026-03-01T00:00:00.000Z', 25),
      acceptedMinor: 0,
      nextDueMilestoneId: null,
    });
    const milestones = rows.rows(accountabilityMilestones);
    expect(milestones.filter((m) => m.open).map((m) => m.milestoneId)).toEqual([
      milestoneId(c1, 2),
    ]);
    expect(milestones.find((m) => m.milestoneId === milestoneId(c1, 1))).toMatchObject({
      verdict: 'partially_accepted',
      acceptedMinor: 150_000,
      paidMinor: 150_000,
      settled: true,
      paidLate: true,
    });
    expect(milestones.find((m) => m.milestoneId === milestoneId(c1, 0))).toMatchObject({
      settled: true,
      paidLate: false,
      deliveredLate: false,
    });
  });

  it('an amendment reschedules milestones and changes the spend', async () => {
    const world = history();
    const signedAt = '2026-03-01T00:00:00.000Z';
    world.contract({
      type: 'AmendContract',
      data: {
        contractId: c1,
        amendmentId: id(0xaa1),
        amendedBy: id(0xf001),
        at: addDays(signedAt, 70),
        rationale: 'scope_change',
        justification: 'More visits',
        newValue: { amountMinor: 950_000, currency: 'CNY' },
        milestones: [0, 1, 2].map((i) => {
          const row = {
            milestoneId: milestoneId(c1, i),
            title: `Phase ${i + 1}`,
            dueAt: addDays(signedAt, 30 * (i + 1) + (i === 2 ? 30 : 0)),
            deliverables: ['Visit log'],
            indicators: [
              { indicatorId: 'visits', description: 'Home visits made', target: '>= 100' },
            ],
          };
          return { ...row, amount: { amountMinor: i === 2 ? 350_000 : 300_000, currency: 'CNY' } };
        }),
        policy: world.policy,
      },
    });
    const rows = await project(accountabilityProjection, world.events);
    expect(rows.rows(accountabilityContracts)[0]).toMatchObject({
      valueMinor: 950_000,
      amendments: 1,
      nextDueAt: addDays(signedAt, 120),
    });
    expect(rows.rows(accountabilityAgencies)[0]).toMatchObject({
      contractValueMinor: 1_450_000,
      competitiveValueMinor: 950_000,
    });
    expect(
      rows.rows(accountabilityMilestones).find((m) => m.milestoneId === milestoneId(c1, 2)),
    ).toMatchObject({ amountMinor: 350_000, open: true });
  });
});
