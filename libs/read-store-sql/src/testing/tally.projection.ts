import {
  boolean,
  defineProjection,
  integer,
  json,
  table,
  text,
  type Projection,
  type ProjectionEvent,
} from '@contract-ledger/projections';
import type { EventStore, NewEvent } from '@contract-ledger/event-store';

/**
 * A projection for the runner's own specs. It counts, so applying an event twice shows; it reads
 * its own writes within a batch (get after put, find after put) and deletes rows.
 */
export const tallyStreams = table({
  name: 'streams',
  columns: { stream: text(), events: integer(), lastType: text(), positions: json<number[]>() },
  key: ['stream'],
  indexes: [['lastType']],
});

export const tallyTypes = table({
  name: 'types',
  columns: { type: text(), count: integer(), frequent: boolean(), streamsNow: integer() },
  key: ['type'],
});

export interface TallyOptions {
  readonly version?: number;
  /** Throw while applying the event at this position, `times` times (a crash mid-batch). */
  readonly failAt?: { position: number; times: number };
}

export function tallyProjection(options: TallyOptions = {}): Projection {
  const failAt = options.failAt ? { ...options.failAt } : undefined;
  return defineProjection({
    name: 'tally',
    version: options.version ?? 1,
    tables: [tallyStreams, tallyTypes],
    canHandle: (event: ProjectionEvent) => event.type !== 'Ignored',
    async apply(tx, event) {
      if (failAt && event.position === failAt.position && failAt.times > 0) {
        failAt.times--;
        throw new Error(`simulated crash at ${event.position}`);
      }
      if (event.type === 'Removed') {
        await tx.delete(tallyStreams, { stream: event.stream });
      } else {
        const row = await tx.get(tallyStreams, { stream: event.stream });
        await tx.put(tallyStreams, {
          stream: event.stream,
          events: (row?.events ?? 0) + 1,
          lastType: event.type,
          positions: [...(row?.positions ?? []), event.position],
        });
      }
      const sameType = await tx.find(tallyStreams, { lastType: event.type });
      const count = ((await tx.get(tallyTypes, { type: event.type }))?.count ?? 0) + 1;
      await tx.put(tallyTypes, {
        type: event.type,
        count,
        frequent: count > 2,
        streamsNow: sameType.length,
      });
    },
  });
}

const TYPES = ['Opened', 'Changed', 'Closed', 'Removed', 'Ignored'] as const;

/**
 * Appends `count` events over a few streams, deterministically from `seed`. With `sameLog`, event
 * ids come from the seed too, so two processes each appending to a memory store with the same
 * fixed clock (`TALLY_CLOCK`) hold the same log, hashes included: a runner checks the hash at its
 * checkpoint, and the failover test's two processes share one read store.
 */
export async function appendTallyEvents(
  store: EventStore,
  count: number,
  seed = 1,
  options: { readonly sameLog?: boolean } = {},
): Promise<void> {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  for (let i = 0; i < count; i++) {
    const event: NewEvent = {
      ...(options.sameLog
        ? {
            eventId: `00000000-0000-7000-8000-${(seed * 1_000_000 + i).toString(16).padStart(12, '0')}`,
          }
        : {}),
      type: TYPES[next(TYPES.length)]!,
      data: { i },
      metadata: {
        actor: 'tester',
        role: 'admin',
        correlationId: `c${i}`,
        commandId: `cmd-${seed}-${i}`,
        occurredAt: '2025-01-01T00:00:00.000Z',
      },
    };
    await store.append(`tally-${next(4)}`, [event], { expectedRevision: 'any' });
  }
}

/** recordedAt of every event of a `sameLog` store (see appendTallyEvents). */
export const TALLY_CLOCK = (): Date => new Date('2025-01-01T00:00:00.000Z');
