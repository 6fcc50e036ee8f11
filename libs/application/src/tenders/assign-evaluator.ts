import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { buyerFactsOf, tenderState } from '../facts';
import { decideOnTender } from '../guards';

export interface AssignEvaluatorInput {
  readonly tenderId: Id;
  /** The evaluator's actor id (its token `sub`): the scope rule `assigned` compares the two. */
  readonly evaluatorId: Id;
}

export class AssignEvaluatorCommand extends LedgerCommand<AssignEvaluatorInput> {}

@CommandHandler(AssignEvaluatorCommand)
export class AssignEvaluatorHandler implements ICommandHandler<AssignEvaluatorCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: AssignEvaluatorCommand): Promise<CommandResult> {
    const { state } = await tenderState(this.runtime.store, input.tenderId);
    // An unknown tender is refused by the guarded decider below; it has no staff to know.
    const buyer =
      state.status === 'none' ? { staffIds: [] } : await buyerFactsOf(this.runtime.store, state);
    const command = {
      type: 'AssignEvaluator' as const,
      data: { ...input, assignedBy: context.metadata.actor, buyer, at: this.runtime.now() },
    };
    return decideOnTender(this.runtime, context, input.tenderId, command, input.evaluatorId);
  }
}
