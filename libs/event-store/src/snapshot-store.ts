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

/** A snapshot as an adapter stores it: the folded state encoded (encodeState), and a digest over all of it. */
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
 * True when JSON carries `value` exactly: only null, booleans, strings, finite numbers (not -0),
 * arrays without holes or undefined, and plain objects without undefined values, to any depth.
 * A Map, Set, Date, class instance, undefined or NaN would come back as something else.
 */
function jsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || !jsonExact(value[i])) return false;
        }
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      if (Object.getOwnPropertySymbols(value).length > 0) return false;
      for (const key in value) {
        if (!jsonExact((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** First byte of every v8.serialize output (its version tag); JSON text never starts with it. */
const V8_TAG = 0xff;

/**
 * The bytes of a folded state: UTF-8 JSON when JSON carries it exactly (the deciders' states are
 * plain data), else v8's structured clone (Map, Set, Date...). JSON because decoding it is what
 * the first answer after a restart waits for, and JSON.parse builds a 1,667-milestone contract
 * state in about a third of the CPU time v8.deserialize takes (docs/performance.md). Undefined
 * when neither can encode it (functions, cycles), in which case the state stays in memory.
 */
export function encodeState(state: unknown): Uint8Array | undefined {
  try {
    const json = JSON.stringify(state);
    if (json !== undefined && jsonExact(state)) return Buffer.from(json, 'utf8');
  } catch {
    // A cycle or a BigInt: v8 below may still take it.
  }
  try {
    return serialize(state);
  } catch {
    return undefined;
  }
}

/** The state encodeState wrote, either form (rows stored before JSON are v8). Throws on bad bytes. */
export function decodeState(bytes: Uint8Array): unknown {
  if (bytes[0] === V8_TAG) return deserialize(bytes);
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** The row to store for a folded state; undefined when the state cannot be encoded (encodeState). */
export function encodeSnapshot(
  folder: string,
  stream: string,
  ref: SnapshotRef,
  state: unknown,
): StoredStateSnapshot | undefined {
  const bytes = encodeState(state);
  if (bytes === undefined) return undefined;
  return {
    revision: ref.revision,
    position: ref.position,
    hash: ref.hash,
    recordedAt: ref.recordedAt,
    state: bytes,
    digest: snapshotDigest(folder, stream, ref, bytes),
  };
}

/** The state of a stored row if its digest matches and it decodes; undefined otherwise. */
export function decodeSnapshot(
  folder: string,
  stream: string,
  row: StoredStateSnapshot,
): { readonly state: unknown } | undefined {
  if (snapshotDigest(folder, stream, row, row.state) !== row.digest) return undefined;
  try {
    return { state: decodeState(row.state) };
  } catch {
    return undefined;
  }
}
