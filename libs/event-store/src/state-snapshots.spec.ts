import { createMemoryEventStore } from './memory-event-store';
import { StateSnapshots } from './state-snapshots';
import type { EventStore, RecordedEvent } from './types';

// A summing stream: the state after n events depends on every one of them, in order.
interface Sum {
  readonly total: number;
  readonly trail: string;
}
type Added = { type: 'Added'; data: { n: number } };
const folder = {
  name: 'sum',
  initialState: (): Sum => ({ total: 0, trail: '' }),
  evolve: (s: Sum, e: Added): Sum =>
    Object.freeze({ total: s.total + e.data.n, trail: `${s.trail.slice(-20)}${e.data.n},` }),
};

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T00:00:00.000Z',
};

async function storeWith(stream: string, values: readonly number[]): Promise<EventStore> {
  const store = createMemoryEventStore();
  for (let i = 0; i < values.length; i += 100) {
    await store.append(
      stream,
      values.slice(i, i + 100).map((n) => ({ type: 'Added', data: { n }, metadata })),
      { expectedRevision: 'any' },
    );
    // Another stream between the appends: positions of the stream are not its revisions.
    await store.append('other', [{ type: 'Added', data: { n: 0 }, metadata }], {
      expectedRevision: 'any',
    });
  }
  return store;
}

/** The answer without any cache: every event from the first, up to the bound. */
async function naive(store: EventStore, stream: string, atPosition: number): Promise<Sum> {
  const events = await store.readStream(stream);
  return events
    .filter((e: RecordedEvent) => e.position <= atPosition)
    .reduce((s, e) => folder.evolve(s, e as unknown as Added), folder.initialState());
}

const values = Array.from({ length: 2_500 }, (_, i) => (i * 7919) % 101);

describe('StateSnapshots', () => {
  it('answers every bound as the full fold does, from snapshots taken on the way, reading at most `every` events after one', async () => {
    const store = await storeWith('s', values);
    const events = await store.readStream('s');
    const snapshots = new StateSnapshots(1_000);
    const first = await snapshots.foldAt(store, 's', folder, {});
    expect(first.state).toEqual(await naive(store, 's', Number.MAX_SAFE_INTEGER));
    expect(first).toMatchObject({
      revision: 2_500,
      streamRevision: 2_500,
      fromSnapshot: undefined,
    });
    expect(snapshots.held('sum', 's').map((s) => s.revision)).toEqual([1_000, 2_000]);

    for (const revision of [1, 999, 1_000, 1_001, 1_999, 2_000, 2_345, 2_500]) {
      const atPosition = events[revision - 1]!.position;
      const folded = await snapshots.foldAt(store, 's', folder, { atPosition });
      expect(folded.state).toEqual(await naive(store, 's', atPosition));
      expect(folded.revision).toBe(revision);
      expect(folded.last?.position).toBe(atPosition);
      const from = revision >= 1_000 ? Math.floor(revision / 1_000) * 1_000 : undefined;
      expect(folded.fromSnapshot?.revision).toBe(from);
      // The snapshot's own event, then the events after it up to the bound, the total read
      // doubling from 16 (then pages of 500): an answer a few events past a snapshot reads a
      // few, not a page of 500, and one 500 past reads 500.
      const after = revision - (from ?? 0);
      expect(folded.eventsRead).toBeLessThanOrEqual(
        (from === undefined ? 0 : 1) + Math.max(16, Math.min(2 * (after + 1), after + 500)),
      );
    }
    // By instant: recordedAt of a snapshot's event is within the bound, so it is used.
    const asOfMs = Date.parse(events[2_100]!.recordedAt);
    const byTime = await snapshots.foldAt(store, 's', folder, { asOfMs });
    expect(byTime.fromSnapshot?.revision).toBe(2_000);
    expect(byTime.state).toEqual(
      events
        .filter((e) => Date.parse(e.recordedAt) <= asOfMs)
        .reduce((s, e) => folder.evolve(s, e as unknown as Added), folder.initialState()),
    );
  });

  it('verifies a snapshot against the chain hash of the event it ends at: another log of the same stream name is folded from its own events', async () => {
    const snapshots = new StateSnapshots(1_000);
    const original = await storeWith('s', values);
    await snapshots.foldAt(original, 's', folder, {});
    // A log restored from elsewhere, or rewritten: same stream, same revisions, other events.
    const other = await storeWith(
      's',
      values.map((n, i) => (i === 10 ? n + 1 : n)),
    );
    const folded = await snapshots.foldAt(other, 's', folder, {});
    expect(folded.fromSnapshot).toBeUndefined();
    expect(folded.state).toEqual(await naive(other, 's', Number.MAX_SAFE_INTEGER));
    expect(folded.state).not.toEqual(await naive(original, 's', Number.MAX_SAFE_INTEGER));
    // The failed snapshots were dropped, and the fold took new ones from the other log's events.
    const again = await snapshots.foldAt(other, 's', folder, {});
    expect(again.fromSnapshot?.revision).toBe(2_000);
    expect(again.state).toEqual(folded.state);
    // A shorter log (restored from an older backup): no event at 2,000, another one at 1,000.
    const shorter = await storeWith('s', values.slice(0, 1_500));
    const short = await snapshots.foldAt(shorter, 's', folder, {});
    expect(short.fromSnapshot).toBeUndefined();
    expect(short.state).toEqual(await naive(shorter, 's', Number.MAX_SAFE_INTEGER));
  });

  it('full: reads every event from the first and neither uses nor takes snapshots', async () => {
    const store = await storeWith('s', values);
    const snapshots = new StateSnapshots(1_000);
    const full = await snapshots.foldAt(store, 's', folder, {}, { full: true });
    expect(full).toMatchObject({ fromSnapshot: undefined, eventsRead: 2_500 });
    expect(snapshots.held('sum', 's')).toEqual([]);
    await snapshots.foldAt(store, 's', folder, {});
    const again = await snapshots.foldAt(store, 's', folder, {}, { full: true });
    expect(again.fromSnapshot).toBeUndefined();
    expect(again.state).toEqual(full.state);
    expect(await snapshots.foldAt(store, 'none', folder, {})).toMatchObject({
      revision: 0,
      streamRevision: 0,
      last: undefined,
    });
  });
});
