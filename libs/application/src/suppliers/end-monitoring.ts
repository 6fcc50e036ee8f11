import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface EndMonitoringInput {
  readonly supplierId: Id;
  readonly rationale: string;
}

/** A supervisor ends a supplier's enhanced monitoring before its scheduled end. */
export class EndMonitoringCommand extends LedgerCommand<EndMonitoringInput> {}

@CommandHandler(EndMonitoringCommand)
export class EndMonitoringHandler implements ICommandHandler<EndMonitoringCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: EndMonitoringCommand): Promise<CommandResult> {
    const command = {
      type: 'EndEnhancedMonitoring' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierGuarded(context.authorize),
      command,
      context,
      input.supplierId,
    );
  }
}
