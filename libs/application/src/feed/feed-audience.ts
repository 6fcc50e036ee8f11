import { factsNeeded, feedIncludes, type StreamFacts } from '@contract-ledger/feed';
import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';
import type { Actor } from '../auth/actor';

/**
 * The HTTP event feed's slice of the log for one caller, one instance per connection: the rule is
 * feedIncludes (libs/feed); this class only looks up, once per stream, the facts it needs that the
 * event does not carry (the stream's agency, whether a cancelled tender had been published). What
 * of an included event the caller sees is toFeedValue's business (sealed bids).
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

  async includes(event: RecordedEvent): Promise<boolean> {
    if (event.type === 'TenderPublished') this.published.add(event.stream);
    const needed = factsNeeded(this.actor, event);
    const facts: StreamFacts = {
      ...(needed.agency ? { agencyId: await this.agencyOf(event) } : {}),
      ...(needed.published ? { tenderPublished: await this.wasPublished(event) } : {}),
    };
    return feedIncludes(this.actor, event, facts);
  }

  private async wasPublished(event: RecordedEvent): Promise<boolean> {
    if (!this.published.has(event.stream)) {
      // Resumed past the publication: look it up once in the stream's history.
      const history = await this.store.readStream(event.stream);
      if (history.some((e) => e.type === 'TenderPublished' && e.revision < event.revision))
        this.published.add(event.stream);
    }
    return this.published.has(event.stream);
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
