import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { addDays, DomainError, makePolicy, type ProcurementMethod } from '@contract-ledger/domain';
import { createMemoryEventStore } from '@contract-ledger/event-store';
import {
  accountabilityContracts,
  accountabilityMilestones,
  accountabilityProjection,
  accountabilitySchedules,
  allProjections,
  type Projection,
  type ProjectionEvent,
} from '@contract-ledger/projections';
import {
  cny,
  FINANCE,
  id,
  milestoneId,
  OFFICER,
  Procurement,
  project,
} from '@contract-ledger/projections/testing';
import { allRows, applyBatch, createReadStore, prepareProjection, type ReadStore } from './index';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'all-projections-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const agencies = [id(0xa1), id(0xa2)];
const suppliers = [0, 1, 2, 3].map((i) => id(0x50 + i));
const lines = agencies.map((_, i) => id(0xb0 + i));
const METHODS: ProcurementMethod[] = [
  'open',
  'invited',
  'competitive_negotiation',
  'direct_commission',
];

type Action =
  | {
      kind: 'tender';
      agency: number;
      method: number;
      category: number;
      bids: { s: number; price: number; score: number }[];
      awardTo: number;
      stop: boolean;
      days: number;
    }
  | { kind: 'sign'; milestones: number }
  | {
      kind:
        | 'deliver'
        | 'evaluate'
        | 'pay'
        | 'refusedPay'
        | 'amend'
        | 'terminate'
        | 'suspend'
        | 'resume'
        | 'complete';
      c: number;
      m: number;
      n: number;
    }
  | { kind: 'debar' | 'lift' | 'notice'; s: number }
  | { kind: 'wait'; days: number };

