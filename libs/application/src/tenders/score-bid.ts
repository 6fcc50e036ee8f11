import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type CriterionScore, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface ScoreBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  /** The acting evaluator itself. */
  readonly evaluatorId: Id;
  readonly scores: CriterionScore[];
}

export class ScoreBidCommand extends Command<CommandResult> {
  constructor(
    readonly input: ScoreBidInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ScoreBidCommand)
export class ScoreBidHandler implements ICommandHandler<ScoreBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ScoreBidCommand): Promise<CommandResult> {
    const command = { type: 'ScoreBid' as const, data: { ...input, at: this.runtime.now() } };
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
