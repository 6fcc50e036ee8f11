import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract } from './contract-streams';

/** The buying agency stops the work: no deliveries or advances until it resumes. */
export class SuspendContractCommand extends LedgerCommand<{
  readonly contractId: Id;
  readonly reason: string;
}> {}

@CommandHandler(SuspendContractCommand)
export class SuspendContractHandler implements ICommandHandler<
  SuspendContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: SuspendContractCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'SuspendContract',
        data: { ...input, suspendedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
