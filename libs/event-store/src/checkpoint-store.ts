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

export function isCheckpointStore(store: object): store is CheckpointStore {
  return typeof (store as Partial<CheckpointStore>).saveCheckpoint === 'function';
}
