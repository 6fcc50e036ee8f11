import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, Money } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract } from './contract-streams';

export interface ApproveAmendmentInput {
  readonly contractId: Id;
  readonly approvalId: Id;
  readonly maxNewValue: Money;
  readonly justification: string;
}

/**
 * A supervisor approves raising a contract's value past the amendment threshold, up to a ceiling.
 * The approval is an event on the contract, so the officer's amendment cites a recorded decision
 * (its approvalId) rather than an id anyone could type.
 */
export class ApproveAmendmentCommand extends LedgerCommand<ApproveAmendmentInput> {}

@CommandHandler(ApproveAmendmentCommand)
export class ApproveAmendmentHandler implements ICommandHandler<
  ApproveAmendmentCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: ApproveAmendmentCommand): Promise<CommandResult> {
    return decideOnContract(
      this.runtime,
      input.contractId,
      {
        type: 'ApproveAmendment',
        data: { ...input, approvedBy: context.metadata.actor, at: this.runtime.now() },
      },
      context,
    );
  }
}
