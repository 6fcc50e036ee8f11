import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ratingAt,
  tenderDecider,
  tenderStream,
  type Id,
  type ProcurementMethod,
  type TenderTerms,
} from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { budgetLineState, supplierState } from '../facts';

export type DraftTenderInput = TenderTerms & {
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly budgetLineId: Id;
  readonly method: ProcurementMethod;
  /** Only for direct_commission; the supplier's rating is read from its stream, never taken from the client. */
  readonly directCommission?: { readonly supplierId: Id; readonly justification: string } | null;
};

export class DraftTenderCommand extends LedgerCommand<DraftTenderInput> {}

@CommandHandler(DraftTenderCommand)
export class DraftTenderHandler implements ICommandHandler<DraftTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: DraftTenderCommand): Promise<CommandResult> {
    context.authorize({ agencyId: input.agencyId });
    const { store } = this.runtime;
    const at = this.runtime.now();
    // The budget line is another aggregate: its facts go into the command, the decider judges them.
    const line = (await budgetLineState(store, input.budgetLineId)).state;
    const budgetLine =
      line.status === 'open'
        ? { agencyId: line.opened.agencyId, currency: line.allocated.currency }
        : null;
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
      data: { ...input, directCommission, budgetLine, at, policy: this.runtime.policy },
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
