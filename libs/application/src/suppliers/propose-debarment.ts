import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { evidenceFactsOf } from '../facts';
import { decideOnSupplier } from '../guards';

export interface ProposeDebarmentInput {
  readonly supplierId: Id;
  readonly proposalId: Id;
  readonly grounds: string;
  readonly evidenceEventIds: Id[];
}

export class ProposeDebarmentCommand extends LedgerCommand<ProposeDebarmentInput> {}

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
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.proposalId);
  }
}
