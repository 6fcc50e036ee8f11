export {
  contractDecider,
  contractStream,
  countSupplierFailures,
  debarmentProposalDue,
} from './contract';
export * from './events';
export type * from './commands';
export type {
  ApprovalState,
  ContractState,
  MilestoneState,
  SignedContract,
  UnsignedContract,
} from './evolve';
