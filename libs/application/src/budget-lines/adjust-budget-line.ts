import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { budgetStream, type Id, type Money } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { budgetGuarded } from '../guards';

export interface AdjustBudgetLineInput {
  readonly budgetLineId: Id;
  /** The new allocation, not a difference. */
  readonly amount: Money;
  readonly reason: string;
}

export class AdjustBudgetLineCommand extends LedgerCommand<AdjustBudgetLineInput> {}

@CommandHandler(AdjustBudgetLineCommand)
export class AdjustBudgetLineHandler implements ICommandHandler<AdjustBudgetLineCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AdjustBudgetLineCommand): Promise<CommandResult> {
    const command = {
      type: 'AdjustBudgetLine' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      budgetStream(input.budgetLineId),
      budgetGuarded(context.authorize),
      command,
      context,
      input.budgetLineId,
    );
  }
}
