export {
  createReadStore,
  ReadStore,
  type ReadStoreConfig,
  type ProjectionStatus,
  type AnyKysely,
  type Checkpoint,
} from './read-store';
export {
  startProjections,
  applyBatch,
  applyBatches,
  applyBatchesUntil,
  prepareProjection,
  checkAgainstLog,
  type BatchResult,
  type ProjectionEventSource,
  type RunnerOptions,
  type ProjectionsHandle,
  type ProjectionLag,
  type BatchReport,
  type RunnerState,
  type WakeUps,
} from './runner';
export { ProjectionTimeoutError, UnknownProjectionError, LogDivergedError } from './errors';
export { physicalName } from './codec';
// The relay (libs/runtime) stands for election the same way as the projection runners.
export { whileLeader, type LeaderElection } from './leader';
export {
  queryTable,
  allRows,
  MAX_PAGE,
  InvalidQueryError,
  type Page,
  type PageRequest,
  type Filter,
  type FilterOp,
  type Sort,
} from './query';
export * from './queries/audit.queries';
export * from './queries/blacklist.queries';
export * from './queries/budget-execution.queries';
export * from './queries/tender-board.queries';
export * from './queries/accountability.queries';
export * from './queries/red-flags.queries';
export * from './queries/ocds.queries';
