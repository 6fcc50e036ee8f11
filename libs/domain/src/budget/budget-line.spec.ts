import { deciderSpec } from '../testing';
import { fold } from '../shared/decider';
import type { Money } from '../shared/money';
import {
  budgetAvailable,
  budgetLineDecider,
  budgetStream,
  type BudgetLineCommand,
  type BudgetLineEvent,
} from './budget-line';

const spec = deciderSpec(budgetLineDecider);
const budgetLineId = '0190b000-0000-7000-8000-000000000001';
const agencyId = '0190b000-0000-7000-8000-0000000000a1';
const tenderId = '0190b000-0000-7000-8000-0000000000c1';
const contractId = '0190b000-0000-7000-8000-0000000000d1';
const otherContractId = '0190b000-0000-7000-8000-0000000000d2';
const disbursementId = '0190b000-0000-7000-8000-0000000000e1';
const T0 = '2026-01-05T09:00:00.000Z';
const T1 = '2026-02-05T09:00:00.000Z';
const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });

type Data<T extends BudgetLineCommand['type']> = Extract<BudgetLineCommand, { type: T }>['data'];
const cmd = <T extends BudgetLineCommand['type']>(
  type: T,
  data: Omit<Data<T>, 'budgetLineId' | 'at'> & { at?: string },
): BudgetLineCommand =>
  ({ type, data: { budgetLineId, at: T1, ...data } }) as unknown as BudgetLineCommand;

const opened: BudgetLineEvent = {
  type: 'BudgetLineOpened',
  data: {
    budgetLineId,
    agencyId,
    fiscalYear: 2026,
    category: 'elderly_care',
    allocated: cny(1_000_000),
    openedAt: T0,
  },
};
const reserved: BudgetLineEvent = {
  type: 'FundsReserved',
  data: { budgetLineId, tenderId, amount: cny(400_000), reservedAt: T1 },
};
const committed: BudgetLineEvent = {
  type: 'FundsCommitted',
  data: {
    budgetLineId,
    contractId,
    tenderId: null,
    amount: cny(300_000),
    contractTotal: cny(300_000),
    reservationConsumed: null,
    committedAt: T1,
  },
};
const disbursed: BudgetLineEvent = {
  type: 'DisbursementRecorded',
  data: { budgetLineId, contractId, disbursementId, amount: cny(100_000), disbursedAt: T1 },
};

describe('budget stream', () => {
  it('names the stream budget-<id>', () =>
    expect(budgetStream(budgetLineId)).toBe(`budget-${budgetLineId}`));
});

describe('OpenBudgetLine', () => {
  const openLine = (over: Partial<Data<'OpenBudgetLine'>> = {}) =>
    cmd('OpenBudgetLine', {
      agencyId,
      fiscalYear: 2026,
      category: 'elderly_care',
      amount: cny(1_000_000),
      at: T0,
      ...over,
    });
  it('opens a line for an agency, fiscal year and category with an amount', () =>
    void spec.given([]).when(openLine()).then([opened]));
  it('opening it again with the same terms records nothing (idempotent)', () =>
    void spec
      .given([opened])
      .when(openLine({ at: T1 }))
      .thenNothingHappened());
  it('refuses reopening with other terms: BUDGET_LINE_ALREADY_OPEN', () =>
    void spec
      .given([opened])
      .when(openLine({ amount: cny(5) }))
      .thenThrows('BUDGET_LINE_ALREADY_OPEN'));
  it('refuses a year that is not a whole four-digit year: BUDGET_FISCAL_YEAR_INVALID', () =>
    void spec
      .given([])
      .when(openLine({ fiscalYear: 26.5 }))
      .thenThrows('BUDGET_FISCAL_YEAR_INVALID'));
  it('refuses a missing category: BUDGET_CATEGORY_REQUIRED', () =>
    void spec
      .given([])
      .when(openLine({ category: '' }))
      .thenThrows('BUDGET_CATEGORY_REQUIRED'));
  it('refuses a zero amount: BUDGET_AMOUNT_NOT_POSITIVE', () =>
    void spec
      .given([])
      .when(openLine({ amount: cny(0) }))
      .thenThrows('BUDGET_AMOUNT_NOT_POSITIVE'));
  it('money is integer minor units: a fractional amount is refused with MONEY_INVALID', () =>
    void spec
      .given([])
      .when(openLine({ amount: cny(10.5) }))
      .thenThrows('MONEY_INVALID'));
  it('money is never negative: MONEY_NEGATIVE', () =>
    void spec
      .given([])
      .when(openLine({ amount: cny(-1) }))
      .thenThrows('MONEY_NEGATIVE'));
});

