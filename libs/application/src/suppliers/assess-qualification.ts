import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Instant } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnSupplier } from '../guards';

export interface AssessQualificationInput {
  readonly supplierId: Id;
  readonly governanceScore: number;
  readonly financeScore: number;
  readonly serviceQualityScore: number;
  readonly assessor: string;
  readonly validUntil: Instant;
}

export class AssessQualificationCommand extends LedgerCommand<AssessQualificationInput> {}

@CommandHandler(AssessQualificationCommand)
export class AssessQualificationHandler implements ICommandHandler<AssessQualificationCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AssessQualificationCommand): Promise<CommandResult> {
    const command = {
      type: 'AssessQualification' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.supplierId);
  }
}
