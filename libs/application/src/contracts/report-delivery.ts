import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, IndicatorResult } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract } from './contract-streams';

export interface ReportDeliveryInput {
  readonly contractId: Id;
  readonly milestoneId: Id;
  readonly evidenceDigests: readonly string[];
  readonly indicatorResults: readonly IndicatorResult[];
}

/** The supplier reports a milestone delivered; the decider flags it late against the due date in force. */
export class ReportDeliveryCommand extends LedgerCommand<ReportDeliveryInput> {}

@CommandHandler(ReportDeliveryCommand)
export class ReportDeliveryHandler implements ICommandHandler<
  ReportDeliveryCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ReportDeliveryCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'ReportDelivery',
        data: { ...input, reportedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
