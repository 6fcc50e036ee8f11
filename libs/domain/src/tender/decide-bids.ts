import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { isBefore, type Instant } from '../shared/instant';
import { assertMoney } from '../shared/money';
import { ratingAtLeast, type Rating } from '../shared/policy';
import { sameContent } from '../shared/text';
import { bidOf, DIGEST, existing, openForBids } from './decide-checks';
import type {
  ConfirmBid,
  OpenBids,
  SubmitBid,
  SupplierFacts,
  TenderEvent,
  WithdrawBid,
} from './events';
import { pendingComplaintIds, type TenderBid, type TenderRecord, type TenderState } from './evolve';

// Bids: submitted, withdrawn and confirmed while the tender is open; opened after its deadline.

function factsOf(value: SupplierFacts): SupplierFacts {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof value.registered !== 'boolean' ||
    typeof value.debarred !== 'boolean'
  ) {
    refuse('SUPPLIER_FACTS_MISSING', 'The command must carry the supplier facts at this instant');
  }
  return value;
}

/** Registered, not debarred at this moment, meeting the tender's eligibility. */
function checkBidder(state: TenderRecord, supplierId: Id, facts: SupplierFacts): void {
  if (!facts.registered) refuse('SUPPLIER_NOT_REGISTERED', 'Only a registered supplier may bid');
  if (facts.debarred) refuse('SUPPLIER_DEBARRED', 'The supplier is debarred');
  const { eligibility } = state.terms;
  if (
    eligibility.supplierKinds.length > 0 &&
    (facts.kind === null || !eligibility.supplierKinds.includes(facts.kind))
  ) {
    refuse('BID_SUPPLIER_KIND_NOT_ELIGIBLE', 'This kind of supplier may not bid on this tender');
  }
  const floors: Rating[] = [
    eligibility.minRating,
    state.directCommission?.ratingFloor ?? null,
  ].filter((r): r is Rating => r !== null);
  for (const floor of floors) {
    if (facts.rating === null || !ratingAtLeast(facts.rating, floor)) {
      refuse('BID_RATING_TOO_LOW', `The supplier needs a rating of ${floor} or better`, { floor });
    }
  }
  const invited = state.directCommission
    ? [state.directCommission.supplierId]
    : eligibility.invitedSupplierIds;
  if (invited.length > 0 && !invited.includes(supplierId)) {
    refuse('BID_SUPPLIER_NOT_INVITED', 'The supplier was not invited to this tender');
  }
}

function ownBid(state: TenderRecord, bidId: Id, supplierId: Id): TenderBid {
  const bid = bidOf(state, bidId);
  if (bid.supplierId !== supplierId)
    refuse('BID_NOT_OWNED', 'A supplier acts only on its own bids');
  return bid;
}

