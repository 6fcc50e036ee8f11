import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type ComplaintSubject, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface FileComplaintInput {
  readonly tenderId: Id;
  readonly complaintId: Id;
  readonly supplierId: Id;
  readonly subject: ComplaintSubject;
  readonly grounds: string;
  readonly documentDigests: string[];
}

/** A bidder complains about the award or the tender conditions during the standstill. */
export class FileComplaintCommand extends Command<CommandResult> {
  constructor(
    readonly input: FileComplaintInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(FileComplaintCommand)
export class FileComplaintHandler implements ICommandHandler<FileComplaintCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: FileComplaintCommand): Promise<CommandResult> {
    const command = { type: 'FileComplaint' as const, data: { ...input, at: this.runtime.now() } };
    // The complainant is the calling supplier; whether it bid is the decider's rule (COMPLAINANT_NOT_BIDDER).
    const decider = tenderGuarded(context.authorize, () => ({ supplierId: input.supplierId }));
    return decideOn(
      this.runtime.store,
      tenderStream(input.tenderId),
      decider,
      command,
      context,
      input.complaintId,
    );
  }
}
