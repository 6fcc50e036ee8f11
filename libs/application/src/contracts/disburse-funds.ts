import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  contractStream,
  refuse,
  type DisbursementKind,
  type Id,
  type Money,
} from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { budgetLineState } from '../facts';
import { appendAcross, contractGuarded, readContract, toNewEvents } from './contract-streams';

export interface DisburseFundsInput {
  readonly contractId: Id;
  readonly disbursementId: Id;
  readonly kind: DisbursementKind;
  readonly milestoneId: Id | null;
  readonly amount: Money;
}

/** A finance officer pays a milestone's accepted share (or an advance); the cash leaves the budget line in the same append. */
export class DisburseFundsCommand {
  constructor(
    readonly input: DisburseFundsInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(DisburseFundsCommand)
export class DisburseFundsHandler implements ICommandHandler<DisburseFundsCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DisburseFundsCommand): Promise<CommandResult> {
    const { store } = this.runtime;
    const at = this.runtime.now();
    return appendAcross(
      store,
      context,
      contractStream(input.contractId),
      input.contractId,
      async () => {
        const contract = await readContract(store, input.contractId);
        const disbursed = contractGuarded(context.authorize).decide(
          { type: 'DisburseFunds', data: { ...input, disbursedBy: context.metadata.actor, at } },
          contract.state,
        );
        const primary = {
          stream: contractStream(input.contractId),
          revision: contract.revision,
          position: contract.position,
          events: toNewEvents(disbursed, context.metadata),
        };
        const event = disbursed[0];
        // Recovering an advance moves no cash: the budget line already recorded it when the advance was paid.
        if (event?.type !== 'FundsDisbursed' || event.data.cashPaid.amountMinor === 0)
          return { primary, others: [] };

        const budget = await budgetLineState(store, event.data.budgetLineId);
        if (budget.state.status !== 'open')
          refuse('BUDGET_LINE_NOT_FOUND', `Budget line ${event.data.budgetLineId} is not open`);
        const recorded = budgetLineDecider.decide(
          {
            type: 'RecordDisbursement',
            data: {
              budgetLineId: event.data.budgetLineId,
              contractId: input.contractId,
              disbursementId: input.disbursementId,
              amount: event.data.cashPaid,
              at,
            },
          },
          budget.state,
        );
        return {
          primary,
          others: [
            {
              stream: budgetStream(event.data.budgetLineId),
              revision: budget.revision,
              events: toNewEvents(recorded, context.metadata),
            },
          ],
        };
      },
    );
  }
}
