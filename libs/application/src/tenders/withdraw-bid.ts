import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { bidderFacts, tenderGuarded } from '../guards';

export interface WithdrawBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
}

export class WithdrawBidCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawBidInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawBidCommand)
export class WithdrawBidHandler implements ICommandHandler<WithdrawBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: WithdrawBidCommand): Promise<CommandResult> {
    const command = { type: 'WithdrawBid' as const, data: { ...input, at: this.runtime.now() } };
    const decider = tenderGuarded(context.authorize, bidderFacts(input.bidId, input.supplierId));
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      decider,
      command,
      context,
      input.bidId,
    );
  }
}
