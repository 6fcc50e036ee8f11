import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface CancelTenderInput {
  readonly tenderId: Id;
  readonly reason: string;
}

export class CancelTenderCommand extends LedgerCommand<CancelTenderInput> {}

/** Cancelling frees the tender's reservation on its budget line in the same atomic append. */
@CommandHandler(CancelTenderCommand)
export class CancelTenderHandler implements ICommandHandler<CancelTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CancelTenderCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, {
      type: 'CancelTender',
      data: { ...input, at },
    });
  }
}