const index = fc.integer({ min: 0, max: 3 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('tender' as const),
      agency: fc.integer({ min: 0, max: 1 }),
      method: index,
      category: fc.integer({ min: 0, max: 1 }),
      bids: fc.array(
        fc.record({
          s: index,
          price: fc.constantFrom(600_000, 950_000, 1_000_000, 1_400_000),
          score: fc.integer({ min: 0, max: 100 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      awardTo: index,
      stop: fc.boolean(),
      days: fc.integer({ min: 5, max: 25 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sign' as const),
      milestones: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'deliver' as const,
        'evaluate' as const,
        'pay' as const,
        'refusedPay' as const,
        'amend' as const,
        'terminate' as const,
        'suspend' as const,
        'resume' as const,
        'complete' as const,
      ),
      c: index,
      m: fc.integer({ min: 0, max: 2 }),
      n: fc.integer({ min: 0, max: 100 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('debar' as const, 'lift' as const, 'notice' as const),
      s: index,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      days: fc.integer({ min: 1, max: 40 }),
    }),
  },
);

/**
 * A random programme through the deciders. Commands the deciders refuse are simply not recorded
 * (as in the application), except a payment refused for lack of acceptance, which is recorded as
 * the refusal record the DisburseFunds use case appends.
 */
const STANDSTILL_DAYS = 2;

function history(actions: readonly Action[]): ProjectionEvent[] {
  const w = new Procurement(
    makePolicy({
      minValidBids: { open: 1, invited: 1, competitive_negotiation: 1, direct_commission: 1 },
      minSubmissionDays: { open: 5, invited: 5, competitive_negotiation: 5, direct_commission: 0 },
      standstillDays: {
        open: STANDSTILL_DAYS,
        invited: STANDSTILL_DAYS,
        competitive_negotiation: STANDSTILL_DAYS,
        direct_commission: 0,
      },
    }),
  );
  let now = '2026-01-05T09:00:00.000Z';
  agencies.forEach((agency, i) => w.openBudgetLine(lines[i]!, agency, now));
  suppliers.forEach((s) => w.registerSupplier(s, now));
  const awards: { tenderId: string; agency: number; supplierId: string; amount: number }[] = [];
  const contracts: { contractId: string; milestones: number; value: number }[] = [];
  const debarments = new Map<string, string>();
  let n = 0;
  const attempt = (run: () => unknown): void => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  };
  for (const a of actions) {
    n++;
    now = addDays(now, 1);
    if (a.kind === 'wait') {
      now = addDays(now, a.days);
      continue;
    }
    if (a.kind === 'tender') {
      const method = METHODS[a.method]!;
      const seen = new Set<number>();
      const bids = a.bids
        .filter((b) => !seen.has(b.s) && seen.add(b.s))
        .map((b) => ({ supplierId: suppliers[b.s]!, priceMinor: b.price, score: b.score }));
      const used = method === 'direct_commission' ? bids.slice(0, 1) : bids;
      const tenderId = id(0x7000 + n);
      attempt(() =>
        w.runTender({
          tenderId,
          agencyId: agencies[a.agency]!,
          budgetLineId: lines[a.agency]!,
          method,
          category: `cat${a.category}`,
          draftedAt: now,
          submissionDays: a.days,
          bids: used,
          awardTo: a.awardTo % used.length,
          stopAfterOpening: a.stop,
        }),
      );
      const award = w.events.find(
        (e) => e.type === 'TenderAwarded' && (e.data as { tenderId: string }).tenderId === tenderId,
      );
      if (award) {
        const d = award.data as {
          supplierId: string;
          amount: { amountMinor: number };
          awardedAt: string;
        };
        awards.push({
          tenderId,
          agency: a.agency,
          supplierId: d.supplierId,
          amount: d.amount.amountMinor,
        });
        now = d.awardedAt;
      }
      continue;
    }
    if (a.kind === 'sign') {
      const award = awards.shift();
      if (!award) continue;
      const contractId = id(0xc000 + n);
      // A signing waits out the award's standstill (StandstillStarted is in the history too).
      const standstill = w.events.find(
        (e) =>
          e.type === 'StandstillStarted' &&
          (e.data as { tenderId: string }).tenderId === award.tenderId,
      );
      const endsAt = (standstill?.data as { endsAt?: string } | undefined)?.endsAt;
      if (endsAt !== undefined && now < endsAt) now = endsAt;
      attempt(() =>
        w.sign({
          contractId,
          tenderId: award.tenderId,
          agencyId: agencies[award.agency]!,
          supplierId: award.supplierId,
          budgetLineId: lines[award.agency]!,
          valueMinor: award.amount,
          signedAt: now,
          milestones: a.milestones,
          advanceCapPercent: 10,
        }),
      );
      contracts.push({ contractId, milestones: a.milestones, value: award.amount });
      continue;
    }
    if (a.kind === 'debar' || a.kind === 'lift' || a.kind === 'notice') {
      const supplierId = suppliers[a.s]!;
      const debarmentId =
        a.kind === 'debar' ? id(0xdb00 + n) : (debarments.get(supplierId) ?? id(0xdb00));
      if (a.kind === 'debar') debarments.set(supplierId, debarmentId);
      if (a.kind === 'debar') {
        // Evidence is an event of the log about this supplier (DEBARMENT_EVIDENCE_UNKNOWN otherwise).
        const about = [...w.events]
          .reverse()
          .find((e) => (e.data as { supplierId?: unknown }).supplierId === supplierId);
        const evidenceEventIds = [about?.eventId ?? w.events[w.events.length - 1]!.eventId];
        const evidence = about ? [{ eventId: about.eventId, supplierId }] : [];
        attempt(() =>
          w.supplier({
            type: 'DebarSupplier',
            data: {
              supplierId,
              debarmentId,
              grounds: 'fraud',
              authority: 'bureau',
              evidenceEventIds,
              evidence,
              at: now,
              policy: w.policy,
            },
          }),
        );
      }
      if (a.kind === 'lift')
        attempt(() =>
          w.supplier({
            type: 'LiftDebarment',
            data: { supplierId, debarmentId, reason: 'appeal', at: now },
          }),
        );
      if (a.kind === 'notice')
        attempt(() =>
          w.supplier({
            type: 'PublishPerformanceNotice',
            data: {
              supplierId,
              noticeId: id(0xe000 + n),
              kind: n % 2 ? 'criticism' : 'commendation',
              summary: 'Visits',
              at: now,
            },
          }),
        );
      continue;
    }
    if (!('c' in a)) continue;
    const c = contracts[a.c % Math.max(1, contracts.length)];
    if (!c) continue;
    const m = milestoneId(c.contractId, a.m % c.milestones);
    switch (a.kind) {
      case 'deliver':
        attempt(() => w.deliver(c.contractId, m, now));
        break;
      case 'evaluate':
        // Delivery first when there is none yet: evaluations (and so payments) would be rare otherwise.
        attempt(() => w.deliver(c.contractId, m, now));
        attempt(() =>
          w.evaluate(
            c.contractId,
            m,
            now,
            (['accepted', 'partially_accepted', 'rejected'] as const)[a.n % 3],
            a.n,
          ),
        );
        // Often paid at once, sometimes after the prompt-payment due date.
        if (a.n % 2 === 0)
          attempt(() =>
            w.pay(
              c.contractId,
              m,
              Math.max(1, Math.floor(c.value / c.milestones / 4)),
              addDays(now, a.n % 3 ? 1 : 45),
              id(0xd800 + n),
            ),
          );
        break;
      case 'pay':
        attempt(() =>
          w.pay(
            c.contractId,
            a.n % 5 === 0 ? null : m,
            Math.max(1, Math.floor((c.value * a.n) / 1000)),
            now,
            id(0xd000 + n),
          ),
        );
        break;
      case 'refusedPay':
        try {
          w.pay(c.contractId, m, 1, now, id(0xd000 + n));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'MILESTONE_NOT_ACCEPTED') {
            w.record(
              `refusals-${c.contractId}`,
              'DisbursementRefused',
              {
                contractId: c.contractId,
                agencyId: null,
                supplierId: null,
                disbursementId: id(0xd000 + n),
                kind: 'milestone',
                milestoneId: m,
                amount: cny(1),
                code: error.code,
                reason: error.message,
                attemptedBy: FINANCE,
                refusedAt: now,
              },
              now,
            );
          }
        }
        break;
      case 'amend': {
        const value = Math.max(c.milestones, Math.floor((c.value * (80 + a.n / 2)) / 100));
        const each = Math.floor(value / c.milestones);
        attempt(() =>
          w.contract({
            type: 'AmendContract',
            data: {
              contractId: c.contractId,
              amendmentId: id(0xaa000 + n),
              amendedBy: OFFICER,
              at: now,
              rationale: 'scope_change',
              justification: 'Demand changed',
              newValue: cny(value),
              milestones: Array.from({ length: c.milestones }, (_, i) => ({
                milestoneId: milestoneId(c.contractId, i),
                title: `Phase ${i + 1}`,
                dueAt: addDays(now, 20 * (i + 1)),
                amount: cny(i === c.milestones - 1 ? value - each * (c.milestones - 1) : each),
                deliverables: ['Visit log'],
                indicators: [
                  { indicatorId: 'visits', description: 'Home visits made', target: '>= 100' },
                ],
              })),
              policy: w.policy,
            },
          }),
        );
        break;
      }
      case 'terminate':
        attempt(() => w.terminate(c.contractId, now, a.n % 2 ? 'for_default' : 'for_convenience'));
        break;
      case 'suspend':
        attempt(() =>
          w.contract({
            type: 'SuspendContract',
            data: { contractId: c.contractId, suspendedBy: OFFICER, at: now, reason: 'Audit' },
          }),
        );
        break;
      case 'resume':
        attempt(() =>
          w.contract({
            type: 'ResumeContract',
            data: { contractId: c.contractId, resumedBy: OFFICER, at: now },
          }),
        );
        break;
      case 'complete':
        attempt(() =>
          w.contract({
            type: 'CompleteContract',
            data: { contractId: c.contractId, completedBy: OFFICER, at: now },
          }),
        );
        break;
    }
  }
  return w.events;
}

/** A projection that fails at one position: the crash, mid-batch, after some rows were written. */
function crashingAt(projection: Projection, position: number): Projection {
  return {
    ...projection,
    apply: async (tx, event) => {
      await projection.apply(tx, event);
      if (event.position === position) throw new Error(`simulated crash at ${position}`);
    },
  };
}

async function snapshot(readStore: ReadStore, projection: Projection): Promise<unknown[]> {
  return Promise.all(projection.tables.map((t) => allRows(readStore, projection, t)));
}

async function cleanRebuild(
  projection: Projection,
  events: readonly ProjectionEvent[],
): Promise<unknown[]> {
  const rows = await project(projection, events);
  return projection.tables.map((t) => rows.rows(t));
}

describe('all six read models', () => {
  it('the generator produces rich histories (every read model gets rows)', async () => {
    const events = history(
      fc.sample(fc.array(action, { minLength: 150, maxLength: 150 }), { numRuns: 1, seed: 7 })[0]!,
    );
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'BidsOpened',
      'TenderAwarded',
      'ContractSigned',
      'DeliveryReported',
      'MilestoneEvaluated',
      'FundsDisbursed',
      'SupplierDebarred',
    ])
      expect(types).toContain(type);
    for (const projection of allProjections) {
      const tables = await cleanRebuild(projection, events);
      expect((tables[0] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('property: random histories through the deciders, random batches, a crash between batches, then a restart = a clean rebuild', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 20, maxLength: 70 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        async (actions, batchSizes, restartBatch, crashSeed) => {
          const events = history(actions);
          const store = createMemoryEventStore();
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
          const log = await store.readAll();
          const file = path.join(dir, `run-${run++}.sqlite`);

          // First life: batches of random sizes until the crash rolls one back; then the process dies.
          const first = await createReadStore({ kind: 'sqlite', file });
          for (const projection of allProjections) {
            await prepareProjection(first, projection);
            // The crash hits an event the projection handles (the runner applies no other).
            const handled = log.filter((e) => projection.canHandle(e));
            const crashAt =
              handled.length > 0
                ? handled[crashSeed % handled.length]!.position
                : Number.MAX_SAFE_INTEGER;
            const crashing = crashingAt(projection, crashAt);
            let from = 0;
            for (let i = 0; from < log.length; i++) {
              const batch = log.slice(from, from + batchSizes[i % batchSizes.length]!);
              const failed = await applyBatch(first, crashing, batch).then(
                () => false,
                () => true,
              );
              if (failed) break;
              from += batch.length;
            }
            expect(await first.checkpoint(projection.name, projection.version)).toBeLessThan(
              Math.min(crashAt, log.length + 1),
            );
          }
          await first.close();

          // Second life on the same file: from the stored checkpoints, other batch sizes, one
          // batch applied twice (a redelivery) on the way.
          const second = await createReadStore({ kind: 'sqlite', file });
          try {
            for (const projection of allProjections) {
              for (
                let from = await second.checkpoint(projection.name, projection.version);
                from < log.length;
              ) {
                const batch = log.slice(from, from + restartBatch);
                await applyBatch(second, projection, batch);
                await applyBatch(second, projection, batch);
                from += batch.length;
              }
              expect(await snapshot(second, projection)).toEqual(
                await cleanRebuild(projection, log),
              );
            }
          } finally {
            await second.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it("property: a contract's counts and next due milestone, kept per event, equal a recount of its milestone rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 20, maxLength: 120 }), async (actions) => {
        const rows = await project(accountabilityProjection, history(actions));
        const milestones = rows.rows(accountabilityMilestones);
        const order = new Map(
          rows.rows(accountabilitySchedules).map((s) => [s.contractId, s.milestoneIds]),
        );
        for (const contract of rows.rows(accountabilityContracts)) {
          // Schedule order, as signed or last amended: every milestone row of the contract once.
          const ids = order.get(contract.contractId) ?? [];
          const own = ids.map((milestoneId) =>
            milestones.find(
              (m) => m.contractId === contract.contractId && m.milestoneId === milestoneId,
            )!,
          );
          expect(own.every(Boolean)).toBe(true);
          expect(milestones.filter((m) => m.contractId === contract.contractId)).toHaveLength(
            own.length,
          );
          const evaluated = own.filter((m) => m.evaluatedAt !== null).length;
          // The unevaluated milestone due first; on equal dates the first in schedule order.
          const next = own
            .filter((m) => m.evaluatedAt === null)
            .reduce<(typeof own)[number] | undefined>(
              (a, m) => (a === undefined || m.dueAt < a.dueAt ? m : a),
              undefined,
            );
          expect(contract).toMatchObject({
            milestonesTotal: own.length,
            milestonesDelivered: own.filter((m) => m.deliveredAt !== null).length,
            milestonesEvaluated: evaluated,
            milestonesLate: own.filter((m) => m.deliveredLate === true).length,
            progressBps: own.length === 0 ? 0 : Math.floor((evaluated * 10_000) / own.length),
            acceptedMinor: own.reduce((sum, m) => sum + m.acceptedMinor, 0),
            nextDueMilestoneId: next?.milestoneId ?? null,
            nextDueAt: next?.dueAt ?? null,
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
