import {
  tenderStandings,
  tenderStream,
  type Id,
  type TenderBid,
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
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/policy';
import { tenderState, type Folded } from '../facts';
import { tenderFacts } from '../guards';

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

/**
 * The tender as the command pipeline folds it (the state cache: only the events since the cached
 * revision are read, not the whole stream on every request), with its disclosure.
 */
export async function readTenderForView(store: EventStore, tenderId: Id): Promise<TenderForView> {
  const folded = await tenderState(store, tenderId);
  return { ...folded, disclosure: await disclosureFor(store, tenderId, folded.state) };
}

/** Most disclosures remembered per store; one is a set of bid ids, found once per tender. */
const MAX_DISCLOSURES = 10_000;
const disclosures = new WeakMap<EventStore, Map<Id, ReadonlySet<string>>>();

/**
 * What the tender's first BidsOpened named (disclosureOf), consistent with `state`: a tender is
 * opened by that event and never drafted or published again, so before it the answer is null
 * without a read; after it the event is in the stream at or before `state`'s revision, and it
 * never changes (a later BidsOpened, after a reopened evaluation, does not widen it), so once found
 * it is remembered. A tender that failed or was cancelled unopened reads its stream each time.
 */
async function disclosureFor(
  store: EventStore,
  tenderId: Id,
  state: TenderState,
): Promise<Disclosure> {
  if (state.status === 'none' || state.status === 'draft' || state.status === 'published')
    return null;
  let known = disclosures.get(store);
  if (known === undefined) disclosures.set(store, (known = new Map()));
  const remembered = known.get(tenderId);
  if (remembered !== undefined) return remembered;
  const found = disclosureOf(await store.readStream(tenderStream(tenderId)));
  if (found !== null) {
    // Insertion order: the first key is the oldest.
    if (known.size >= MAX_DISCLOSURES) known.delete(known.keys().next().value!);
    known.set(tenderId, found);
  }
  return found;
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

/**
 * Who may read the tender itself (GET /tenders/{id}): `tender.read` in its scope (its agency's
 * officers, its assigned evaluators, the supervisor, the auditor, the review body), except that a
 * draft, the agency's working paper, is not the review body's: it decides complaints, which exist
 * from publication on (docs/api.md "Not found or forbidden"). They, and only they, know how many
 * bids the tender received before opening (ADR 0006 decision 6): the tender's bid count, the bid
 * items of its history and every change of its stream (the revision as ETag).
 */
export function mayReadTender(actor: Actor | undefined, state: TenderRecord): boolean {
  if (!authorize(actor, 'tender.read', tenderFacts(state)).allowed) return false;
  return isPublic(state) || actor?.role !== 'review_body';
}
