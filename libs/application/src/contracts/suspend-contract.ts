import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contractStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { contractGuarded } from './contract-streams';

/** The buying agency stops the work: no deliveries or advances until it resumes. */
export class SuspendContractCommand {
  constructor(
    readonly input: { readonly contractId: Id; readonly reason: string },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(SuspendContractCommand)
export class SuspendContractHandler implements ICommandHandler<
  SuspendContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: SuspendContractCommand): Promise<CommandResult> {
    const command = {
      type: 'SuspendContract' as const,
      data: { ...input, suspendedBy: context.metadata.actor, at: this.runtime.now() },
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
