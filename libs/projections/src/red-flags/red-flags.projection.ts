import {
  daysBetween,
  DEFAULT_POLICY,
  isAfter,
  policyDaysBetween,
  type Policy,
} from '@contract-ledger/domain';
import {
  defineProjection,
  handles,
  type Projection,
  type ProjectionEvent,
  type ProjectionTx,
} from '../projection';
import { asLedgerEvent } from '../ledger-event';
import { integer, json, nullable, table, text, type Row } from '../schema';
import { COMPETITIVE_METHODS } from '../accountability/accountability.projection';

/** Stable codes: clients and docs/red-flags.md key on them, so never rename one. */
export const RED_FLAG_CODES = [
  'SINGLE_BID',
  'SHORT_SUBMISSION_PERIOD',
  'AWARD_NOT_BEST_SCORE',
  'PRICE_FAR_FROM_ESTIMATE',
  'IDENTICAL_BID_PRICES',
  'AMENDMENTS_ABOVE_THRESHOLD',
  'REPEATED_AMENDMENTS',
  'LATE_DELIVERY',
  'DISBURSEMENT_BEFORE_ACCEPTANCE',
  'CONFLICTED_EVALUATOR_SCORING',
  'SUPPLIER_CONCENTRATION',
  'LATE_PAYMENT',
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];
export type RedFlagEntityKind = 'tender' | 'contract' | 'milestone' | 'supplier';

/**
 * Refusal records the application appends (in their own stream, after the refusal) for the two
 * rules whose breach is itself a red flag; the deciders emit nothing for a refused command.
 * docs/events.md, "Refusal records".
 */
export interface DisbursementRefusedData {
  readonly contractId: string;
  readonly agencyId: string | null;
  readonly supplierId: string | null;
  readonly disbursementId: string;
  readonly kind: string;
  readonly milestoneId: string | null;
  readonly amount: unknown;
  readonly code: string;
  readonly reason: string;
  readonly attemptedBy: string;
  readonly refusedAt: string;
}

export interface ConflictedScoringRefusedData {
  readonly tenderId: string;
  readonly bidId: string;
  readonly supplierId: string;
  readonly evaluatorId: string;
  readonly scores: unknown;
  readonly code: string;
  readonly reason: string;
  readonly refusedAt: string;
}

export const redFlags = table({
  name: 'flags',
  columns: {
    /** `<code>:<entity id>[:<detail>]`: one flag per code and entity, whatever raises it again. */
    flagId: text(),
    code: text(),
    entityKind: text(),
    entityId: text(),
    agencyId: nullable(text()),
    supplierId: nullable(text()),
    tenderId: nullable(text()),
    contractId: nullable(text()),
    summary: text(),
    details: json<Record<string, unknown>>(),
    /** Every event that raised (or raised again) this flag, in log order. */
    eventIds: json<string[]>(),
    raisedAt: text(),
    /** Position of the event that first raised it. */
    position: integer(),
    lastPosition: integer(),
  },
  key: ['flagId'],
  indexes: [
    ['position'],
    ['code', 'position'],
    ['agencyId', 'position'],
    ['supplierId', 'position'],
    ['entityKind', 'entityId'],
    ['tenderId'],
    ['contractId'],
  ],
});

/** What the flags need to know of a tender. Holds sealed prices: internal, never served by a query. */
export const redFlagTenders = table({
  name: 'tenders',
  columns: {
    tenderId: text(),
    agencyId: text(),
    budgetLineId: text(),
    method: text(),
    category: text(),
    estimateMinor: integer(),
    publishedAt: nullable(text()),
  },
  key: ['tenderId'],
});

/**
 * The bids submitted on a tender, a row each (sealed prices: internal, never served by a query).
 * Earlier versions kept them as a list in the tender's row, rewritten on every bid: quadratic in
 * bids per tender, and the largest cost of following the log live (each batch read and wrote back
 * the whole list of every tender it touched).
 */
