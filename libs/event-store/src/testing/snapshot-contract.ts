import { serialize } from 'node:v8';
import { snapshotDigest, type SnapshotStore } from '../snapshot-store';
import { StateSnapshots } from '../state-snapshots';
import type { EventMetadata, EventStore, RecordedEvent } from '../types';

type Store = EventStore & SnapshotStore;

export interface SnapshotContractSubject {
  readonly store: Store;
  /** Closes `store` and opens a new instance on the same storage, as a restarted process does. */
  reopen(): Promise<Store>;
  /** Closes the store and removes what the factory created (file, schema). */
  dispose(): Promise<void>;
}

export type SnapshotContractFactory = () => Promise<SnapshotContractSubject>;

const metadata: EventMetadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T00:00:00.000Z',
};

// A summing stream whose state holds a Set: the state after n events depends on each of them,
// and a stored snapshot must come back with its Set (the tender's disclosure is one).
interface Sum {
  readonly total: number;
  readonly seen: ReadonlySet<number>;
}
type Added = { type: 'Added'; data: { n: number } };
const sum = (version: string) => ({
  name: 'sum',
  version,
  initialState: (): Sum => ({ total: 0, seen: new Set() }),
  evolve: (s: Sum, e: Added): Sum => ({
    total: s.total + e.data.n,
    seen: s.seen.has(e.data.n) ? s.seen : new Set([...s.seen, e.data.n]),
  }),
});
const FOLDER = 'sum@v1';
const STREAM = 's';
const values = Array.from({ length: 2_500 }, (_, i) => (i * 7919) % 101);

async function fill(store: EventStore): Promise<void> {
  for (let i = 0; i < values.length; i += 250) {
    await store.append(
      STREAM,
      values.slice(i, i + 250).map((n) => ({ type: 'Added', data: { n }, metadata })),
      { expectedRevision: 'any' },
    );
    // Another stream between the appends: positions of the stream are not its revisions.
    await store.append('other', [{ type: 'Added', data: { n: 0 }, metadata }], {
      expectedRevision: 'any',
    });
  }
}

/** Every event from the first, no cache: what each answer must equal. */
async function naive(store: EventStore, atPosition = Number.MAX_SAFE_INTEGER): Promise<Sum> {
  const folder = sum('v1');
  return (await store.readStream(STREAM))
    .filter((e: RecordedEvent) => e.position <= atPosition)
    .reduce((s, e) => folder.evolve(s, e as unknown as Added), folder.initialState());
}

/**
 * Snapshots of folded state kept beside the log (SnapshotStore): they outlive the store instance
 * that took them, and one that does not match the log or its digest is not used.
 */
export function describeSnapshotStoreContract(
  name: string,
  factory: SnapshotContractFactory,
): void {
  describe(`Snapshot store contract: ${name}`, () => {
    let subject: SnapshotContractSubject;
    let store: Store;

    beforeEach(async () => {
      subject = await factory();
      store = subject.store;
      await fill(store);
      // The first fold takes the snapshots (every 1,000 revisions) and stores them.
      const first = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v1'), {});
      expect(first.fromSnapshot).toBeUndefined();
      store = await subject.reopen();
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('keeps the snapshots a fold took, and a restarted store answers from them', async () => {
      expect((await store.listSnapshots(FOLDER, STREAM)).map((s) => s.revision)).toEqual([
        1_000, 2_000,
      ]);
      const events = await store.readStream(STREAM);
      const fresh = new StateSnapshots(1_000);
      const head = await fresh.foldAt(store, STREAM, sum('v1'), {});
      expect(head).toMatchObject({
        revision: 2_500,
        fromSnapshot: { revision: 2_000, position: events[1_999]!.position },
        // The snapshot's event read back for the check, then the 500 after it.
        eventsRead: 501,
      });
      expect(head.state).toEqual(await naive(store));
      // v8's deserialize builds the Set in Node's realm, not the test's: compare by tag.
      expect(Object.prototype.toString.call(head.state.seen)).toBe('[object Set]');

      const middle = events[1_499]!.position;
      const past = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v1'), {
        atPosition: middle,
      });
      expect(past).toMatchObject({ revision: 1_500, fromSnapshot: { revision: 1_000 } });
      expect(past.state).toEqual(await naive(store, middle));
    });

    it('does not use a snapshot whose state was changed, and stores a correct one again', async () => {
      const row = (await store.readSnapshot(FOLDER, STREAM, 2_000))!;
      // The bytes of another state, the row's digest left as it was.
      const forged = serialize({ total: -1, seen: new Set() });
      await store.saveSnapshot(FOLDER, STREAM, { ...row, state: forged });

      const folded = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v1'), {});
      expect(folded.fromSnapshot).toMatchObject({ revision: 1_000 });
      expect(folded.state).toEqual(await naive(store));
      const again = (await store.readSnapshot(FOLDER, STREAM, 2_000))!;
      expect(again.digest).toBe(row.digest);
      expect(Buffer.from(again.state).equals(Buffer.from(row.state))).toBe(true);
    });

    it('does not use a snapshot whose chain hash or position differ from the log, even with its digest recomputed', async () => {
      const row = (await store.readSnapshot(FOLDER, STREAM, 2_000))!;
      const otherHash = { ...row, hash: 'f'.repeat(64) };
      await store.saveSnapshot(FOLDER, STREAM, {
        ...otherHash,
        digest: snapshotDigest(FOLDER, STREAM, otherHash, row.state),
      });
      const byHash = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v1'), {});
      expect(byHash.fromSnapshot).toMatchObject({ revision: 1_000 });
      expect(byHash.state).toEqual(await naive(store));
      expect((await store.readSnapshot(FOLDER, STREAM, 2_000))!.hash).toBe(row.hash);

      const otherPosition = { ...row, position: row.position + 1 };
      await store.saveSnapshot(FOLDER, STREAM, {
        ...otherPosition,
        digest: snapshotDigest(FOLDER, STREAM, otherPosition, row.state),
      });
      const byPosition = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v1'), {});
      expect(byPosition.fromSnapshot).toMatchObject({ revision: 1_000 });
      expect(byPosition.state).toEqual(await naive(store));
      expect((await store.readSnapshot(FOLDER, STREAM, 2_000))!.position).toBe(row.position);
    });

    it('a full fold reads every event from the first and neither reads nor writes snapshots', async () => {
      await store.deleteSnapshots(FOLDER, STREAM, 2_000);
      const full = await new StateSnapshots(1_000).foldAt(
        store,
        STREAM,
        sum('v1'),
        {},
        { full: true },
      );
      expect(full).toMatchObject({ revision: 2_500, fromSnapshot: undefined, eventsRead: 2_500 });
      expect(full.state).toEqual(await naive(store));
      expect((await store.listSnapshots(FOLDER, STREAM)).map((s) => s.revision)).toEqual([1_000]);
    });

    it("another version of the fold never reads the first one's snapshots", async () => {
      const other = await new StateSnapshots(1_000).foldAt(store, STREAM, sum('v2'), {});
      expect(other).toMatchObject({ fromSnapshot: undefined, eventsRead: 2_500 });
      expect((await store.listSnapshots('sum@v2', STREAM)).map((s) => s.revision)).toEqual([
        1_000, 2_000,
      ]);
      expect((await store.listSnapshots(FOLDER, STREAM)).map((s) => s.revision)).toEqual([
        1_000, 2_000,
      ]);
    });
  });
}
