import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DisbursementKind, Id, Money } from '@contract-ledger/domain';
import {
  CommandRuntime,
  type CommandContext,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';
import { recordingRefusal } from '../refusal-records';
import { decideOnContract, moneyOnBudgetLine, readContract } from './contract-streams';

export interface DisburseFundsInput {
  readonly contractId: Id;
  readonly disbursementId: Id;
  readonly kind: DisbursementKind;
  readonly milestoneId: Id | null;
  readonly amount: Money;
}

/** A finance officer pays a milestone's accepted share (or an advance); the cash leaves the budget line in the same append. */
export class DisburseFundsCommand extends LedgerCommand<DisburseFundsInput> {}

@CommandHandler(DisburseFundsCommand)
export class DisburseFundsHandler implements ICommandHandler<DisburseFundsCommand, CommandResult> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DisburseFundsCommand): Promise<CommandResult> {
    const { store } = this.runtime;
    const at = this.runtime.now();
    // A payment attempted for work nobody accepted is a red flag (DISBURSEMENT_BEFORE_ACCEPTANCE).
    return recordingRefusal(
      store,
      context,
      'MILESTONE_NOT_ACCEPTED',
      () => this.disburse(input, context, at),
      async (refusal) => {
        // The refusal came after the scope check on a signed contract, whose parties never change.
        const { state } = await readContract(store, input.contractId);
        const signed = state.status === 'unsigned' ? null : state;
        return {
          entityId: input.contractId,
          type: 'DisbursementRefused',
          data: {
            contractId: input.contractId,
            agencyId: signed?.agencyId ?? null,
            supplierId: signed?.supplierId ?? null,
            disbursementId: input.disbursementId,
            kind: input.kind,
            milestoneId: input.milestoneId,
            // Plain data for the log, whatever object the caller passed.
            amount: { amountMinor: input.amount.amountMinor, currency: input.amount.currency },
            code: refusal.code,
            reason: refusal.message,
            attemptedBy: context.metadata.actor,
            refusedAt: at,
          },
        };
      },
    );
  }

  private disburse(
    input: DisburseFundsInput,
    context: CommandContext,
    at: string,
  ): Promise<CommandResult> {
    const command = {
      type: 'DisburseFunds' as const,
      data: { ...input, disbursedBy: context.metadata.actor, at },
    };
    return decideOnContract(
      this.runtime,
      input.contractId,
      command,
      context,
      async ({ events }, contract, read) => {
        const event = events[0];
        // Recovering an advance moves no cash: the budget line already recorded it when the advance was paid.
        if (event?.type !== 'FundsDisbursed' || event.data.cashPaid.amountMinor === 0) return [];
        return moneyOnBudgetLine(read, events, contract);
      },
    );
  }
}
