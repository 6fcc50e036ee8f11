import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface AskQuestionInput {
  readonly tenderId: Id;
  readonly questionId: Id;
  readonly supplierId: Id;
  readonly question: string;
}

/** A supplier asks a clarification question about an open tender; its author stays anonymous in public. */
export class AskQuestionCommand extends LedgerCommand<AskQuestionInput> {}

@CommandHandler(AskQuestionCommand)
export class AskQuestionHandler implements ICommandHandler<AskQuestionCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AskQuestionCommand): Promise<CommandResult> {
    const command = {
      type: 'AskQuestion' as const,
      data: { ...input, at: this.runtime.now(), policy: this.runtime.policy },
    };
    // The asker is the calling supplier (own-supplier), whether or not it bids.
    const decider = tenderGuarded(context, () => ({ supplierId: input.supplierId }));
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      decider,
      command,
      context,
      input.questionId,
    );
  }
}
