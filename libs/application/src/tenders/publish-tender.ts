import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface PublishTenderInput {
  readonly tenderId: Id;
  readonly deadline: Instant;
}

export class PublishTenderCommand extends LedgerCommand<PublishTenderInput> {}

/**
 * Publishing reserves the estimated value on the tender's budget line in the same atomic append:
 * a notice the budget cannot pay for is never public, and two tenders cannot both count on the
 * same money.
 */
@CommandHandler(PublishTenderCommand)
export class PublishTenderHandler implements ICommandHandler<PublishTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PublishTenderCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, {
      type: 'PublishTender',
      data: { ...input, at, policy: this.runtime.policy },
    });
  }
}
