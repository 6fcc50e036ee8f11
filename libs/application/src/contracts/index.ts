// The contract use cases (one file each: command or query class and its handler) and the list the module registers.
import { AmendContractHandler } from './amend-contract';
import { ApproveAmendmentHandler } from './approve-amendment';
import { AssignContractEvaluatorHandler } from './assign-contract-evaluator';
import { CompleteContractHandler } from './complete-contract';
import { DisburseFundsHandler } from './disburse-funds';
import { EvaluateMilestoneHandler } from './evaluate-milestone';
import { GetContractHandler } from './get-contract';
import { ReportDeliveryHandler } from './report-delivery';
import { ResumeContractHandler } from './resume-contract';
import { SignContractHandler } from './sign-contract';
import { SuspendContractHandler } from './suspend-contract';
import { TerminateContractHandler } from './terminate-contract';

export * from './amend-contract';
export * from './approve-amendment';
export * from './assign-contract-evaluator';
export * from './complete-contract';
export * from './disburse-funds';
export * from './evaluate-milestone';
export * from './get-contract';
export * from './report-delivery';
export * from './resume-contract';
export * from './sign-contract';
export * from './suspend-contract';
export * from './terminate-contract';
export { contractFacts } from './contract-streams';
export { SYSTEM_ACTOR } from './supplier-failures';

export const CONTRACT_HANDLERS = [
  SignContractHandler,
  AssignContractEvaluatorHandler,
  ApproveAmendmentHandler,
  AmendContractHandler,
  ReportDeliveryHandler,
  EvaluateMilestoneHandler,
  DisburseFundsHandler,
  SuspendContractHandler,
  ResumeContractHandler,
  TerminateContractHandler,
  CompleteContractHandler,
  GetContractHandler,
] as const;
