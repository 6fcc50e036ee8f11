import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { bidderFacts, decideOnTender } from '../guards';

export interface WithdrawBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
}

export class WithdrawBidCommand extends LedgerCommand<WithdrawBidInput> {}

@CommandHandler(WithdrawBidCommand)
export class WithdrawBidHandler implements ICommandHandler<WithdrawBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: WithdrawBidCommand): Promise<CommandResult> {
    const command = { type: 'WithdrawBid' as const, data: { ...input, at: this.runtime.now() } };
    const scope = bidderFacts(input.bidId, input.supplierId);
    return decideOnTender(this.runtime, context, input.tenderId, command, input.bidId, scope);
  }
}
