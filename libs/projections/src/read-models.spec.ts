import type {
  BudgetLineEvent,
  ContractEvent,
  SupplierEvent,
  TenderEvent,
} from '@contract-ledger/domain';
import { project, recorded, type EventInput } from './testing';
import {
  auditContractTenders,
  auditEntities,
  auditEvents,
  auditProjection,
} from './audit/audit.projection';
import { blacklistProjection, debarments } from './blacklist/blacklist.projection';
import {
  budgetExecutionProjection,
  budgetLines,
} from './budget-execution/budget-execution.projection';
import { boardTenders, tenderBoardProjection } from './tender-board/tender-board.projection';

type Ledger = SupplierEvent | BudgetLineEvent | TenderEvent | ContractEvent;
const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const streamOf: Record<string, string> = {
  supplierId: 'supplier',
  budgetLineId: 'budget',
  tenderId: 'tender',
  contractId: 'contract',
};

/** Domain events typed by the deciders' unions, placed on the stream of their aggregate. */
function given(...events: (Ledger & { stream?: string; actor?: string })[]) {
  return recorded(
    events.map((e): EventInput => {
      const data = e.data as unknown as Record<string, string>;
      const field = e.stream
        ? undefined
        : ['contractId', 'tenderId', 'budgetLineId', 'supplierId'].find(
            (f) => e.type !== 'FundsReserved' && f in data,
          );
      const stream = e.stream ?? (field ? `${streamOf[field]}-${data[field]}` : 'unknown-1');
      return { type: e.type, data: e.data, stream, ...(e.actor ? { actor: e.actor } : {}) };
    }),
  );
}

const opened: BudgetLineEvent = {
  type: 'BudgetLineOpened',
  data: {
    budgetLineId: 'b1',
    agencyId: 'a1',
    fiscalYear: 2025,
    category: 'elderly_care',
    allocated: CNY(1_000_000),
    openedAt: '2025-01-01T00:00:00.000Z',
  },
};

