import type { BudgetLineEvent } from '../budget/budget-line';
import type { ContractEvent } from '../contract/events';
import type { SupplierEvent } from '../supplier/supplier';
import type { TenderEvent } from '../tender/events';

/** Every event type the deciders record, across the four aggregates. */
export type LedgerEvent = SupplierEvent | BudgetLineEvent | TenderEvent | ContractEvent;
export type LedgerEventType = LedgerEvent['type'];

/**
 * Fields a feed must withhold (docs/adr/0006-sealed-data-in-feeds.md). Bid contents stay sealed
 * until opening (DOMAIN.md); a BidSubmitted is always recorded before its tender's BidsOpened, so
 * at its own position in the log it is always sealed, and the revelation is a later event of the
 * same stream (BidsOpened.openedBids). The view therefore depends on the event alone: replaying a
 * feed from any position gives the same records, and no reader state can leak a price early.
 * A tender that fails or is cancelled never reveals them.
 */
export const SEALED_FIELDS: Readonly<Partial<Record<LedgerEventType, readonly string[]>>> = {
  BidSubmitted: ['price', 'proposalDigest'],
};

export interface SealedView {
  readonly data: unknown;
  /** The names of the fields withheld, in SEALED_FIELDS order; empty when nothing was. */
  readonly redacted: readonly string[];
}

/** The event's data as a feed may show it to anyone but the bidder and the auditor: sealed fields removed. */
export function sealedView(type: string, data: unknown): SealedView {
  const sealed = SEALED_FIELDS[type as LedgerEventType];
  if (sealed === undefined || data === null || typeof data !== 'object') return { data, redacted: [] };
  const source = data as Record<string, unknown>;
  const redacted = sealed.filter((field) => Object.prototype.hasOwnProperty.call(source, field));
  if (redacted.length === 0) return { data, redacted: [] };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!redacted.includes(key)) kept[key] = value;
  return { data: kept, redacted };
}

/**
 * Events anybody may read without a token (DOMAIN.md "public"): published tenders and what becomes
 * of them, opened bids, awards, signed contracts and their amendments and ends, debarments and
 * performance notices. Decided from the event alone, so a public feed needs no state; the one
 * stateful case, a tender cancelled while still a draft, is left to the reader (isPublicTenderCancel).
 */
const PUBLIC_TYPES: ReadonlySet<LedgerEventType> = new Set<LedgerEventType>([
  'TenderPublished',
  'BidsOpened',
  'TenderFailed',
  'TenderAwarded',
  'ContractSigned',
  'ContractAmended',
  'ContractTerminated',
  'ContractCompleted',
  'SupplierDebarred',
  'DebarmentLifted',
  'PerformanceNoticePublished',
]);

/**
 * Whether the event is public at its own position. TenderAmended is public once the tender is
 * published (its deadline is set; null while a draft). TenderCancelled is public only for a
 * published tender, which the event does not say: the caller passes `tenderPublished`.
 */
export function isPublicEvent(type: string, data: unknown, tenderPublished = false): boolean {
  if (PUBLIC_TYPES.has(type as LedgerEventType)) return true;
  if (type === 'TenderAmended') return (data as { deadline?: unknown } | null)?.deadline != null;
  if (type === 'TenderCancelled') return tenderPublished;
  return false;
}
