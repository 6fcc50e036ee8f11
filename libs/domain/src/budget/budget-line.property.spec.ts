import fc from 'fast-check';
import { DomainError } from '../shared/errors';
import type { Money } from '../shared/money';
import {
  budgetLineDecider,
  type BudgetLineCommand,
  type BudgetLineEvent,
  type BudgetLineState,
} from './budget-line';

const budgetLineId = '0190c000-0000-7000-8000-000000000001';
const agencyId = '0190c000-0000-7000-8000-0000000000a1';
const id = (prefix: string, n: number) =>
  `0190c000-0000-7000-8000-${prefix}${String(n).padStart(12 - prefix.length, '0')}`;
const tenderIds = [1, 2, 3].map((n) => id('c', n));
const contractIds = [1, 2, 3].map((n) => id('d', n));
const disbursementIds = [1, 2, 3, 4, 5, 6].map((n) => id('e', n));
const at = '2026-03-01T09:00:00.000Z';

// Mostly sensible amounts near the line's size, plus the hostile ones the rules must refuse.
const amount: fc.Arbitrary<Money> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: 0, max: 1_500_000 })
      .map((n) => ({ amountMinor: n, currency: 'CNY' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -1_000, max: -1 })
      .map((n) => ({ amountMinor: n, currency: 'CNY' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 1_000, noNaN: true })
      .map((n) => ({ amountMinor: n + 0.5, currency: 'CNY' })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 1_000 }).map((n) => ({ amountMinor: n, currency: 'EUR' })),
  },
);

const command: fc.Arbitrary<BudgetLineCommand> = fc.oneof(
  amount.map(
    (a) =>
      ({
        type: 'OpenBudgetLine',
        data: { budgetLineId, agencyId, fiscalYear: 2026, category: 'care', amount: a, at },
      }) as const,
  ),
  amount.map(
    (a) =>
      ({ type: 'AdjustBudgetLine', data: { budgetLineId, amount: a, reason: 'r', at } }) as const,
  ),
  fc
    .tuple(fc.constantFrom(...tenderIds), amount)
    .map(
      ([tenderId, a]) =>
        ({ type: 'ReserveFunds', data: { budgetLineId, tenderId, amount: a, at } }) as const,
    ),
  fc.constantFrom(...tenderIds).map(
    (tenderId) =>
      ({
        type: 'ReleaseReservation',
        data: { budgetLineId, tenderId, reason: 'r', at },
      }) as const,
  ),
  fc.tuple(fc.constantFrom(...contractIds), fc.option(fc.constantFrom(...tenderIds)), amount).map(
    ([contractId, tenderId, a]) =>
      ({
        type: 'CommitFunds',
        data: { budgetLineId, contractId, tenderId, contractTotal: a, at },
      }) as const,
  ),
  fc.constantFrom(...contractIds).map(
    (contractId) =>
      ({
        type: 'ReleaseCommitment',
        data: { budgetLineId, contractId, reason: 'r', at },
      }) as const,
  ),
  fc.tuple(fc.constantFrom(...contractIds), fc.constantFrom(...disbursementIds), amount).map(
    ([contractId, disbursementId, a]) =>
      ({
        type: 'RecordDisbursement',
        data: { budgetLineId, contractId, disbursementId, amount: a, at },
      }) as const,
  ),
);

function wholeNonNegative(m: Money, what: string, currency: string): void {
  if (!Number.isSafeInteger(m.amountMinor) || m.amountMinor < 0)
    throw new Error(`${what} is ${m.amountMinor}`);
  if (m.currency !== currency)
    throw new Error(`${what} is in ${m.currency}, the line in ${currency}`);
}

function moneyIn(event: BudgetLineEvent): Money[] {
  return Object.values(event.data).filter(
    (v): v is Money => typeof v === 'object' && v !== null && 'amountMinor' in v,
  );
}

function checkInvariants(state: BudgetLineState): void {
  if (state.status !== 'open') return;
  const { allocated, reserved, committed, disbursed } = state;
  for (const [m, what] of [
    [allocated, 'allocated'],
    [reserved, 'reserved'],
    [committed, 'committed'],
    [disbursed, 'disbursed'],
  ] as const) {
    wholeNonNegative(m, what, allocated.currency);
  }
  if (reserved.amountMinor + committed.amountMinor > allocated.amountMinor)
    throw new Error('reserved + committed > allocated');
  if (disbursed.amountMinor > committed.amountMinor) throw new Error('disbursed > committed');
  const active = Object.values(state.reservations).filter((r) => r.status === 'active');
  if (active.reduce((s, r) => s + r.amount.amountMinor, 0) !== reserved.amountMinor)
    throw new Error('reserved != sum of reservations');
  const commitments = Object.values(state.commitments);
  if (commitments.reduce((s, c) => s + c.committed.amountMinor, 0) !== committed.amountMinor)
    throw new Error('committed != sum of commitments');
  for (const c of commitments)
    if (c.disbursed.amountMinor > c.committed.amountMinor)
      throw new Error('a contract got more than committed');
}

describe('budget line money invariants over random command sequences', () => {
  it('committed + reserved <= allocated, disbursed <= committed, amounts whole and non-negative, after every step', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 40 }), (commands) => {
        let state = budgetLineDecider.initialState();
        for (const c of commands) {
          let events: readonly BudgetLineEvent[];
          try {
            events = budgetLineDecider.decide(c, state);
          } catch (error) {
            // A refusal is fine; anything else (a TypeError, a RangeError) is a bug.
            if (error instanceof DomainError) continue;
            throw error;
          }
          for (const e of events) {
            state = budgetLineDecider.evolve(state, e);
            if (state.status !== 'open') throw new Error(`${e.type} left the line unopened`);
            for (const m of moneyIn(e))
              wholeNonNegative(m, `${e.type} money`, state.allocated.currency);
          }
          checkInvariants(state);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
