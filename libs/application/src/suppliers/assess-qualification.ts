import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id, type Instant } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface AssessQualificationInput {
  readonly supplierId: Id;
  readonly governanceScore: number;
  readonly financeScore: number;
  readonly serviceQualityScore: number;
  readonly assessor: string;
  readonly validUntil: Instant;
}

export class AssessQualificationCommand extends Command<CommandResult> {
  constructor(
    readonly input: AssessQualificationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AssessQualificationCommand)
export class AssessQualificationHandler implements ICommandHandler<AssessQualificationCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: AssessQualificationCommand): Promise<CommandResult> {
    const command = {
      type: 'AssessQualification' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierGuarded(context.authorize),
      command,
      context,
      input.supplierId,
    );
  }
}
