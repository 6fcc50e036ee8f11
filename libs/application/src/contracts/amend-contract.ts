import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AmendmentRationale,
  type Id,
  type MilestoneTerms,
  type Money,
  type SignedContract,
} from '@contract-ledger/domain';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { decideOnContract, onBudgetLine } from './contract-streams';

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
export class AmendContractCommand extends Command<CommandResult> {
  constructor(
    readonly input: AmendContractInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AmendContractCommand)
export class AmendContractHandler implements ICommandHandler<AmendContractCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AmendContractCommand): Promise<CommandResult> {
    const { policy } = this.runtime;
    const at = this.runtime.now();
    const command = {
      type: 'AmendContract' as const,
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
    };
    return decideOnContract(
      this.runtime,
      input.contractId,
      command,
      context,
      async (_, contract, read) => [
        await onBudgetLine(read, (contract as SignedContract).budgetLineId, (line) => {
          const committed = line.commitments[input.contractId]?.committed.amountMinor ?? 0;
          // Only a raise above what the line already holds for the contract commits more; a lowered
          // value keeps its commitment until the contract ends (ReleaseCommitment on termination).
          if (input.newValue.amountMinor <= committed) return null;
          return {
            type: 'CommitFunds',
            data: {
              budgetLineId: line.opened.budgetLineId,
              contractId: input.contractId,
              contractTotal: input.newValue,
              at,
            },
          };
        }),
      ],
    );
  }
}
