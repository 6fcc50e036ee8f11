import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contractStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { contractGuarded } from './contract-streams';

/** The buying agency lets a suspended contract continue. */
export class ResumeContractCommand {
  constructor(
    readonly input: { readonly contractId: Id },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ResumeContractCommand)
export class ResumeContractHandler implements ICommandHandler<
  ResumeContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ResumeContractCommand): Promise<CommandResult> {
    const command = {
      type: 'ResumeContract' as const,
      data: { ...input, resumedBy: context.metadata.actor, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      contractStream(input.contractId),
      contractGuarded(context.authorize),
      command,
      context,
      input.contractId,
    );
  }
}
