export * from './events';
export { tenderStandings, compareStandings, pendingComplaintIds } from './evolve';
export type {
  BidStanding,
  BidStatus,
  TenderBid,
  TenderComplaint,
  TenderQuestion,
  TenderRecord,
  TenderState,
  TenderStatus,
} from './evolve';
export { tenderDecider, tenderStream } from './tender';
export * from './award';
