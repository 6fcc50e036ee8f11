import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract, moneyOnBudgetLine } from './contract-streams';

/**
 * The buying agency closes a contract whose milestones are all evaluated. What it committed and no
 * longer needs returns to the budget line in the same append; what was paid and what accepted work
 * is still owed stays committed, so it can be paid after completion (prompt payment).
 */
export class CompleteContractCommand extends LedgerCommand<{ readonly contractId: Id }> {}

@CommandHandler(CompleteContractCommand)
export class CompleteContractHandler implements ICommandHandler<
  CompleteContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CompleteContractCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'CompleteContract',
        data: { ...input, completedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
      ({ events }, contract, read) => moneyOnBudgetLine(read, events, contract),
    );
  }
}
