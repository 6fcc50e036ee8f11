import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contractStream, type Id, type IndicatorResult } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { contractGuarded } from './contract-streams';

export interface ReportDeliveryInput {
  readonly contractId: Id;
  readonly milestoneId: Id;
  readonly evidenceDigests: readonly string[];
  readonly indicatorResults: readonly IndicatorResult[];
}

/** The supplier reports a milestone delivered; the decider flags it late against the due date in force. */
export class ReportDeliveryCommand {
  constructor(
    readonly input: ReportDeliveryInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ReportDeliveryCommand)
export class ReportDeliveryHandler implements ICommandHandler<
  ReportDeliveryCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ReportDeliveryCommand): Promise<CommandResult> {
    const command = {
      type: 'ReportDelivery' as const,
      data: { ...input, reportedBy: context.metadata.actor, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      contractStream(input.contractId),
      contractGuarded(context.authorize),
      command,
      context,
      input.contractId,
    );
  }
}
