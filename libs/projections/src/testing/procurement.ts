import {
  addDays,
  pendingComplaintIds,
  tenderDecider,
  tenderStream,
  type Instant,
  type MilestoneTerms,
  type ProcurementMethod,
  type SupplierFacts,
} from '@contract-ledger/domain';
import type { ProjectionEvent } from '../projection';
import { cny, id, LedgerWorld } from './ledger-world';

const FACTS: SupplierFacts = {
  registered: true,
  debarred: false,
  kind: 'social_organisation',
  rating: '4A',
};
const DIGEST = 'a'.repeat(64);
export const OFFICER = id(0xf001);
export const EVALUATOR = id(0xe001);
export const FINANCE = id(0xf003);

export interface BidPlan {
  readonly supplierId: string;
  readonly priceMinor: number;
  /** 0..100 on the single criterion. */
  readonly score: number;
}

export interface TenderPlan {
  readonly tenderId: string;
  readonly agencyId: string;
  readonly budgetLineId: string;
  readonly method?: ProcurementMethod;
  readonly category?: string;
  readonly estimateMinor?: number;
  readonly draftedAt: Instant;
  readonly submissionDays?: number;
  readonly bids: readonly BidPlan[];
  /** Index into `bids` of the winner; default the best score (no override). */
  readonly awardTo?: number;
  /** Stop after opening (or failing); no evaluation or award. */
  readonly stopAfterOpening?: boolean;
}

export interface ContractPlan {
  readonly contractId: string;
  readonly tenderId: string;
  readonly agencyId: string;
  readonly supplierId: string;
  readonly budgetLineId: string;
  readonly valueMinor: number;
  readonly signedAt: Instant;
  /** Milestones due 30, 60, ... days after signing (every `milestoneSpacingDays`); amounts split evenly (rest on the last). */
  readonly milestones: number;
  /** Days between milestones (default 30); long programmes need less to stay within the policy's planning horizon. */
  readonly milestoneSpacingDays?: number;
  readonly advanceCapPercent?: number;
}

export function milestoneId(contractId: string, index: number): string {
  return `${contractId.slice(0, 24)}${(0xa00 + index).toString(16).padStart(12, '0')}`;
}

export function schedule(
  plan: Pick<
    ContractPlan,
    'contractId' | 'valueMinor' | 'signedAt' | 'milestones' | 'milestoneSpacingDays'
  >,
  dueOffsetDays = 0,
): MilestoneTerms[] {
  const spacing = plan.milestoneSpacingDays ?? 30;
  const each = Math.floor(plan.valueMinor / plan.milestones);
  return Array.from({ length: plan.milestones }, (_, i) => ({
    milestoneId: milestoneId(plan.contractId, i),
    title: `Phase ${i + 1}`,
    dueAt: addDays(plan.signedAt, spacing * (i + 1) + dueOffsetDays),
    amount: cny(i === plan.milestones - 1 ? plan.valueMinor - each * (plan.milestones - 1) : each),
    deliverables: ['Visit log'],
    indicators: [{ indicatorId: 'visits', description: 'Home visits made', target: '>= 100' }],
  }));
}

/**
 * Whole procurements through the deciders, with the application's cross-stream steps (reserve on
 * publication, commit on signing, record cash on the line) done as separate commands in the same order.
 */
export class Procurement extends LedgerWorld {
  registerSupplier(
    supplierId: string,
    at: Instant,
    name = `Supplier ${supplierId.slice(-4)}`,
  ): ProjectionEvent[] {
    return this.supplier({
      type: 'RegisterSupplier',
      data: {
        supplierId,
        kind: 'social_organisation',
        name,
        registrationNumber: `R-${supplierId.slice(-4)}`,
        at,
      },
    });
  }

  openBudgetLine(
    budgetLineId: string,
    agencyId: string,
    at: Instant,
    options: { fiscalYear?: number; category?: string; amountMinor?: number } = {},
  ): ProjectionEvent[] {
    return this.budget({
      type: 'OpenBudgetLine',
      data: {
        budgetLineId,
        agencyId,
        fiscalYear: options.fiscalYear ?? 2026,
        category: options.category ?? 'elderly_care',
        amount: cny(options.amountMinor ?? 1_000_000_000),
        at,
      },
    });
  }