describe('AdjustBudgetLine', () => {
  it('changes the allocation with a reason', () =>
    void spec
      .given([opened])
      .when(cmd('AdjustBudgetLine', { amount: cny(1_200_000), reason: 'Mid-year supplement' }))
      .then([
        {
          type: 'BudgetLineAdjusted',
          data: {
            budgetLineId,
            previousAllocated: cny(1_000_000),
            allocated: cny(1_200_000),
            reason: 'Mid-year supplement',
            adjustedAt: T1,
          },
        },
      ]));
  it('may cut down to exactly what is reserved and committed', () =>
    void spec
      .given([opened, reserved, committed])
      .when(cmd('AdjustBudgetLine', { amount: cny(700_000), reason: 'Cut' }))
      .then([
        {
          type: 'BudgetLineAdjusted',
          data: {
            budgetLineId,
            previousAllocated: cny(1_000_000),
            allocated: cny(700_000),
            reason: 'Cut',
            adjustedAt: T1,
          },
        },
      ]));
  it('adjusting to the current amount records nothing (idempotent)', () =>
    void spec
      .given([opened])
      .when(cmd('AdjustBudgetLine', { amount: cny(1_000_000), reason: 'x' }))
      .thenNothingHappened());
  it('never below what is reserved plus committed: BUDGET_BELOW_USED', () =>
    void spec
      .given([opened, reserved, committed])
      .when(cmd('AdjustBudgetLine', { amount: cny(699_999), reason: 'Cut' }))
      .thenThrows('BUDGET_BELOW_USED'));
  it('refuses an adjustment without a reason: BUDGET_ADJUSTMENT_REASON_REQUIRED', () =>
    void spec
      .given([opened])
      .when(cmd('AdjustBudgetLine', { amount: cny(5), reason: ' ' }))
      .thenThrows('BUDGET_ADJUSTMENT_REASON_REQUIRED'));
  it('refuses another currency: CURRENCY_MISMATCH', () =>
    void spec
      .given([opened])
      .when(cmd('AdjustBudgetLine', { amount: { amountMinor: 5, currency: 'EUR' }, reason: 'x' }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('refuses a line that is not open: BUDGET_LINE_NOT_OPEN', () =>
    void spec
      .given([])
      .when(cmd('AdjustBudgetLine', { amount: cny(5), reason: 'x' }))
      .thenThrows('BUDGET_LINE_NOT_OPEN'));
});

describe('ReserveFunds', () => {
  it('reserves funds for a tender', () =>
    void spec
      .given([opened])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(400_000) }))
      .then([reserved]));
  it('reserving the same amount again records nothing (idempotent)', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(400_000) }))
      .thenNothingHappened());
  it('refuses a second, different reservation for the tender: BUDGET_RESERVATION_EXISTS', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(1) }))
      .thenThrows('BUDGET_RESERVATION_EXISTS'));
  it('never reserves more than the line holds: BUDGET_INSUFFICIENT_FUNDS', () =>
    void spec
      .given([opened, committed])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(700_001) }))
      .thenThrows('BUDGET_INSUFFICIENT_FUNDS'));
  it('may reserve again after releasing', () =>
    void spec
      .given([
        opened,
        reserved,
        {
          type: 'ReservationReleased',
          data: { budgetLineId, tenderId, amount: cny(400_000), reason: 'Amended', releasedAt: T1 },
        },
      ])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(500_000) }))
      .then([
        { type: 'FundsReserved', data: { ...reserved.data, amount: cny(500_000) } as never },
      ]));
  it('refuses reserving for a tender that became a contract: BUDGET_RESERVATION_CONSUMED', () =>
    void spec
      .given([
        opened,
        reserved,
        {
          type: 'FundsCommitted',
          data: { ...committed.data, tenderId, reservationConsumed: cny(400_000) } as never,
        },
      ])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(1) }))
      .thenThrows('BUDGET_RESERVATION_CONSUMED'));
  it('refuses a zero amount: BUDGET_AMOUNT_NOT_POSITIVE', () =>
    void spec
      .given([opened])
      .when(cmd('ReserveFunds', { tenderId, amount: cny(0) }))
      .thenThrows('BUDGET_AMOUNT_NOT_POSITIVE'));
});

