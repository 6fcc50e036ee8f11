/**
 * Topic per aggregate category, chosen by the stream id's prefix, so a consumer subscribes to the
 * kinds of thing it follows (docs/kafka.md "Topics, keys, values, headers").
 */
export const FEED_CATEGORIES = [
  { streamPrefix: 'tender-', suffix: 'tenders' },
  { streamPrefix: 'contract-', suffix: 'contracts' },
  { streamPrefix: 'supplier-', suffix: 'suppliers' },
  { streamPrefix: 'budget-', suffix: 'budgets' },
] as const;

export type FeedCategory = (typeof FEED_CATEGORIES)[number]['suffix'];

export function feedTopic(prefix: string, category: FeedCategory): string {
  return `${prefix}.${category}`;
}

export function feedTopics(prefix: string): string[] {
  return FEED_CATEGORIES.map((c) => feedTopic(prefix, c.suffix));
}

/** The topic for a stream, or undefined when the stream is not part of the published feed. */
export function topicForStream(prefix: string, stream: string): string | undefined {
  const category = FEED_CATEGORIES.find((c) => stream.startsWith(c.streamPrefix));
  return category ? feedTopic(prefix, category.suffix) : undefined;
}

/**
 * The transparency log's signed checkpoints (docs/kafka.md "Checkpoints on the Kafka feed"): one
 * partition, so consumers read them in the order published.
 */
export const CHECKPOINT_TOPIC_SUFFIX = 'checkpoints';

export function checkpointTopic(prefix: string): string {
  return `${prefix}.${CHECKPOINT_TOPIC_SUFFIX}`;
}
