import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { decideOnContract } from './contract-streams';

/**
 * The buying agency closes a contract whose milestones are all evaluated. The budget commitment
 * stays: accepted work may still be paid after completion (prompt payment).
 */
export class CompleteContractCommand extends Command<CommandResult> {
  constructor(
    readonly input: { readonly contractId: Id },
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CompleteContractCommand)
export class CompleteContractHandler implements ICommandHandler<
  CompleteContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CompleteContractCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'CompleteContract',
        data: { ...input, completedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