describe('ReleaseReservation', () => {
  const released: BudgetLineEvent = {
    type: 'ReservationReleased',
    data: {
      budgetLineId,
      tenderId,
      amount: cny(400_000),
      reason: 'Tender cancelled',
      releasedAt: T1,
    },
  };
  it('releases a tender reservation', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('ReleaseReservation', { tenderId, reason: 'Tender cancelled' }))
      .then([released]));
  it('releasing again records nothing (idempotent)', () =>
    void spec
      .given([opened, reserved, released])
      .when(cmd('ReleaseReservation', { tenderId, reason: 'Tender cancelled' }))
      .thenNothingHappened());
  it('refuses a tender without reservation: BUDGET_RESERVATION_NOT_FOUND', () =>
    void spec
      .given([opened])
      .when(cmd('ReleaseReservation', { tenderId, reason: 'x' }))
      .thenThrows('BUDGET_RESERVATION_NOT_FOUND'));
  it('refuses a release without reason: BUDGET_RELEASE_REASON_REQUIRED', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('ReleaseReservation', { tenderId, reason: '' }))
      .thenThrows('BUDGET_RELEASE_REASON_REQUIRED'));
});

describe('ResizeReservation', () => {
  const resized = (from: number, to: number): BudgetLineEvent => ({
    type: 'ReservationResized',
    data: {
      budgetLineId,
      tenderId,
      previousAmount: cny(from),
      amount: cny(to),
      reason: 'Estimate amended',
      resizedAt: T1,
    },
  });
  const resize = (amountMinor: number) =>
    cmd('ResizeReservation', { tenderId, amount: cny(amountMinor), reason: 'Estimate amended' });
  it("follows a published tender's amended estimate, up while the line holds it", () =>
    void spec
      .given([opened, reserved])
      .when(resize(1_000_000))
      .then([resized(400_000, 1_000_000)]));
  it('and down, freeing the difference', () => {
    spec
      .given([opened, reserved])
      .when(resize(100_000))
      .then([resized(400_000, 100_000)]);
    expect(
      budgetAvailable(fold(budgetLineDecider, [opened, reserved, resized(400_000, 100_000)])),
    ).toEqual(cny(900_000));
  });
  it('resizing to the same amount records nothing (idempotent)', () =>
    void spec.given([opened, reserved]).when(resize(400_000)).thenNothingHappened());
  it('never reserves more than the line holds (2,000,000 to 50,000,000 on a 10,000,000 line): BUDGET_INSUFFICIENT_FUNDS', () => {
    const line: BudgetLineEvent = {
      type: 'BudgetLineOpened',
      data: {
        budgetLineId,
        agencyId,
        fiscalYear: 2026,
        category: 'elderly_care',
        allocated: cny(10_000_000_00),
        openedAt: T0,
      },
    };
    const twoMillion: BudgetLineEvent = {
      type: 'FundsReserved',
      data: { budgetLineId, tenderId, amount: cny(2_000_000_00), reservedAt: T1 },
    };
    spec
      .given([line, twoMillion])
      .when(resize(50_000_000_00))
      .thenThrows('BUDGET_INSUFFICIENT_FUNDS');
    spec
      .given([opened, reserved, committed])
      .when(resize(700_001))
      .thenThrows('BUDGET_INSUFFICIENT_FUNDS');
  });
  it('refuses a tender without reservation: BUDGET_RESERVATION_NOT_FOUND', () =>
    void spec.given([opened]).when(resize(1)).thenThrows('BUDGET_RESERVATION_NOT_FOUND'));
  it('refuses a reservation released or used up by a contract: BUDGET_RESERVATION_NOT_ACTIVE', () =>
    void spec
      .given([
        opened,
        reserved,
        {
          type: 'ReservationReleased',
          data: { budgetLineId, tenderId, amount: cny(400_000), reason: 'x', releasedAt: T1 },
        },
      ])
      .when(resize(1))
      .thenThrows('BUDGET_RESERVATION_NOT_ACTIVE'));
  it('refuses a resize without a reason: BUDGET_RESIZE_REASON_REQUIRED', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('ResizeReservation', { tenderId, amount: cny(1), reason: ' ' }))
      .thenThrows('BUDGET_RESIZE_REASON_REQUIRED'));
});

