import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideAcross,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';
import { bidderStaffOf, registeredConflictsOf, supplierFactsAt, tenderState } from '../facts';
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
    const stream = tenderStream(input.tenderId);
    const decider = tenderGuarded(context);
    return decideAcross(store, context, input.tenderId, {
      stream,
      folder: decider,
      decide: async ({ state }, read) => {
        // Each panel member's register: a conflict it declared on another tender counts here as
        // one declared on this tender does. Read through the pipeline, so a conflict registered
        // meanwhile makes the award decide again.
        const panelConflicts: Record<Id, readonly Id[]> = {};
        for (const evaluatorId of state.status === 'none' ? [] : Object.keys(state.evaluators))
          panelConflicts[evaluatorId] = await registeredConflictsOf(read, evaluatorId);
        const command = {
          type: 'AwardTender' as const,
          data: { ...input, debarredSupplierIds, bidderStaff, panelConflicts, at, policy },
        };
        return [{ stream, events: decider.decide(command, state) }];
      },
    });
  }
}
