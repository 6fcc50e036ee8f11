import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  awardToSign,
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  isDebarredAt,
  pendingComplaintIds,
  refuse,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type Id,
  type MilestoneTerms,
  type Money,
} from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideAcross,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';

export interface SignContractInput {
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly value: Money;
  readonly advanceCapPercent: number;
  readonly milestones: readonly MilestoneTerms[];
}

/** An agency officer signs the contract of an award; the value is committed on the tender's budget line. */
export class SignContractCommand extends LedgerCommand<SignContractInput> {}

@CommandHandler(SignContractCommand)
export class SignContractHandler implements ICommandHandler<SignContractCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: SignContractCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    const stream = contractStream(input.contractId);
    return decideAcross(store, context, input.contractId, {
      stream,
      folder: contractDecider,
      decide: async (contract, read) => {
        // The award's facts come from the tender stream itself, not from the client.
        const record = (await read(tenderStream(input.tenderId), tenderDecider)).state;
        if (record.status === 'none') refuse('TENDER_NOT_FOUND', 'No such tender');
        context.authorize({ agencyId: record.agencyId });
        const award = awardToSign(record);

        // Read (and so guarded: "awarded", "not debarred now") before deciding on them.
        const supplier = await read(supplierStream(award.supplierId), supplierDecider);
        // One award, one contract: the budget decider refuses TENDER_ALREADY_CONTRACTED, and the
        // line's revision guards the check against a concurrent signing of the same award.
        const budget = await read(budgetStream(award.budgetLineId), budgetLineDecider);

        const signed = contractDecider.decide(
          {
            type: 'SignContract',
            data: {
              contractId: input.contractId,
              signedBy: context.metadata.actor,
              at,
              value: input.value,
              advanceCapPercent: input.advanceCapPercent,
              milestones: input.milestones,
              ...award,
              supplierDebarred: isDebarredAt(supplier.state, at),
              standstillEndsAt: record.standstillEndsAt,
              pendingComplaintIds: pendingComplaintIds(record),
              policy,
            },
          },
          contract.state,
        );
        const committed =
          signed.length === 0
            ? []
            : budgetLineDecider.decide(
                {
                  type: 'CommitFunds',
                  data: {
                    budgetLineId: award.budgetLineId,
                    contractId: input.contractId,
                    contractTotal: input.value,
                    tenderId: award.tenderId,
                    at,
                  },
                },
                budget.state,
              );
        return [
          { stream, events: signed },
          { stream: budgetStream(award.budgetLineId), events: committed },
        ];
      },
    });
  }
}
