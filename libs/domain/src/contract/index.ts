export {
  contractDecider,
  contractStream,
  countSupplierFailures,
  debarmentProposalDue,
} from './contract';
export * from './events';
export type * from './commands';
export type { ContractState, MilestoneState, SignedContract, UnsignedContract } from './evolve';
