import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ComplaintDecision, ComplaintRemedy, Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface DecideComplaintInput {
  readonly tenderId: Id;
  readonly complaintId: Id;
  readonly decision: ComplaintDecision;
  readonly remedy?: ComplaintRemedy | null;
  readonly rationale: string;
}

/** The review body decides a complaint; the calling reviewer is recorded. */
export class DecideComplaintCommand extends LedgerCommand<DecideComplaintInput> {}

/** Upheld with cancel_tender cancels the tender: its reservation is freed in the same atomic append, as CancelTender does. */
@CommandHandler(DecideComplaintCommand)
export class DecideComplaintHandler implements ICommandHandler<DecideComplaintCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DecideComplaintCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    const data = { ...input, reviewerId: context.metadata.actor, at };
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, {
      type: 'DecideComplaint',
      data,
    });
  }
}
