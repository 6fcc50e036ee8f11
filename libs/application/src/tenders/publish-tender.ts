import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  tenderStream,
  type Id,
  type Instant,
} from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOnTwo,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface PublishTenderInput {
  readonly tenderId: Id;
  readonly deadline: Instant;
}

export class PublishTenderCommand extends Command<CommandResult> {
  constructor(
    readonly input: PublishTenderInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Publishing reserves the estimated value on the tender's budget line in the same atomic append:
 * a notice the budget cannot pay for is never public, and two tenders cannot both count on the
 * same money.
 */
@CommandHandler(PublishTenderCommand)
export class PublishTenderHandler implements ICommandHandler<PublishTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PublishTenderCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTwo(
      this.runtime.store,
      {
        stream: tenderStream(input.tenderId),
        decider: tenderGuarded(context.authorize),
        command: () => ({
          type: 'PublishTender' as const,
          data: { ...input, at, policy: this.runtime.policy },
        }),
      },
      (decided, tender) =>
        decided.some((e) => e.type === 'TenderPublished') && tender.status !== 'none'
          ? {
              stream: budgetStream(tender.budgetLineId),
              decider: budgetLineDecider,
              command: () => ({
                type: 'ReserveFunds' as const,
                data: {
                  budgetLineId: tender.budgetLineId,
                  tenderId: input.tenderId,
                  amount: tender.terms.estimatedValue,
                  at,
                },
              }),
            }
          : null,
      context,
      input.tenderId,
    );
  }
}
