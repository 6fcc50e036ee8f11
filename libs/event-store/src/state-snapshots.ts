import {
  decodeSnapshot,
  encodeSnapshot,
  isSnapshotStore,
  type SnapshotRef,
  type SnapshotStore,
} from './snapshot-store';
import type { Folder } from './state-cache';
import type { EventStore, RecordedEvent } from './types';

/**
 * A stream folded up to `revision`, remembered with the chain hash and position of the event at
 * that revision, so that it can be checked against the log before it is used.
 */
export interface StateSnapshot<State> {
  readonly revision: number;
  readonly position: number;
  /** `hash` of the event at `revision` when the snapshot was taken. */
  readonly hash: string;
  readonly recordedAt: string;
  readonly state: State;
}

/** Where a past state ends: the last event at or before both bounds (either may be absent). */
export interface FoldBound {
  readonly atPosition?: number | undefined;
  /** Epoch milliseconds, compared with each event's `recordedAt`. */
  readonly asOfMs?: number | undefined;
}

export interface FoldedAt<State> {
  readonly state: State;
  /** Events of the stream folded (0: none within the bound). */
  readonly revision: number;
  /** The last event folded (undefined: none). */
  readonly last: Pick<RecordedEvent, 'position' | 'recordedAt'> | undefined;
  /** The stream's revision when the fold started. */
  readonly streamRevision: number;
  /** The snapshot the fold started from after it was verified; undefined: folded from the first event. */
  readonly fromSnapshot: Pick<StateSnapshot<State>, 'revision' | 'position'> | undefined;
  /** Events read from the log for this answer (the snapshot's check included). */
  readonly eventsRead: number;
}

/**
 * Revisions between two snapshots of one stream: an answer folds fewer events than this after
 * one. Folding is what the first answer after a restart spends most on past the decode (each
 * contract event copies the milestone list: ~30-75 us an event for 3,334 milestones), so 500, not
 * 1,000: half the worst case for twice the rows (~2 MB each for such a contract).
 */
export const DEFAULT_SNAPSHOT_EVERY = 500;
/** Streams whose snapshots are kept (least recently used dropped). */
export const DEFAULT_SNAPSHOT_STREAMS = 256;
const PAGE = 500;
/**
 * The first page after the start is this small, and each next one brings the total read to
 * twice what it was, up to PAGE in all (16, 16, 32, 64, 128, 244), then pages of PAGE: an answer
 * that ends a few events after its snapshot (the usual case once snapshots are dense) reads and
 * decodes those few rather than 500, and one that needs up to PAGE reads no more than before.
 */
const FIRST_PAGE = 16;

/**
 * Snapshots of folded state every `every` revisions, per folder and stream, so that the state of
 * a long stream at a past instant is its nearest earlier snapshot plus at most `every` events,
 * instead of every event from the first.
 *
 * A cache, never a source of truth. A snapshot is used only after **verification**: the event at
 * the snapshot's revision is read back from the log and must have the position and chain hash
 * recorded in the snapshot. Each event's hash covers its predecessor's, so an equal hash there
 * means the log still holds the very prefix the snapshot folded, as far as the chain itself is
 * intact; whether it is (every hash recomputed from the stored bytes) is what the store's
 * `verify` answers, and a snapshot never answers it. A snapshot that fails the check is dropped
 * with every later one of its stream and the answer is folded from the events. Missing
 * snapshots are taken again by the next fold that passes their revision. Audit answers that must
 * not rest on anything but the events fold with `full: true`, which neither reads nor writes
 * snapshots.
 *
 * Held in memory per process and, when the store is also a SnapshotStore (SQLite, PostgreSQL),
 * kept beside the log in the same database, so that the first answer after a restart (or on
 * another API instance) starts from a stored snapshot instead of the first event. A stored one
 * goes through the same check, and before it its digest (snapshotDigest) and deserialisation;
 * one that fails is deleted and taken again by the fold. Stored snapshots are keyed by the
 * folder's `name@version`: the version must change whenever the fold's code does (a snapshot of
 * an older evolve would pass the chain check and be wrong), see reconstruct.ts's fingerprint.
 * `evolve` must not mutate the state it is given (the deciders' evolve do not: StateCache relies
 * on the same), since a snapshot's state is shared by answers.
 */
export class StateSnapshots {
  // stream key -> snapshots by ascending revision; Map order = least recently used first.
  private readonly streams = new Map<string, StateSnapshot<unknown>[]>();

  constructor(
    readonly every = DEFAULT_SNAPSHOT_EVERY,
    private readonly maxStreams = DEFAULT_SNAPSHOT_STREAMS,
    /**
     * Told when writing or deleting a stored snapshot fails (a read-only database, a lost
     * connection): the rows are a cache, so the answer, folded from the events, still stands.
     */
    private readonly onCacheWriteError: (error: unknown) => void = () => undefined,
  ) {
    if (!Number.isSafeInteger(every) || every < 1) throw new Error('every must be >= 1');
  }

