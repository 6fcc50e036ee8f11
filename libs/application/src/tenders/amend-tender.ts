import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant, TenderTerms } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface AmendTenderInput {
  readonly tenderId: Id;
  readonly changes: Partial<TenderTerms>;
  readonly deadline?: Instant;
  readonly reason: string;
  /** The upheld complaint (remedy amend_conditions) this amendment answers. */
  readonly complaintId?: Id;
}

export class AmendTenderCommand extends LedgerCommand<AmendTenderInput> {}

/**
 * Amending a published tender's estimate resizes its reservation on the budget line in the same
 * atomic append, refused (BUDGET_INSUFFICIENT_FUNDS) when the line cannot hold the new estimate.
 */
@CommandHandler(AmendTenderCommand)
export class AmendTenderHandler implements ICommandHandler<AmendTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AmendTenderCommand): Promise<CommandResult> {
    const command = {
      type: 'AmendTender' as const,
      data: { ...input, at: this.runtime.now(), policy: this.runtime.policy },
    };
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, command);
  }
}
