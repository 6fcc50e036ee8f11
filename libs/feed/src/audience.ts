import type { LedgerEventType } from '@contract-ledger/domain';
import type { FeedSourceEvent, Viewer } from './source-event';

/**
 * Events anybody may read without a token (what procurement law makes public): published tenders
 * and what becomes of them, opened bids, awards, signed contracts and their amendments and ends,
 * debarments and performance notices. Decided from the event alone, so a public feed needs no
 * state; the one stateful case, a tender cancelled while still a draft, is left to the reader
 * (`tenderPublished`).
 */
const PUBLIC_TYPES: ReadonlySet<LedgerEventType> = new Set<LedgerEventType>([
  'TenderPublished',
  'BidsOpened',
  'TenderFailed',
  'TenderAwarded',
  // The standstill and complaints about an award are public, as ProZorro publishes them.
  'StandstillStarted',
  'ComplaintFiled',
  'ComplaintUpheld',
  'ComplaintDismissed',
  // Clarifications are public, their author is not (eventView withholds QuestionAsked.supplierId).
  'QuestionAsked',
  'QuestionAnswered',
  'ContractSigned',
  'ContractAmended',
  'ContractTerminated',
  'ContractCompleted',
  'SupplierDebarred',
  'DebarmentLifted',
  'DebarmentCorrected',
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

/**
 * Events only oversight (the auditor and the supervisor) ever sees, on every route and feed: an
 * evaluator's conflict register names a person and a supplier, and the tender the conflict was
 * first declared on, possibly before its opening, when who is connected with a tender is sealed.
 * Its tender's ConflictDeclared already records the declaration for those who may see it there;
 * the register adds no reader. Not public, not on the Kafka topics (no topic for `evaluator-`).
 */
const OVERSIGHT_ONLY_TYPES: ReadonlySet<string> = new Set<LedgerEventType>([
  'ConflictOfInterestRegistered',
]);

/** Whether `viewer` may see an event of this type at all (see OVERSIGHT_ONLY_TYPES). */
export function mayEverSee(viewer: Viewer | undefined, type: string): boolean {
  if (!OVERSIGHT_ONLY_TYPES.has(type)) return true;
  return viewer?.role === 'auditor' || viewer?.role === 'supervisor';
}

/** Tender events about one bidder that the bidder may follow; a conflict an evaluator declared about it is not its business. */
const OWN_TENDER_TYPES: ReadonlySet<string> = new Set([
  'BidSubmitted',
  'BidWithdrawn',
  'BidConfirmed',
  'BidScored',
  'BidDisqualified',
  'TenderAwarded',
]);

/** What the reader of a stream knows about it beyond the event itself (FeedAudience in libs/application looks them up). */
export interface StreamFacts {
  /** The agency owning the event's stream (tender and budget streams name it in their first event); null: none. */
  readonly agencyId?: string | null;
  /** A TenderCancelled's tender was published before it (public cancellation). */
  readonly tenderPublished?: boolean;
}

/** Which facts `feedIncludes` needs for this viewer and event, so a reader looks up only those. */
export function factsNeeded(
  viewer: Viewer | undefined,
  event: Pick<FeedSourceEvent, 'type' | 'stream'>,
): { agency: boolean; published: boolean } {
  const agency =
    (viewer?.role === 'agency_officer' && !event.stream.startsWith('supplier-')) ||
    (viewer?.role === 'finance_officer' &&
      (event.stream.startsWith('budget-') || event.stream.startsWith('contract-')));
  return { agency, published: event.type === 'TenderCancelled' };
}

/**
 * Who gets which event of the log on the HTTP event feed (docs/kafka.md "The feed without Kafka"):
 * - auditor and supervisor: every event;
 * - agency officer: its agency's tender, budget and contract streams, plus public events;
 * - finance officer: its agency's budget and contract streams, plus public events;
 * - supplier: its own supplier stream, its own contracts and its own bid events, plus public events;
 * - evaluator and no token: public events only (isPublicEvent);
 * - an evaluator's conflict register (ConflictOfInterestRegistered): oversight only (mayEverSee).
 * What of an included event the reader sees is eventView's business (sealed bids).
 */
export function feedIncludes(
  viewer: Viewer | undefined,
  event: Pick<FeedSourceEvent, 'type' | 'stream' | 'data'>,
  facts: StreamFacts,
): boolean {
  if (viewer?.role === 'auditor' || viewer?.role === 'supervisor') return true;
  if (!mayEverSee(viewer, event.type)) return false;
  const { agency } = factsNeeded(viewer, event);
  if (agency && viewer?.agencyId !== undefined && facts.agencyId === viewer.agencyId) return true;
  if (viewer?.role === 'supplier' && viewer.supplierId !== undefined) {
    const supplierId = (event.data as { supplierId?: unknown } | null)?.supplierId;
    const own = supplierId === viewer.supplierId;
    if (event.stream === `supplier-${viewer.supplierId}`) return true;
    if (own && event.stream.startsWith('contract-')) return true;
    if (own && event.stream.startsWith('tender-') && OWN_TENDER_TYPES.has(event.type)) return true;
  }
  return isPublicEvent(event.type, event.data, facts.tenderPublished ?? false);
}
