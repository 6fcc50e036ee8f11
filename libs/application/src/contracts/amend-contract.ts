import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  contractStream,
  refuse,
  type AmendmentRationale,
  type Id,
  type MilestoneTerms,
  type Money,
  type SignedContract,
} from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { budgetLineState } from '../facts';
import { appendAcross, contractGuarded, readContract, toNewEvents } from './contract-streams';

export interface AmendContractInput {
  readonly contractId: Id;
  readonly amendmentId: Id;
  readonly rationale: AmendmentRationale;
  readonly justification: string;
  readonly newValue: Money;
  readonly milestones: readonly MilestoneTerms[];
  readonly supervisorApprovalId: Id | null;
}

/** The buying agency amends value and schedule; a raise is committed on the budget line in the same append. */
export class AmendContractCommand {
  constructor(
    readonly input: AmendContractInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(AmendContractCommand)
export class AmendContractHandler implements ICommandHandler<AmendContractCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AmendContractCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    return appendAcross(
      store,
      context,
      contractStream(input.contractId),
      input.contractId,
      async () => {
        const contract = await readContract(store, input.contractId);
        const amended = contractGuarded(context.authorize).decide(
          {
            type: 'AmendContract',
            data: {
              contractId: input.contractId,
              amendmentId: input.amendmentId,
              amendedBy: context.metadata.actor,
              at,
              rationale: input.rationale,
              justification: input.justification,
              newValue: input.newValue,
              milestones: input.milestones,
              supervisorApprovalId: input.supervisorApprovalId,
              policy,
            },
          },
          contract.state,
        );
        const primary = {
          stream: contractStream(input.contractId),
          revision: contract.revision,
          position: contract.position,
          events: toNewEvents(amended, context.metadata),
        };
        if (amended.length === 0) return { primary, others: [] };

        const signed = contract.state as SignedContract;
        const budget = await budgetLineState(store, signed.budgetLineId);
        if (budget.state.status !== 'open')
          refuse('BUDGET_LINE_NOT_FOUND', `Budget line ${signed.budgetLineId} is not open`);
        const committed = budget.state.commitments[input.contractId]?.committed.amountMinor ?? 0;
        // Only a raise above what the line already holds for the contract commits more; a lowered
        // value keeps its commitment until the contract ends (ReleaseCommitment on termination).
        const raise =
          input.newValue.amountMinor > committed
            ? budgetLineDecider.decide(
                {
                  type: 'CommitFunds',
                  data: {
                    budgetLineId: signed.budgetLineId,
                    contractId: input.contractId,
                    contractTotal: input.newValue,
                    at,
                  },
                },
                budget.state,
              )
            : [];
        return {
          primary,
          others: [
            {
              stream: budgetStream(signed.budgetLineId),
              revision: budget.revision,
              events: toNewEvents(raise, context.metadata),
            },
          ],
        };
      },
    );
  }
}