describe('CommitFunds', () => {
  it('commits funds for a contract', () =>
    void spec
      .given([opened])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(300_000) }))
      .then([committed]));
  it("consumes the tender's whole reservation, freeing the rest", () => {
    void spec
      .given([opened, reserved])
      .when(cmd('CommitFunds', { contractId, tenderId, contractTotal: cny(350_000) }))
      .then([
        {
          type: 'FundsCommitted',
          data: {
            ...committed.data,
            tenderId,
            amount: cny(350_000),
            contractTotal: cny(350_000),
            reservationConsumed: cny(400_000),
          } as never,
        },
      ]);
    const s = fold(budgetLineDecider, [
      opened,
      reserved,
      {
        type: 'FundsCommitted',
        data: {
          ...committed.data,
          tenderId,
          amount: cny(350_000),
          contractTotal: cny(350_000),
          reservationConsumed: cny(400_000),
        },
      },
    ]);
    expect(budgetAvailable(s)).toEqual(cny(650_000));
  });
  it("may use the tender's reservation when the rest of the line is taken", () =>
    void spec
      .given([
        opened,
        reserved,
        {
          type: 'FundsCommitted',
          data: {
            ...committed.data,
            contractId: otherContractId,
            amount: cny(600_000),
            contractTotal: cny(600_000),
          },
        },
      ])
      .when(cmd('CommitFunds', { contractId, tenderId, contractTotal: cny(400_000) }))
      .then([
        {
          type: 'FundsCommitted',
          data: {
            ...committed.data,
            tenderId,
            amount: cny(400_000),
            contractTotal: cny(400_000),
            reservationConsumed: cny(400_000),
          } as never,
        },
      ]));
  it('a higher contract total commits only the difference', () =>
    void spec
      .given([opened, committed])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(330_000) }))
      .then([
        {
          type: 'FundsCommitted',
          data: { ...committed.data, amount: cny(30_000), contractTotal: cny(330_000) } as never,
        },
      ]));
  it('committing the same total again records nothing (idempotent)', () =>
    void spec
      .given([opened, committed])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(300_000) }))
      .thenNothingHappened());
  it('never commits more than the line holds: BUDGET_INSUFFICIENT_FUNDS', () =>
    void spec
      .given([opened, reserved])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(600_001) }))
      .thenThrows('BUDGET_INSUFFICIENT_FUNDS'));
  it('refuses lowering a commitment: BUDGET_COMMITMENT_DECREASE', () =>
    void spec
      .given([opened, committed])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(1) }))
      .thenThrows('BUDGET_COMMITMENT_DECREASE'));
  it('refuses committing to a released commitment: BUDGET_COMMITMENT_CLOSED', () =>
    void spec
      .given([
        opened,
        committed,
        {
          type: 'CommitmentReleased',
          data: { budgetLineId, contractId, amount: cny(300_000), reason: 'x', releasedAt: T1 },
        },
      ])
      .when(cmd('CommitFunds', { contractId, contractTotal: cny(400_000) }))
      .thenThrows('BUDGET_COMMITMENT_CLOSED'));
  it('refuses another currency: CURRENCY_MISMATCH', () =>
    void spec
      .given([opened])
      .when(cmd('CommitFunds', { contractId, contractTotal: { amountMinor: 1, currency: 'USD' } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it("one award, one contract: a second contract on the tender's reservation is refused: TENDER_ALREADY_CONTRACTED", () =>
    void spec
      .given([
        opened,
        reserved,
        {
          type: 'FundsCommitted',
          data: { ...committed.data, tenderId, reservationConsumed: cny(400_000) },
        },
      ])
      .when(
        cmd('CommitFunds', { contractId: otherContractId, tenderId, contractTotal: cny(300_000) }),
      )
      .thenThrows('TENDER_ALREADY_CONTRACTED'));
});

describe('ReduceCommitment', () => {
  const reduced = (amount: number, total: number): BudgetLineEvent => ({
    type: 'CommitmentReduced',
    data: {
      budgetLineId,
      contractId,
      amount: cny(amount),
      contractTotal: cny(total),
      reason: 'Value lowered',
      reducedAt: T1,
    },
  });
  const reduce = (total: number) =>
    cmd('ReduceCommitment', { contractId, contractTotal: cny(total), reason: 'Value lowered' });
  it('returns the part of a commitment a contract no longer needs, keeping the contract open', () => {
    spec
      .given([opened, committed, disbursed])
      .when(reduce(250_000))
      .then([reduced(50_000, 250_000)]);
    const s = fold(budgetLineDecider, [opened, committed, disbursed, reduced(50_000, 250_000)]);
    expect(budgetAvailable(s)).toEqual(cny(750_000));
    // still open: the rest may be paid
    spec
      .given([opened, committed, disbursed, reduced(50_000, 250_000)])
      .when(
        cmd('RecordDisbursement', {
          contractId,
          disbursementId: '0190b000-0000-7000-8000-0000000000e2',
          amount: cny(150_000),
        }),
      )
      .then([
        {
          type: 'DisbursementRecorded',
          data: {
            ...disbursed.data,
            disbursementId: '0190b000-0000-7000-8000-0000000000e2',
            amount: cny(150_000),
          },
        },
      ]);
  });
  it('may reduce down to exactly what was paid', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(reduce(100_000))
      .then([reduced(200_000, 100_000)]));
  it('reducing to the same total records nothing (idempotent)', () =>
    void spec.given([opened, committed]).when(reduce(300_000)).thenNothingHappened());
  it('money paid out never comes back: BUDGET_COMMITMENT_BELOW_DISBURSED', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(reduce(99_999))
      .thenThrows('BUDGET_COMMITMENT_BELOW_DISBURSED'));
  it('refuses growing a commitment this way: BUDGET_COMMITMENT_INCREASE', () =>
    void spec
      .given([opened, committed])
      .when(reduce(300_001))
      .thenThrows('BUDGET_COMMITMENT_INCREASE'));
  it('refuses a contract without commitment: BUDGET_COMMITMENT_NOT_FOUND', () =>
    void spec.given([opened]).when(reduce(1)).thenThrows('BUDGET_COMMITMENT_NOT_FOUND'));
  it('refuses a released commitment: BUDGET_COMMITMENT_CLOSED', () =>
    void spec
      .given([
        opened,
        committed,
        {
          type: 'CommitmentReleased',
          data: { budgetLineId, contractId, amount: cny(300_000), reason: 'x', releasedAt: T1 },
        },
      ])
      .when(reduce(1))
      .thenThrows('BUDGET_COMMITMENT_CLOSED'));
  it('refuses a reduction without a reason: BUDGET_RELEASE_REASON_REQUIRED', () =>
    void spec
      .given([opened, committed])
      .when(cmd('ReduceCommitment', { contractId, contractTotal: cny(1), reason: '' }))
      .thenThrows('BUDGET_RELEASE_REASON_REQUIRED'));
});

describe('ReleaseCommitment', () => {
  it('frees what was committed but not disbursed', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(cmd('ReleaseCommitment', { contractId, reason: 'Contract terminated' }))
      .then([
        {
          type: 'CommitmentReleased',
          data: {
            budgetLineId,
            contractId,
            amount: cny(200_000),
            reason: 'Contract terminated',
            releasedAt: T1,
          },
        },
      ]));
  it('releasing again records nothing (idempotent)', () =>
    void spec
      .given([
        opened,
        committed,
        {
          type: 'CommitmentReleased',
          data: { budgetLineId, contractId, amount: cny(300_000), reason: 'x', releasedAt: T1 },
        },
      ])
      .when(cmd('ReleaseCommitment', { contractId, reason: 'x' }))
      .thenNothingHappened());
  it('refuses a contract without commitment: BUDGET_COMMITMENT_NOT_FOUND', () =>
    void spec
      .given([opened])
      .when(cmd('ReleaseCommitment', { contractId, reason: 'x' }))
      .thenThrows('BUDGET_COMMITMENT_NOT_FOUND'));
  it('refuses a release without a reason: BUDGET_RELEASE_REASON_REQUIRED', () =>
    void spec
      .given([opened, committed])
      .when(cmd('ReleaseCommitment', { contractId, reason: '' }))
      .thenThrows('BUDGET_RELEASE_REASON_REQUIRED'));
});

describe('RecordDisbursement', () => {
  it('records a disbursement against committed funds of a contract', () =>
    void spec
      .given([opened, committed])
      .when(cmd('RecordDisbursement', { contractId, disbursementId, amount: cny(100_000) }))
      .then([disbursed]));
  it('may disburse exactly the rest of the commitment', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(
        cmd('RecordDisbursement', {
          contractId,
          disbursementId: '0190b000-0000-7000-8000-0000000000e2',
          amount: cny(200_000),
        }),
      )
      .then([
        {
          type: 'DisbursementRecorded',
          data: {
            ...disbursed.data,
            disbursementId: '0190b000-0000-7000-8000-0000000000e2',
            amount: cny(200_000),
          },
        },
      ]));
  it('the same disbursement again records nothing (idempotent)', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(cmd('RecordDisbursement', { contractId, disbursementId, amount: cny(100_000) }))
      .thenNothingHappened());
  it('refuses reusing a disbursement id: BUDGET_DISBURSEMENT_ID_CONFLICT', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(cmd('RecordDisbursement', { contractId, disbursementId, amount: cny(1) }))
      .thenThrows('BUDGET_DISBURSEMENT_ID_CONFLICT'));
  it('never disburses more than committed: BUDGET_DISBURSEMENT_EXCEEDS_COMMITMENT', () =>
    void spec
      .given([opened, committed, disbursed])
      .when(
        cmd('RecordDisbursement', {
          contractId,
          disbursementId: '0190b000-0000-7000-8000-0000000000e2',
          amount: cny(200_001),
        }),
      )
      .thenThrows('BUDGET_DISBURSEMENT_EXCEEDS_COMMITMENT'));
  it('refuses a contract without commitment: BUDGET_COMMITMENT_NOT_FOUND', () =>
    void spec
      .given([opened])
      .when(cmd('RecordDisbursement', { contractId, disbursementId, amount: cny(1) }))
      .thenThrows('BUDGET_COMMITMENT_NOT_FOUND'));
  it('refuses a zero disbursement: BUDGET_AMOUNT_NOT_POSITIVE', () =>
    void spec
      .given([opened, committed])
      .when(cmd('RecordDisbursement', { contractId, disbursementId, amount: cny(0) }))
      .thenThrows('BUDGET_AMOUNT_NOT_POSITIVE'));
});

describe('evolve', () => {
  it('never throws for events on an unopened line', () =>
    expect(fold(budgetLineDecider, [reserved, committed, disbursed])).toEqual({
      status: 'unopened',
    }));
});
