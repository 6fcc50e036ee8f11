import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  contractStream,
  refuse,
  tenderStream,
  type Id,
  type Verdict,
} from '@contract-ledger/domain';
import { uuidv7 } from '@contract-ledger/event-store';
import { CommandRuntime, type CommandContext, type CommandResult } from '../command-runtime';
import { tenderState } from '../facts';
import {
  appendAcross,
  contractGuarded,
  readContract,
  toNewEvents,
  type StreamDecision,
} from './contract-streams';
import { debarmentProposalFor } from './supplier-failures';

export interface EvaluateMilestoneInput {
  readonly contractId: Id;
  readonly milestoneId: Id;
  readonly verdict: Verdict;
  readonly acceptedShareBps: number;
  readonly score: number;
  readonly comments: string;
}

/**
 * An assigned evaluator judges a delivery. Its conflicts are those it declared on the contract's
 * tender; its employer comes from its token (an evaluator token names none: independent). A
 * rejection is a supplier failure and may propose a debarment in the same append.
 */
export class EvaluateMilestoneCommand {
  constructor(
    readonly input: EvaluateMilestoneInput,
    readonly context: CommandContext & {
      readonly affiliation: { readonly agencyId: Id | null; readonly supplierId: Id | null };
    },
  ) {}
}

@CommandHandler(EvaluateMilestoneCommand)
export class EvaluateMilestoneHandler implements ICommandHandler<
  EvaluateMilestoneCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: EvaluateMilestoneCommand): Promise<CommandResult> {
    const { store, policy } = this.runtime;
    const at = this.runtime.now();
    const evaluatorId = context.metadata.actor;
    return appendAcross(
      store,
      context,
      contractStream(input.contractId),
      input.contractId,
      async () => {
        const contract = await readContract(store, input.contractId);
        if (contract.state.status === 'unsigned') refuse('CONTRACT_NOT_FOUND', 'No such contract');
        const tender = await tenderState(store, contract.state.tenderId);
        const conflicts =
          tender.state.status === 'none' ? [] : (tender.state.evaluators[evaluatorId] ?? []);
        const evaluated = contractGuarded(context.authorize).decide(
          {
            type: 'EvaluateMilestone',
            data: {
              ...input,
              evaluatorId,
              at,
              evaluatorConflictSupplierIds: conflicts,
              evaluatorAgencyId: context.affiliation.agencyId,
              evaluatorSupplierId: context.affiliation.supplierId,
              policy,
            },
          },
          contract.state,
        );
        const eventIds = evaluated.map(() => uuidv7());
        const others: StreamDecision[] = [
          { stream: tenderStream(contract.state.tenderId), revision: tender.revision, events: [] },
        ];
        const event = evaluated[0];
        if (event?.type === 'MilestoneEvaluated' && event.data.verdict === 'rejected') {
          const proposal = await debarmentProposalFor(
            store,
            { event, eventId: eventIds[0]! },
            at,
            policy,
            context.metadata,
          );
          if (proposal) others.push(proposal);
        }
        return {
          primary: {
            stream: contractStream(input.contractId),
            revision: contract.revision,
            position: contract.position,
            events: toNewEvents(evaluated, context.metadata, eventIds),
          },
          others,
        };
      },
    );
  }
}
