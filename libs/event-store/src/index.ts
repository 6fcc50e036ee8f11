export * from './types';
export * from './errors';
export { canonicalJson, NEEDS_CARE } from './canonical-json';
export { assertContiguous, BUNDLE_PAGE, eventLinesBytes } from './bundle-events';
export {
  SANDBOX_METADATA_KEY,
  StoreModeMismatchError,
  settleStoreMode,
  type StoreMode,
} from './store-mode';
export { uuidv7, isUuid, eventIdKeys } from './uuid';
export {
  GENESIS_HASH,
  chainHash,
  hashedText,
  ChainVerifier,
  type ChainBreak,
  type HashedFields,
} from './hash-chain';
export {
  DEFAULT_MAX_EVENT_BYTES,
  prepareAppends,
  assertStreamName,
  type PreparedAppend,
  type PreparedEvent,
} from './prepare';
export {
  planBatch,
  satisfies,
  type WriterView,
  type BatchPlan,
  type PlannedOutcome,
  type PlannedResult,
} from './planner';
export { GroupCommitter, type Outcome } from './group-commit';
export { ChangeNotifier, createSubscription, type SubscriptionSource } from './subscription';
export {
  UpcasterRegistry,
  decodeRow,
  decodeFields,
  type Upcaster,
  type UpcastableEvent,
} from './upcasting';
export {
  MemoryEventStore,
  createMemoryEventStore,
  matchesFilter,
  toAppendResult,
  type EventStoreOptions,
} from './memory-event-store';
export {
  HASH_SIZE,
  TILE_HEIGHT,
  TILE_WIDTH,
  EMPTY_ROOT,
  sha256,
  leafHash,
  eventLeafHash,
  leafTileOf,
  nodeHash,
  treeRoot,
  inclusionProof,
  inclusionProofs,
  consistencyProof,
  verifyInclusion,
  verifyConsistency,
  tileEntries,
  tilePath,
  tileKey,
  tileReader,
  tilesNeeded,
  hashEntries,
  subtreeLocation,
  TreeEdge,
  type SubtreeReader,
  type TileRef,
  type TileWrite,
} from './merkle';
export {
  interleavedKeys,
  isCheckpointStore,
  type CheckpointStore,
  type CheckpointKeyUse,
  type StoredCheckpoint,
} from './checkpoint-store';
export {
  ALG_ED25519,
  NoteError,
  isValidKeyName,
  keyId,
  parseVerifierKey,
  parseSignerKey,
  generateSignerKey,
  signNote,
  signatureLine,
  parseNote,
  openNote,
  checkpointText,
  parseCheckpoint,
  ALG_COSIGNATURE_V1,
  generateCosignerKey,
  parseCosignerKey,
  parseCosignatureVerifierKey,
  type Cosigner,
  type CosignatureVerifier,
  type NoteVerifier,
  type NoteSigner,
  type NoteSignature,
  type Checkpoint,
} from './note';
export {
  MerkleLog,
  assertTreeMatchesLog,
  isMerkleTileStore,
  isStoredRowReader,
  type MerkleTileStore,
  type StoredRowReader,
  type TreeHead,
} from './merkle-log';
export {
  openStoredCheckpoint,
  verifyLog,
  verifyTree,
  verifyTreeOf,
  type LogVerifyResult,
  type TreeBreak,
  type TreeVerifyResult,
} from './tree-verify';
export {
  runCommand,
  handleCommand,
  onStream,
  type CommandPlan,
  type ReadStream,
  type StreamEvents,
  type HandleCommandOptions,
  type HandleCommandResult,
} from './handle-command';
export {
  StateCache,
  DEFAULT_STATE_CACHE_ENTRIES,
  type Folder,
  type FoldedStream,
} from './state-cache';
export { StreamLocks, type ReleaseStreams } from './stream-locks';
export {
  StateSnapshots,
  DEFAULT_SNAPSHOT_EVERY,
  DEFAULT_SNAPSHOT_STREAMS,
  type StateSnapshot,
  type FoldBound,
  type FoldedAt,
} from './state-snapshots';
export {
  isSnapshotStore,
  snapshotDigest,
  encodeSnapshot,
  decodeSnapshot,
  type SnapshotStore,
  type SnapshotRef,
  type StoredStateSnapshot,
} from './snapshot-store';
export { moduleWorker } from './module-worker';
