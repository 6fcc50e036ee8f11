import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  isDebarredAt,
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
  type CommandContext,
  type CommandResult,
} from '../command-runtime';

export interface SignContractInput {
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly value: Money;
  readonly advanceCapPercent: number;
  readonly milestones: readonly MilestoneTerms[];
}

/** An agency officer signs the contract of an award; the value is committed on the tender's budget line. */
export class SignContractCommand extends Command<CommandResult> {
  constructor(
    readonly input: SignContractInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

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
        const award = record.award;
        if (record.status !== 'awarded' || award === null) {
          refuse(
            'TENDER_NOT_AWARDED',
            `Tender ${input.tenderId} has no award to sign a contract for`,
            { status: record.status },
          );
        }

        // Read (and so guarded: "awarded", "not debarred now") before deciding on them.
        const supplier = await read(supplierStream(award.supplierId), supplierDecider);
        const budget = await read(budgetStream(record.budgetLineId), budgetLineDecider);
        // One award, one contract: the budget line records which contract consumed the tender, and
        // its revision guards the check against a concurrent signing of the same award. History
        // read after the guarded fold: anything newer makes the append conflict and re-decide.
        const budgetHistory = await store.readStream(budgetStream(record.budgetLineId));
        const other = budgetHistory.find(
          (e) =>
            e.type === 'FundsCommitted' &&
            (e.data as { tenderId?: unknown; contractId?: unknown }).tenderId === input.tenderId &&
            (e.data as { contractId?: unknown }).contractId !== input.contractId,
        );
        if (other) {
          refuse(
            'TENDER_ALREADY_CONTRACTED',
            `The award of tender ${input.tenderId} is already signed as another contract`,
            {
              contractId: (other.data as { contractId: string }).contractId,
            },
          );
        }

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
              tenderId: record.tenderId,
              agencyId: record.agencyId,
              supplierId: award.supplierId,
              budgetLineId: record.budgetLineId,
              awardedAmount: award.amount,
              supplierDebarred: isDebarredAt(supplier.state, at),
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
                    budgetLineId: record.budgetLineId,
                    contractId: input.contractId,
                    contractTotal: input.value,
                    tenderId: record.tenderId,
                    at,
                  },
                },
                budget.state,
              );
        return [
          { stream, events: signed },
          { stream: budgetStream(record.budgetLineId), events: committed },
        ];
      },
    });
  }
}