  /** Draft, publish (and reserve), bids, opening; then evaluation and award unless stopped. Returns the events of this tender. */
  runTender(plan: TenderPlan): ProjectionEvent[] {
    const from = this.events.length;
    const { tenderId, draftedAt } = plan;
    const method = plan.method ?? 'open';
    const publishedAt = addDays(draftedAt, 1);
    // A deadline at the publication instant is refused even where the minimum is 0 days.
    const deadline = addDays(
      publishedAt,
      plan.submissionDays ?? Math.max(1, this.policy.minSubmissionDays[method]),
    );
    const estimate = cny(plan.estimateMinor ?? 1_000_000);
    const policy = this.policy;
    const direct =
      method === 'direct_commission'
        ? {
            supplierId: plan.bids[0]!.supplierId,
            justification: 'Only provider in the district',
            supplierRating: '4A' as const,
          }
        : null;
    this.tender({
      type: 'DraftTender',
      data: {
        tenderId,
        agencyId: plan.agencyId,
        budgetLineId: plan.budgetLineId,
        method,
        title: 'Home care',
        serviceCategory: plan.category ?? 'elderly_care',
        estimatedValue: estimate,
        criteria: [{ criterionId: 'quality', name: 'Quality', weight: 100 }],
        eligibility: {
          minRating: null,
          supplierKinds: [],
          invitedSupplierIds: method === 'invited' ? plan.bids.map((b) => b.supplierId) : [],
        },
        contractType: 'short_term_project',
        paymentModel: 'process_based',
        directCommission: direct,
        budgetLine: { agencyId: plan.agencyId, currency: estimate.currency },
        at: draftedAt,
        policy,
      },
    });
    this.tender({ type: 'PublishTender', data: { tenderId, deadline, at: publishedAt, policy } });
    this.budget({
      type: 'ReserveFunds',
      data: { budgetLineId: plan.budgetLineId, tenderId, amount: estimate, at: publishedAt },
    });
    plan.bids.forEach((bid, i) =>
      this.tender({
        type: 'SubmitBid',
        data: {
          tenderId,
          bidId: bidIdOf(tenderId, i),
          supplierId: bid.supplierId,
          price: cny(bid.priceMinor),
          proposalDigest: DIGEST,
          supplier: FACTS,
          at: addDays(publishedAt, 0.5),
        },
      }),
    );
    const openedAt = addDays(deadline, 0.01);
    const opened = this.tender({ type: 'OpenBids', data: { tenderId, at: openedAt, policy } });
    if (plan.stopAfterOpening || opened[0]?.type !== 'BidsOpened') return this.events.slice(from);
    const evaluatedAt = addDays(openedAt, 1);
    this.tender({
      type: 'AssignEvaluator',
      data: {
        tenderId,
        evaluatorId: EVALUATOR,
        assignedBy: OFFICER,
        buyer: { staffIds: [OFFICER] },
        at: evaluatedAt,
      },
    });
    // No one on the panel acted for a bidder.
    const bidderStaff = Object.fromEntries(plan.bids.map((b) => [b.supplierId, []]));
    plan.bids.forEach((bid, i) =>
      this.tender({
        type: 'ScoreBid',
        data: {
          tenderId,
          bidId: bidIdOf(tenderId, i),
          evaluatorId: EVALUATOR,
          scores: [{ criterionId: 'quality', score: bid.score }],
          evaluatorAgencyId: null,
          buyer: { staffIds: [OFFICER] },
          bidderStaff,
          evaluatorConflictSupplierIds: [],
          at: evaluatedAt,
        },
      }),
    );
    const best = plan.bids.reduce((b, bid, i) => (bid.score > plan.bids[b]!.score ? i : b), 0);
    const winner = plan.awardTo ?? best;
    const override = plan.bids[winner]!.score < plan.bids[best]!.score;
    this.tender({
      type: 'AwardTender',
      data: {
        tenderId,
        bidId: bidIdOf(tenderId, winner),
        rationale: override ? 'Better local presence' : null,
        debarredSupplierIds: [],
        bidderStaff,
        // Nobody on the panel registered a conflict on another tender.
        panelConflicts: { [EVALUATOR]: [] },
        at: addDays(evaluatedAt, 1),
        policy: this.policy,
      },
    });
    return this.events.slice(from);
  }

