import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { evidenceFactsOf } from '../facts';
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

  async execute({ input, context }: ProposeDebarmentCommand): Promise<CommandResult> {
    // Evidence is judged by the decider against what the log holds for each id.
    const evidence = await evidenceFactsOf(this.runtime.store, input.evidenceEventIds ?? []);
    const command = {
      type: 'ProposeDebarment' as const,
      data: { ...input, evidence, at: this.runtime.now() },
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
