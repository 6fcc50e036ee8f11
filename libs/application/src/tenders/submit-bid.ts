import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Money } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { supplierFactsAt } from '../facts';
import { decideOnTender } from '../guards';

export interface SubmitBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
  readonly price: Money;
  readonly proposalDigest: string;
}

export class SubmitBidCommand extends LedgerCommand<SubmitBidInput> {}

@CommandHandler(SubmitBidCommand)
export class SubmitBidHandler implements ICommandHandler<SubmitBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: SubmitBidCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    // Registered, debarred, kind and rating as they stand now, from the supplier's own stream.
    const { facts } = await supplierFactsAt(this.runtime.store, input.supplierId, at);
    const command = { type: 'SubmitBid' as const, data: { ...input, supplier: facts, at } };
    const scope = () => ({ supplierId: input.supplierId });
    return decideOnTender(this.runtime, context, input.tenderId, command, input.bidId, scope);
  }
}
