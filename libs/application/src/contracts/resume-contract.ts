import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract } from './contract-streams';

/** The buying agency lets a suspended contract continue. */
export class ResumeContractCommand extends LedgerCommand<{ readonly contractId: Id }> {}

@CommandHandler(ResumeContractCommand)
export class ResumeContractHandler implements ICommandHandler<
  ResumeContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ResumeContractCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'ResumeContract',
        data: { ...input, resumedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
