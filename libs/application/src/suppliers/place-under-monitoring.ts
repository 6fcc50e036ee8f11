import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id, type Instant } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface PlaceUnderMonitoringInput {
  readonly supplierId: Id;
  readonly reason: string;
  readonly until: Instant;
}

export class PlaceUnderMonitoringCommand extends Command<CommandResult> {
  constructor(
    readonly input: PlaceUnderMonitoringInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PlaceUnderMonitoringCommand)
export class PlaceUnderMonitoringHandler implements ICommandHandler<PlaceUnderMonitoringCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PlaceUnderMonitoringCommand): Promise<CommandResult> {
    const command = {
      type: 'PlaceUnderEnhancedMonitoring' as const,
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
