import { isPublicEvent } from '@contract-ledger/domain';
import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';
import type { Actor } from '../auth/actor';

/** `feed`: sealed fields withheld (the shared feed view); `raw`: the event as stored. */
export type FeedDecision = { readonly include: false } | { readonly include: true; readonly view: 'feed' | 'raw' };

const SKIP: FeedDecision = { include: false };
const FEED: FeedDecision = { include: true, view: 'feed' };
const RAW: FeedDecision = { include: true, view: 'raw' };

/** Tender events about one bidder that the bidder may follow; a conflict an evaluator declared about it is not its business. */
const OWN_TENDER_TYPES: ReadonlySet<string> = new Set([
  'BidSubmitted',
  'BidWithdrawn',
  'BidConfirmed',
  'BidScored',
  'BidDisqualified',
  'TenderAwarded',
]);

/**
 * Who sees which event of the log on the HTTP event feed (DOMAIN.md "Who uses the system"), one
 * instance per connection:
 * - auditor: every event, raw, sealed bids included ("everything, including the raw event log");
 * - supervisor: every event, with the feed view (no sealed bid contents before opening);
 * - agency officer: its agency's tender, budget and contract streams, plus public events;
 * - finance officer: its agency's budget and contract streams, plus public events;
 * - supplier: its own supplier and contract streams and its own bid events (its own BidSubmitted
 *   raw: it is the bidder), plus public events;
 * - evaluator and no token: public events only (isPublicEvent), with the feed view.
 * The view of an event never depends on when it is read (see SEALED_FIELDS), so a resumed feed
 * is the same feed.
 */
export class FeedAudience {
  /** Stream -> owning agency (null: none), learned from the stream's first event. */
  private readonly agencies = new Map<string, string | null>();
  /** Tender streams known to be published, for the public view of TenderCancelled. */
  private readonly published = new Set<string>();

  constructor(
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly actor: Actor | undefined,
  ) {}

  async decide(event: RecordedEvent): Promise<FeedDecision> {
    if (event.type === 'TenderPublished') this.published.add(event.stream);
    const actor = this.actor;
    if (actor?.role === 'auditor') return RAW;
    if (actor?.role === 'supervisor') return FEED;
    if (actor?.role === 'agency_officer' && !event.stream.startsWith('supplier-')) {
      if ((await this.agencyOf(event)) === actor.agencyId) return FEED;
    }
    if (actor?.role === 'finance_officer' && (event.stream.startsWith('budget-') || event.stream.startsWith('contract-'))) {
      if ((await this.agencyOf(event)) === actor.agencyId) return FEED;
    }
    if (actor?.role === 'supplier' && actor.supplierId !== undefined) {
      const own = supplierOf(event) === actor.supplierId;
      if (event.stream === `supplier-${actor.supplierId}`) return RAW;
      if (own && event.stream.startsWith('contract-')) return FEED;
      if (own && event.stream.startsWith('tender-') && OWN_TENDER_TYPES.has(event.type)) return RAW;
    }
    return (await this.isPublic(event)) ? FEED : SKIP;
  }

  private async isPublic(event: RecordedEvent): Promise<boolean> {
    if (event.type !== 'TenderCancelled') return isPublicEvent(event.type, event.data);
    if (!this.published.has(event.stream)) {
      // Resumed past the publication: look it up once in the stream's history.
      const history = await this.store.readStream(event.stream);
      if (history.some((e) => e.type === 'TenderPublished' && e.revision < event.revision)) this.published.add(event.stream);
    }
    return isPublicEvent(event.type, event.data, this.published.has(event.stream));
  }

  private async agencyOf(event: RecordedEvent): Promise<string | null> {
    const direct = (event.data as { agencyId?: unknown } | null)?.agencyId;
    if (typeof direct === 'string') return direct;
    const known = this.agencies.get(event.stream);
    if (known !== undefined) return known;
    // Tender and budget streams name their agency in their first event only (TenderDrafted, BudgetLineOpened).
    const [first] = await this.store.readStream(event.stream, { limit: 1 });
    const agency = (first?.data as { agencyId?: unknown } | undefined)?.agencyId;
    const found = typeof agency === 'string' ? agency : null;
    this.agencies.set(event.stream, found);
    return found;
  }
}

function supplierOf(event: RecordedEvent): string | undefined {
  const supplierId = (event.data as { supplierId?: unknown } | null)?.supplierId;
  return typeof supplierId === 'string' ? supplierId : undefined;
}
