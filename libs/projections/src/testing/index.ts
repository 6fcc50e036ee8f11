export { MemoryProjectionTx } from './memory-projection-tx';
export { recorded, type EventInput } from './events';
export { project, ProjectedRows } from './projection-spec';
export { LedgerWorld, id, cny } from './ledger-world';
export {
  Procurement,
  smallProgramme,
  schedule,
  milestoneId,
  bidIdOf,
  OFFICER,
  EVALUATOR,
  FINANCE,
  type BidPlan,
  type TenderPlan,
  type ContractPlan,
} from './procurement';