  /** Signs and commits on the budget line, as the application's SignContract does in one append. */
  sign(
    plan: ContractPlan,
    milestones: readonly MilestoneTerms[] = schedule(plan),
  ): ProjectionEvent[] {
    const from = this.events.length;
    const tender = this.stateOf(tenderStream(plan.tenderId), tenderDecider);
    this.contract({
      type: 'SignContract',
      data: {
        contractId: plan.contractId,
        signedBy: OFFICER,
        at: plan.signedAt,
        value: cny(plan.valueMinor),
        advanceCapPercent: plan.advanceCapPercent ?? 0,
        milestones,
        tenderId: plan.tenderId,
        agencyId: plan.agencyId,
        supplierId: plan.supplierId,
        budgetLineId: plan.budgetLineId,
        awardedAmount: cny(plan.valueMinor),
        supplierDebarred: false,
        // The award's standstill and complaints as the tender stream has them, as the application reads them.
        standstillEndsAt: tender.status === 'none' ? null : tender.standstillEndsAt,
        pendingComplaintIds: tender.status === 'none' ? [] : pendingComplaintIds(tender),
        policy: this.policy,
      },
    });
    this.budget({
      type: 'CommitFunds',
      data: {
        budgetLineId: plan.budgetLineId,
        contractId: plan.contractId,
        contractTotal: cny(plan.valueMinor),
        tenderId: plan.tenderId,
        at: plan.signedAt,
      },
    });
    return this.events.slice(from);
  }

  /**
   * Signs the contract of a tender that `runTender` awarded (its events), for the awarded amount,
   * the day after the award's standstill, with `milestones` every 30 days. Null when the tender
   * was not awarded. `instalment(m)` is milestone m's share, as the schedule splits the value.
   */
  signAwarded(
    tender: readonly ProjectionEvent[],
    contract: { readonly contractId: string; readonly milestones: number },
  ): { readonly signedAt: Instant; readonly instalment: (m: number) => number } | null {
    const award = tender.find((e) => e.type === 'TenderAwarded');
    if (award === undefined) return null;
    const { tenderId, supplierId, amount } = award.data as {
      tenderId: string;
      supplierId: string;
      amount: { amountMinor: number };
    };
    const state = this.stateOf(tenderStream(tenderId), tenderDecider);
    if (state.status === 'none') return null;
    const signedAt = addDays(
      award.metadata.occurredAt,
      this.policy.standstillDays[state.method] + 1,
    );
    const { milestones } = contract;
    this.sign({
      contractId: contract.contractId,
      tenderId,
      agencyId: state.agencyId,
      supplierId,
      budgetLineId: state.budgetLineId,
      valueMinor: amount.amountMinor,
      signedAt,
      milestones,
    });
    const each = Math.floor(amount.amountMinor / milestones);
    return {
      signedAt,
      instalment: (m) =>
        m === milestones - 1 ? amount.amountMinor - each * (milestones - 1) : each,
    };
  }

  terminate(
    contractId: string,
    at: Instant,
    reason: 'for_default' | 'for_convenience' = 'for_default',
  ): ProjectionEvent[] {
    return this.contract({
      type: 'TerminateContract',
      data: { contractId, terminatedBy: OFFICER, at, reason, explanation: 'Repeated failures' },
    });
  }

  deliver(contractId: string, milestone: string, at: Instant): ProjectionEvent[] {
    return this.contract({
      type: 'ReportDelivery',
      data: {
        contractId,
        milestoneId: milestone,
        reportedBy: id(0x5555),
        at,
        evidenceDigests: [`sha256:${DIGEST}`],
        indicatorResults: [{ indicatorId: 'visits', value: '120', met: true }],
      },
    });
  }

  evaluate(
    contractId: string,
    milestone: string,
    at: Instant,
    verdict: 'accepted' | 'partially_accepted' | 'rejected' = 'accepted',
    score = 80,
  ): ProjectionEvent[] {
    const acceptedShareBps = verdict === 'accepted' ? 10_000 : verdict === 'rejected' ? 0 : 5_000;
    return this.contract({
      type: 'EvaluateMilestone',
      data: {
        contractId,
        milestoneId: milestone,
        evaluatorId: EVALUATOR,
        at,
        verdict,
        acceptedShareBps,
        score,
        comments: '',
        evaluatorConflictSupplierIds: [],
        evaluatorAgencyId: null,
        evaluatorSupplierId: null,
        buyer: { staffIds: [OFFICER] },
        supplier: { staffIds: [] },
        policy: this.policy,
      },
    });
  }