export function submitBid(
  d: SubmitBid['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const bidId = assertId(d.bidId, 'bidId');
  const supplierId = assertId(d.supplierId, 'supplierId');
  const price = assertMoney(d.price, 'price');
  if (typeof d.proposalDigest !== 'string' || !DIGEST.test(d.proposalDigest)) {
    refuse(
      'BID_PROPOSAL_DIGEST_INVALID',
      'proposalDigest must be a SHA-256 as 64 lowercase hex digits',
    );
  }
  const data = {
    tenderId,
    bidId,
    supplierId,
    price: { amountMinor: price.amountMinor, currency: price.currency },
    proposalDigest: d.proposalDigest,
    submittedAt: at,
  };
  const recorded = s.bids[bidId];
  if (recorded) {
    const same =
      recorded.supplierId === supplierId &&
      recorded.proposalDigest === d.proposalDigest &&
      sameContent(recorded.price, data.price);
    if (same) return [];
    refuse('BID_ID_CONFLICT', 'This bid id was used for another bid');
  }
  openForBids(s, at, 'BID_AFTER_DEADLINE');
  if (price.currency !== s.terms.estimatedValue.currency)
    refuse('CURRENCY_MISMATCH', 'Bids are priced in the currency of the tender');
  if (price.amountMinor === 0) refuse('BID_PRICE_INVALID', 'A bid has a price above zero');
  checkBidder(s, supplierId, factsOf(d.supplier));
  if (
    Object.values(s.bids).some(
      (b) => b.supplierId === supplierId && (b.status === 'active' || b.status === 'unconfirmed'),
    )
  ) {
    refuse('BID_ALREADY_ACTIVE', 'One active bid per supplier; withdraw the earlier one first');
  }
  return [{ type: 'BidSubmitted', data }];
}

export function withdrawBid(
  c: WithdrawBid['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const bid = ownBid(s, assertId(c.bidId, 'bidId'), assertId(c.supplierId, 'supplierId'));
  if (bid.status === 'withdrawn') return [];
  openForBids(s, at, 'BID_WITHDRAWAL_AFTER_DEADLINE');
  return [
    {
      type: 'BidWithdrawn',
      data: { tenderId, bidId: bid.bidId, supplierId: bid.supplierId, withdrawnAt: at },
    },
  ];
}

export function confirmBid(
  c: ConfirmBid['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const bid = ownBid(s, assertId(c.bidId, 'bidId'), assertId(c.supplierId, 'supplierId'));
  if (bid.status === 'active') return [];
  if (bid.status !== 'unconfirmed')
    refuse('BID_NOT_ACTIVE', 'Only a bid voided by an amendment is confirmed');
  openForBids(s, at, 'BID_AFTER_DEADLINE');
  // The amendment may have changed eligibility; and the supplier may have been debarred since.
  checkBidder(s, bid.supplierId, factsOf(c.supplier));
  return [
    {
      type: 'BidConfirmed',
      data: { tenderId, bidId: bid.bidId, supplierId: bid.supplierId, confirmedAt: at },
    },
  ];
}

export function openBids(
  c: OpenBids['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  if (s.status === 'opened' || s.status === 'failed') return [];
  if (s.status !== 'published' || s.deadline === null)
    refuse('TENDER_NOT_OPEN_FOR_BIDS', 'Only a published tender has bids to open');
  if (isBefore(at, s.deadline))
    refuse('BIDS_OPENED_BEFORE_DEADLINE', 'Bids stay sealed until the deadline');
  // A complaint against the conditions holds the opening until the review body decides it.
  const pending = pendingComplaintIds(s);
  if (pending.length > 0)
    refuse(
      'BIDS_OPENING_COMPLAINT_PENDING',
      'A complaint about the conditions awaits the review body',
      {
        complaintIds: pending,
      },
    );
  if (s.complaintsAwaitingAmendment.length > 0)
    refuse(
      'TENDER_CONDITIONS_NOT_AMENDED',
      'An upheld complaint ordered the conditions amended before the bids are opened: an amendment answering it (complaintId) is not recorded yet',
      { complaintIds: [...s.complaintsAwaitingAmendment] },
    );
  const bids = Object.values(s.bids);
  const active = bids.filter((b) => b.status === 'active');
  const openedBidIds = active.map((b) => b.bidId);
  const lapsedBidIds = bids.filter((b) => b.status === 'unconfirmed').map((b) => b.bidId);
  const minValidBids = c.policy.minValidBids[s.method];
  if (openedBidIds.length < minValidBids) {
    return [
      {
        type: 'TenderFailed',
        data: {
          tenderId,
          reason: 'insufficient_valid_bids',
          validBidCount: openedBidIds.length,
          minValidBids,
          failedAt: at,
        },
      },
    ];
  }
  const openedBids = active.map((b) => ({
    bidId: b.bidId,
    supplierId: b.supplierId,
    price: b.price,
    proposalDigest: b.proposalDigest,
  }));
  return [
    {
      type: 'BidsOpened',
      data: { tenderId, openedBidIds, lapsedBidIds, openedBids, openedAt: at },
    },
  ];
}
