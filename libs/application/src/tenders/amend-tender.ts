import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type Id, type Instant, type TenderTerms } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface AmendTenderInput {
  readonly tenderId: Id;
  readonly changes: Partial<TenderTerms>;
  readonly deadline?: Instant;
  readonly reason: string;
}

export class AmendTenderCommand extends Command<CommandResult> {
  constructor(
    readonly input: AmendTenderInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AmendTenderCommand)
export class AmendTenderHandler implements ICommandHandler<AmendTenderCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AmendTenderCommand): Promise<CommandResult> {
    const command = {
      type: 'AmendTender' as const,
      data: { ...input, at: this.runtime.now(), policy: this.runtime.policy },
    };
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      tenderGuarded(context.authorize),
      command,
      context,
      input.tenderId,
    );
  }
}
