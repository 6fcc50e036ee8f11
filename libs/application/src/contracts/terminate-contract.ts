import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  budgetLineDecider,
  budgetStream,
  contractStream,
  refuse,
  type Id,
  type TerminationReason,
} from '@contract-ledger/domain';
import { uuidv7 } from '@contract-ledger/event-store';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { budgetLineState } from '../facts';
import {
  appendAcross,
  contractGuarded,
  readContract,
  toNewEvents,
  type StreamDecision,
} from './contract-streams';
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
export class TerminateContractCommand {
  constructor(
    readonly input: TerminateContractInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(TerminateContractCommand)
export class TerminateContractHandler implements ICommandHandler<
  TerminateContractCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: TerminateContractCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    return appendAcross(
      store,
      context,
      contractStream(input.contractId),
      input.contractId,
      async () => {
        const contract = await readContract(store, input.contractId);
        const terminated = contractGuarded(context.authorize).decide(
          {
            type: 'TerminateContract',
            data: { ...input, terminatedBy: context.metadata.actor, at },
          },
          contract.state,
        );
        const eventIds = terminated.map(() => uuidv7());
        const primary = {
          stream: contractStream(input.contractId),
          revision: contract.revision,
          position: contract.position,
          events: toNewEvents(terminated, context.metadata, eventIds),
        };
        const event = terminated[0];
        if (event?.type !== 'ContractTerminated') return { primary, others: [] };

        const others: StreamDecision[] = [];
        const budgetLineId =
          contract.state.status === 'unsigned' ? null : contract.state.budgetLineId;
        if (budgetLineId !== null) {
          const budget = await budgetLineState(store, budgetLineId);
          if (budget.state.status !== 'open')
            refuse('BUDGET_LINE_NOT_FOUND', `Budget line ${budgetLineId} is not open`);
          const released = budgetLineDecider.decide(
            {
              type: 'ReleaseCommitment',
              data: {
                budgetLineId,
                contractId: input.contractId,
                reason: `Contract terminated (${input.reason})`,
                at,
              },
            },
            budget.state,
          );
          others.push({
            stream: budgetStream(budgetLineId),
            revision: budget.revision,
            events: toNewEvents(released, context.metadata),
          });
        }
        if (event.data.reason === 'for_default') {
          const proposal = await debarmentProposalFor(
            store,
            { event, eventId: eventIds[0]! },
            at,
            policy,
            context.metadata,
          );
          if (proposal) others.push(proposal);
        }
        return { primary, others };
      },
    );
  }
}