export const redFlagBids = table({
  name: 'bids',
  columns: {
    tenderId: text(),
    bidId: text(),
    supplierId: text(),
    priceMinor: integer(),
    eventId: text(),
    /** The event's position in the log: opened bids are judged in the order they were submitted. */
    position: integer(),
  },
  key: ['tenderId', 'bidId'],
});

type SealedBid = Row<typeof redFlagBids>;

export const redFlagBudgetLines = table({
  name: 'budget_lines',
  columns: { budgetLineId: text(), fiscalYear: integer() },
  key: ['budgetLineId'],
});

export const redFlagContracts = table({
  name: 'contracts',
  columns: {
    contractId: text(),
    tenderId: text(),
    agencyId: text(),
    supplierId: text(),
    amendmentEventIds: json<string[]>(),
  },
  key: ['contractId'],
});

/**
 * When an accepted milestone's payment is due, and the evaluation that fixed it: one row per
 * milestone (version 1 kept a map per contract, rewritten on every evaluation: quadratic in
 * milestones per contract).
 */
export const redFlagPaymentsDue = table({
  name: 'payments_due',
  columns: {
    contractId: text(),
    milestoneId: text(),
    paymentDueBy: text(),
    eventId: text(),
  },
  key: ['contractId', 'milestoneId'],
});

/** Awards per agency, category and fiscal year. */
export const redFlagAwardGroups = table({
  name: 'award_groups',
  columns: {
    agencyId: text(),
    category: text(),
    fiscalYear: integer(),
    awards: integer(),
    /** The winner holding more than half of the awards, if one does. */
    majority: nullable(text()),
  },
  key: ['agencyId', 'category', 'fiscalYear'],
});

/** Each winner's award events in a group: a row per winner, not a map rewritten per award. */
export const redFlagAwardWinners = table({
  name: 'award_winners',
  columns: {
    agencyId: text(),
    category: text(),
    fiscalYear: integer(),
    supplierId: text(),
    eventIds: json<string[]>(),
  },
  key: ['agencyId', 'category', 'fiscalYear', 'supplierId'],
});

export type RedFlagRow = Row<typeof redFlags>;

export interface RedFlagOptions {
  /** The reference policy the procedures are judged against (submission minimum, amendment threshold). */
  readonly policy?: Pick<Policy, 'minSubmissionDays' | 'amendmentThresholdPercent' | 'dayMs'>;
  /** PRICE_FAR_FROM_ESTIMATE above this deviation from the estimate, percent (default 30). */
  readonly priceDeviationPercent?: number;
  /** REPEATED_AMENDMENTS from this many amendments on one contract (default 3). */
  readonly repeatedAmendments?: number;
  /** SUPPLIER_CONCENTRATION only once the group has this many awards (default 3), so a first award is not "all of them". */
  readonly concentrationMinAwards?: number;
  /** Defaults to 1; bump it when the options change, so the flags are rebuilt under the new ones. */
  readonly version?: number;
}

type Flag = Omit<RedFlagRow, 'eventIds' | 'raisedAt' | 'position' | 'lastPosition'>;

/** Raises a flag, or adds the event to it when the same flag is raised again (its first raise stays). */
async function raise(
  tx: ProjectionTx,
  event: ProjectionEvent,
  flag: Flag,
  eventIds: readonly string[] = [event.eventId],
): Promise<void> {
  const existing = await tx.get(redFlags, { flagId: flag.flagId });
  let ids = [...eventIds];
  if (existing) {
    const seen = new Set(existing.eventIds);
    ids = [...existing.eventIds, ...eventIds.filter((e) => !seen.has(e))];
  }
  await tx.put(redFlags, {
    ...flag,
    eventIds: ids,
    raisedAt: existing?.raisedAt ?? event.metadata.occurredAt,
    position: existing?.position ?? event.position,
    lastPosition: event.position,
  });
}

const refs = (r: Partial<Pick<Flag, 'agencyId' | 'supplierId' | 'tenderId' | 'contractId'>>) => ({
  agencyId: r.agencyId ?? null,
  supplierId: r.supplierId ?? null,
  tenderId: r.tenderId ?? null,
  contractId: r.contractId ?? null,
});

