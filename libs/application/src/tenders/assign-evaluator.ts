import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { buyerFactsOf, tenderState } from '../facts';
import { tenderGuarded } from '../guards';

export interface AssignEvaluatorInput {
  readonly tenderId: Id;
  /** The evaluator's actor id (its token `sub`): the scope rule `assigned` compares the two. */
  readonly evaluatorId: Id;
}

export class AssignEvaluatorCommand extends Command<CommandResult> {
  constructor(
    readonly input: AssignEvaluatorInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

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
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      tenderGuarded(context.authorize),
      command,
      context,
      input.evaluatorId,
    );
  }
}
