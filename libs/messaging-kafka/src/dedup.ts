import { placeholder, type SqlClient } from './sql';

/**
 * Remembers which event ids a consumer has handled. `once` runs `handle` only for an unseen id and
 * records it; a SQL store does both in one transaction, so a crash between the two cannot happen,
 * and `handle` receives that transaction to write its own tables in it.
 */
export interface DedupStore {
  once(eventId: string, handle: (tx: SqlClient | undefined) => Promise<void>): Promise<boolean>;
}

/** For tests and consumers whose handling is itself idempotent; forgets everything on restart. */
export class MemoryDedupStore implements DedupStore {
  private readonly seen = new Set<string>();

  async once(
    eventId: string,
    handle: (tx: SqlClient | undefined) => Promise<void>,
  ): Promise<boolean> {
    if (this.seen.has(eventId)) return false;
    await handle(undefined);
    this.seen.add(eventId);
    return true;
  }
}

/** `feed_dedup (consumer, event_id, handled_at)`, created on first use in the consumer's database. */
export class SqlDedupStore implements DedupStore {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: SqlClient,
    private readonly consumer: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async once(
    eventId: string,
    handle: (tx: SqlClient | undefined) => Promise<void>,
  ): Promise<boolean> {
    await this.init();
    const p = (i: number) => placeholder(this.client, i);
    return this.client.transaction(async (tx) => {
      const seen = await tx.query(
        `SELECT 1 AS seen FROM feed_dedup WHERE consumer = ${p(1)} AND event_id = ${p(2)}`,
        [this.consumer, eventId],
      );
      if (seen.length > 0) return false;
      await handle(tx);
      await tx.query(
        `INSERT INTO feed_dedup (consumer, event_id, handled_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})`,
        [this.consumer, eventId, this.clock().toISOString()],
      );
      return true;
    });
  }

  private init(): Promise<void> {
    this.ready ??= this.client
      .query(
        `CREATE TABLE IF NOT EXISTS feed_dedup (
           consumer TEXT NOT NULL,
           event_id TEXT NOT NULL,
           handled_at TEXT NOT NULL,
           PRIMARY KEY (consumer, event_id))`,
      )
      .then(() => undefined);
    this.ready.catch(() => (this.ready = undefined));
    return this.ready;
  }
}
