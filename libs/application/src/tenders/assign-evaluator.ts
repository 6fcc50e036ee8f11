import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
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

  execute({ input, context }: AssignEvaluatorCommand): Promise<CommandResult> {
    const command = {
      type: 'AssignEvaluator' as const,
      data: { ...input, at: this.runtime.now() },
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
