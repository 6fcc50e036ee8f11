import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  tenderStream,
  type BudgetLineState,
  type Id,
} from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOnTwo,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface CancelTenderInput {
  readonly tenderId: Id;
  readonly reason: string;
}

export class CancelTenderCommand extends Command<CommandResult> {
  constructor(
    readonly input: CancelTenderInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Cancelling frees the tender's reservation on its budget line in the same atomic append. */
@CommandHandler(CancelTenderCommand)
export class CancelTenderHandler implements ICommandHandler<CancelTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CancelTenderCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTwo(
      this.runtime.store,
      {
        stream: tenderStream(input.tenderId),
        decider: tenderGuarded(context.authorize),
        command: () => ({ type: 'CancelTender' as const, data: { ...input, at } }),
      },
      (decided, tender) =>
        decided.some((e) => e.type === 'TenderCancelled') && tender.status !== 'none'
          ? {
              stream: budgetStream(tender.budgetLineId),
              decider: budgetLineDecider,
              command: (line: BudgetLineState) =>
                line.status === 'open' && line.reservations[input.tenderId]?.status === 'active'
                  ? {
                      type: 'ReleaseReservation' as const,
                      data: {
                        budgetLineId: tender.budgetLineId,
                        tenderId: input.tenderId,
                        reason: `tender cancelled: ${input.reason}`,
                        at,
                      },
                    }
                  : null,
            }
          : null,
      context,
      input.tenderId,
    );
  }
}
