import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTender } from '../guards';

export interface DeclareConflictInput {
  readonly tenderId: Id;
  /** The acting evaluator itself: nobody declares a conflict for someone else. */
  readonly evaluatorId: Id;
  readonly supplierId: Id;
  readonly description: string;
}

export class DeclareConflictCommand extends LedgerCommand<DeclareConflictInput> {}

@CommandHandler(DeclareConflictCommand)
export class DeclareConflictHandler implements ICommandHandler<DeclareConflictCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DeclareConflictCommand): Promise<CommandResult> {
    const command = {
      type: 'DeclareConflict' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOnTender(this.runtime, context, input.tenderId, command, input.tenderId);
  }
}
