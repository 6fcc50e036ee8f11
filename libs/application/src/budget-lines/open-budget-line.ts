import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { budgetLineDecider, budgetStream, type Id, type Money } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';

export interface OpenBudgetLineInput {
  readonly budgetLineId: Id;
  readonly agencyId: Id;
  readonly fiscalYear: number;
  readonly category: string;
  readonly amount: Money;
}

export class OpenBudgetLineCommand extends LedgerCommand<OpenBudgetLineInput> {}

@CommandHandler(OpenBudgetLineCommand)
export class OpenBudgetLineHandler implements ICommandHandler<OpenBudgetLineCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: OpenBudgetLineCommand): Promise<CommandResult> {
    // A finance officer opens lines only for its own agency: the line's agency is in the input.
    context.authorize({ agencyId: input.agencyId });
    const command = { type: 'OpenBudgetLine' as const, data: { ...input, at: this.runtime.now() } };
    return decideOn(
      this.runtime.store,
      budgetStream(input.budgetLineId),
      budgetLineDecider,
      command,
      context,
      input.budgetLineId,
    );
  }
}
