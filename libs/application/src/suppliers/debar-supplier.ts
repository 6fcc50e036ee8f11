import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id, type Instant } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { evidenceFactsOf } from '../facts';
import { supplierGuarded } from '../guards';

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

export class DebarSupplierCommand extends Command<CommandResult> {
  constructor(
    readonly input: DebarSupplierInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

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
