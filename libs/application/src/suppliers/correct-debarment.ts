import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id, type Instant } from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface CorrectDebarmentInput {
  readonly supplierId: Id;
  readonly debarmentId: Id;
  readonly annul?: boolean;
  readonly from?: Instant;
  readonly until?: Instant | null;
  readonly indefinite?: boolean;
  readonly reason: string;
}

/** A supervisor corrects a debarment entered wrongly (its period, or annuls it); history stays. */
export class CorrectDebarmentCommand extends LedgerCommand<CorrectDebarmentInput> {}

@CommandHandler(CorrectDebarmentCommand)
export class CorrectDebarmentHandler implements ICommandHandler<CorrectDebarmentCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: CorrectDebarmentCommand): Promise<CommandResult> {
    const command = {
      type: 'CorrectDebarment' as const,
      data: { ...input, at: this.runtime.now(), policy: this.runtime.policy },
    };
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
