import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface ProposeDebarmentInput {
  readonly supplierId: Id;
  readonly proposalId: Id;
  readonly grounds: string;
  readonly evidenceEventIds: Id[];
}

export class ProposeDebarmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: ProposeDebarmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ProposeDebarmentCommand)
export class ProposeDebarmentHandler implements ICommandHandler<ProposeDebarmentCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ProposeDebarmentCommand): Promise<CommandResult> {
    const command = {
      type: 'ProposeDebarment' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierGuarded(context.authorize),
      command,
      context,
      input.proposalId,
    );
  }
}
