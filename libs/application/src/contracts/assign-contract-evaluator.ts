import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  refuse,
  tenderDecider,
  tenderStream,
  type ContractState,
  type Id,
} from '@contract-ledger/domain';
import type { ReadStream } from '@contract-ledger/event-store';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { conflictsWith, registeredConflictsOf } from '../facts';
import { contractPartiesStaff, decideOnContract } from './contract-streams';

export interface AssignContractEvaluatorInput {
  readonly contractId: Id;
  /** The evaluator's actor id (token `sub`): who may then evaluate this contract's milestones. */
  readonly evaluatorId: Id;
}

/** The buying agency names a third-party evaluator for the contract's deliveries. */
export class AssignContractEvaluatorCommand extends LedgerCommand<AssignContractEvaluatorInput> {}

@CommandHandler(AssignContractEvaluatorCommand)
export class AssignContractEvaluatorHandler implements ICommandHandler<
  AssignContractEvaluatorCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AssignContractEvaluatorCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    const command = async (contract: ContractState, read: ReadStream) => {
      if (contract.status === 'unsigned') refuse('CONTRACT_NOT_FOUND', 'No such contract');
      // An evaluator conflicted with the supplier is refused now (the supplier is public since
      // the award), not only when it evaluates: its register and its declarations on the tender.
      const tender = (await read(tenderStream(contract.tenderId), tenderDecider)).state;
      const registered = await registeredConflictsOf(read, input.evaluatorId);
      return {
        type: 'AssignContractEvaluator' as const,
        data: {
          ...input,
          assignedBy: context.metadata.actor,
          at,
          ...(await contractPartiesStaff(read, contract)),
          evaluatorConflictSupplierIds: conflictsWith(registered, tender, input.evaluatorId),
        },
      };
    };
    return decideOnContract(this.runtime, input.contractId, command, context);
  }
}
