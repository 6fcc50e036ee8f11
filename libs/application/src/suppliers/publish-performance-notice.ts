import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, PerformanceNoticeKind } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnSupplier } from '../guards';

export interface PublishPerformanceNoticeInput {
  readonly supplierId: Id;
  readonly noticeId: Id;
  readonly kind: PerformanceNoticeKind;
  readonly summary: string;
  readonly relatedEventIds?: Id[];
}

export class PublishPerformanceNoticeCommand extends LedgerCommand<PublishPerformanceNoticeInput> {}

@CommandHandler(PublishPerformanceNoticeCommand)
export class PublishPerformanceNoticeHandler implements ICommandHandler<PublishPerformanceNoticeCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PublishPerformanceNoticeCommand): Promise<CommandResult> {
    const command = {
      type: 'PublishPerformanceNotice' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOnSupplier(this.runtime, context, input.supplierId, command, input.noticeId);
  }
}
