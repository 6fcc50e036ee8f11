import { Inject, Injectable, Optional, type BeforeApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, FeedAudience, type Actor } from '@contract-ledger/application';
import type { TransparencyLog } from '@contract-ledger/application';
import {
  type EventFilter,
  type EventStore,
  type RecordedEvent,
  type StoredCheckpoint,
} from '@contract-ledger/event-store';
import { toFeedValue } from '@contract-ledger/feed';
import type { ServerResponse } from 'node:http';
import { TRANSPARENCY_LOG } from '../transparency/log.controller';

export const FEED_HEARTBEAT_MS = Symbol('FEED_HEARTBEAT_MS');
/** How often the open feeds look for new signed checkpoints (one read per process, not per feed). */
export const FEED_CHECKPOINT_POLL_MS = Symbol('FEED_CHECKPOINT_POLL_MS');

/**
 * The SSE message id (docs/kafka.md "Checkpoints on the SSE feed"): the last event position this
 * connection delivered and, once it sent a checkpoint, that checkpoint's size (`<position>:<size>`),
 * so a client resuming with Last-Event-ID gets every checkpoint it has not seen, including one that
 * became final (cosigned) after the events past it were delivered.
 */
export function feedMessageId(position: number, checkpointSize: number | undefined): string {
  return checkpointSize === undefined ? String(position) : `${position}:${checkpointSize}`;
}

/**
 * The SSE `checkpoint` message (docs/kafka.md "Checkpoints on the SSE feed"): a final signed
 * checkpoint of the transparency log, its note as GET /log/checkpoints/<size> serves it
 * (cosignatures included).
 */
export function checkpointMessage(checkpoint: StoredCheckpoint, id: string): string {
  const data = JSON.stringify({
    size: checkpoint.size,
    note: checkpoint.note,
    key: checkpoint.key,
    createdAt: checkpoint.createdAt,
  });
  return `id: ${id}\nevent: checkpoint\ndata: ${data}\n\n`;
}

export interface FeedRequest {
  readonly actor: Actor | undefined;
  /** First position to deliver. */
  readonly fromPosition: number;
  /**
   * First checkpoint size to deliver: the size in Last-Event-ID (`<position>:<size>`; sent again,
   * with any cosignature added since), else fromPosition - 1 (every checkpoint from the one that
   * precedes the first event).
   */
  readonly fromCheckpointSize: number;
  readonly filter: EventFilter | undefined;
  /** false: deliver what is in the log now and end the response (a snapshot). */
  readonly live: boolean;
}

interface OpenFeed {
  stop(): void;
  /** Where the next poll reads for this feed: the size of the last checkpoint it sent (or its start). */
  readonly checkpointCursor: number;
  /** False until the feed sent the checkpoints it found at open: polls leave it alone until then. */
  readonly ready: boolean;
  /**
   * Sends those of the checkpoints (ascending) it has not sent: larger than the last it sent, or the
   * same size with a changed note (a cosignature added). Sizes never go down on one connection.
   */
  offer(checkpoints: readonly StoredCheckpoint[]): void;
}

/** Most checkpoints one read brings; a feed further behind gets the rest at the next reads. */
const CHECKPOINT_PAGE = 1_000;

/**
 * Server-Sent Events over the log (docs/kafka.md "The feed without Kafka"): catch-up
 * then live through store.subscribe, each event as `id: <position>`, `event: <type>`,
 * `data: <envelope>` with the caller's view of each event (toFeedValue, libs/feed: sealed bids) and
 * the caller's slice of the log (FeedAudience).
 */
