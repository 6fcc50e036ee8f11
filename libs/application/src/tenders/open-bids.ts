import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface OpenBidsInput {
  readonly tenderId: Id;
}

export class OpenBidsCommand extends LedgerCommand<OpenBidsInput> {}

/** Opening after the deadline; a tender that fails for want of valid bids frees its reservation in the same append. */
@CommandHandler(OpenBidsCommand)
export class OpenBidsHandler implements ICommandHandler<OpenBidsCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: OpenBidsCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, {
      type: 'OpenBids',
      data: { ...input, at, policy: this.runtime.policy },
    });
  }
}
