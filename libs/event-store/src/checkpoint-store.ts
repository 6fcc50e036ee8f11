/**
 * Signed checkpoints of the transparency log (docs/transparency-log.md), kept by the adapter that
 * keeps the tree. A checkpoint is written once per tree size and never changed; witness
 * cosignatures are kept beside it.
 */
export interface StoredCheckpoint {
  readonly size: number;
  /** The signed note exactly as served: checkpoint text, blank line, the log's signature line(s). */
  readonly note: string;
  /** The verifier key (`name+id+base64`) of the log key that signed it. */
  readonly key: string;
  /** When it was signed (ISO 8601 UTC), from the signer's clock. */
  readonly createdAt: string;
}

export interface CheckpointStore {
  /** Stores the checkpoint unless one of the same size exists; returns the one stored at that size. */
  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<StoredCheckpoint>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  checkpointAt(size: number): Promise<StoredCheckpoint | undefined>;
  /** Ascending by size, from `fromSize` (default 0), at most `limit` (default 100). */
  listCheckpoints(options?: {
    readonly fromSize?: number;
    readonly limit?: number;
  }): Promise<readonly StoredCheckpoint[]>;
  /**
   * Appends a witness cosignature line (C2SP tlog-cosignature) to the stored note of that size,
   * unless the note already holds it; the checkpoint text and the log's signature never change.
   * False when no checkpoint of that size is stored.
   */
  addCosignature(size: number, line: string): Promise<boolean>;
  /** Every key that signed a stored checkpoint, with its first and last checkpoint, by first size. */
  checkpointKeys(): Promise<readonly CheckpointKeyUse[]>;
}

export interface CheckpointKeyUse {
  readonly key: string;
  readonly firstSize: number;
  readonly lastSize: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

/**
 * Keys only ever replace one another (rotation: a new key signs from some size on, the old one
 * never again), so each key's checkpoints are one run of sizes. Two keys whose runs interleave
 * mean a checkpoint re-signed under a key that is not the log's at that size (a forged key in the
 * rows), or a rotation back to a retired key, which the key windows of GET /log/keys cannot
 * express. Returns the first such pair, by size.
 */
export function interleavedKeys(
  uses: readonly CheckpointKeyUse[],
): { readonly key: string; readonly other: string; readonly size: number } | undefined {
  const byFirst = [...uses].sort((a, b) => a.firstSize - b.firstSize);
  for (let i = 1; i < byFirst.length; i++) {
    const before = byFirst[i - 1]!;
    const after = byFirst[i]!;
    if (before.lastSize >= after.firstSize)
      return { key: before.key, other: after.key, size: after.firstSize };
  }
  return undefined;
}

export function isCheckpointStore(store: object): store is CheckpointStore {
  return typeof (store as Partial<CheckpointStore>).saveCheckpoint === 'function';
}
