import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface DeclareConflictInput {
  readonly tenderId: Id;
  /** The acting evaluator itself: nobody declares a conflict for someone else. */
  readonly evaluatorId: Id;
  readonly supplierId: Id;
  readonly description: string;
}

export class DeclareConflictCommand extends Command<CommandResult> {
  constructor(
    readonly input: DeclareConflictInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DeclareConflictCommand)
export class DeclareConflictHandler implements ICommandHandler<DeclareConflictCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DeclareConflictCommand): Promise<CommandResult> {
    const command = {
      type: 'DeclareConflict' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      tenderGuarded(context.authorize),
      command,
      context,
      input.tenderId,
    );
  }
}
