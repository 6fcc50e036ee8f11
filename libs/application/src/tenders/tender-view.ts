import {
  fold,
  tenderDecider,
  tenderStandings,
  tenderStream,
  type Id,
  type TenderBid,
  type TenderEvent,
  type TenderRecord,
  type TenderState,
} from '@contract-ledger/domain';
import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';
import type { Folded } from '../facts';

/**
 * Sealed bids (DOMAIN.md): until BidsOpened, a bid's price and proposal digest are seen by its
 * bidder alone. Every view below is written against that rule: the functions that see a bid's
 * contents take `bidsOpened` and give out counts only while it is false. A tender that failed,
 * or was cancelled before opening, keeps its bids sealed for good.
 */
export interface TenderForView extends Folded<TenderState> {
  readonly bidsOpened: boolean;
}

function opened(history: readonly RecordedEvent[]): boolean {
  return history.some((e) => e.type === 'BidsOpened');
}

export async function readTenderForView(store: EventStore, tenderId: Id): Promise<TenderForView> {
  const history = await store.readStream(tenderStream(tenderId));
  const last = history[history.length - 1];
  return {
    state: fold(tenderDecider, history as unknown as readonly TenderEvent[]),
    revision: last?.revision ?? 0,
    position: last?.position ?? 0,
    bidsOpened: opened(history),
  };
}

/** Bids received and still in the running: the one number anybody may know before opening. */
function receivedCount(state: TenderRecord): number {
  return Object.values(state.bids).filter((b) => b.status !== 'withdrawn').length;
}

function openBid(bid: TenderBid) {
  return {
    bidId: bid.bidId,
    supplierId: bid.supplierId,
    price: bid.price,
    proposalDigest: bid.proposalDigest,
    submittedAt: bid.submittedAt,
    status: bid.status,
  };
}

function terms(state: TenderRecord) {
  return {
    tenderId: state.tenderId,
    agencyId: state.agencyId,
    method: state.method,
    status: state.status,
    ...state.terms,
    publishedAt: state.publishedAt,
    deadline: state.deadline,
  };
}

/** The tender for the agency, its assigned evaluators and oversight (GET /tenders/{id}). */
export function tenderView(state: TenderRecord, bidsOpened: boolean) {
  return {
    ...terms(state),
    budgetLineId: state.budgetLineId,
    directCommission: state.directCommission,
    bids: bidsOpened
      ? {
          sealed: false as const,
          count: receivedCount(state),
          items: Object.values(state.bids).map(openBid),
        }
      : { sealed: true as const, count: receivedCount(state) },
    evaluators: Object.entries(state.evaluators).map(([evaluatorId, conflictSupplierIds]) => ({
      evaluatorId,
      conflictSupplierIds,
    })),
    // Scores exist only after opening, but standings name bids: keep them behind the same rule.
    standings: bidsOpened ? tenderStandings(state) : [],
    award: state.award,
  };
}

export type TenderView = ReturnType<typeof tenderView>;

/** Who reads a bid list: a bidder sees its own bids whatever the stage; the others what opening made public. */
export type BidListViewer =
  { readonly kind: 'bidder'; readonly supplierId: Id } | { readonly kind: 'insider' };

/** GET /tenders/{id}/bids. */
export function bidListView(state: TenderRecord, bidsOpened: boolean, viewer: BidListViewer) {
  if (viewer.kind === 'bidder') {
    // A bidder learns nothing about its competitors here, not even how many there are.
    const own = Object.values(state.bids).filter((b) => b.supplierId === viewer.supplierId);
    return {
      tenderId: state.tenderId,
      sealed: !bidsOpened,
      count: own.length,
      bids: own.map(openBid),
    };
  }
  if (!bidsOpened)
    return { tenderId: state.tenderId, sealed: true, count: receivedCount(state), bids: [] };
  const scores = state.scores;
  return {
    tenderId: state.tenderId,
    sealed: false,
    count: receivedCount(state),
    bids: Object.values(state.bids).map((b) => ({ ...openBid(b), scores: scores[b.bidId] ?? {} })),
  };
}

export type BidListView = ReturnType<typeof bidListView>;

/** What the public sees (no token): published terms, a bid count, the award; no evaluators, no bids. */
export function publicTenderView(state: TenderRecord) {
  const award = state.award;
  return {
    ...terms(state),
    directCommission:
      state.directCommission === null
        ? null
        : {
            supplierId: state.directCommission.supplierId,
            justification: state.directCommission.justification,
          },
    bidCount: receivedCount(state),
    award:
      award === null
        ? null
        : {
            bidId: award.bidId,
            supplierId: award.supplierId,
            amount: award.amount,
            weightedScore: award.weightedScore,
            override: award.override,
            overrideRationale: award.overrideRationale,
            awardedAt: award.awardedAt,
          },
  };
}

export type PublicTenderView = ReturnType<typeof publicTenderView>;

/** Drafts are the agency's working papers; everything from publication on is public. */
export function isPublic(state: TenderState): state is TenderRecord {
  return state.status !== 'none' && state.status !== 'draft';
}

// Bids and scores change nothing the public list shows except the count, which BidSubmitted/BidWithdrawn carry.
const PUBLIC_LIST_TYPES: readonly TenderEvent['type'][] = [
  'TenderDrafted',
  'TenderAmended',
  'TenderPublished',
  'BidSubmitted',
  'BidWithdrawn',
  'BidsOpened',
  'TenderFailed',
  'TenderAwarded',
  'TenderCancelled',
];

/**
 * Published tenders, newest first, folded from the log. A stop-gap until the read side serves a
 * tender projection: it reads every tender event, so it is fine for a demo ledger, not for millions.
 */
export async function listPublicTenders(
  store: EventStore,
  options: { limit: number; offset: number },
): Promise<{ total: number; items: PublicTenderView[] }> {
  const events = await store.readAll({
    filter: { streamPrefix: 'tender-', types: PUBLIC_LIST_TYPES },
  });
  const byStream = new Map<string, TenderEvent[]>();
  for (const e of events) {
    const list = byStream.get(e.stream) ?? [];
    list.push(e as unknown as TenderEvent);
    byStream.set(e.stream, list);
  }
  const published = [...byStream.values()]
    .map((list) => fold(tenderDecider, list))
    .filter(isPublic);
  published.sort(
    (a, b) =>
      (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
      b.tenderId.localeCompare(a.tenderId),
  );
  return {
    total: published.length,
    items: published.slice(options.offset, options.offset + options.limit).map(publicTenderView),
  };
}
