import { budgetLineDecider, type BudgetLineEvent } from '../budget/budget-line';
import { contractDecider } from '../contract/contract';
import type { ContractEvent } from '../contract/events';
import type { SignedContract } from '../contract/evolve';
import {
  amended,
  cny,
  command,
  disbursed,
  evaluated,
  ids,
  reported,
  signed,
  T,
} from '../contract/contract.fixtures';
import { fold } from '../shared/decider';
import { tenderDecider } from '../tender/tender';
import type { TenderEvent } from '../tender/events';
import type { TenderRecord } from '../tender/evolve';
import { deciderSpec } from '../testing';
import { commitmentStillNeeded, contractBudgetCommand, tenderBudgetCommand } from './money-flow';

/**
 * "Money reserved or committed returns when it can no longer be spent": given a history, when the
 * tender or contract decides an event, then its budget line gets this command in the same append,
 * and the budget decider turns it into these events.
 */
const budget = deciderSpec(budgetLineDecider);
const line = ids.budgetLine;
const opened: BudgetLineEvent = {
  type: 'BudgetLineOpened',
  data: {
    budgetLineId: line,
    agencyId: ids.agency,
    fiscalYear: 2026,
    category: 'elderly_care',
    allocated: cny(500_000_000),
    openedAt: '2026-01-05T09:00:00.000Z',
  },
};
const committed: BudgetLineEvent = {
  type: 'FundsCommitted',
  data: {
    budgetLineId: line,
    contractId: ids.contract,
    tenderId: ids.tender,
    amount: cny(100_000_000),
    contractTotal: cny(100_000_000),
    reservationConsumed: null,
    committedAt: T.signed,
  },
};
const paidOnLine = (amountMinor: number): BudgetLineEvent => ({
  type: 'DisbursementRecorded',
  data: {
    budgetLineId: line,
    contractId: ids.contract,
    disbursementId: ids.d1,
    amount: cny(amountMinor),
    disbursedAt: T.later,
  },
});

/** The contract's decision on `history`, and the contract after it. */
function contractDecides(
  history: ContractEvent[],
  type: 'CompleteContract' | 'TerminateContract',
): { event: ContractEvent; after: SignedContract } {
  const state = fold(contractDecider, history);
  const data =
    type === 'CompleteContract'
      ? { contractId: ids.contract, completedBy: ids.officer, at: '2027-01-10T09:00:00.000Z' }
      : {
          contractId: ids.contract,
          terminatedBy: ids.officer,
          at: T.later,
          reason: 'for_convenience',
          explanation: 'Programme closed',
        };
  const [event] = contractDecider.decide(command(type, data as never), state);
  if (!event) throw new Error(`${type} decided nothing`);
  return { event, after: fold(contractDecider, [...history, event]) as SignedContract };
}

const m2 = ids.m2;
// m1 (400,000.00) accepted and paid; m2 (600,000.00) half accepted, not yet paid.
const delivered: ContractEvent[] = [
  signed,
  reported(),
  evaluated(),
  disbursed(),
  reported({ milestoneId: m2, dueAt: T.m2Due }),
  evaluated({
    milestoneId: m2,
    verdict: 'partially_accepted',
    acceptedShareBps: 5_000,
    acceptedAmount: cny(30_000_000),
  }),
];

