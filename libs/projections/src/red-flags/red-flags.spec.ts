import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  addDays,
  DomainError,
  makePolicy,
  type ContractCommand,
  type Policy,
  type TenderCommand,
} from '@contract-ledger/domain';
import {
  bidIdOf,
  cny,
  EVALUATOR,
  FINANCE,
  id,
  milestoneId,
  OFFICER,
  project,
  Procurement,
  type BidPlan,
} from '../testing';
import {
  createRedFlagsProjection,
  RED_FLAG_CODES,
  redFlags,
  redFlagsProjection,
  type RedFlagCode,
} from './red-flags.projection';

const agency = id(0xa1);
const line = id(0xb1);
const [s1, s2, s3] = [id(0x51), id(0x52), id(0x53)];
const START = '2026-01-05T09:00:00.000Z';
const SIGNED = '2026-03-01T00:00:00.000Z';
const fair: BidPlan[] = [
  { supplierId: s1, priceMinor: 1_000_000, score: 90 },
  { supplierId: s2, priceMinor: 1_050_000, score: 70 },
  { supplierId: s3, priceMinor: 990_000, score: 60 },
];

function world(policy?: Partial<Policy>): Procurement {
  const w = new Procurement(makePolicy(policy));
  w.openBudgetLine(line, agency, START);
  for (const s of [s1, s2, s3]) w.registerSupplier(s, START);
  return w;
}

function tender(
  w: Procurement,
  n: number,
  bids: BidPlan[] = fair,
  over: Partial<Parameters<Procurement['runTender']>[0]> = {},
) {
  return w.runTender({
    tenderId: id(0x700 + n),
    agencyId: agency,
    budgetLineId: line,
    draftedAt: START,
    bids,
    estimateMinor: 1_000_000,
    ...over,
  });
}

function contract(w: Procurement, n = 1, valueMinor = 900_000, milestones = 2) {
  const contractId = id(0xc00 + n);
  w.sign({
    contractId,
    tenderId: id(0x700 + n),
    agencyId: agency,
    supplierId: s1,
    budgetLineId: line,
    valueMinor,
    signedAt: SIGNED,
    milestones,
  });
  return contractId;
}

async function flags(w: Procurement, projection = redFlagsProjection) {
  return (await project(projection, w.events)).rows(redFlags);
}

const eventIdsOf = (w: Procurement, type: string) =>
  w.events.filter((e) => e.type === type).map((e) => e.eventId);