describe('budget execution', () => {
  it('tracks allocated, reserved, committed, disbursed and available per line', async () => {
    const rows = await project(
      budgetExecutionProjection,
      given(
        opened,
        {
          type: 'BudgetLineAdjusted',
          data: {
            budgetLineId: 'b1',
            previousAllocated: CNY(1_000_000),
            allocated: CNY(1_200_000),
            reason: 'supplement',
            adjustedAt: '2025-01-02T00:00:00.000Z',
          },
        },
        {
          type: 'FundsReserved',
          data: {
            budgetLineId: 'b1',
            tenderId: 't1',
            amount: CNY(500_000),
            reservedAt: '2025-01-03T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'FundsReserved',
          data: {
            budgetLineId: 'b1',
            tenderId: 't2',
            amount: CNY(100_000),
            reservedAt: '2025-01-03T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'ReservationReleased',
          data: {
            budgetLineId: 'b1',
            tenderId: 't2',
            amount: CNY(100_000),
            reason: 'cancelled',
            releasedAt: '2025-01-04T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'FundsCommitted',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            tenderId: 't1',
            amount: CNY(450_000),
            contractTotal: CNY(450_000),
            reservationConsumed: CNY(500_000),
            committedAt: '2025-02-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'DisbursementRecorded',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            disbursementId: 'd1',
            amount: CNY(150_000),
            disbursedAt: '2025-03-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'CommitmentReleased',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            amount: CNY(300_000),
            reason: 'terminated',
            releasedAt: '2025-04-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
      ),
    );
    expect(rows.rows(budgetLines)).toEqual([
      expect.objectContaining({
        budgetLineId: 'b1',
        agencyId: 'a1',
        fiscalYear: 2025,
        currency: 'CNY',
        allocated: 1_200_000,
        reserved: 0,
        committed: 150_000,
        disbursed: 150_000,
        available: 1_050_000,
        reservationReleased: 100_000,
        commitmentReleased: 300_000,
        position: 8,
      }),
    ]);
  });

  it('shows the money released back to the line: a resized reservation and a reduced commitment', async () => {
    const rows = await project(
      budgetExecutionProjection,
      given(
        opened,
        {
          type: 'FundsReserved',
          data: {
            budgetLineId: 'b1',
            tenderId: 't1',
            amount: CNY(500_000),
            reservedAt: '2025-01-03T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'ReservationResized',
          data: {
            budgetLineId: 'b1',
            tenderId: 't1',
            previousAmount: CNY(500_000),
            amount: CNY(600_000),
            reason: 'estimate raised',
            resizedAt: '2025-01-04T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'ReservationResized',
          data: {
            budgetLineId: 'b1',
            tenderId: 't1',
            previousAmount: CNY(600_000),
            amount: CNY(450_000),
            reason: 'estimate lowered',
            resizedAt: '2025-01-05T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'FundsCommitted',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            tenderId: 't1',
            amount: CNY(450_000),
            contractTotal: CNY(450_000),
            reservationConsumed: CNY(450_000),
            committedAt: '2025-02-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'DisbursementRecorded',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            disbursementId: 'd1',
            amount: CNY(150_000),
            disbursedAt: '2025-03-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
        {
          type: 'CommitmentReduced',
          data: {
            budgetLineId: 'b1',
            contractId: 'c1',
            amount: CNY(250_000),
            contractTotal: CNY(200_000),
            reason: 'contract completed',
            reducedAt: '2025-04-01T00:00:00.000Z',
          },
          stream: 'budget-b1',
        },
      ),
    );
    expect(rows.rows(budgetLines)).toEqual([
      expect.objectContaining({
        allocated: 1_000_000,
        reserved: 0,
        committed: 200_000,
        disbursed: 150_000,
        available: 800_000,
        reservationReleased: 150_000,
        commitmentReleased: 250_000,
      }),
    ]);
  });
});

describe('blacklist', () => {
  const registered: SupplierEvent = {
    type: 'SupplierRegistered',
    data: {
      supplierId: 's1',
      kind: 'social_organisation',
      name: 'Sunrise Care',
      registrationNumber: 'R-1',
      registeredAt: '2024-01-01T00:00:00.000Z',
    },
  };
  const debarred = (debarmentId: string, from: string, until: string | null): SupplierEvent => ({
    type: 'SupplierDebarred',
    data: {
      supplierId: 's1',
      debarmentId,
      proposalId: null,
      grounds: 'fraud',
      authority: 'finance-bureau',
      from,
      until,
      defaultLengthApplied: false,
      evidenceEventIds: ['e1'],
      debarredAt: from,
    },
  });

  it('keeps every debarment with its effective end; a lift ends it early and stays in the history', async () => {
    const rows = await project(
      blacklistProjection,
      given(
        registered,
        debarred('d1', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        {
          type: 'DebarmentLifted',
          data: {
            supplierId: 's1',
            debarmentId: 'd1',
            reason: 'appeal upheld',
            liftedAt: '2025-03-01T00:00:00.000Z',
          },
        },
        debarred('d2', '2025-06-01T00:00:00.000Z', null),
      ),
    );
    expect(rows.rows(debarments)).toEqual([
      expect.objectContaining({
        debarmentId: 'd1',
        supplierName: 'Sunrise Care',
        until: '2026-01-01T00:00:00.000Z',
        liftedAt: '2025-03-01T00:00:00.000Z',
        liftReason: 'appeal upheld',
        effectiveUntil: '2025-03-01T00:00:00.000Z',
        indefinite: false,
        evidenceEventIds: ['e1'],
        position: 2,
      }),
      expect.objectContaining({
        debarmentId: 'd2',
        until: null,
        indefinite: true,
        liftedAt: null,
        effectiveUntil: null,
        position: 4,
      }),
    ]);
  });

  it('a lift after the end date leaves the end date', async () => {
    const rows = await project(
      blacklistProjection,
      given(registered, debarred('d1', '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'), {
        type: 'DebarmentLifted',
        data: {
          supplierId: 's1',
          debarmentId: 'd1',
          reason: 'late',
          liftedAt: '2025-05-01T00:00:00.000Z',
        },
      }),
    );
    expect(rows.rows(debarments)[0]).toMatchObject({
      effectiveUntil: '2025-02-01T00:00:00.000Z',
      liftedAt: '2025-05-01T00:00:00.000Z',
    });
  });

  const corrected = (annulled: boolean, until: string | null): SupplierEvent => ({
    type: 'DebarmentCorrected',
    data: {
      supplierId: 's1',
      debarmentId: 'd1',
      annulled,
      from: '2025-01-01T00:00:00.000Z',
      until,
      previousFrom: '2025-01-01T00:00:00.000Z',
      previousUntil: '2026-01-01T00:00:00.000Z',
      reason: 'entered wrongly',
      correctedAt: '2025-02-01T00:00:00.000Z',
    },
  });

  it('a correction shows the corrected period as the truth and keeps what was recorded before', async () => {
    const rows = await project(
      blacklistProjection,
      given(
        registered,
        debarred('d1', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        corrected(false, '2025-07-01T00:00:00.000Z'),
      ),
    );
    expect(rows.rows(debarments)[0]).toMatchObject({
      debarredAt: '2025-01-01T00:00:00.000Z',
      until: '2025-07-01T00:00:00.000Z',
      effectiveUntil: '2025-07-01T00:00:00.000Z',
      annulled: false,
      corrections: [
        expect.objectContaining({
          previousUntil: '2026-01-01T00:00:00.000Z',
          until: '2025-07-01T00:00:00.000Z',
          correctedAt: '2025-02-01T00:00:00.000Z',
        }),
      ],
    });
  });

  it('an annulled debarment never applied: its range is empty, its record stays', async () => {
    const rows = await project(
      blacklistProjection,
      given(
        registered,
        debarred('d1', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        corrected(true, '2026-01-01T00:00:00.000Z'),
      ),
    );
    expect(rows.rows(debarments)[0]).toMatchObject({
      annulled: true,
      from: '2025-01-01T00:00:00.000Z',
      effectiveUntil: '2025-01-01T00:00:00.000Z',
    });
  });
});

describe('audit index', () => {
  it('indexes every event by actor and type, and by every entity id in its data; contract events join their tender', async () => {
    const signed = {
      type: 'ContractSigned',
      data: {
        contractId: 'c1',
        agencyId: 'a1',
        supplierId: 's1',
        tenderId: 't1',
        budgetLineId: 'b1',
        signedBy: 'u2',
        signedAt: '2025-02-01T00:00:00.000Z',
      },
      stream: 'contract-c1',
      actor: 'u2',
    } as unknown as ContractEvent;
    const delivered = {
      type: 'DeliveryReported',
      data: { contractId: 'c1', agencyId: 'a1', supplierId: 's1', milestoneId: 'm1' },
      stream: 'contract-c1',
      actor: 'u3',
    } as unknown as ContractEvent;
    const rows = await project(
      auditProjection,
      given(opened, signed, delivered, {
        type: 'FundsReserved',
        data: {
          budgetLineId: 'b1',
          tenderId: 't1',
          amount: CNY(1),
          reservedAt: '2025-01-03T00:00:00.000Z',
        },
        stream: 'budget-b1',
      }),
    );

    expect(rows.rows(auditEvents).map((e) => [e.position, e.type, e.actor])).toEqual([
      [1, 'BudgetLineOpened', 'user-1'],
      [2, 'ContractSigned', 'u2'],
      [3, 'DeliveryReported', 'u3'],
      [4, 'FundsReserved', 'user-1'],
    ]);
    expect(rows.rows(auditContractTenders)).toEqual([{ contractId: 'c1', tenderId: 't1' }]);
    // Tender rows only (v3): the contract's events join the tender signed from it, and so do
    // budget movements naming it; nothing is kept for contracts, suppliers, agencies or lines.
    expect(rows.rows(auditEntities).map((r) => [r.position, r.entityKind, r.entityId])).toEqual([
      [2, 'tender', 't1'],
      [3, 'tender', 't1'],
      [4, 'tender', 't1'],
    ]);
  });
});

describe('tender board', () => {
  const drafted = {
    type: 'TenderDrafted',
    data: {
      tenderId: 't1',
      agencyId: 'a1',
      budgetLineId: 'b1',
      method: 'open',
      title: 'Home care',
      serviceCategory: 'elderly_care',
      estimatedValue: CNY(500_000),
      draftedAt: '2025-01-01T00:00:00.000Z',
    },
  } as unknown as TenderEvent;

  it('follows a tender from draft to signed contract; bid counts only after opening', async () => {
    const events = given(
      drafted,
      {
        type: 'TenderPublished',
        data: {
          tenderId: 't1',
          deadline: '2025-02-01T00:00:00.000Z',
          submissionDays: 20,
          publishedAt: '2025-01-10T00:00:00.000Z',
        },
      },
      {
        type: 'BidsOpened',
        data: {
          tenderId: 't1',
          openedBidIds: ['x', 'y'],
          lapsedBidIds: [],
          openedBids: [],
          openedAt: '2025-02-01T00:00:00.000Z',
        },
      },
      {
        type: 'TenderAwarded',
        data: {
          tenderId: 't1',
          bidId: 'x',
          supplierId: 's1',
          amount: CNY(450_000),
          weightedScore: 9000,
          bestWeightedScore: 9000,
          override: false,
          overrideRationale: null,
          awardedAt: '2025-02-10T00:00:00.000Z',
        },
      },
      {
        type: 'ContractSigned',
        data: {
          contractId: 'c1',
          tenderId: 't1',
          agencyId: 'a1',
          supplierId: 's1',
          value: CNY(450_000),
          signedAt: '2025-02-15T00:00:00.000Z',
        },
      } as unknown as ContractEvent,
    );
    expect(
      (await project(tenderBoardProjection, events.slice(0, 1))).rows(boardTenders)[0],
    ).toMatchObject({ status: 'draft', publishedAt: null });
    expect(
      (await project(tenderBoardProjection, events.slice(0, 2))).rows(boardTenders)[0],
    ).toMatchObject({
      status: 'published',
      deadline: '2025-02-01T00:00:00.000Z',
      openedBids: null,
    });
    expect((await project(tenderBoardProjection, events)).rows(boardTenders)).toEqual([
      expect.objectContaining({
        status: 'awarded',
        openedBids: 2,
        awardedSupplierId: 's1',
        awardedAmount: 450_000,
        contractId: 'c1',
        contractValue: 450_000,
        contractSignedAt: '2025-02-15T00:00:00.000Z',
      }),
    ]);
  });

  it('failed and cancelled tenders are closed', async () => {
    const failed = await project(
      tenderBoardProjection,
      given(drafted, {
        type: 'TenderFailed',
        data: {
          tenderId: 't1',
          reason: 'insufficient_valid_bids',
          validBidCount: 1,
          minValidBids: 3,
          failedAt: '2025-02-02T00:00:00.000Z',
        },
      }),
    );
    expect(failed.rows(boardTenders)[0]).toMatchObject({
      status: 'failed',
      closedAt: '2025-02-02T00:00:00.000Z',
    });
  });
});
