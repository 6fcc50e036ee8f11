import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import { type Money } from '../shared/money';
import { requireText } from '../shared/text';
import { amountOf, insufficient, open } from './decide-checks';
import type {
  BudgetLineEvent,
  ReserveFunds,
  ReleaseReservation,
  ResizeReservation,
} from './events';
import { budgetAvailable, type BudgetLineState } from './evolve';

// Reservations: what a published tender holds on the line until its contract is signed or it closes.

export function reserveFunds(
  c: ReserveFunds['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const tenderId = assertId(c.tenderId, 'tenderId');
  const amount = amountOf(s, c.amount, 'amount', { positive: true });
  const existing = s.reservations[tenderId];
  if (existing?.status === 'active') {
    if (existing.amount.amountMinor === amount.amountMinor) return [];
    refuse('BUDGET_RESERVATION_EXISTS', 'The tender already holds a reservation; release it first');
  }
  // A consumed reservation became a contract commitment; reserving again would count it twice.
  if (existing?.status === 'consumed')
    refuse('BUDGET_RESERVATION_CONSUMED', 'The tender has become a contract');
  const available = budgetAvailable(s) as Money;
  if (amount.amountMinor > available.amountMinor) insufficient(amount, available);
  return [{ type: 'FundsReserved', data: { budgetLineId, tenderId, amount, reservedAt: at } }];
}

export function releaseReservation(
  c: ReleaseReservation['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const tenderId = assertId(c.tenderId, 'tenderId');
  const reason = requireText(c.reason, 'BUDGET_RELEASE_REASON_REQUIRED', 'reason');
  const existing = s.reservations[tenderId];
  if (!existing)
    refuse('BUDGET_RESERVATION_NOT_FOUND', 'The tender holds no reservation on this line');
  if (existing.status !== 'active') return [];
  return [
    {
      type: 'ReservationReleased',
      data: { budgetLineId, tenderId, amount: existing.amount, reason, releasedAt: at },
    },
  ];
}

export function resizeReservation(
  c: ResizeReservation['data'],
  state: BudgetLineState,
  at: Instant,
  budgetLineId: Id,
): BudgetLineEvent[] {
  const s = open(state);
  const tenderId = assertId(c.tenderId, 'tenderId');
  const amount = amountOf(s, c.amount, 'amount', { positive: true });
  const reason = requireText(c.reason, 'BUDGET_RESIZE_REASON_REQUIRED', 'reason');
  const existing = s.reservations[tenderId];
  if (!existing)
    refuse('BUDGET_RESERVATION_NOT_FOUND', 'The tender holds no reservation on this line');
  if (existing.status !== 'active')
    refuse('BUDGET_RESERVATION_NOT_ACTIVE', 'The reservation was released or became a contract');
  if (existing.amount.amountMinor === amount.amountMinor) return [];
  // The tender's own reservation is free for it: only the increase must fit in what is available.
  const increase = amount.amountMinor - existing.amount.amountMinor;
  const available = budgetAvailable(s) as Money;
  if (increase > available.amountMinor)
    insufficient({ amountMinor: increase, currency: amount.currency }, available);
  return [
    {
      type: 'ReservationResized',
      data: {
        budgetLineId,
        tenderId,
        previousAmount: existing.amount,
        amount,
        reason,
        resizedAt: at,
      },
    },
  ];
}
