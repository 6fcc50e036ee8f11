import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ComplaintSubject, Id } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnTender } from '../guards';

export interface FileComplaintInput {
  readonly tenderId: Id;
  readonly complaintId: Id;
  readonly supplierId: Id;
  readonly subject: ComplaintSubject;
  readonly grounds: string;
  readonly documentDigests: string[];
}

/** A bidder complains about the award or the tender conditions during the standstill. */
export class FileComplaintCommand extends LedgerCommand<FileComplaintInput> {}

@CommandHandler(FileComplaintCommand)
export class FileComplaintHandler implements ICommandHandler<FileComplaintCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: FileComplaintCommand): Promise<CommandResult> {
    const command = {
      type: 'FileComplaint' as const,
      data: { ...input, at: this.runtime.now(), policy: this.runtime.policy },
    };
    // The complainant is the calling supplier; whether it bid is the decider's rule (COMPLAINANT_NOT_BIDDER).
    const scope = () => ({ supplierId: input.supplierId });
    return decideOnTender(this.runtime, context, input.tenderId, command, input.complaintId, scope);
  }
}
