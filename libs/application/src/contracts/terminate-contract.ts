import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Id, TerminationReason } from '@contract-ledger/domain';
import { CommandRuntime, type CommandResult, LedgerCommand } from '../command-runtime';
import { decideOnContract, moneyOnBudgetLine } from './contract-streams';
import { debarmentProposalFor } from './supplier-failures';

export interface TerminateContractInput {
  readonly contractId: Id;
  readonly reason: TerminationReason;
  readonly explanation: string;
}

/**
 * The buying agency ends a contract early. What was committed and not paid goes back to the budget
 * line, and a termination for default, being a supplier failure, may propose a debarment: all in
 * one append.
 */
export class TerminateContractCommand extends LedgerCommand<TerminateContractInput> {}

@CommandHandler(TerminateContractCommand)
export class TerminateContractHandler implements ICommandHandler<
  TerminateContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: TerminateContractCommand): Promise<CommandResult> {
    const { policy } = this.runtime;
    const at = this.runtime.now();
    const rule = { at, policy, metadata: context.metadata };
    const command = {
      type: 'TerminateContract' as const,
      data: { ...input, terminatedBy: context.metadata.actor, at },
    };
    return decideOnContract(
      this.runtime,
      input.contractId,
      command,
      context,
      async ({ events, eventIds }, contract, read) => {
        const event = events[0];
        if (event?.type !== 'ContractTerminated') return [];
        // What was committed and not paid goes back to the line.
        const released = await moneyOnBudgetLine(read, events, contract);
        if (event.data.reason !== 'for_default') return released;
        const failure = { event, eventId: eventIds[0]! };
        const proposal = await debarmentProposalFor(this.runtime.store, read, failure, rule);
        return [...released, ...proposal];
      },
    );
  }
}
