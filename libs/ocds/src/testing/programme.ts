import {
  addDays,
  DEFAULT_POLICY,
  type Instant,
  type MilestoneTerms,
} from '@contract-ledger/domain';
import type { ProjectionEvent } from '@contract-ledger/projections';
import {
  bidIdOf,
  cny,
  id,
  milestoneId,
  OFFICER,
  Procurement,
  schedule,
} from '@contract-ledger/projections/testing';

/**
 * A programme like the demo's (apps/cli/src/demo.ts), through the deciders: every event type the
 * OCDS mapping reads appears at least once. One agency, five suppliers, and tenders that end
 * every way a tender can:
 * - T1 open: a question answered publicly, amended after publication, bids (one withdrawn),
 *   opened, one disqualified, awarded;
 *   contract with an advance, deliveries accepted / partly accepted / rejected, payments, a value
 *   amendment adding a milestone, suspension, and completion;
 * - T2 open: awarded to a bid that is not the best (override), contract terminated for default;
 * - T3 open: too few bids, failed (the bids stay sealed);
 * - T4: published then cancelled; T5: drafted, amended and cancelled as a draft (never public);
 * - T6 direct commission: awarded, signed, still running.
 */
export const PROGRAMME = {
  agency: id(2),
  budgetLine: id(1),
  suppliers: [id(10), id(11), id(12), id(13), id(14)],
  tenders: {
    amended: id(101),
    override: id(102),
    failed: id(103),
    cancelled: id(104),
    draftOnly: id(105),
    direct: id(106),
  },
  contracts: { completed: id(201), terminated: id(202), running: id(206) },
  question: id(301),
} as const;

const START: Instant = '2026-02-02T09:00:00.000Z';
const DIGEST = 'b'.repeat(64);

