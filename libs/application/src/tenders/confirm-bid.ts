import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierFactsAt } from '../facts';
import { bidderFacts, tenderGuarded } from '../guards';

export interface ConfirmBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
}

export class ConfirmBidCommand extends Command<CommandResult> {
  constructor(
    readonly input: ConfirmBidInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConfirmBidCommand)
export class ConfirmBidHandler implements ICommandHandler<ConfirmBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: ConfirmBidCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    // The amendment may have changed eligibility, and the supplier may have been debarred since it bid.
    const { facts } = await supplierFactsAt(this.runtime.store, input.supplierId, at);
    const command = { type: 'ConfirmBid' as const, data: { ...input, supplier: facts, at } };
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
