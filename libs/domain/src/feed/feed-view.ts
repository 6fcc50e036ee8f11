import type { BudgetLineEvent } from '../budget/budget-line';
import type { ContractEvent } from '../contract/events';
import type { EvaluatorEvent } from '../evaluator/evaluator';
import type { SupplierEvent } from '../supplier/supplier';
import type { TenderEvent } from '../tender/events';

/** Every event type the deciders record: the four aggregates and the evaluators' conflict registers. */
export type LedgerEvent =
  SupplierEvent | BudgetLineEvent | TenderEvent | ContractEvent | EvaluatorEvent;
export type LedgerEventType = LedgerEvent['type'];

/**
 * Fields of a bid event that are sealed until the tender's BidsOpened names the bid
 * (docs/adr/0006-sealed-data-in-feeds.md): who bid, at what price, with which proposal. Only the
 * bidder and the auditor see them earlier; a bid never opened (withdrawn, lapsed, or on a tender
 * that failed or was cancelled before opening) stays sealed for good. Who may see what is decided
 * in one place, libs/feed (`maySeeBid`, `eventView`); this table only says which fields those are.
 * Each of these events is recorded before its tender's BidsOpened (bids, withdrawals and
 * confirmations are refused after the deadline, opening only after it), so at its own position in
 * the log it is always sealed.
 */
export const SEALED_FIELDS: Readonly<Partial<Record<LedgerEventType, readonly string[]>>> = {
  BidSubmitted: ['supplierId', 'price', 'proposalDigest'],
  BidWithdrawn: ['supplierId'],
  BidConfirmed: ['supplierId'],
  // A clarification's author is never disclosed (no bid names it): the question is public, who asked
  // it only to the author and the auditor, so the buyer cannot favour or punish the asker.
  QuestionAsked: ['supplierId'],
};

/** Sealed events no opening ever reveals (SEALED_FIELDS withheld from all but the author and the auditor). */
export const NEVER_DISCLOSED: ReadonlySet<LedgerEventType> = new Set<LedgerEventType>([
  'QuestionAsked',
]);
