import { defineProjection, handles } from '../projection';
import { asLedgerEvent } from '../ledger-event';
import { integer, table, text, type Row } from '../schema';

/**
 * Per budget line, in minor units of its currency: allocated, reserved (for tenders), committed
 * (to contracts), disbursed (paid), available = allocated - reserved - committed; the same
 * arithmetic as the budget-line decider, so the view never disagrees with what commands accept.
 * reservationReleased / commitmentReleased: what came back to the line over time from tenders that
 * will not be contracted (cancelled, failed, estimate lowered) and from contracts that no longer
 * need it (terminated, completed, value lowered): money released is shown, not only netted away.
 */
export const budgetLines = table({
  name: 'lines',
  columns: {
    budgetLineId: text(),
    agencyId: text(),
    fiscalYear: integer(),
    category: text(),
    currency: text(),
    allocated: integer(),
    reserved: integer(),
    committed: integer(),
    disbursed: integer(),
    available: integer(),
    reservationReleased: integer(),
    commitmentReleased: integer(),
    openedAt: text(),
    updatedAt: text(),
    position: integer(),
  },
  key: ['budgetLineId'],
  indexes: [
    ['agencyId', 'fiscalYear'],
    ['fiscalYear', 'category'],
  ],
});

type LineRow = Row<typeof budgetLines>;

function withAvailable<R extends { allocated: number; reserved: number; committed: number }>(
  row: R,
): R & { available: number } {
  return { ...row, available: row.allocated - row.reserved - row.committed };
}

export const budgetExecutionProjection = defineProjection({
  name: 'budget_execution',
  // 2: released amounts, ReservationResized and CommitmentReduced.
  version: 2,
  tables: [budgetLines],
  canHandle: handles(
    'BudgetLineOpened',
    'BudgetLineAdjusted',
    'FundsReserved',
    'ReservationReleased',
    'ReservationResized',
    'FundsCommitted',
    'CommitmentReleased',
    'CommitmentReduced',
    'DisbursementRecorded',
  ),
  async apply(tx, recorded) {
    const event = asLedgerEvent(recorded);
    const touch = { updatedAt: recorded.metadata.occurredAt, position: recorded.position };
    if (event.type === 'BudgetLineOpened') {
      const d = event.data;
      await tx.put(
        budgetLines,
        withAvailable({
          budgetLineId: d.budgetLineId,
          agencyId: d.agencyId,
          fiscalYear: d.fiscalYear,
          category: d.category,
          currency: d.allocated.currency,
          allocated: d.allocated.amountMinor,
          reserved: 0,
          committed: 0,
          disbursed: 0,
          reservationReleased: 0,
          commitmentReleased: 0,
          openedAt: d.openedAt,
          ...touch,
        }),
      );
      return;
    }
    if (!('budgetLineId' in event.data)) return;
    const line = await tx.get(budgetLines, { budgetLineId: event.data.budgetLineId });
    if (!line) return;
    let next: LineRow = line;
    switch (event.type) {
      case 'BudgetLineAdjusted':
        next = { ...line, allocated: event.data.allocated.amountMinor };
        break;
      case 'FundsReserved':
        next = { ...line, reserved: line.reserved + event.data.amount.amountMinor };
        break;
      case 'ReservationReleased':
        next = {
          ...line,
          reserved: line.reserved - event.data.amount.amountMinor,
          reservationReleased: line.reservationReleased + event.data.amount.amountMinor,
        };
        break;
      case 'ReservationResized': {
        const change = event.data.amount.amountMinor - event.data.previousAmount.amountMinor;
        next = {
          ...line,
          reserved: line.reserved + change,
          reservationReleased: line.reservationReleased + Math.max(0, -change),
        };
        break;
      }
      case 'FundsCommitted':
        next = {
          ...line,
          reserved: line.reserved - (event.data.reservationConsumed?.amountMinor ?? 0),
          committed: line.committed + event.data.amount.amountMinor,
        };
        break;
      case 'CommitmentReleased':
      case 'CommitmentReduced':
        next = {
          ...line,
          committed: line.committed - event.data.amount.amountMinor,
          commitmentReleased: line.commitmentReleased + event.data.amount.amountMinor,
        };
        break;
      case 'DisbursementRecorded':
        next = { ...line, disbursed: line.disbursed + event.data.amount.amountMinor };
        break;
      default:
        return;
    }
    await tx.put(budgetLines, withAvailable({ ...next, ...touch }));
  },
});
