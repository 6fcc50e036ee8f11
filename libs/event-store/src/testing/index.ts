export {
  describeEventStoreContract,
  type ContractFactory,
  type ContractSubject,
  type TamperHooks,
} from './contract';
export {
  runCrashAppender,
  crashAndCollect,
  assertRecoveredAfterCrash,
  type CrashAck,
} from './crash';
export { memoryTamperHooks } from './memory-tamper';
export {
  describeMerkleTreeContract,
  treeOf,
  type MerkleContractFactory,
  type MerkleContractSubject,
} from './merkle-contract';
export { appendInOrder, type OrderedEvent } from './append-in-order';
export {
  describeSnapshotStoreContract,
  type SnapshotContractFactory,
  type SnapshotContractSubject,
} from './snapshot-contract';
export { describeStoreModeContract, type StoreModeFactory } from './store-mode-contract';
