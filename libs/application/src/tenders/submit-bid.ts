import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id, type Money } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierFactsAt } from '../facts';
import { tenderGuarded } from '../guards';

export interface SubmitBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly supplierId: Id;
  readonly price: Money;
  readonly proposalDigest: string;
}

export class SubmitBidCommand extends Command<CommandResult> {
  constructor(
    readonly input: SubmitBidInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitBidCommand)
export class SubmitBidHandler implements ICommandHandler<SubmitBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: SubmitBidCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    // Registered, debarred, kind and rating as they stand now, from the supplier's own stream.
    const { facts } = await supplierFactsAt(this.runtime.store, input.supplierId, at);
    const command = { type: 'SubmitBid' as const, data: { ...input, supplier: facts, at } };
    const decider = tenderGuarded(context.authorize, () => ({ supplierId: input.supplierId }));
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