describe('red flags', () => {
  it('a clean procurement raises none', async () => {
    const w = world();
    tender(w, 1);
    const c = contract(w);
    w.deliver(c, milestoneId(c, 0), addDays(SIGNED, 29));
    w.evaluate(c, milestoneId(c, 0), addDays(SIGNED, 30));
    w.pay(c, milestoneId(c, 0), 450_000, addDays(SIGNED, 45), id(0xd1));
    expect(await flags(w)).toEqual([]);
  });

  it('SINGLE_BID: one valid bid opened on a competitive method, not on a direct commission', async () => {
    const w = world({
      minValidBids: { open: 1, invited: 3, competitive_negotiation: 2, direct_commission: 1 },
    });
    tender(w, 1, [fair[0]!], { stopAfterOpening: true });
    tender(w, 2, [fair[1]!], { method: 'direct_commission', stopAfterOpening: true });
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'SINGLE_BID',
        entityKind: 'tender',
        entityId: id(0x701),
        agencyId: agency,
        supplierId: s1,
        eventIds: [eventIdsOf(w, 'BidsOpened')[0]],
      }),
    ]);
  });

  it('SHORT_SUBMISSION_PERIOD: published under the reference minimum once the jurisdiction allowed it', async () => {
    const w = world({
      minSubmissionDays: {
        open: 5,
        invited: 10,
        competitive_negotiation: 10,
        direct_commission: 0,
      },
    });
    tender(w, 1, fair, { submissionDays: 6, stopAfterOpening: true });
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'SHORT_SUBMISSION_PERIOD',
        entityId: id(0x701),
        details: expect.objectContaining({ submissionDays: 6, minimumDays: 20 }),
        eventIds: eventIdsOf(w, 'TenderPublished'),
      }),
    ]);
    // Judged against a reference that allows 5 days, the same history is clean.
    const lax = createRedFlagsProjection({ policy: w.policy });
    expect(await flags(w, lax)).toEqual([]);
  });

  it("SHORT_SUBMISSION_PERIOD in a sandbox (ADR 0010): a deadline moved by amendment is judged in the reference policy's days", async () => {
    const w = world();
    tender(w, 1, fair, { stopAfterOpening: true });
    // A deadline moved to 25 minutes after publication, spliced in after the publication (the
    // projection reads what the log holds; the decider's own rules are tested in libs/domain).
    const at = w.events.findIndex((e) => e.type === 'TenderPublished');
    const published = w.events[at]!;
    const publishedAt = (published.data as { publishedAt: string }).publishedAt;
    const deadline = new Date(Date.parse(publishedAt) + 25 * 60_000).toISOString();
    const amended = {
      ...published,
      eventId: id(0xa3e),
      type: 'TenderAmended',
      data: {
        tenderId: id(0x701),
        changes: {},
        reason: 'Earlier start',
        material: false,
        deadline,
        deadlineExtended: false,
        voidedBidIds: [],
        amendedAt: publishedAt,
      },
    } as (typeof w.events)[number];
    const events = [...w.events.slice(0, at + 1), amended, ...w.events.slice(at + 1)];
    const judge = async (dayMs: number) =>
      (await project(createRedFlagsProjection({ policy: makePolicy({ dayMs }) }), events))
        .rows(redFlags)
        .filter((r) => r.code === 'SHORT_SUBMISSION_PERIOD')
        .map((r) => r.details['submissionDays']);
    // One-minute days: 25 of them, above the 20-day minimum. Calendar days: 0, flagged.
    expect(await judge(60_000)).toEqual([]);
    expect(await judge(86_400_000)).toEqual([0]);
  });

  it('AWARD_NOT_BEST_SCORE: the award overrides the best weighted score', async () => {
    const w = world();
    tender(w, 1, fair, { awardTo: 1 });
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'AWARD_NOT_BEST_SCORE',
        supplierId: s2,
        details: expect.objectContaining({
          weightedScore: 7000,
          bestWeightedScore: 9000,
          rationale: 'Better local presence',
        }),
        eventIds: eventIdsOf(w, 'TenderAwarded'),
      }),
    ]);
  });

  it('PRICE_FAR_FROM_ESTIMATE: more than 30 % below or above the estimate, not at exactly 30 %', async () => {
    const w = world();
    tender(w, 1, [{ ...fair[0]!, priceMinor: 690_000 }, fair[1]!, fair[2]!]);
    tender(w, 2, [{ ...fair[0]!, priceMinor: 1_310_000 }, fair[1]!, fair[2]!]);
    tender(w, 3, [{ ...fair[0]!, priceMinor: 700_000 }, fair[1]!, fair[2]!]);
    const rows = await flags(w);
    expect(
      rows
        .filter((r) => r.code === 'PRICE_FAR_FROM_ESTIMATE')
        .map((r) => [r.code, r.entityId, r.details['deviationPercent']]),
    ).toEqual([
      ['PRICE_FAR_FROM_ESTIMATE', id(0x701), -31],
      ['PRICE_FAR_FROM_ESTIMATE', id(0x702), 31],
    ]);
  });

  it('IDENTICAL_BID_PRICES: different suppliers, same price, raised at opening with the bids and the opening', async () => {
    const w = world();
    const events = tender(w, 1, [fair[0]!, { ...fair[1]!, priceMinor: 1_000_000 }, fair[2]!], {
      stopAfterOpening: true,
    });
    const rows = await flags(w);
    const submitted = events
      .filter((e) => e.type === 'BidSubmitted')
      .slice(0, 2)
      .map((e) => e.eventId);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'IDENTICAL_BID_PRICES',
        entityId: id(0x701),
        details: expect.objectContaining({
          priceMinor: 1_000_000,
          supplierIds: [s1, s2],
          bidIds: [bidIdOf(id(0x701), 0), bidIdOf(id(0x701), 1)],
        }),
        eventIds: [...submitted, eventIdsOf(w, 'BidsOpened')[0]],
      }),
    ]);
    // Not before opening: the prices are sealed until then.
    expect(await (await project(redFlagsProjection, w.events.slice(0, -1))).rows(redFlags)).toEqual(
      [],
    );
  });

  describe('amendments', () => {
    const amend = (
      w: Procurement,
      contractId: string,
      n: number,
      valueMinor: number,
      approval?: string,
    ): void => {
      const half = Math.floor(valueMinor / 2);
      w.contract({
        type: 'AmendContract',
        data: {
          contractId,
          amendmentId: id(0xaa0 + n),
          amendedBy: id(0xf001),
          at: addDays(SIGNED, n),
          rationale: 'scope_change',
          justification: 'More visits',
          newValue: cny(valueMinor),
          milestones: [0, 1].map((i) => ({
            milestoneId: milestoneId(contractId, i),
            title: `Phase ${i + 1}`,
            dueAt: addDays(SIGNED, 30 * (i + 1)),
            amount: cny(i === 0 ? half : valueMinor - half),
            deliverables: ['Visit log'],
            indicators: [
              { indicatorId: 'visits', description: 'Home visits made', target: '>= 100' },
            ],
          })),
          supervisorApprovalId: approval ?? null,
          policy: w.policy,
        },
      });
    };

    it('AMENDMENTS_ABOVE_THRESHOLD: cumulative raises beyond the policy threshold (approved or not)', async () => {
      const w = world();
      tender(w, 1);
      const c = contract(w, 1, 1_000_000);
      amend(w, c, 1, 1_060_000);
      expect(await flags(w)).toEqual([]);
      w.contract({
        type: 'ApproveAmendment',
        data: {
          contractId: c,
          approvalId: id(0xab1),
          approvedBy: id(0xf004),
          at: addDays(SIGNED, 2),
          maxNewValue: cny(1_200_000),
          justification: 'Demand doubled',
        },
      });
      amend(w, c, 3, 1_150_000, id(0xab1));
      const rows = await flags(w);
      expect(rows).toEqual([
        expect.objectContaining({
          code: 'AMENDMENTS_ABOVE_THRESHOLD',
          entityKind: 'contract',
          entityId: c,
          contractId: c,
          agencyId: agency,
          supplierId: s1,
          details: expect.objectContaining({
            signedValueMinor: 1_000_000,
            cumulativeChangeMinor: 150_000,
            thresholdPercent: 10,
          }),
          eventIds: [eventIdsOf(w, 'ContractAmended')[1]],
        }),
      ]);
    });

    it('REPEATED_AMENDMENTS: the third amendment on one contract, with all three', async () => {
      const w = world();
      tender(w, 1);
      const c = contract(w, 1, 1_000_000);
      amend(w, c, 1, 990_000);
      amend(w, c, 2, 980_000);
      expect(await flags(w)).toEqual([]);
      amend(w, c, 3, 970_000);
      expect(await flags(w)).toEqual([
        expect.objectContaining({
          code: 'REPEATED_AMENDMENTS',
          entityId: c,
          eventIds: eventIdsOf(w, 'ContractAmended'),
        }),
      ]);
    });
  });

  it('LATE_DELIVERY: a delivery reported after its due date', async () => {
    const w = world();
    tender(w, 1);
    const c = contract(w);
    w.deliver(c, milestoneId(c, 0), addDays(SIGNED, 29));
    w.deliver(c, milestoneId(c, 1), addDays(SIGNED, 63));
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'LATE_DELIVERY',
        entityKind: 'milestone',
        entityId: milestoneId(c, 1),
        contractId: c,
        details: expect.objectContaining({ daysLate: 3 }),
        eventIds: [eventIdsOf(w, 'DeliveryReported')[1]],
      }),
    ]);
  });

  it('LATE_PAYMENT: paid after the prompt-payment due date, with the evaluation that set it', async () => {
    const w = world();
    tender(w, 1);
    const c = contract(w);
    w.deliver(c, milestoneId(c, 0), addDays(SIGNED, 29));
    w.evaluate(c, milestoneId(c, 0), addDays(SIGNED, 30));
    w.pay(c, milestoneId(c, 0), 100_000, addDays(SIGNED, 60), id(0xd1));
    expect(await flags(w)).toEqual([]);
    w.pay(c, milestoneId(c, 0), 100_000, addDays(SIGNED, 60.5), id(0xd2));
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'LATE_PAYMENT',
        entityId: milestoneId(c, 0),
        eventIds: [eventIdsOf(w, 'MilestoneEvaluated')[0], eventIdsOf(w, 'FundsDisbursed')[1]],
      }),
    ]);
  });

  it('DISBURSEMENT_BEFORE_ACCEPTANCE: the refusal record of a payment for a milestone not accepted', async () => {
    const w = world();
    tender(w, 1);
    const c = contract(w);
    const command: ContractCommand = {
      type: 'DisburseFunds',
      data: {
        contractId: c,
        disbursementId: id(0xd9),
        kind: 'milestone',
        milestoneId: milestoneId(c, 0),
        amount: cny(1_000),
        disbursedBy: FINANCE,
        at: addDays(SIGNED, 10),
      },
    };
    const error = refusal(() => w.contract(command));
    expect(error.code).toBe('MILESTONE_NOT_ACCEPTED');
    // What the DisburseFunds use case appends after such a refusal (docs/events.md, refusal records).
    const refused = w.record(
      `refusals-${c}`,
      'DisbursementRefused',
      {
        contractId: c,
        agencyId: agency,
        supplierId: s1,
        disbursementId: id(0xd9),
        kind: 'milestone',
        milestoneId: milestoneId(c, 0),
        amount: cny(1_000),
        code: error.code,
        reason: error.message,
        attemptedBy: FINANCE,
        refusedAt: addDays(SIGNED, 10),
      },
      addDays(SIGNED, 10),
    );
    w.record(
      `refusals-${c}`,
      'DisbursementRefused',
      {
        contractId: c,
        agencyId: agency,
        supplierId: s1,
        disbursementId: id(0xd8),
        kind: 'milestone',
        milestoneId: milestoneId(c, 0),
        amount: cny(2_000_000),
        code: 'DISBURSEMENT_EXCEEDS_ACCEPTED',
        reason: '',
        attemptedBy: FINANCE,
        refusedAt: addDays(SIGNED, 11),
      },
      addDays(SIGNED, 11),
    );
    expect(await flags(w)).toEqual([
      expect.objectContaining({
        code: 'DISBURSEMENT_BEFORE_ACCEPTANCE',
        entityKind: 'milestone',
        entityId: milestoneId(c, 0),
        contractId: c,
        tenderId: id(0x701),
        agencyId: agency,
        eventIds: [refused.eventId],
        details: expect.objectContaining({ attemptedBy: FINANCE }),
      }),
    ]);
  });

  it('CONFLICTED_EVALUATOR_SCORING: the refusal record of an evaluator scoring a supplier after declaring a conflict', async () => {
    const w = world();
    const tenderId = id(0x701);
    tender(w, 1, fair, { stopAfterOpening: true });
    const at = addDays(START, 30);
    w.tender({
      type: 'AssignEvaluator',
      data: {
        tenderId,
        evaluatorId: EVALUATOR,
        assignedBy: OFFICER,
        buyer: { staffIds: [OFFICER] },
        at,
      },
    });
    w.tender({
      type: 'DeclareConflict',
      data: {
        tenderId,
        evaluatorId: EVALUATOR,
        supplierId: s2,
        description: 'Former employer',
        at,
      },
    });
    const scores = [{ criterionId: 'quality', score: 99 }];
    const command: TenderCommand = {
      type: 'ScoreBid',
      data: {
        tenderId,
        bidId: bidIdOf(tenderId, 1),
        evaluatorId: EVALUATOR,
        scores,
        evaluatorAgencyId: null,
        buyer: { staffIds: [OFFICER] },
        bidderStaff: { [s2]: [] },
        evaluatorConflictSupplierIds: [],
        at,
      },
    };
    const error = refusal(() => w.tender(command));
    expect(error.code).toBe('EVALUATOR_CONFLICTED');
    const refused = w.record(
      `refusals-${tenderId}`,
      'ConflictedScoringRefused',
      {
        tenderId,
        bidId: bidIdOf(tenderId, 1),
        supplierId: s2,
        evaluatorId: EVALUATOR,
        scores,
        code: error.code,
        reason: error.message,
        refusedAt: at,
      },
      at,
    );
    expect(await flags(w)).toEqual([
      expect.objectContaining({
        code: 'CONFLICTED_EVALUATOR_SCORING',
        entityId: tenderId,
        agencyId: agency,
        supplierId: s2,
        eventIds: [refused.eventId],
        details: expect.objectContaining({ evaluatorId: EVALUATOR }),
      }),
    ]);
  });

  it("SUPPLIER_CONCENTRATION: more than half of an agency's awards in a category and fiscal year, from the third award", async () => {
    const w = world();
    tender(w, 1);
    tender(w, 2);
    expect(await flags(w)).toEqual([]);
    tender(w, 3, fair, { category: 'child_care' });
    expect(await flags(w)).toEqual([]);
    tender(w, 4, [{ ...fair[0]!, score: 10 }, fair[1]!, fair[2]!]);
    const rows = await flags(w);
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'SUPPLIER_CONCENTRATION',
        entityKind: 'supplier',
        entityId: s1,
        agencyId: agency,
        details: { category: 'elderly_care', fiscalYear: 2026, wins: 2, awards: 3 },
        eventIds: eventIdsOf(w, 'TenderAwarded').filter((_, i) => i === 0 || i === 1),
      }),
    ]);
  });

  it('every code has its definition in docs/red-flags.md, and the document names no other', () => {
    const doc = readFileSync(path.join(__dirname, '../../../../docs/red-flags.md'), 'utf8');
    const documented = [...doc.matchAll(/^### `([A-Z_]+)`/gm)].map((m) => m[1] as RedFlagCode);
    expect(documented.sort()).toEqual([...RED_FLAG_CODES].sort());
  });

  it('flag rows name their code, entity, raising events and first raise', async () => {
    const w = world();
    tender(w, 1, fair, { awardTo: 2 });
    const [flag] = await flags(w);
    const award = w.events.find((e) => e.type === 'TenderAwarded')!;
    expect(flag).toMatchObject({
      flagId: `AWARD_NOT_BEST_SCORE:${id(0x701)}`,
      raisedAt: award.metadata.occurredAt,
      position: award.position,
      lastPosition: award.position,
    });
  });
});

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the decider to refuse');
}