describe('completing a contract returns its unpaid commitment to the budget line', () => {
  it('given m1 paid and half of m2 accepted but unpaid, when the contract completes, then the line keeps paid + owed (700,000.00) and 300,000.00 returns', () => {
    const { event, after } = contractDecides(delivered, 'CompleteContract');
    const cmd = contractBudgetCommand(
      event,
      after,
      fold(budgetLineDecider, [opened, committed, paidOnLine(40_000_000)]),
    );
    expect(cmd).toEqual({
      type: 'ReduceCommitment',
      data: {
        budgetLineId: line,
        contractId: ids.contract,
        contractTotal: cny(70_000_000),
        reason: 'contract completed: the unpaid rest of the commitment returns',
        at: '2027-01-10T09:00:00.000Z',
      },
    });
    budget
      .given([opened, committed, paidOnLine(40_000_000)])
      .when(cmd!)
      .then([
        {
          type: 'CommitmentReduced',
          data: {
            budgetLineId: line,
            contractId: ids.contract,
            amount: cny(30_000_000),
            contractTotal: cny(70_000_000),
            reason: 'contract completed: the unpaid rest of the commitment returns',
            reducedAt: '2027-01-10T09:00:00.000Z',
          },
        },
      ]);
  });
  it('an advance not yet recovered is paid back out of what is owed, so it is not kept twice', () => {
    const advance = disbursed({
      disbursementId: ids.d2,
      kind: 'advance',
      milestoneId: null,
      amount: cny(10_000_000),
      cashPaid: cny(10_000_000),
      disbursedAt: T.beforeM1Due,
    });
    const contract = fold(contractDecider, [
      signed,
      advance,
      reported(),
      evaluated(),
    ]) as SignedContract;
    // paid 100,000.00 in cash; m1 owes 400,000.00 of which 100,000.00 is recovered from the advance.
    expect(commitmentStillNeeded(contract)).toEqual(cny(40_000_000));
  });
});

describe('terminating a contract returns everything not paid', () => {
  it('given a signed contract, when it is terminated, then the line releases the commitment (ReleaseCommitment)', () => {
    const { event, after } = contractDecides(
      [signed, reported(), evaluated(), disbursed()],
      'TerminateContract',
    );
    expect(
      contractBudgetCommand(event, after, fold(budgetLineDecider, [opened, committed])),
    ).toEqual({
      type: 'ReleaseCommitment',
      data: {
        budgetLineId: line,
        contractId: ids.contract,
        reason: 'Contract terminated (for_convenience)',
        at: T.later,
      },
    });
  });
});

describe('amending a contract value moves its commitment both ways', () => {
  const contract = fold(contractDecider, [signed]) as SignedContract;
  const onLine = fold(budgetLineDecider, [opened, committed]);
  it('given 1,000,000.00 committed, when the value is lowered to 900,000.00, then 100,000.00 returns (ReduceCommitment)', () =>
    expect(contractBudgetCommand(amended({ newValue: cny(90_000_000) }), contract, onLine)).toEqual(
      {
        type: 'ReduceCommitment',
        data: {
          budgetLineId: line,
          contractId: ids.contract,
          contractTotal: cny(90_000_000),
          reason:
            'contract value lowered by amendment: Thirty more elders enrolled in the district',
          at: T.later,
        },
      },
    ));
  it('when the value is raised to 1,050,000.00, then the difference is committed (CommitFunds)', () =>
    expect(contractBudgetCommand(amended(), contract, onLine)).toEqual({
      type: 'CommitFunds',
      data: {
        budgetLineId: line,
        contractId: ids.contract,
        contractTotal: cny(105_000_000),
        at: T.later,
      },
    }));
  it('when the value already matches the commitment, the line has nothing to do', () =>
    expect(
      contractBudgetCommand(amended({ newValue: cny(100_000_000) }), contract, onLine),
    ).toBeNull());
});

