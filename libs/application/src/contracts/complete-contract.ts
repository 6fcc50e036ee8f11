import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contractStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { contractGuarded } from './contract-streams';

/**
 * The buying agency closes a contract whose milestones are all evaluated. The budget commitment
 * stays: accepted work may still be paid after completion (prompt payment).
 */
export class CompleteContractCommand {
  constructor(
    readonly input: { readonly contractId: Id },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(CompleteContractCommand)
export class CompleteContractHandler implements ICommandHandler<
  CompleteContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CompleteContractCommand): Promise<CommandResult> {
    const command = {
      type: 'CompleteContract' as const,
      data: { ...input, completedBy: context.metadata.actor, at: this.runtime.now() },
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