  /**
   * One long contract, the long stream of the asOf and OCDS record benchmarks: its tender run with
   * `bids`, then signed with the first bidder (as the world signs, whatever became of the tender:
   * a single bid fails an open tender) with `milestones` of 1,000 minor units every `spacingDays`,
   * each delivered a day early, evaluated on its due date and paid a day later (three contract
   * events a milestone). Returns the signing instant.
   */
  runLongContract(plan: {
    readonly tenderId: string;
    readonly contractId: string;
    readonly agencyId: string;
    readonly budgetLineId: string;
    /** Every bid at the contract's value. */
    readonly bids: readonly Omit<BidPlan, 'priceMinor'>[];
    readonly milestones: number;
    readonly spacingDays: number;
    /** The id of the disbursement paying milestone `m`. */
    readonly disbursementId: (m: number) => string;
  }): Instant {
    const valueMinor = plan.milestones * 1_000;
    this.runTender({
      tenderId: plan.tenderId,
      agencyId: plan.agencyId,
      budgetLineId: plan.budgetLineId,
      draftedAt: '2026-01-06T09:00:00.000Z',
      estimateMinor: valueMinor,
      bids: plan.bids.map((b) => ({ ...b, priceMinor: valueMinor })),
    });
    const signedAt = '2026-02-15T09:00:00.000Z'; // after the award's standstill
    this.sign({
      contractId: plan.contractId,
      tenderId: plan.tenderId,
      agencyId: plan.agencyId,
      supplierId: plan.bids[0]!.supplierId,
      budgetLineId: plan.budgetLineId,
      valueMinor,
      signedAt,
      milestones: plan.milestones,
      milestoneSpacingDays: plan.spacingDays,
    });
    for (let m = 0; m < plan.milestones; m++) {
      const due = addDays(signedAt, plan.spacingDays * (m + 1));
      const milestone = milestoneId(plan.contractId, m);
      this.deliver(plan.contractId, milestone, addDays(due, -1));
      this.evaluate(plan.contractId, milestone, due);
      this.pay(plan.contractId, milestone, 1_000, addDays(due, 1), plan.disbursementId(m));
    }
    return signedAt;
  }

  /** Pays a milestone and records the cash on the budget line (DisburseFunds + RecordDisbursement). */
  pay(
    contractId: string,
    milestone: string | null,
    amountMinor: number,
    at: Instant,
    disbursementId: string,
  ): ProjectionEvent[] {
    const paid = this.contract({
      type: 'DisburseFunds',
      data: {
        contractId,
        disbursementId,
        kind: milestone ? 'milestone' : 'advance',
        milestoneId: milestone,
        amount: cny(amountMinor),
        disbursedBy: FINANCE,
        at,
      },
    });
    const data = paid[0]?.data as
      { budgetLineId: string; cashPaid: { amountMinor: number } } | undefined;
    if (data && data.cashPaid.amountMinor > 0) {
      paid.push(
        ...this.budget({
          type: 'RecordDisbursement',
          data: {
            budgetLineId: data.budgetLineId,
            contractId,
            disbursementId,
            amount: cny(data.cashPaid.amountMinor),
            at,
          },
        }),
      );
    }
    return paid;
  }
}

export function bidIdOf(tenderId: string, index: number): string {
  return `${tenderId.slice(0, 24)}${(0xb00 + index).toString(16).padStart(12, '0')}`;
}

/**
 * A small programme for the specs of the tools around the log (CLI, worker): budget line
 * id(1 + offset) of agency id(2), suppliers id(10 + offset) to id(12 + offset), and `tenders`
 * tenders id(100 + offset) onwards, each awarded after three bids. `offset` shifts the ids, so a
 * second programme can follow the first in one log.
 */
export function smallProgramme(tenders: number, offset = 0): Procurement {
  const world = new Procurement();
  world.openBudgetLine(id(1 + offset), id(2), '2026-01-05T09:00:00.000Z');
  for (let s = 0; s < 3; s++)
    world.registerSupplier(id(10 + s + offset), '2026-01-05T09:00:00.000Z');
  for (let n = 0; n < tenders; n++) {
    world.runTender({
      tenderId: id(100 + n + offset),
      agencyId: id(2),
      budgetLineId: id(1 + offset),
      draftedAt: '2026-01-10T09:00:00.000Z',
      bids: [0, 1, 2].map((i) => ({
        supplierId: id(10 + i + offset),
        priceMinor: 900_000 + i,
        score: 70 + i,
      })),
    });
  }
  return world;
}
