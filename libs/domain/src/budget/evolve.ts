import type { Id } from '../shared/ids';
import type { Money } from '../shared/money';
import type { BudgetLineEvent, BudgetLineOpened, DisbursementRecorded } from './events';

export interface BudgetReservation {
  readonly amount: Money;
  readonly status: 'active' | 'released' | 'consumed';
}
export interface BudgetCommitment {
  readonly committed: Money;
  readonly disbursed: Money;
  readonly closed: boolean;
}

export type BudgetLineState =
  | { readonly status: 'unopened' }
  | {
      readonly status: 'open';
      readonly opened: BudgetLineOpened['data'];
      readonly allocated: Money;
      /** Sum of the active reservations. */
      readonly reserved: Money;
      /** Sum of the commitments (a released commitment counts only what it disbursed). */
      readonly committed: Money;
      readonly disbursed: Money;
      readonly reservations: Readonly<Record<Id, BudgetReservation>>;
      readonly commitments: Readonly<Record<Id, BudgetCommitment>>;
      readonly disbursements: Readonly<Record<Id, DisbursementRecorded['data']>>;
      /** tenderId -> the contract whose commitment drew on the tender: one award, one contract. */
      readonly tenderContracts: Readonly<Record<Id, Id>>;
    };
export type OpenLine = Extract<BudgetLineState, { status: 'open' }>;

/** What can still be reserved or committed: allocated − reserved − committed. */
export function budgetAvailable(state: BudgetLineState): Money | null {
  if (state.status !== 'open') return null;
  return minus(minus(state.allocated, state.reserved), state.committed);
}

// Evolve must never throw, so it uses plain arithmetic rather than the checked helpers of money.ts;
// decide has already checked currencies and bounds before an event exists.
export function plus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}
export function minus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

export function evolveBudgetLine(state: BudgetLineState, event: BudgetLineEvent): BudgetLineState {
  if (event.type === 'BudgetLineOpened') {
    const zero = { amountMinor: 0, currency: event.data.allocated.currency };
    return {
      status: 'open',
      opened: event.data,
      allocated: event.data.allocated,
      reserved: zero,
      committed: zero,
      disbursed: zero,
      reservations: {},
      commitments: {},
      disbursements: {},
      tenderContracts: {},
    };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'BudgetLineAdjusted':
      return { ...state, allocated: event.data.allocated };
    case 'FundsReserved':
      return {
        ...state,
        reserved: plus(state.reserved, event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { amount: event.data.amount, status: 'active' },
        },
      };
    case 'ReservationReleased': {
      const r = state.reservations[event.data.tenderId];
      if (!r) return state;
      return {
        ...state,
        reserved: minus(state.reserved, event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { ...r, status: 'released' },
        },
      };
    }
    case 'ReservationResized': {
      const r = state.reservations[event.data.tenderId];
      if (!r) return state;
      return {
        ...state,
        reserved: plus(minus(state.reserved, event.data.previousAmount), event.data.amount),
        reservations: {
          ...state.reservations,
          [event.data.tenderId]: { ...r, amount: event.data.amount },
        },
      };
    }
    case 'FundsCommitted': {
      const { contractId, tenderId, amount, contractTotal, reservationConsumed } = event.data;
      const previous = state.commitments[contractId];
      const reservations =
        tenderId !== null && reservationConsumed !== null && state.reservations[tenderId]
          ? {
              ...state.reservations,
              [tenderId]: { amount: reservationConsumed, status: 'consumed' as const },
            }
          : state.reservations;
      return {
        ...state,
        reserved: reservationConsumed ? minus(state.reserved, reservationConsumed) : state.reserved,
        committed: plus(state.committed, amount),
        reservations,
        tenderContracts:
          tenderId === null || state.tenderContracts[tenderId] !== undefined
            ? state.tenderContracts
            : { ...state.tenderContracts, [tenderId]: contractId },
        commitments: {
          ...state.commitments,
          [contractId]: {
            committed: contractTotal,
            disbursed: previous?.disbursed ?? { amountMinor: 0, currency: amount.currency },
            closed: false,
          },
        },
      };
    }
    case 'CommitmentReleased': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        committed: minus(state.committed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: {
            ...c,
            committed: minus(c.committed, event.data.amount),
            closed: true,
          },
        },
      };
    }
    case 'CommitmentReduced': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        committed: minus(state.committed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: { ...c, committed: event.data.contractTotal },
        },
      };
    }
    case 'DisbursementRecorded': {
      const c = state.commitments[event.data.contractId];
      if (!c) return state;
      return {
        ...state,
        disbursed: plus(state.disbursed, event.data.amount),
        commitments: {
          ...state.commitments,
          [event.data.contractId]: { ...c, disbursed: plus(c.disbursed, event.data.amount) },
        },
        disbursements: { ...state.disbursements, [event.data.disbursementId]: event.data },
      };
    }
  }
}
