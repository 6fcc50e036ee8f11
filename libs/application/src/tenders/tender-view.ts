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
import type { EventStore } from '@contract-ledger/event-store';
import {
  bidView,
  disclosureOf,
  maySeeBid,
  questionView,
  type Disclosure,
  type Viewer,
} from '@contract-ledger/feed';
import type { Folded } from '../facts';

/**
 * Sealed bids (docs/adr/0006-sealed-data-in-feeds.md): what of a bid a caller sees is
 * decided by maySeeBid (libs/feed) from the tender's disclosure (the bids its BidsOpened named, null
 * before). The views below give counts only while nothing is disclosed, and after opening show each
 * bid through bidView, so a withdrawn or lapsed bid stays sealed for good, as does every bid of a
 * tender that failed or was cancelled before opening.
 */
export interface TenderForView extends Folded<TenderState> {
  readonly disclosure: Disclosure;
}

export async function readTenderForView(store: EventStore, tenderId: Id): Promise<TenderForView> {
  const history = await store.readStream(tenderStream(tenderId));
  const last = history[history.length - 1];
  return {
    state: fold(tenderDecider, history as unknown as readonly TenderEvent[]),
    revision: last?.revision ?? 0,
    position: last?.position ?? 0,
    disclosure: disclosureOf(history),
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

/** A bid as the viewer may see it (bidView), in the shape of the tender routes. */
function shownBid(viewer: Viewer | undefined, bid: TenderBid, disclosure: Disclosure) {
  const shown = bidView(viewer, bid, disclosure);
  return 'sealed' in shown ? shown : openBid(shown);
}

/** The tender for the agency, its assigned evaluators and oversight (GET /tenders/{id}). */
export function tenderView(
  state: TenderRecord,
  disclosure: Disclosure,
  viewer: Viewer | undefined,
) {
  return {
    ...terms(state),
    budgetLineId: state.budgetLineId,
    directCommission: state.directCommission,
    bids:
      disclosure !== null
        ? {
            sealed: false as const,
            count: receivedCount(state),
            items: Object.values(state.bids).map((b) => shownBid(viewer, b, disclosure)),
          }
        : { sealed: true as const, count: receivedCount(state) },
    evaluators: Object.entries(state.evaluators).map(([evaluatorId, conflictSupplierIds]) => ({
      evaluatorId,
      conflictSupplierIds,
    })),
    // Scores exist only after opening, but standings name bids: keep them behind the same rule.
    standings:
      disclosure !== null
        ? tenderStandings(state).filter((s) => maySeeBid(viewer, s, disclosure))
        : [],
    award: state.award,
    // Clarifications are public; who asked is not (questionView: the asker and the auditor only).
    clarifications: Object.values(state.questions).map((q) => questionView(viewer, q)),
  };
}

export type TenderView = ReturnType<typeof tenderView>;

/** Who reads a bid list: a bidder sees its own bids whatever the stage; the others what opening made public. */
export type BidListViewer =
  { readonly kind: 'bidder'; readonly supplierId: Id } | { readonly kind: 'insider' };

/** GET /tenders/{id}/bids. */
export function bidListView(
  state: TenderRecord,
  disclosure: Disclosure,
  viewer: BidListViewer,
  caller: Viewer | undefined,
) {
  const bidsOpened = disclosure !== null;
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
    bids: Object.values(state.bids).map((b) => {
      const shown = shownBid(caller, b, disclosure);
      return 'sealed' in shown ? shown : { ...shown, scores: scores[b.bidId] ?? {} };
    }),
  };
}

export type BidListView = ReturnType<typeof bidListView>;

/**
 * What the public sees (no token): published terms, the award, and how many bids were opened once
 * they are (null before: the number of bids received is not public, as on the tender board; ADR
 * 0006); no evaluators, no bids.
 */
export function publicTenderView(state: TenderRecord, disclosure: Disclosure) {
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
    bidCount: disclosure === null ? null : disclosure.size,
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
    clarifications: Object.values(state.questions).map((q) => questionView(undefined, q)),
  };
}

export type PublicTenderView = ReturnType<typeof publicTenderView>;

/** Drafts are the agency's working papers; everything from publication on is public. */
export function isPublic(state: TenderState): state is TenderRecord {
  return state.status !== 'none' && state.status !== 'draft';
}