@Injectable()
export class EventFeedService implements BeforeApplicationShutdown {
  private readonly open = new Set<OpenFeed>();
  private readonly running = new Set<Promise<void>>();
  private readonly heartbeatMs: number;
  private readonly checkpointPollMs: number;
  private readonly checkpoints:
    { finalFrom(fromSize: number, limit?: number): Promise<StoredCheckpoint[]> } | undefined;
  private checkpointTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(FEED_HEARTBEAT_MS) heartbeatMs?: number,
    @Optional() @Inject(FEED_CHECKPOINT_POLL_MS) checkpointPollMs?: number,
    @Optional() @Inject(TRANSPARENCY_LOG) log?: TransparencyLog | null,
  ) {
    this.heartbeatMs = heartbeatMs ?? 15_000;
    this.checkpointPollMs = checkpointPollMs ?? 1_000;
    // Final checkpoints only (LEDGER_WITNESS_REQUIRED cosignatures); a store without a
    // transparency log (KurrentDB) has none to send.
    this.checkpoints = log ?? undefined;
  }

  /**
   * One poll of the final checkpoints for all open feeds while any is open, from the oldest cursor
   * among them: any instance (or a witness through any instance) may have stored or cosigned one, so
   * a local signal would miss some.
   */
  private watchCheckpoints(): void {
    if (!this.checkpoints || this.checkpointTimer) return;
    this.checkpointTimer = setInterval(() => {
      if (this.open.size === 0) {
        clearInterval(this.checkpointTimer);
        this.checkpointTimer = undefined;
        return;
      }
      const ready = [...this.open].filter((feed) => feed.ready);
      if (ready.length === 0) return;
      const from = Math.min(...ready.map((feed) => feed.checkpointCursor));
      this.polling ??= this.checkpoints!.finalFrom(from, CHECKPOINT_PAGE)
        .then((found) => {
          for (const feed of ready) feed.offer(found);
        })
        // The store closing under a poll at shutdown, or a transient read error: the next poll retries.
        .catch(() => undefined)
        .finally(() => (this.polling = undefined));
    }, this.checkpointPollMs);
    this.checkpointTimer.unref();
  }

  /** Open feeds: tests check that a disconnect frees its subscription. */
  get openCount(): number {
    return this.open.size;
  }

  /** Writes the stream on `res` until the client leaves, the app shuts down or (not live) the head is reached. */
  serve(request: FeedRequest, res: ServerResponse): Promise<void> {
    const running = this.run(request, res);
    this.running.add(running);
    return running.finally(() => this.running.delete(running));
  }

  private async run(request: FeedRequest, res: ServerResponse): Promise<void> {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and similar proxies buffer responses unless told not to; an event must not wait there.
      'X-Accel-Buffering': 'no',
    });
    // A client reconnecting after a drop waits this long (EventSource default is ~3 s).
    res.write('retry: 2000\n\n');

    const audience = new FeedAudience(this.store, request.actor);
    const subscription = request.live
      ? this.store.subscribe({
          fromPosition: request.fromPosition,
          ...(request.filter ? { filter: request.filter } : {}),
        })
      : undefined;
    let stopped = false;
    let wakeDrain: (() => void) | undefined;
    let sentCheckpoint: StoredCheckpoint | undefined;
    // The last event position delivered (or the one before the first due): with the last
    // checkpoint's size, what a resume's Last-Event-ID names.
    let sentPosition = request.fromPosition - 1;
    let ready = false;
    const feed: OpenFeed = {
      stop: () => {
        if (stopped) return;
        stopped = true;
        wakeDrain?.();
        void subscription?.stop();
      },
      get checkpointCursor() {
        return sentCheckpoint?.size ?? request.fromCheckpointSize;
      },
      get ready() {
        return ready;
      },
      offer: (checkpoints) => {
        for (const checkpoint of checkpoints) {
          if (stopped || res.writableEnded) return;
          if (
            sentCheckpoint &&
            (checkpoint.size < sentCheckpoint.size ||
              (checkpoint.size === sentCheckpoint.size && checkpoint.note === sentCheckpoint.note))
          )
            continue;
          sentCheckpoint = checkpoint;
          res.write(checkpointMessage(checkpoint, feedMessageId(sentPosition, checkpoint.size)));
        }
      },
    };
    this.open.add(feed);
    // Comments keep proxies and load balancers from closing an idle connection.
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), this.heartbeatMs);
    res.on('close', feed.stop);

    const send = async (event: RecordedEvent): Promise<void> => {
      if (!(await audience.includes(event)) || stopped) return;
      const envelope = JSON.stringify(toFeedValue(event, request.actor, 'caller'));
      sentPosition = event.position;
      const id = feedMessageId(event.position, sentCheckpoint?.size);
      const flushed = res.write(`id: ${id}\nevent: ${event.type}\ndata: ${envelope}\n\n`);
      // Backpressure: a slow client holds its own subscription back, never the process's memory.
      if (!flushed && !stopped) {
        await new Promise<void>((resolve) => {
          wakeDrain = resolve;
          res.once('drain', resolve);
        });
        wakeDrain = undefined;
      }
    };

    try {
      // Every final checkpoint from the requested size first, then each newer one as it becomes
      // final (or the last sent again with new cosignatures).
      if (this.checkpoints) {
        for (;;) {
          const found = await this.checkpoints.finalFrom(feed.checkpointCursor, CHECKPOINT_PAGE);
          feed.offer(found);
          if (found.length < CHECKPOINT_PAGE || stopped) break;
        }
      }
      ready = true;
      this.watchCheckpoints();
      if (subscription) {
        for await (const event of subscription) {
          await send(event);
          if (stopped) break;
        }
      } else {
        const head = (await this.store.head()).position;
        for (let from = request.fromPosition; from <= head && !stopped;) {
          const page = await this.store.readAll({
            fromPosition: from,
            toPosition: head,
            limit: 1_000,
            ...(request.filter ? { filter: request.filter } : {}),
          });
          if (page.length === 0) break;
          for (const event of page) await send(event);
          from = page[page.length - 1]!.position + 1;
        }
      }
    } finally {
      clearInterval(heartbeat);
      feed.stop();
      this.open.delete(feed);
      res.off('close', feed.stop);
      if (!res.writableEnded) res.end();
    }
  }

  /** Before the HTTP server closes: an open SSE response would otherwise keep it (and the store) waiting forever. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const feed of this.open) feed.stop();
    clearInterval(this.checkpointTimer);
    this.checkpointTimer = undefined;
    await this.polling;
    // Wait for the loops, so none reads the store after StoreModule closed it.
    await Promise.allSettled([...this.running]);
  }
}
