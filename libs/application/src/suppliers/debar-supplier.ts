import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { evidenceFactsOf } from '../facts';
import { decideOnSupplier } from '../guards';

export interface DebarSupplierInput {
  readonly supplierId: Id;
  readonly debarmentId: Id;
  readonly proposalId?: Id | null;
  readonly grounds: string;
  readonly authority: string;
  readonly from?: Instant;
  readonly until?: Instant | null;
  readonly indefinite?: boolean;
  readonly evidenceEventIds: Id[];
}

export class DebarSupplierCommand extends LedgerCommand<DebarSupplierInput> {}

@CommandHandler(DebarSupplierCommand)
export class DebarSupplierHandler implements ICommandHandler<DebarSupplierCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: DebarSupplierCommand): Promise<CommandResult> {
    // Evidence is judged by the decider against what the log holds for each id.
    const evidence = await evidenceFactsOf(this.runtime.store, input.evidenceEventIds ?? []);
    const command = {
      type: 'DebarSupplier' as const,
      data: { ...input, evidence, at: this.runtime.now(), policy: this.runtime.policy },
    };
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.debarmentId);
  }
}