export function demoProgramme(): ProjectionEvent[] {
  const w = new Procurement();
  const p = PROGRAMME;
  const policy = DEFAULT_POLICY;
  w.openBudgetLine(p.budgetLine, p.agency, START, { amountMinor: 5_000_000_000 });
  p.suppliers.forEach((s, i) => w.registerSupplier(s, START, `Community Care Org ${i + 1}`));
  const facts = {
    registered: true,
    debarred: false,
    kind: 'social_organisation' as const,
    rating: '4A' as const,
  };

  // T1, step by step: amended after publication, bids, a withdrawal, opening, a disqualification.
  const t1 = p.tenders.amended;
  const drafted = addDays(START, 1);
  const published = addDays(drafted, 1);
  const deadline = addDays(published, 25);
  w.tender({
    type: 'DraftTender',
    data: {
      tenderId: t1,
      agencyId: p.agency,
      budgetLineId: p.budgetLine,
      method: 'open',
      title: 'Home care for the elderly, district 3',
      serviceCategory: 'elderly_care',
      estimatedValue: cny(3_000_000),
      criteria: [
        { criterionId: 'quality', name: 'Quality', weight: 70 },
        { criterionId: 'price', name: 'Price', weight: 30 },
      ],
      eligibility: {
        minRating: '3A',
        supplierKinds: ['social_organisation'],
        invitedSupplierIds: [],
      },
      contractType: 'core_long_term',
      paymentModel: 'outcome_based',
      directCommission: null,
      budgetLine: { agencyId: p.agency, currency: 'CNY' },
      at: drafted,
      policy,
    },
  });
  w.tender({ type: 'PublishTender', data: { tenderId: t1, deadline, at: published, policy } });
  w.budget({
    type: 'ReserveFunds',
    data: { budgetLineId: p.budgetLine, tenderId: t1, amount: cny(3_000_000), at: published },
  });
  const bid = (i: number, priceMinor: number, at: Instant) =>
    w.tender({
      type: 'SubmitBid',
      data: {
        tenderId: t1,
        bidId: bidIdOf(t1, i),
        supplierId: p.suppliers[i]!,
        price: cny(priceMinor),
        proposalDigest: DIGEST,
        supplier: facts,
        at,
      },
    });
  bid(0, 2_900_000, addDays(published, 2));
  w.tender({
    type: 'AmendTender',
    data: {
      tenderId: t1,
      changes: {
        title: 'Home care for the elderly, districts 3 and 4',
        estimatedValue: cny(3_200_000),
      },
      reason: 'District 4 added',
      at: addDays(published, 3),
      policy,
    },
  });
  // The application resizes the tender's reservation with an amendment of its estimate.
  w.budget({
    type: 'ResizeReservation',
    data: {
      budgetLineId: p.budgetLine,
      tenderId: t1,
      amount: cny(3_200_000),
      reason: 'Tender estimate amended',
      at: addDays(published, 3),
    },
  });
  w.tender({
    type: 'ConfirmBid',
    data: {
      tenderId: t1,
      bidId: bidIdOf(t1, 0),
      supplierId: p.suppliers[0]!,
      supplier: facts,
      at: addDays(published, 4),
    },
  });
  bid(1, 3_100_000, addDays(published, 5));
  // A clarification: public question and answer, the asker (supplier 4) anonymous.
  w.tender({
    type: 'AskQuestion',
    data: {
      tenderId: t1,
      questionId: PROGRAMME.question,
      supplierId: p.suppliers[4]!,
      question: 'Are weekend visits part of the service?',
      at: addDays(published, 5),
      policy,
    },
  });
  w.tender({
    type: 'AnswerQuestion',
    data: {
      tenderId: t1,
      questionId: PROGRAMME.question,
      answer: 'Yes, on request of the resident',
      answeredBy: OFFICER,
      at: addDays(published, 6),
      policy,
    },
  });
  bid(2, 3_050_000, addDays(published, 6));
  bid(3, 2_800_000, addDays(published, 7));
  w.tender({
    type: 'WithdrawBid',
    data: {
      tenderId: t1,
      bidId: bidIdOf(t1, 3),
      supplierId: p.suppliers[3]!,
      at: addDays(published, 8),
    },
  });
  bid(4, 3_150_000, addDays(published, 9));
  const t1Deadline = (
    w.events.filter((e) => e.type === 'TenderAmended').at(-1)!.data as { deadline: Instant }
  ).deadline;
  const opened = addDays(t1Deadline, 0.01);
  w.tender({ type: 'OpenBids', data: { tenderId: t1, at: opened, policy } });
  const evaluator = id(0xe001);
  const buyer = { staffIds: [OFFICER] };
  w.tender({
    type: 'AssignEvaluator',
    data: {
      tenderId: t1,
      evaluatorId: evaluator,
      assignedBy: OFFICER,
      buyer,
      at: addDays(opened, 1),
    },
  });
  w.tender({
    type: 'DeclareConflict',
    data: {
      tenderId: t1,
      evaluatorId: evaluator,
      supplierId: p.suppliers[4]!,
      description: 'Former employee of the bidder',
      at: addDays(opened, 1),
    },
  });
  w.tender({
    type: 'DisqualifyBid',
    data: {
      tenderId: t1,
      bidId: bidIdOf(t1, 4),
      reason: 'Missing licence',
      at: addDays(opened, 1),
    },
  });
  // No one on the panel acted for a bidder.
  const bidderStaff = Object.fromEntries(p.suppliers.map((s) => [s, []]));
  const scores = [85, 70, 75];
  scores.forEach((score, i) =>
    w.tender({
      type: 'ScoreBid',
      data: {
        tenderId: t1,
        bidId: bidIdOf(t1, i),
        evaluatorId: evaluator,
        scores: [
          { criterionId: 'quality', score },
          { criterionId: 'price', score: 80 },
        ],
        evaluatorAgencyId: null,
        buyer,
        bidderStaff,
        evaluatorConflictSupplierIds: [],
        at: addDays(opened, 1.5),
      },
    }),
  );
  w.tender({
    type: 'AwardTender',
    data: {
      tenderId: t1,
      bidId: bidIdOf(t1, 0),
      rationale: null,
      debarredSupplierIds: [],
      bidderStaff,
      // Nobody on the panel registered a conflict on another tender.
      panelConflicts: { [evaluator]: [] },
      at: addDays(opened, 2),
      policy,
    },
  });

  // C1: advance, deliveries, payments, an amendment adding a milestone, suspension, completion.
  const c1 = p.contracts.completed;
  // After the award's 10-day standstill (policy.standstillDays.open).
  const signed = addDays(opened, 13);
  const c1Plan = {
    contractId: c1,
    tenderId: t1,
    agencyId: p.agency,
    supplierId: p.suppliers[0]!,
    budgetLineId: p.budgetLine,
    valueMinor: 2_900_000,
    signedAt: signed,
    milestones: 3,
    advanceCapPercent: 20,
  };
  const c1Schedule = schedule(c1Plan);
  w.sign(c1Plan, c1Schedule);
  w.contract({
    type: 'AssignContractEvaluator',
    data: {
      contractId: c1,
      evaluatorId: evaluator,
      assignedBy: OFFICER,
      at: addDays(signed, 1),
      buyer,
      supplier: { staffIds: [] },
      evaluatorConflictSupplierIds: [],
    },
  });
  w.pay(c1, null, 500_000, addDays(signed, 2), id(0xd001));
  const m = [0, 1, 2].map((i) => milestoneId(c1, i));
  w.deliver(c1, m[0]!, addDays(signed, 29));
  w.evaluate(c1, m[0]!, addDays(signed, 31), 'accepted', 90);
  w.pay(c1, m[0]!, 966_666, addDays(signed, 35), id(0xd002));
  const extra: MilestoneTerms = {
    milestoneId: milestoneId(c1, 3),
    title: 'Phase 4',
    dueAt: addDays(signed, 120),
    amount: cny(200_000),
    deliverables: ['Final report'],
    indicators: [{ indicatorId: 'visits', description: 'Home visits made', target: '>= 40' }],
  };
  w.contract({
    type: 'AmendContract',
    data: {
      contractId: c1,
      amendmentId: id(0xa001),
      amendedBy: OFFICER,
      at: addDays(signed, 40),
      rationale: 'scope_change',
      justification: 'A fourth phase for district 4',
      newValue: cny(3_100_000),
      milestones: [...c1Schedule, extra],
      policy,
    },
  });
  w.contract({
    type: 'SuspendContract',
    data: { contractId: c1, suspendedBy: OFFICER, at: addDays(signed, 45), reason: 'Flooding' },
  });
  w.contract({
    type: 'ResumeContract',
    data: { contractId: c1, resumedBy: OFFICER, at: addDays(signed, 50) },
  });
  w.deliver(c1, m[1]!, addDays(signed, 62));
  w.evaluate(c1, m[1]!, addDays(signed, 64), 'partially_accepted', 60);
  w.pay(c1, m[1]!, 483_333, addDays(signed, 66), id(0xd003));
  w.deliver(c1, m[2]!, addDays(signed, 88));
  w.evaluate(c1, m[2]!, addDays(signed, 90), 'rejected', 30);
  w.deliver(c1, extra.milestoneId, addDays(signed, 100));
  w.evaluate(c1, extra.milestoneId, addDays(signed, 101), 'accepted', 85);
  w.pay(c1, extra.milestoneId, 200_000, addDays(signed, 103), id(0xd004));
  w.contract({
    type: 'CompleteContract',
    data: { contractId: c1, completedBy: OFFICER, at: addDays(signed, 130) },
  });

  // T2: award not to the best score; C2 terminated for default after a rejected delivery.
  const t2 = p.tenders.override;
  w.runTender({
    tenderId: t2,
    agencyId: p.agency,
    budgetLineId: p.budgetLine,
    draftedAt: addDays(START, 3),
    bids: [
      { supplierId: p.suppliers[1]!, priceMinor: 950_000, score: 90 },
      { supplierId: p.suppliers[2]!, priceMinor: 990_000, score: 70 },
      { supplierId: p.suppliers[3]!, priceMinor: 930_000, score: 60 },
    ],
    awardTo: 1,
  });
  const c2Signed = addDays(START, 40);
  w.sign({
    contractId: p.contracts.terminated,
    tenderId: t2,
    agencyId: p.agency,
    supplierId: p.suppliers[2]!,
    budgetLineId: p.budgetLine,
    valueMinor: 990_000,
    signedAt: c2Signed,
    milestones: 2,
  });
  w.deliver(p.contracts.terminated, milestoneId(p.contracts.terminated, 0), addDays(c2Signed, 35));
  w.evaluate(
    p.contracts.terminated,
    milestoneId(p.contracts.terminated, 0),
    addDays(c2Signed, 36),
    'rejected',
    20,
  );
  w.terminate(p.contracts.terminated, addDays(c2Signed, 50));

  // T3: two bids where the policy needs three: failed, nothing opened.
  w.runTender({
    tenderId: p.tenders.failed,
    agencyId: p.agency,
    budgetLineId: p.budgetLine,
    draftedAt: addDays(START, 4),
    bids: [
      { supplierId: p.suppliers[0]!, priceMinor: 500_000, score: 80 },
      { supplierId: p.suppliers[1]!, priceMinor: 510_000, score: 80 },
    ],
  });
  w.budget({
    type: 'ReleaseReservation',
    data: {
      budgetLineId: p.budgetLine,
      tenderId: p.tenders.failed,
      reason: 'Tender failed',
      at: addDays(START, 40),
    },
  });

  // T4 published and cancelled; T5 a draft amended and cancelled (never public).
  const t4 = p.tenders.cancelled;
  w.tender({
    type: 'DraftTender',
    data: {
      ...draftOf(t4, p.agency, p.budgetLine, 'Youth centre activities', 'youth_services'),
      budgetLine: { agencyId: p.agency, currency: 'CNY' },
      at: addDays(START, 5),
      policy,
    },
  });
  w.tender({
    type: 'PublishTender',
    data: { tenderId: t4, deadline: addDays(START, 40), at: addDays(START, 6), policy },
  });
  w.budget({
    type: 'ReserveFunds',
    data: { budgetLineId: p.budgetLine, tenderId: t4, amount: cny(400_000), at: addDays(START, 6) },
  });
  w.tender({
    type: 'CancelTender',
    data: { tenderId: t4, reason: 'Service moved to another programme', at: addDays(START, 10) },
  });
  w.budget({
    type: 'ReleaseReservation',
    data: {
      budgetLineId: p.budgetLine,
      tenderId: t4,
      reason: 'Tender cancelled',
      at: addDays(START, 10),
    },
  });
  const t5 = p.tenders.draftOnly;
  w.tender({
    type: 'DraftTender',
    data: {
      ...draftOf(t5, p.agency, p.budgetLine, 'Never published', 'child_welfare'),
      budgetLine: { agencyId: p.agency, currency: 'CNY' },
      at: addDays(START, 5),
      policy,
    },
  });
  w.tender({
    type: 'AmendTender',
    data: {
      tenderId: t5,
      changes: { title: 'Still never published' },
      reason: 'Typo',
      at: addDays(START, 6),
      policy,
    },
  });
  w.tender({
    type: 'CancelTender',
    data: { tenderId: t5, reason: 'Not needed', at: addDays(START, 7) },
  });

  // T6: direct commission, signed, one payment, still running.
  const t6 = p.tenders.direct;
  w.runTender({
    tenderId: t6,
    agencyId: p.agency,
    budgetLineId: p.budgetLine,
    method: 'direct_commission',
    draftedAt: addDays(START, 8),
    bids: [{ supplierId: p.suppliers[4]!, priceMinor: 300_000, score: 75 }],
  });
  const c6Signed = addDays(START, 15);
  w.sign({
    contractId: p.contracts.running,
    tenderId: t6,
    agencyId: p.agency,
    supplierId: p.suppliers[4]!,
    budgetLineId: p.budgetLine,
    valueMinor: 300_000,
    signedAt: c6Signed,
    milestones: 2,
  });
  w.deliver(p.contracts.running, milestoneId(p.contracts.running, 0), addDays(c6Signed, 28));
  w.evaluate(p.contracts.running, milestoneId(p.contracts.running, 0), addDays(c6Signed, 30));
  w.pay(
    p.contracts.running,
    milestoneId(p.contracts.running, 0),
    150_000,
    addDays(c6Signed, 31),
    id(0xd006),
  );
  // A store records in commit order: recordedAt never goes back, whatever instant a command carried.
  let last = '';
  return w.events.map((e) => {
    last = e.recordedAt > last ? e.recordedAt : last;
    return { ...e, recordedAt: last };
  });
}

function draftOf(
  tenderId: string,
  agencyId: string,
  budgetLineId: string,
  title: string,
  serviceCategory: string,
) {
  return {
    tenderId,
    agencyId,
    budgetLineId,
    method: 'open' as const,
    title,
    serviceCategory,
    estimatedValue: cny(400_000),
    criteria: [{ criterionId: 'quality', name: 'Quality', weight: 100 }],
    eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
    contractType: 'short_term_project' as const,
    paymentModel: 'process_based' as const,
    directCommission: null,
  };
}
