export { MemoryProjectionTx } from './memory-projection-tx';
export { recorded, type EventInput } from './events';
export { project, ProjectedRows } from './projection-spec';
