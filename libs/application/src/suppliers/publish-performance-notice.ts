import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { supplierStream, type Id, type PerformanceNoticeKind } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideOn,
  type CommandContext,
  type CommandResult,
} from '../command-runtime';
import { supplierGuarded } from '../guards';

export interface PublishPerformanceNoticeInput {
  readonly supplierId: Id;
  readonly noticeId: Id;
  readonly kind: PerformanceNoticeKind;
  readonly summary: string;
  readonly relatedEventIds?: Id[];
}

export class PublishPerformanceNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: PublishPerformanceNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PublishPerformanceNoticeCommand)
export class PublishPerformanceNoticeHandler implements ICommandHandler<PublishPerformanceNoticeCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: PublishPerformanceNoticeCommand): Promise<CommandResult> {
    const command = {
      type: 'PublishPerformanceNotice' as const,
      data: { ...input, at: this.runtime.now() },
    };
    return decideOn(
      this.runtime.store,
      supplierStream(input.supplierId),
      supplierGuarded(context.authorize),
      command,
      context,
      input.noticeId,
    );
  }
}
