import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface OpenBidsInput {
  readonly tenderId: Id;
}

export class OpenBidsCommand extends Command<CommandResult> {
  constructor(
    readonly input: OpenBidsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

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
