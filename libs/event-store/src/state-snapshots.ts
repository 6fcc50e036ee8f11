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

/** Revisions between two snapshots of one stream: an answer folds at most this many events. */
export const DEFAULT_SNAPSHOT_EVERY = 1_000;
/** Streams whose snapshots are kept (least recently used dropped). */
export const DEFAULT_SNAPSHOT_STREAMS = 256;
const PAGE = 500;

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
 * Held in memory, per process; `evolve` must not mutate the state it is given (the deciders'
 * evolve do not: StateCache relies on the same), since a snapshot's state is shared by answers.
 */
export class StateSnapshots {
  // stream key -> snapshots by ascending revision; Map order = least recently used first.
  private readonly streams = new Map<string, StateSnapshot<unknown>[]>();

  constructor(
    readonly every = DEFAULT_SNAPSHOT_EVERY,
    private readonly maxStreams = DEFAULT_SNAPSHOT_STREAMS,
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
    folder: Folder<State, Event> & { readonly name: string },
    bound: FoldBound,
    options: { readonly full?: boolean } = {},
  ): Promise<FoldedAt<State>> {
    const key = `${folder.name}\u0000${stream}`;
    const streamRevision = await store.streamRevision(stream);
    const within = (e: RecordedEvent): boolean =>
      e.revision <= streamRevision &&
      (bound.atPosition === undefined || e.position <= bound.atPosition) &&
      (bound.asOfMs === undefined || Date.parse(e.recordedAt) <= bound.asOfMs);

    let state = folder.initialState();
    let revision = 0;
    let last: FoldedAt<State>['last'];
    let fromSnapshot: FoldedAt<State>['fromSnapshot'];
    let eventsRead = 0;
    const snapshot = options.full ? undefined : this.newestWithin(key, bound, streamRevision);
    if (snapshot !== undefined) {
      const [at] = await store.readStream(stream, { fromRevision: snapshot.revision, limit: 1 });
      eventsRead++;
      if (at !== undefined && at.hash === snapshot.hash && at.position === snapshot.position) {
        state = snapshot.state as State;
        revision = snapshot.revision;
        last = { position: snapshot.position, recordedAt: snapshot.recordedAt };
        fromSnapshot = { revision: snapshot.revision, position: snapshot.position };
      } else {
        this.dropFrom(key, snapshot.revision);
      }
    }

    // Positions and recordedAt grow along a stream (one writer, commit order): the fold ends at
    // the first event past the bound, so a page at a time is read, not the whole stream.
    let done = false;
    while (!done && revision < streamRevision) {
      const page = await store.readStream(stream, {
        fromRevision: revision + 1,
        limit: Math.min(PAGE, streamRevision - revision),
      });
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
        if (!options.full && revision % this.every === 0)
          this.remember(key, {
            revision,
            position: e.position,
            hash: e.hash,
            recordedAt: e.recordedAt,
            state,
          });
      }
    }
    return { state, revision, last, streamRevision, fromSnapshot, eventsRead };
  }

  /** Snapshots held for `stream` under `folderName`: for tests and diagnostics. */
  held(folderName: string, stream: string): readonly StateSnapshot<unknown>[] {
    return this.streams.get(`${folderName}\u0000${stream}`) ?? [];
  }

  private newestWithin(
    key: string,
    bound: FoldBound,
    streamRevision: number,
  ): StateSnapshot<unknown> | undefined {
    const list = this.streams.get(key);
    if (list === undefined) return undefined;
    this.streams.delete(key);
    this.streams.set(key, list);
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      if (
        s.revision <= streamRevision &&
        (bound.atPosition === undefined || s.position <= bound.atPosition) &&
        (bound.asOfMs === undefined || Date.parse(s.recordedAt) <= bound.asOfMs)
      )
        return s;
    }
    return undefined;
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