/**
 * Red flags (docs/red-flags.md), each raised when the event that shows it is projected. Judged
 * against a reference policy given here, not the one the command ran under: a jurisdiction that
 * relaxes its policy still sees procedures fall short of the reference.
 */
export function createRedFlagsProjection(options: RedFlagOptions = {}): Projection {
  const policy = options.policy ?? DEFAULT_POLICY;
  const deviation = options.priceDeviationPercent ?? 30;
  const repeated = options.repeatedAmendments ?? 3;
  const minAwards = options.concentrationMinAwards ?? 3;

  return defineProjection({
    name: 'red_flags',
    // 2: payments due and award winners in rows of their own; 3: bids in rows of their own (tables changed).
    version: options.version ?? 3,
    tables: [
      redFlags,
      redFlagTenders,
      redFlagBids,
      redFlagBudgetLines,
      redFlagContracts,
      redFlagPaymentsDue,
      redFlagAwardGroups,
      redFlagAwardWinners,
    ],
    canHandle: handles(
      'BudgetLineOpened',
      'TenderDrafted',
      'TenderAmended',
      'TenderPublished',
      'BidSubmitted',
      'BidsOpened',
      'TenderAwarded',
      'ContractSigned',
      'ContractAmended',
      'DeliveryReported',
      'MilestoneEvaluated',
      'FundsDisbursed',
      'DisbursementRefused',
      'ConflictedScoringRefused',
    ),
    async apply(tx, recorded) {
      if (recorded.type === 'DisbursementRefused') {
        const d = recorded.data as DisbursementRefusedData;
        if (d.code !== 'MILESTONE_NOT_ACCEPTED') return;
        const contract = await tx.get(redFlagContracts, { contractId: d.contractId });
        await raise(tx, recorded, {
          flagId: `DISBURSEMENT_BEFORE_ACCEPTANCE:${d.contractId}:${d.milestoneId ?? ''}`,
          code: 'DISBURSEMENT_BEFORE_ACCEPTANCE',
          entityKind: 'milestone',
          entityId: d.milestoneId ?? d.contractId,
          ...refs({
            agencyId: d.agencyId ?? contract?.agencyId,
            supplierId: d.supplierId ?? contract?.supplierId,
            tenderId: contract?.tenderId,
            contractId: d.contractId,
          }),
          summary: 'A payment was attempted for a milestone without an accepted evaluation',
          details: {
            milestoneId: d.milestoneId,
            disbursementId: d.disbursementId,
            amount: d.amount,
            attemptedBy: d.attemptedBy,
            refusedAt: d.refusedAt,
          },
        });
        return;
      }
      if (recorded.type === 'ConflictedScoringRefused') {
        const d = recorded.data as ConflictedScoringRefusedData;
        const tender = await tx.get(redFlagTenders, { tenderId: d.tenderId });
        await raise(tx, recorded, {
          flagId: `CONFLICTED_EVALUATOR_SCORING:${d.tenderId}:${d.evaluatorId}:${d.supplierId}`,
          code: 'CONFLICTED_EVALUATOR_SCORING',
          entityKind: 'tender',
          entityId: d.tenderId,
          ...refs({ agencyId: tender?.agencyId, supplierId: d.supplierId, tenderId: d.tenderId }),
          summary: 'An evaluator tried to score a supplier it had declared a conflict with',
          details: { evaluatorId: d.evaluatorId, bidId: d.bidId, refusedAt: d.refusedAt },
        });
        return;
      }

      const event = asLedgerEvent(recorded);
      switch (event.type) {
        case 'BudgetLineOpened':
          await tx.put(redFlagBudgetLines, {
            budgetLineId: event.data.budgetLineId,
            fiscalYear: event.data.fiscalYear,
          });
          return;
        case 'TenderDrafted': {
          const d = event.data;
          await tx.put(redFlagTenders, {
            tenderId: d.tenderId,
            agencyId: d.agencyId,
            budgetLineId: d.budgetLineId,
            method: d.method,
            category: d.serviceCategory,
            estimateMinor: d.estimatedValue.amountMinor,
            publishedAt: null,
          });
          return;
        }
        default:
          // The other events this projection handles change nothing here.
          break;
      }

      if (!('tenderId' in event.data) || 'contractId' in event.data)
        return contractEvent(tx, recorded);
      const tenderId = event.data.tenderId;
      const tender = await tx.get(redFlagTenders, { tenderId });
      if (!tender) return;
      const onTender = (
        code: RedFlagCode,
        summary: string,
        details: Record<string, unknown>,
        supplierId?: string,
      ): Flag => ({
        flagId: `${code}:${tenderId}`,
        code,
        entityKind: 'tender',
        entityId: tenderId,
        ...refs({ agencyId: tender.agencyId, supplierId, tenderId }),
        summary,
        details,
      });
      const shortPeriod = async (days: number, deadline: string): Promise<void> => {
        const minimum =
          policy.minSubmissionDays[tender.method as keyof Policy['minSubmissionDays']] ?? 0;
        if (days < minimum) {
          await raise(
            tx,
            recorded,
            onTender(
              'SHORT_SUBMISSION_PERIOD',
              `Submission period of ${days} days, under the ${minimum}-day minimum`,
              { submissionDays: days, minimumDays: minimum, method: tender.method, deadline },
            ),
          );
        }
      };
      switch (event.type) {
        case 'TenderAmended': {
          const c = event.data.changes;
          await tx.put(redFlagTenders, {
            ...tender,
            category: c.serviceCategory ?? tender.category,
            estimateMinor: c.estimatedValue?.amountMinor ?? tender.estimateMinor,
          });
          // A deadline moved earlier after publication shortens the period too.
          if (tender.publishedAt !== null && event.data.deadline !== null)
            await shortPeriod(
              policyDaysBetween(tender.publishedAt, event.data.deadline, policy),
              event.data.deadline,
            );
          return;
        }
        case 'TenderPublished':
          await tx.put(redFlagTenders, { ...tender, publishedAt: event.data.publishedAt });
          await shortPeriod(event.data.submissionDays, event.data.deadline);
          return;
        case 'BidSubmitted': {
          const d = event.data;
          await tx.put(redFlagBids, {
            tenderId,
            bidId: d.bidId,
            supplierId: d.supplierId,
            priceMinor: d.price.amountMinor,
            eventId: recorded.eventId,
            position: recorded.position,
          });
          return;
        }
        case 'BidsOpened': {
          const openedIds = new Set(event.data.openedBidIds);
          const opened: SealedBid[] = (await tx.find(redFlagBids, { tenderId }))
            .filter((b) => openedIds.has(b.bidId))
            .sort((a, b) => a.position - b.position);
          if (opened.length === 1 && COMPETITIVE_METHODS.includes(tender.method)) {
            await raise(
              tx,
              recorded,
              onTender(
                'SINGLE_BID',
                `Only one valid bid on a ${tender.method} tender`,
                { method: tender.method, bidId: opened[0]!.bidId },
                opened[0]!.supplierId,
              ),
            );
          }
          // Prices become public at opening: that is when identical ones can be seen.
          const byPrice = new Map<number, SealedBid[]>();
          for (const bid of opened)
            byPrice.set(bid.priceMinor, [...(byPrice.get(bid.priceMinor) ?? []), bid]);
          for (const [priceMinor, bids] of byPrice) {
            const suppliers = [...new Set(bids.map((b) => b.supplierId))];
            if (suppliers.length < 2) continue;
            await raise(
              tx,
              recorded,
              {
                ...onTender(
                  'IDENTICAL_BID_PRICES',
                  `${suppliers.length} suppliers bid exactly the same price`,
                  { priceMinor, bidIds: bids.map((b) => b.bidId), supplierIds: suppliers },
                ),
                flagId: `IDENTICAL_BID_PRICES:${tenderId}:${priceMinor}`,
              },
              [...bids.map((b) => b.eventId), recorded.eventId],
            );
          }
          return;
        }
        case 'TenderAwarded': {
          const d = event.data;
          if (d.override) {
            await raise(
              tx,
              recorded,
              onTender(
                'AWARD_NOT_BEST_SCORE',
                'Awarded to a bid other than the best weighted score',
                {
                  weightedScore: d.weightedScore,
                  bestWeightedScore: d.bestWeightedScore,
                  rationale: d.overrideRationale,
                },
                d.supplierId,
              ),
            );
          }
          const price = d.amount.amountMinor;
          if (Math.abs(price - tender.estimateMinor) * 100 > deviation * tender.estimateMinor) {
            const percent = Math.round(
              ((price - tender.estimateMinor) * 100) / tender.estimateMinor,
            );
            await raise(
              tx,
              recorded,
              onTender(
                'PRICE_FAR_FROM_ESTIMATE',
                `Winning price ${percent > 0 ? '+' : ''}${percent} % from the estimate`,
                {
                  priceMinor: price,
                  estimateMinor: tender.estimateMinor,
                  deviationPercent: percent,
                  thresholdPercent: deviation,
                },
                d.supplierId,
              ),
            );
          }
          await concentration(tx, recorded, tender, d.supplierId, d.awardedAt);
          return;
        }
        default:
          // The other events this projection handles change nothing here.
          break;
      }
    },
  });

  async function concentration(
    tx: ProjectionTx,
    recorded: ProjectionEvent,
    tender: Row<typeof redFlagTenders>,
    supplierId: string,
    awardedAt: string,
  ): Promise<void> {
    const line = await tx.get(redFlagBudgetLines, { budgetLineId: tender.budgetLineId });
    const fiscalYear = line?.fiscalYear ?? Number(awardedAt.slice(0, 4));
    const key = { agencyId: tender.agencyId, category: tender.category, fiscalYear };
    const group = (await tx.get(redFlagAwardGroups, key)) ?? { ...key, awards: 0, majority: null };
    const won = await tx.get(redFlagAwardWinners, { ...key, supplierId });
    const wins = [...(won?.eventIds ?? []), recorded.eventId];
    await tx.put(redFlagAwardWinners, { ...key, supplierId, eventIds: wins });
    const awards = group.awards + 1;
    // More than half after this award: the winner, or one who held more than half before (the
    // others' shares only shrank). At most one of the two.
    const holders: [string, string[]][] = [];
    if (group.majority !== null && group.majority !== supplierId) {
      const before = await tx.get(redFlagAwardWinners, { ...key, supplierId: group.majority });
      if (before && before.eventIds.length * 2 > awards)
        holders.push([group.majority, before.eventIds]);
    }
    if (wins.length * 2 > awards) holders.push([supplierId, wins]);
    await tx.put(redFlagAwardGroups, { ...key, awards, majority: holders[0]?.[0] ?? null });
    if (awards < minAwards) return;
    // Another supplier's award can bring the group to the minimum while someone else holds the majority.
    for (const [winner, eventIds] of holders) {
      await raise(
        tx,
        recorded,
        {
          flagId: `SUPPLIER_CONCENTRATION:${tender.agencyId}:${fiscalYear}:${tender.category}:${winner}`,
          code: 'SUPPLIER_CONCENTRATION',
          entityKind: 'supplier',
          entityId: winner,
          ...refs({ agencyId: tender.agencyId, supplierId: winner }),
          summary: `One supplier won ${eventIds.length} of ${awards} awards of the agency in ${tender.category}, ${fiscalYear}`,
          details: { category: tender.category, fiscalYear, wins: eventIds.length, awards },
        },
        eventIds,
      );
    }
  }

  async function contractEvent(tx: ProjectionTx, recorded: ProjectionEvent): Promise<void> {
    const event = asLedgerEvent(recorded);
    if (event.type === 'ContractSigned') {
      const d = event.data;
      await tx.put(redFlagContracts, {
        contractId: d.contractId,
        tenderId: d.tenderId,
        agencyId: d.agencyId,
        supplierId: d.supplierId,
        amendmentEventIds: [],
      });
      return;
    }
    if (!('contractId' in event.data)) return;
    const contract = await tx.get(redFlagContracts, { contractId: event.data.contractId });
    if (!contract) return;
    const base = { ...refs(contract), contractId: contract.contractId };
    switch (event.type) {
      case 'ContractAmended': {
        const d = event.data;
        const amendmentEventIds = [...contract.amendmentEventIds, recorded.eventId];
        await tx.put(redFlagContracts, { ...contract, amendmentEventIds });
        const signedMinor = d.newValue.amountMinor - d.cumulativeChangeMinor;
        if (d.cumulativeChangeMinor * 100 > policy.amendmentThresholdPercent * signedMinor) {
          await raise(tx, recorded, {
            flagId: `AMENDMENTS_ABOVE_THRESHOLD:${contract.contractId}`,
            code: 'AMENDMENTS_ABOVE_THRESHOLD',
            entityKind: 'contract',
            entityId: contract.contractId,
            ...base,
            summary: `Amendments raised the value by ${Math.round((d.cumulativeChangeMinor * 100) / Math.max(1, signedMinor))} % of the signed value`,
            details: {
              signedValueMinor: signedMinor,
              valueMinor: d.newValue.amountMinor,
              cumulativeChangeMinor: d.cumulativeChangeMinor,
              thresholdPercent: policy.amendmentThresholdPercent,
              supervisorApprovalId: d.supervisorApprovalId,
            },
          });
        }
        if (amendmentEventIds.length >= repeated) {
          await raise(
            tx,
            recorded,
            {
              flagId: `REPEATED_AMENDMENTS:${contract.contractId}`,
              code: 'REPEATED_AMENDMENTS',
              entityKind: 'contract',
              entityId: contract.contractId,
              ...base,
              summary: `${amendmentEventIds.length} amendments on one contract`,
              details: { amendments: amendmentEventIds.length },
            },
            amendmentEventIds,
          );
        }
        return;
      }
      case 'DeliveryReported': {
        const d = event.data;
        if (!d.late) return;
        await raise(tx, recorded, {
          flagId: `LATE_DELIVERY:${contract.contractId}:${d.milestoneId}`,
          code: 'LATE_DELIVERY',
          entityKind: 'milestone',
          entityId: d.milestoneId,
          ...base,
          summary: 'Delivery reported after the milestone due date',
          details: {
            milestoneId: d.milestoneId,
            dueAt: d.dueAt,
            reportedAt: d.reportedAt,
            daysLate: daysBetween(d.dueAt, d.reportedAt),
          },
        });
        return;
      }
      case 'MilestoneEvaluated': {
        const d = event.data;
        if (d.paymentDueBy === null) return;
        await tx.put(redFlagPaymentsDue, {
          contractId: contract.contractId,
          milestoneId: d.milestoneId,
          paymentDueBy: d.paymentDueBy,
          eventId: recorded.eventId,
        });
        return;
      }
      case 'FundsDisbursed': {
        const d = event.data;
        const due =
          d.milestoneId === null
            ? undefined
            : await tx.get(redFlagPaymentsDue, {
                contractId: contract.contractId,
                milestoneId: d.milestoneId,
              });
        if (!due || !isAfter(d.disbursedAt, due.paymentDueBy)) return;
        await raise(
          tx,
          recorded,
          {
            flagId: `LATE_PAYMENT:${contract.contractId}:${d.milestoneId}`,
            code: 'LATE_PAYMENT',
            entityKind: 'milestone',
            entityId: d.milestoneId as string,
            ...base,
            summary: 'Payment made after the prompt-payment due date',
            details: {
              milestoneId: d.milestoneId,
              paymentDueBy: due.paymentDueBy,
              disbursedAt: d.disbursedAt,
              daysLate: daysBetween(due.paymentDueBy, d.disbursedAt),
              disbursementId: d.disbursementId,
            },
          },
          [due.eventId, recorded.eventId],
        );
        return;
      }
      default:
        // The other events this projection handles change nothing here.
        break;
    }
  }
}

/** Red flags judged against DEFAULT_POLICY. An app with its own reference policy builds its own. */
export const redFlagsProjection = createRedFlagsProjection();
