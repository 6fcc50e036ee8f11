import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTender } from '../guards';

export interface DisqualifyBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly reason: string;
}

export class DisqualifyBidCommand extends LedgerCommand<DisqualifyBidInput> {}

@CommandHandler(DisqualifyBidCommand)
export class DisqualifyBidHandler implements ICommandHandler<DisqualifyBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DisqualifyBidCommand): Promise<CommandResult> {
    const command = { type: 'DisqualifyBid' as const, data: { ...input, at: this.runtime.now() } };
    return decideOnTender(this.runtime, context, input.tenderId, command, input.bidId);
  }
}
