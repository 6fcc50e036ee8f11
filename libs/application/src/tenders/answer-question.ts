import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant, TenderTerms } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTenderAndBudget } from './tender-reservation';

export interface AnswerQuestionInput {
  readonly tenderId: Id;
  readonly questionId: Id;
  readonly answer: string;
  /** An answer that changes the conditions amends the tender. */
  readonly changes?: Partial<TenderTerms>;
  readonly deadline?: Instant;
}

/** The buying agency answers a question publicly; the calling officer is recorded. */
export class AnswerQuestionCommand extends LedgerCommand<AnswerQuestionInput> {}

/** An answer that amends the estimate resizes the reservation in the same append, as AmendTender does. */
@CommandHandler(AnswerQuestionCommand)
export class AnswerQuestionHandler implements ICommandHandler<AnswerQuestionCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AnswerQuestionCommand): Promise<CommandResult> {
    const data = {
      ...input,
      answeredBy: context.metadata.actor,
      at: this.runtime.now(),
      policy: this.runtime.policy,
    };
    return decideOnTenderAndBudget(this.runtime, context, input.tenderId, {
      type: 'AnswerQuestion',
      data,
    });
  }
}
