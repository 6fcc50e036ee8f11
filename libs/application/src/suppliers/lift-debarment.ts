import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnSupplier } from '../guards';

export interface LiftDebarmentInput {
  readonly supplierId: Id;
  readonly debarmentId: Id;
  readonly reason: string;
}

export class LiftDebarmentCommand extends LedgerCommand<LiftDebarmentInput> {}

@CommandHandler(LiftDebarmentCommand)
export class LiftDebarmentHandler implements ICommandHandler<LiftDebarmentCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: LiftDebarmentCommand): Promise<CommandResult> {
    const command = { type: 'LiftDebarment' as const, data: { ...input, at: this.runtime.now() } };
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.debarmentId);
  }
}
