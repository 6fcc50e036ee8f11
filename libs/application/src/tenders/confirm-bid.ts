import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { supplierFactsAt } from '../facts';
import { bidderFacts, decideOnTender } from '../guards';

export interface ConfirmBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
}

export class ConfirmBidCommand extends LedgerCommand<ConfirmBidInput> {}

@CommandHandler(ConfirmBidCommand)
export class ConfirmBidHandler implements ICommandHandler<ConfirmBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: ConfirmBidCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    // The amendment may have changed eligibility, and the supplier may have been debarred since it bid.
    const { facts } = await supplierFactsAt(this.runtime.store, input.supplierId, at);
    const command = { type: 'ConfirmBid' as const, data: { ...input, supplier: facts, at } };
    const scope = bidderFacts(input.bidId, input.supplierId);
    return decideOnTender(this.runtime, context, input.tenderId, command, input.bidId, scope);
  }
}