describe('a tender that will not be contracted returns its reservation', () => {
  const tenderId = ids.tender;
  const drafted: TenderEvent = {
    type: 'TenderDrafted',
    data: {
      tenderId,
      agencyId: ids.agency,
      budgetLineId: line,
      method: 'open',
      title: 'Home care',
      serviceCategory: 'elderly_care',
      estimatedValue: cny(100_000_000),
      criteria: [{ criterionId: 'price', name: 'Price', weight: 100 }],
      eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
      contractType: 'core_long_term',
      paymentModel: 'outcome_based',
      directCommission: null,
      draftedAt: '2026-02-01T09:00:00.000Z',
    },
  };
  const published: TenderEvent = {
    type: 'TenderPublished',
    data: {
      tenderId,
      deadline: '2026-03-15T09:00:00.000Z',
      submissionDays: 30,
      publishedAt: '2026-02-13T09:00:00.000Z',
    },
  };
  const reserved: BudgetLineEvent = {
    type: 'FundsReserved',
    data: {
      budgetLineId: line,
      tenderId,
      amount: cny(100_000_000),
      reservedAt: '2026-02-13T09:00:00.000Z',
    },
  };
  const tender = (events: TenderEvent[]) => fold(tenderDecider, events) as TenderRecord;
  const cancelled: TenderEvent = {
    type: 'TenderCancelled',
    data: { tenderId, reason: 'Need withdrawn', cancelledAt: '2026-02-20T09:00:00.000Z' },
  };
  const failed: TenderEvent = {
    type: 'TenderFailed',
    data: {
      tenderId,
      reason: 'insufficient_valid_bids',
      validBidCount: 1,
      minValidBids: 3,
      failedAt: '2026-03-16T09:00:00.000Z',
    },
  };

  it('given a published tender, when it is cancelled, then its reservation is released', () =>
    expect(
      tenderBudgetCommand(
        cancelled,
        tender([drafted, published, cancelled]),
        fold(budgetLineDecider, [opened, reserved]),
      ),
    ).toEqual({
      type: 'ReleaseReservation',
      data: {
        budgetLineId: line,
        tenderId,
        reason: 'tender cancelled: Need withdrawn',
        at: '2026-02-20T09:00:00.000Z',
      },
    }));
  it('given a published tender, when it fails at opening, then its reservation is released', () =>
    expect(
      tenderBudgetCommand(
        failed,
        tender([drafted, published, failed]),
        fold(budgetLineDecider, [opened, reserved]),
      ),
    ).toEqual({
      type: 'ReleaseReservation',
      data: {
        budgetLineId: line,
        tenderId,
        reason: 'tender failed: insufficient valid bids',
        at: '2026-03-16T09:00:00.000Z',
      },
    }));
  it('given a draft (nothing reserved), when it is cancelled, then the line has nothing to do', () =>
    expect(
      tenderBudgetCommand(
        cancelled,
        tender([drafted, cancelled]),
        fold(budgetLineDecider, [opened]),
      ),
    ).toBeNull());
  it('given a published tender, when its estimate is amended, then the reservation is resized to it (and the line refuses what it cannot hold)', () => {
    const amendment: TenderEvent = {
      type: 'TenderAmended',
      data: {
        tenderId,
        changes: { estimatedValue: cny(5_000_000_000) },
        reason: 'Scope tripled',
        material: true,
        deadline: '2026-03-15T09:00:00.000Z',
        deadlineExtended: false,
        voidedBidIds: [],
        answersComplaintId: null,
        amendedAt: '2026-02-20T09:00:00.000Z',
      },
    };
    const cmd = tenderBudgetCommand(
      amendment,
      tender([drafted, published, amendment]),
      fold(budgetLineDecider, [opened, reserved]),
    );
    expect(cmd).toEqual({
      type: 'ResizeReservation',
      data: {
        budgetLineId: line,
        tenderId,
        amount: cny(5_000_000_000),
        reason: 'tender amended: Scope tripled',
        at: '2026-02-20T09:00:00.000Z',
      },
    });
    budget.given([opened, reserved]).when(cmd!).thenThrows('BUDGET_INSUFFICIENT_FUNDS');
  });
  it('given a draft, when its estimate is amended, then nothing is reserved yet', () => {
    const amendment: TenderEvent = {
      type: 'TenderAmended',
      data: {
        tenderId,
        changes: { estimatedValue: cny(1) },
        reason: 'r',
        material: true,
        deadline: null,
        deadlineExtended: false,
        voidedBidIds: [],
        answersComplaintId: null,
        amendedAt: '2026-02-02T09:00:00.000Z',
      },
    };
    expect(
      tenderBudgetCommand(
        amendment,
        tender([drafted, amendment]),
        fold(budgetLineDecider, [opened]),
      ),
    ).toBeNull();
  });
});
