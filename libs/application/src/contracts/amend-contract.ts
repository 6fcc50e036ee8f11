import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AmendmentRationale,
  type Id,
  type MilestoneTerms,
  type Money,
} from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract, moneyOnBudgetLine } from './contract-streams';

export interface AmendContractInput {
  readonly contractId: Id;
  readonly amendmentId: Id;
  readonly rationale: AmendmentRationale;
  readonly justification: string;
  readonly newValue: Money;
  readonly milestones: readonly MilestoneTerms[];
  readonly supervisorApprovalId: Id | null;
}

/**
 * The buying agency amends value and schedule; in the same append a raise is committed on the
 * budget line and a cut returns the difference to it.
 */
export class AmendContractCommand extends LedgerCommand<AmendContractInput> {}

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
      // A raise is committed on the line, a cut returns the difference (contractBudgetCommand).
      ({ events }, contract, read) => moneyOnBudgetLine(read, events, contract),
    );
  }
}
