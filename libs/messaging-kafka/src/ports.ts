/**
 * The small interfaces the relay and the consumer helper work against. kafkajs sits behind them
 * (kafkajs-client.ts), so a client switch (docs/adr) touches one file.
 */

import type { FeedMessage } from '@contract-ledger/feed';

/** One record for the broker: already routed, keyed and serialised (libs/feed makes it). */
export type { FeedMessage };

export interface FeedProducer {
  /**
   * Resolves only when the broker acknowledged every message (acks=all). Messages with the same key
   * keep their order. On rejection nothing is known about which messages were written: the caller
   * resends all of them (duplicates are possible, losses are not).
   */
  send(messages: readonly FeedMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface TopicSpec {
  readonly topic: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** retention.ms; -1 keeps everything. */
  readonly retentionMs: number;
  /** max.message.bytes of the topic (largest record batch the broker accepts). */
  readonly maxMessageBytes: number;
}

export interface FeedAdmin {
  /** Creates the missing topics and waits for their leaders; existing topics are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  close(): Promise<void>;
}

/** A record as received, before decoding. */
export interface ReceivedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

export interface ReceivedBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly ReceivedMessage[];
  /** Commits `offset` (the next offset to read) for this partition. */
  commit(offset: string): Promise<void>;
  heartbeat(): Promise<void>;
  isRunning(): boolean;
}

export interface FeedSubscriber {
  /** Joins the group and calls `onBatch` per partition batch, one at a time per partition, until `close`. */
  run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface SubscriberOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group with no committed offset starts: the beginning (default) or only new records. */
  readonly fromBeginning?: boolean;
}

/** What a broker client provides; the kafkajs one is createKafkaFeedClient. */
export interface FeedClient {
  producer(): FeedProducer;
  admin(): FeedAdmin;
  subscriber(options: SubscriberOptions): FeedSubscriber;
}

/** The last global position the broker acknowledged, and the chain hash of the event there. */
export interface RelayCheckpoint {
  /** 0 when the relay never ran. */
  readonly position: number;
  /** null: not recorded (position 0, or a checkpoint saved before hashes were kept). */
  readonly hash: string | null;
}

/** Where the relay remembers the last global position the broker acknowledged. */
export interface CheckpointStore {
  load(name: string): Promise<RelayCheckpoint>;
  save(name: string, checkpoint: RelayCheckpoint): Promise<void>;
}

/**
 * Structured logging without a dependency: pino's `logger.info(obj, msg)` shape, so a pino logger can
 * be passed as is.
 */
export interface FeedLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: FeedLogger = { debug() {}, info() {}, warn() {}, error() {} };
