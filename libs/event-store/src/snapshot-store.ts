import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';

/** Where a stored snapshot ends: the event at `revision`, as it was when the snapshot was taken. */
export interface SnapshotRef {
  readonly revision: number;
  readonly position: number;
  /** Chain hash of the event at `revision`. */
  readonly hash: string;
  readonly recordedAt: string;
}

/** A snapshot as an adapter stores it: the folded state serialised, and a digest over all of it. */
export interface StoredStateSnapshot extends SnapshotRef {
  readonly state: Uint8Array;
  /** snapshotDigest() of the row: a row whose bytes changed without it is not used. */
  readonly digest: string;
}

/**
 * Snapshots of folded state kept beside the log, in the adapter's own database (a table next to
 * the events), so that they outlive the process. A cache: StateSnapshots verifies each against
 * the log before using it and drops it when it does not match. `folder` names the fold and its
 * version (`contract@<fingerprint>`): a snapshot of another version of the code is never read.
 */
export interface SnapshotStore {
  /** The snapshots kept for `stream` under `folder`, ascending by revision, without their state. */
  listSnapshots(folder: string, stream: string): Promise<readonly SnapshotRef[]>;
  readSnapshot(
    folder: string,
    stream: string,
    revision: number,
  ): Promise<StoredStateSnapshot | undefined>;
  /** Stores the snapshot, replacing one at the same revision. */
  saveSnapshot(folder: string, stream: string, snapshot: StoredStateSnapshot): Promise<void>;
  /** Removes the snapshots of `stream` under `folder` from `fromRevision` on. */
  deleteSnapshots(folder: string, stream: string, fromRevision: number): Promise<void>;
}

export function isSnapshotStore(store: object): store is SnapshotStore {
  return typeof (store as Partial<SnapshotStore>).saveSnapshot === 'function';
}

/**
 * SHA-256 over every field of a stored snapshot and where it belongs. It catches a row damaged or
 * edited without recomputing it (a changed state, a row copied to another stream or revision);
 * it is not a signature, so someone able to write the table and recompute it is caught only by
 * the check against the log when they also change the position or hash, which is why audit
 * answers (`verify=full`) never read snapshots.
 */
export function snapshotDigest(
  folder: string,
  stream: string,
  ref: SnapshotRef,
  state: Uint8Array,
): string {
  return createHash('sha256')
    .update(JSON.stringify([folder, stream, ref.revision, ref.position, ref.hash, ref.recordedAt]))
    .update(state)
    .digest('hex');
}

/**
 * The row to store for a folded state; undefined when the state cannot be serialised (v8's
 * structured clone: plain data, Map, Set, Date; not functions), in which case it stays in memory.
 */
export function encodeSnapshot(
  folder: string,
  stream: string,
  ref: SnapshotRef,
  state: unknown,
): StoredStateSnapshot | undefined {
  let bytes: Uint8Array;
  try {
    bytes = serialize(state);
  } catch {
    return undefined;
  }
  return {
    revision: ref.revision,
    position: ref.position,
    hash: ref.hash,
    recordedAt: ref.recordedAt,
    state: bytes,
    digest: snapshotDigest(folder, stream, ref, bytes),
  };
}

/** The state of a stored row if its digest matches and it deserialises; undefined otherwise. */
export function decodeSnapshot(
  folder: string,
  stream: string,
  row: StoredStateSnapshot,
): { readonly state: unknown } | undefined {
  if (snapshotDigest(folder, stream, row, row.state) !== row.digest) return undefined;
  try {
    return { state: deserialize(row.state) as unknown };
  } catch {
    return undefined;
  }
}