  /**
   * `stream` folded with `folder` up to the last event within `bound` (and at most the stream's
   * revision when the fold starts), from the newest verified snapshot within the bound.
   */
  async foldAt<State, Event>(
    store: EventStore,
    stream: string,
    folder: Folder<State, Event> & { readonly name: string; readonly version?: string },
    bound: FoldBound,
    options: { readonly full?: boolean } = {},
  ): Promise<FoldedAt<State>> {
    const key = `${folder.name}\u0000${stream}`;
    const durable = !options.full && isSnapshotStore(store) ? store : undefined;
    const durableFolder = `${folder.name}@${folder.version ?? '0'}`;
    const streamRevision = await store.streamRevision(stream);
    const within = (e: Pick<RecordedEvent, 'revision' | 'position' | 'recordedAt'>): boolean =>
      e.revision <= streamRevision &&
      (bound.atPosition === undefined || e.position <= bound.atPosition) &&
      (bound.asOfMs === undefined || Date.parse(e.recordedAt) <= bound.asOfMs);

    let state = folder.initialState();
    let revision = 0;
    let last: FoldedAt<State>['last'];
    let fromSnapshot: FoldedAt<State>['fromSnapshot'];
    let eventsRead = 0;
    // The stored ones are listed on every fold (a few rows by index): another process may have
    // taken a newer one, and a restarted process has none in memory.
    let stored: readonly SnapshotRef[] =
      durable !== undefined && streamRevision >= this.every
        ? await durable.listSnapshots(durableFolder, stream)
        : [];
    // The newest snapshot within the bound, in memory or stored, that passes its checks; each
    // one that fails is dropped with every later one of its stream and the next older is tried.
    while (!options.full) {
      let snapshot = this.newestWithin(key, within);
      const candidate = stored.findLast(within);
      if (candidate !== undefined && candidate.revision > (snapshot?.revision ?? 0)) {
        snapshot = await this.load(durable!, durableFolder, stream, candidate);
        if (snapshot === undefined) {
          stored = stored.filter((s) => s.revision < candidate.revision);
          continue;
        }
      }
      if (snapshot === undefined) break;
      const [at] = await store.readStream(stream, { fromRevision: snapshot.revision, limit: 1 });
      eventsRead++;
      if (at !== undefined && at.hash === snapshot.hash && at.position === snapshot.position) {
        state = snapshot.state as State;
        revision = snapshot.revision;
        last = { position: snapshot.position, recordedAt: snapshot.recordedAt };
        fromSnapshot = { revision: snapshot.revision, position: snapshot.position };
        // Verified: kept in memory so that the next answer need not load it again.
        this.remember(key, snapshot);
        break;
      }
      const from = snapshot.revision;
      this.dropFrom(key, from);
      stored = stored.filter((s) => s.revision < from);
      if (durable !== undefined)
        await this.cacheWrite(() => durable.deleteSnapshots(durableFolder, stream, from));
    }

    // Positions and recordedAt grow along a stream (one writer, commit order): the fold ends at
    // the first event past the bound, so a page at a time is read, not the whole stream.
    let done = false;
    let read = 0;
    while (!done && revision < streamRevision) {
      const size = read < PAGE ? Math.min(Math.max(FIRST_PAGE, read), PAGE - read) : PAGE;
      const page = await store.readStream(stream, {
        fromRevision: revision + 1,
        limit: Math.min(size, streamRevision - revision),
      });
      read += page.length;
      eventsRead += page.length;
      if (page.length === 0) break;
      for (const e of page) {
        if (!within(e)) {
          done = true;
          break;
        }
        state = folder.evolve(state, e as unknown as Event);
        revision = e.revision;
        last = e;
        if (!options.full && revision % this.every === 0) {
          const taken = {
            revision,
            position: e.position,
            hash: e.hash,
            recordedAt: e.recordedAt,
            state,
          };
          this.remember(key, taken);
          if (
            durable !== undefined &&
            !stored.some((s) => s.revision === revision && s.hash === e.hash)
          ) {
            const row = encodeSnapshot(durableFolder, stream, taken, state);
            if (row !== undefined)
              await this.cacheWrite(() => durable.saveSnapshot(durableFolder, stream, row));
          }
        }
      }
    }
    return { state, revision, last, streamRevision, fromSnapshot, eventsRead };
  }

  private async cacheWrite(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.onCacheWriteError(error);
    }
  }

  /** Snapshots held for `stream` under `folderName`: for tests and diagnostics. */
  held(folderName: string, stream: string): readonly StateSnapshot<unknown>[] {
    return this.streams.get(`${folderName}\u0000${stream}`) ?? [];
  }

  private newestWithin(
    key: string,
    within: (s: StateSnapshot<unknown>) => boolean,
  ): StateSnapshot<unknown> | undefined {
    const list = this.streams.get(key);
    if (list === undefined) return undefined;
    this.streams.delete(key);
    this.streams.set(key, list);
    return list.findLast(within);
  }

  /** A stored snapshot's state, or undefined (and the row removed) when its digest or bytes fail. */
  private async load(
    durable: SnapshotStore,
    folder: string,
    stream: string,
    ref: SnapshotRef,
  ): Promise<StateSnapshot<unknown> | undefined> {
    const row = await durable.readSnapshot(folder, stream, ref.revision);
    const decoded = row === undefined ? undefined : decodeSnapshot(folder, stream, row);
    if (row === undefined || decoded === undefined) {
      await this.cacheWrite(() => durable.deleteSnapshots(folder, stream, ref.revision));
      return undefined;
    }
    return {
      revision: row.revision,
      position: row.position,
      hash: row.hash,
      recordedAt: row.recordedAt,
      state: decoded.state,
    };
  }

  private remember(key: string, snapshot: StateSnapshot<unknown>): void {
    let list = this.streams.get(key);
    if (list === undefined) {
      if (this.streams.size >= this.maxStreams)
        this.streams.delete(this.streams.keys().next().value as string);
      this.streams.set(key, (list = []));
    }
    const i = list.findIndex((s) => s.revision >= snapshot.revision);
    if (i === -1) list.push(snapshot);
    else if (list[i]!.revision === snapshot.revision) list[i] = snapshot;
    else list.splice(i, 0, snapshot);
  }

  private dropFrom(key: string, revision: number): void {
    const list = this.streams.get(key);
    if (list === undefined) return;
    const kept = list.filter((s) => s.revision < revision);
    if (kept.length === 0) this.streams.delete(key);
    else this.streams.set(key, kept);
  }
}
