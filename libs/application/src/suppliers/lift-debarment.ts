import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface LiftDebarmentInput {
  readonly supplierId: Id;
  readonly debarmentId: Id;
  readonly reason: string;
}

export class LiftDebarmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: LiftDebarmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(LiftDebarmentCommand)
export class LiftDebarmentHandler implements ICommandHandler<LiftDebarmentCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: LiftDebarmentCommand): Promise<CommandResult> {
    const command = { type: 'LiftDebarment' as const, data: { ...input, at: this.runtime.now() } };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierGuarded(context.authorize),
      command,
      context,
      input.debarmentId,
    );
  }
}
