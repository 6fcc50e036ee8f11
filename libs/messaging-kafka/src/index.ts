export * from './ports';
export {
  CHECKPOINT_TOPIC_SUFFIX,
  checkpointTopic,
  FEED_CATEGORIES,
  feedTopic,
  feedTopics,
  topicForStream,
  type FeedCategory,
} from './topics';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
export { createKafkaFeedClient, type KafkaFeedClientOptions } from './kafkajs-client';
export {
  checkpointFeedMessage,
  KafkaRelay,
  type LogCheckpointSource,
  type RelayBatchReport,
  type RelayOptions,
  type RelayStatus,
} from './relay';
export { SqlCheckpointStore, MemoryCheckpointStore, placeholder, type SqlClient } from './sql';
export { MemoryDedupStore, SqlDedupStore, type DedupStore } from './dedup';
export {
  FeedConsumer,
  createFeedConsumer,
  decodeFeedRecord,
  MalformedFeedRecord,
  type FeedEvent,
  type FeedHandlers,
  type FeedConsumerOptions,
  type FeedConsumerStats,
  type HandlerContext,
  type DeadLetter,
  type DeadLetterPolicy,
} from './feed-consumer';
