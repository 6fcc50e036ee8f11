import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryEventStore, type EventStore } from '@contract-ledger/event-store';
import {
  auditProjection,
  blacklistProjection,
  budgetExecutionProjection,
  tenderBoardProjection,
} from '@contract-ledger/projections';
import {
  awardedTenders,
  budgetExecution,
  createReadStore,
  currentDebarments,
  debarmentAt,
  debarmentHistory,
  openTenders,
  publicBlacklist,
  searchAudit,
  startProjections,
  tenderHistory,
  type ReadStore,
} from '../index';

const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
let dir: string;
let readStore: ReadStore;
let store: EventStore;

async function append(
  stream: string,
  type: string,
  data: unknown,
  actor = 'officer-1',
): Promise<void> {
  await store.append(
    stream,
    [
      {
        type,
        data,
        metadata: {
          actor,
          role: 'procurement_officer',
          correlationId: 'c',
          commandId: `${stream}-${type}-${Math.round(performance.now() * 1000)}`,
          occurredAt: '2025-01-01T00:00:00.000Z',
        },
      },
    ],
    {
      expectedRevision: 'any',
    },
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-models-'));
  readStore = await createReadStore({ kind: 'sqlite', file: path.join(dir, 'read.sqlite') });
  store = createMemoryEventStore();
  await append('supplier-s1', 'SupplierRegistered', {
    supplierId: 's1',
    kind: 'enterprise',
    name: 'Acme Care',
    registrationNumber: 'R1',
    registeredAt: '2024-01-01T00:00:00.000Z',
  });
  await append(
    'supplier-s1',
    'SupplierDebarred',
    {
      supplierId: 's1',
      debarmentId: 'd1',
      proposalId: null,
      grounds: 'fraud',
      authority: 'bureau',
      from: '2025-01-01T00:00:00.000Z',
      until: '2025-12-31T00:00:00.000Z',
      defaultLengthApplied: false,
      evidenceEventIds: [],
      debarredAt: '2025-01-01T00:00:00.000Z',
    },
    'supervisor-1',
  );
  await append(
    'supplier-s1',
    'DebarmentLifted',
    { supplierId: 's1', debarmentId: 'd1', reason: 'appeal', liftedAt: '2025-03-01T00:00:00.000Z' },
    'supervisor-1',
  );
  await append('budget-b1', 'BudgetLineOpened', {
    budgetLineId: 'b1',
    agencyId: 'a1',
    fiscalYear: 2025,
    category: 'care',
    allocated: CNY(1_000),
    openedAt: '2025-01-01T00:00:00.000Z',
  });
  for (const [i, deadline] of [
    '2025-03-01T00:00:00.000Z',
    '2025-02-01T00:00:00.000Z',
    '2025-04-01T00:00:00.000Z',
  ].entries()) {
    const tenderId = `t${i + 1}`;
    await append(`tender-${tenderId}`, 'TenderDrafted', {
      tenderId,
      agencyId: 'a1',
      budgetLineId: 'b1',
      method: 'open',
      title: `T${i}`,
      serviceCategory: 'care',
      estimatedValue: CNY(100),
      draftedAt: '2025-01-01T00:00:00.000Z',
    });
    await append(`tender-${tenderId}`, 'TenderPublished', {
      tenderId,
      deadline,
      submissionDays: 20,
      publishedAt: '2025-01-05T00:00:00.000Z',
    });
    await append(`budget-b1`, 'FundsReserved', {
      budgetLineId: 'b1',
      tenderId,
      amount: CNY(100),
      reservedAt: '2025-01-05T00:00:00.000Z',
    });
  }
  await append('tender-t1', 'TenderAwarded', {
    tenderId: 't1',
    bidId: 'x',
    supplierId: 's2',
    amount: CNY(90),
    weightedScore: 1,
    bestWeightedScore: 1,
    override: false,
    overrideRationale: null,
    awardedAt: '2025-03-05T00:00:00.000Z',
  });
  const handle = await startProjections(
    store,
    readStore,
    [auditProjection, blacklistProjection, budgetExecutionProjection, tenderBoardProjection],
    { batchSize: 4 },
  );
  await handle.waitForHead(5000);
  await handle.stop();
});

afterAll(async () => {
  await readStore.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('read-model queries on SQLite', () => {
  it('audit: search by actor, and a tender history across its budget movements, paged', async () => {
    const bySupervisor = await searchAudit(readStore, store, { actor: 'supervisor-1' });
    expect(bySupervisor.items.map((e) => e.type)).toEqual(['SupplierDebarred', 'DebarmentLifted']);
    const first = await tenderHistory(readStore, store, 't1', { limit: 2 });
    expect(first.items.map((e) => e.type)).toEqual(['TenderDrafted', 'TenderPublished']);
    const second = await tenderHistory(readStore, store, 't1', {
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map((e) => e.type)).toEqual(['FundsReserved', 'TenderAwarded']);
    expect(second.nextCursor).toBeNull();
  });

  it('blacklist: in force at an instant, history with lifted ones, public view without evidence', async () => {
    expect(await debarmentAt(readStore, 's1', '2025-02-01T00:00:00.000Z')).toMatchObject({
      debarmentId: 'd1',
      supplierName: 'Acme Care',
    });
    expect(await debarmentAt(readStore, 's1', '2025-03-01T00:00:00.000Z')).toBeNull();
    expect(await debarmentAt(readStore, 's1', '2024-12-31T23:59:59.999Z')).toBeNull();
    expect((await currentDebarments(readStore, '2025-02-01T00:00:00.000Z')).items).toHaveLength(1);
    expect((await currentDebarments(readStore, '2025-06-01T00:00:00.000Z')).items).toHaveLength(0);
    expect((await debarmentHistory(readStore, { supplierId: 's1' })).items).toEqual([
      expect.objectContaining({ liftReason: 'appeal' }),
    ]);
    expect((await publicBlacklist(readStore, '2025-02-01T00:00:00.000Z')).items).toEqual([
      {
        supplierId: 's1',
        supplierName: 'Acme Care',
        grounds: 'fraud',
        authority: 'bureau',
        from: '2025-01-01T00:00:00.000Z',
        until: '2025-12-31T00:00:00.000Z',
        indefinite: false,
      },
    ]);
  });

  it('budget execution and the tender board', async () => {
    expect((await budgetExecution(readStore, { agencyId: 'a1', fiscalYear: 2025 })).items).toEqual([
      expect.objectContaining({
        budgetLineId: 'b1',
        allocated: 1_000,
        reserved: 300,
        committed: 0,
        available: 700,
      }),
    ]);
    const open = await openTenders(readStore, '2025-01-15T00:00:00.000Z', { limit: 1 });
    expect(open.items.map((t) => t.tenderId)).toEqual(['t2']);
    const rest = await openTenders(readStore, '2025-01-15T00:00:00.000Z', {
      limit: 1,
      cursor: open.nextCursor,
    });
    expect(rest.items.map((t) => t.tenderId)).toEqual(['t3']);
    expect(rest.nextCursor).toBeNull();
    expect((await awardedTenders(readStore)).items).toEqual([
      expect.objectContaining({ tenderId: 't1', awardedSupplierId: 's2', awardedAmount: 90 }),
    ]);
  });
});
