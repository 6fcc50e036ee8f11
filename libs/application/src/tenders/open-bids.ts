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

export interface OpenBidsInput {
  readonly tenderId: Id;
}

export class OpenBidsCommand extends Command<CommandResult> {
  constructor(
    readonly input: OpenBidsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Opening after the deadline; a tender that fails for want of valid bids frees its reservation in the same append. */
@CommandHandler(OpenBidsCommand)
export class OpenBidsHandler implements ICommandHandler<OpenBidsCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: OpenBidsCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    return decideOnTwo(
      this.runtime.store,
      {
        stream: tenderStream(input.tenderId),
        decider: tenderGuarded(context.authorize),
        command: () => ({
          type: 'OpenBids' as const,
          data: { ...input, at, policy: this.runtime.policy },
        }),
      },
      (decided, tender) =>
        decided.some((e) => e.type === 'TenderFailed') && tender.status !== 'none'
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
                        reason: 'tender failed: insufficient valid bids',
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
