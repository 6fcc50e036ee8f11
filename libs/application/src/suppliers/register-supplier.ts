import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  supplierDecider,
  supplierStream,
  type Id,
  type SupplierKind,
} from '@contract-ledger/domain';
import { CommandRuntime, decideOn, type CommandResult, LedgerCommand } from '../command-runtime';

export interface RegisterSupplierInput {
  readonly supplierId: Id;
  readonly kind: SupplierKind;
  readonly name: string;
  readonly registrationNumber: string;
}

export class RegisterSupplierCommand extends LedgerCommand<RegisterSupplierInput> {}

@CommandHandler(RegisterSupplierCommand)
export class RegisterSupplierHandler implements ICommandHandler<RegisterSupplierCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: RegisterSupplierCommand): Promise<CommandResult> {
    // A supplier registers only itself; the new stream has no facts yet, so the input is the resource.
    context.authorize({ supplierId: input.supplierId });
    const command = {
      type: 'RegisterSupplier' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierDecider,
      command,
      context,
      input.supplierId,
    );
  }
}
