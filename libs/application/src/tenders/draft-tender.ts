import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import {
  ratingAt,
  refuse,
  tenderDecider,
  tenderStream,
  type Id,
  type ProcurementMethod,
  type TenderTerms,
} from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { budgetLineState, supplierState } from '../facts';

export type DraftTenderInput = TenderTerms & {
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly budgetLineId: Id;
  readonly method: ProcurementMethod;
  /** Only for direct_commission; the supplier's rating is read from its stream, never taken from the client. */
  readonly directCommission?: { readonly supplierId: Id; readonly justification: string } | null;
};

export class DraftTenderCommand extends Command<CommandResult> {
  constructor(
    readonly input: DraftTenderInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DraftTenderCommand)
export class DraftTenderHandler implements ICommandHandler<DraftTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: DraftTenderCommand): Promise<CommandResult> {
    context.authorize({ agencyId: input.agencyId });
    const { store } = this.runtime;
    const at = this.runtime.now();
    // The budget line is another aggregate; the tender decider trusts that it exists, so check it here.
    const line = (await budgetLineState(store, input.budgetLineId)).state;
    if (line.status !== 'open')
      refuse('BUDGET_LINE_NOT_OPEN', 'The tender names a budget line that is not open');
    if (line.opened.agencyId !== input.agencyId) {
      refuse(
        'TENDER_BUDGET_LINE_OTHER_AGENCY',
        "A tender is paid from its own agency's budget line",
      );
    }
    if (line.allocated.currency !== input.estimatedValue.currency) {
      refuse(
        'CURRENCY_MISMATCH',
        `The budget line is in ${line.allocated.currency}, the estimate in ${input.estimatedValue.currency}`,
      );
    }
    const dc = input.directCommission;
    const directCommission =
      dc == null
        ? dc
        : {
            ...dc,
            supplierRating: ratingAt((await supplierState(store, dc.supplierId)).state, at),
          };
    const command = {
      type: 'DraftTender' as const,
      data: { ...input, directCommission, at, policy: this.runtime.policy },
    };
    return decideOn(
      store,
      tenderStream(input.tenderId),
      tenderDecider,
      command,
      context,
      input.tenderId,
    );
  }
}
