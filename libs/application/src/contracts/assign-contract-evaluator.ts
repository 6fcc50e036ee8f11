import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract } from './contract-streams';

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
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'AssignContractEvaluator',
        data: { ...input, assignedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
