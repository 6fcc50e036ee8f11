export * from './events';
export { tenderStandings, compareStandings } from './evolve';
export type { BidStanding, BidStatus, TenderBid, TenderRecord, TenderState, TenderStatus } from './evolve';
export { tenderDecider, tenderStream } from './tender';
export * from './award';
