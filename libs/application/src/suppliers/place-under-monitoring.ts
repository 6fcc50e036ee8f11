import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnSupplier } from '../guards';

export interface PlaceUnderMonitoringInput {
  readonly supplierId: Id;
  readonly reason: string;
  readonly until: Instant;
}

export class PlaceUnderMonitoringCommand extends LedgerCommand<PlaceUnderMonitoringInput> {}

@CommandHandler(PlaceUnderMonitoringCommand)
export class PlaceUnderMonitoringHandler implements ICommandHandler<PlaceUnderMonitoringCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PlaceUnderMonitoringCommand): Promise<CommandResult> {
    const command = {
      type: 'PlaceUnderEnhancedMonitoring' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.supplierId);
  }
}
