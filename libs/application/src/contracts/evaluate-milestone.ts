import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  refuse,
  tenderDecider,
  tenderStream,
  type ContractState,
  type Id,
  type Verdict,
} from '@contract-ledger/domain';
import type { ReadStream } from '@contract-ledger/event-store';
import {
  CommandRuntime,
  type CommandContext,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';
import { conflictsWith, registeredConflictsOf } from '../facts';
import { contractPartiesStaff, decideOnContract } from './contract-streams';
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
 * An assigned evaluator judges a delivery. Its conflicts are those of its register (declared on
 * any tender) and those it declared on the contract's tender; its employer comes from its token (an evaluator token names none: independent), and
 * whether it acted for either party from the log (contractPartiesStaff). A
 * rejection is a supplier failure and may propose a debarment in the same append.
 */
export class EvaluateMilestoneCommand extends LedgerCommand<
  EvaluateMilestoneInput,
  CommandContext & {
    readonly affiliation: { readonly agencyId: Id | null; readonly supplierId: Id | null };
  }
> {}

@CommandHandler(EvaluateMilestoneCommand)
export class EvaluateMilestoneHandler implements ICommandHandler<
  EvaluateMilestoneCommand,
  CommandResult
> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: EvaluateMilestoneCommand): Promise<CommandResult> {
    const { policy } = this.runtime;
    const at = this.runtime.now();
    const evaluatorId = context.metadata.actor;
    const rule = { at, policy, metadata: context.metadata };
    const command = async (contract: ContractState, read: ReadStream) => {
      if (contract.status === 'unsigned') refuse('CONTRACT_NOT_FOUND', 'No such contract');
      // Read, so guarded: a conflict declared meanwhile re-decides. The evaluator's register holds
      // what it declared on any tender; the contract's tender, what it declared there before the
      // register existed.
      const tender = (await read(tenderStream(contract.tenderId), tenderDecider)).state;
      const conflicts = conflictsWith(
        await registeredConflictsOf(read, evaluatorId),
        tender,
        evaluatorId,
      );
      return {
        type: 'EvaluateMilestone' as const,
        data: {
          ...input,
          evaluatorId,
          at,
          evaluatorConflictSupplierIds: conflicts,
          evaluatorAgencyId: context.affiliation.agencyId,
          evaluatorSupplierId: context.affiliation.supplierId,
          ...(await contractPartiesStaff(read, contract)),
          policy,
        },
      };
    };
    return decideOnContract(
      this.runtime,
      input.contractId,
      command,
      context,
      async ({ events, eventIds }, _, read) => {
        const event = events[0];
        if (event?.type !== 'MilestoneEvaluated' || event.data.verdict !== 'rejected') return [];
        const failure = { event, eventId: eventIds[0]! };
        return debarmentProposalFor(this.runtime.store, read, failure, rule);
      },
    );
  }
}
