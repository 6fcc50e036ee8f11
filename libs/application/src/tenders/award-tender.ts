import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { bidderStaffOf, supplierFactsAt, tenderState } from '../facts';
import { tenderGuarded } from '../guards';

export interface AwardTenderInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  /** Required when the bid is not the best weighted score. */
  readonly rationale?: string | null;
}

export class AwardTenderCommand extends LedgerCommand<AwardTenderInput> {}

@CommandHandler(AwardTenderCommand)
export class AwardTenderHandler implements ICommandHandler<AwardTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: AwardTenderCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    // Debarment is judged now, not when the supplier bid: a debarred supplier is never awarded.
    const tender = (await tenderState(store, input.tenderId)).state;
    const bidders =
      tender.status === 'none'
        ? []
        : [...new Set(Object.values(tender.bids).map((b) => b.supplierId))];
    const debarredSupplierIds: Id[] = [];
    for (const supplierId of bidders) {
      if ((await supplierFactsAt(store, supplierId, at)).facts.debarred)
        debarredSupplierIds.push(supplierId);
    }
    const bidderStaff = await bidderStaffOf(store, input.tenderId, bidders);
    const command = {
      type: 'AwardTender' as const,
      data: { ...input, debarredSupplierIds, bidderStaff, at, policy },
    };
    return decideOn(
      store,
      tenderStream(input.tenderId),
      tenderGuarded(context.authorize),
      command,
      context,
      input.tenderId,
    );
  }
}
