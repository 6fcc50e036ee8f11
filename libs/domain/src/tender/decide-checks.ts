import { refuse } from '../shared/errors';
import type { Id } from '../shared/ids';
import { isBefore, type Instant } from '../shared/instant';
import type { TenderBid, TenderRecord, TenderState } from './evolve';

// Checks every command group of the tender decider needs.

export const DIGEST = /^[0-9a-f]{64}$/;

export function existing(state: TenderState): TenderRecord {
  if (state.status === 'none') refuse('TENDER_NOT_FOUND', 'No such tender');
  return state;
}

export function bidOf(state: TenderRecord, bidId: Id): TenderBid {
  const bid = state.bids[bidId];
  if (!bid) refuse('BID_NOT_FOUND', 'No such bid on this tender');
  return bid;
}

export function openForBids(state: TenderRecord, at: Instant, code: string): Instant {
  if (state.status !== 'published' || state.deadline === null)
    refuse('TENDER_NOT_OPEN_FOR_BIDS', 'The tender is not open for bids');
  if (!isBefore(at, state.deadline)) refuse(code, 'The submission deadline has passed');
  return state.deadline;
}
