export { createReadStore, ReadStore, type ReadStoreConfig, type ProjectionStatus, type AnyKysely } from './read-store';
export { startProjections, applyBatch, prepareProjection, type BatchResult, type ProjectionEventSource, type RunnerOptions, type ProjectionsHandle, type ProjectionLag, type BatchReport, type RunnerState } from './runner';
export { ProjectionTimeoutError, UnknownProjectionError } from './errors';
export { physicalName } from './codec';
export type { LeaderElection } from './leader';
export { queryTable, allRows, MAX_PAGE, InvalidQueryError, type Page, type PageRequest, type Filter, type FilterOp, type Sort } from './query';
