import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface DisqualifyBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  readonly reason: string;
}

export class DisqualifyBidCommand extends Command<CommandResult> {
  constructor(
    readonly input: DisqualifyBidInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DisqualifyBidCommand)
export class DisqualifyBidHandler implements ICommandHandler<DisqualifyBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DisqualifyBidCommand): Promise<CommandResult> {
    const command = { type: 'DisqualifyBid' as const, data: { ...input, at: this.runtime.now() } };
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      tenderGuarded(context.authorize),
      command,
      context,
      input.bidId,
    );
  }
}
