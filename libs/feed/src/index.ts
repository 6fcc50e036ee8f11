// What a reader may see of the log, and the feed envelope: pure, shared by the API's routes and SSE
// feed, the Kafka relay and (later) OCDS (docs/adr/0006-sealed-data-in-feeds.md).
export type { FeedMetadata, FeedSourceEvent, Viewer } from './source-event';
export {
  bidView,
  disclosureOf,
  eventShown,
  eventView,
  maySeeAuthor,
  maySeeBid,
  questionView,
  SEALED,
  tenderStateView,
  type Disclosure,
  type EventView,
  type SealedBid,
  type TenderBidView,
  type TenderQuestionView,
  type ViewMetadata,
} from './sealed';
export { factsNeeded, feedIncludes, isPublicEvent, mayEverSee, type StreamFacts } from './audience';
export {
  FEED_HEADERS,
  feedHeaders,
  toFeedMessage,
  toFeedValue,
  type FeedEventValue,
  type FeedMessage,
} from './envelope';
