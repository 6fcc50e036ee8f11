import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  fold,
  isDebarredAt,
  refuse,
  supplierStream,
  tenderStream,
  type BudgetLineEvent,
  type Id,
  type MilestoneTerms,
  type Money,
} from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { supplierState, tenderState } from '../facts';
import { appendAcross, readContract, toNewEvents } from './contract-streams';

export interface SignContractInput {
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly value: Money;
  readonly advanceCapPercent: number;
  readonly milestones: readonly MilestoneTerms[];
}

/** An agency officer signs the contract of an award; the value is committed on the tender's budget line. */
export class SignContractCommand {
  constructor(
    readonly input: SignContractInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(SignContractCommand)
export class SignContractHandler implements ICommandHandler<SignContractCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: SignContractCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    return appendAcross(
      store,
      context,
      contractStream(input.contractId),
      input.contractId,
      async () => {
        // The award's facts come from the tender stream itself, not from the client.
        const tender = await tenderState(store, input.tenderId);
        if (tender.state.status === 'none') refuse('TENDER_NOT_FOUND', 'No such tender');
        const record = tender.state;
        context.authorize({ agencyId: record.agencyId });
        const award = record.award;
        if (record.status !== 'awarded' || award === null) {
          refuse(
            'TENDER_NOT_AWARDED',
            `Tender ${input.tenderId} has no award to sign a contract for`,
            { status: record.status },
          );
        }

        const supplier = await supplierState(store, award.supplierId);
        const budgetHistory = await store.readStream(budgetStream(record.budgetLineId));
        const budgetRevision = budgetHistory[budgetHistory.length - 1]?.revision ?? 0;
        // One award, one contract: the budget line records which contract consumed the tender, and
        // its revision guards the check against a concurrent signing of the same award.
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

        const contract = await readContract(store, input.contractId);
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
        const budgetState = fold(
          budgetLineDecider,
          budgetHistory as unknown as readonly BudgetLineEvent[],
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
                budgetState,
              );
        return {
          primary: {
            stream: contractStream(input.contractId),
            revision: contract.revision,
            position: contract.position,
            events: toNewEvents(signed, context.metadata),
          },
          others: [
            {
              stream: budgetStream(record.budgetLineId),
              revision: budgetRevision,
              events: toNewEvents(committed, context.metadata),
            },
            // Vouch for "awarded" and "not debarred now": a debarment or cancellation meanwhile re-decides.
            { stream: supplierStream(award.supplierId), revision: supplier.revision, events: [] },
            { stream: tenderStream(record.tenderId), revision: tender.revision, events: [] },
          ],
        };
      },
    );
  }
}
