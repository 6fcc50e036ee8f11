import { signed } from './decide-checks';
import {
  assignEvaluator,
  disburseFunds,
  evaluateMilestone,
  reportDelivery,
} from './decide-delivery';
import {
  completeContract,
  resumeContract,
  suspendContract,
  terminateContract,
} from './decide-lifecycle';
import { amendContract, approveAmendment, signContract } from './decide-terms';
import type { ContractCommand } from './commands';
import type { ContractEvent } from './events';
import type { ContractState } from './evolve';

/** One function per command, grouped in the decide-*.ts files beside this one. */
export function decideContract(command: ContractCommand, state: ContractState): ContractEvent[] {
  if (command.type === 'SignContract') return signContract(command.data, state);
  const contract = signed(state, command.data.contractId);
  switch (command.type) {
    case 'AssignContractEvaluator':
      return assignEvaluator(command.data, contract);
    case 'ApproveAmendment':
      return approveAmendment(command.data, contract);
    case 'AmendContract':
      return amendContract(command.data, contract);
    case 'ReportDelivery':
      return reportDelivery(command.data, contract);
    case 'EvaluateMilestone':
      return evaluateMilestone(command.data, contract);
    case 'DisburseFunds':
      return disburseFunds(command.data, contract);
    case 'SuspendContract':
      return suspendContract(command.data, contract);
    case 'ResumeContract':
      return resumeContract(command.data, contract);
    case 'TerminateContract':
      return terminateContract(command.data, contract);
    case 'CompleteContract':
      return completeContract(command.data, contract);
  }
}
