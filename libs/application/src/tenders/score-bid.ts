import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { tenderStream, type CriterionScore, type Id } from '@contract-ledger/domain';
import {
  CommandRuntime,
  decideAcross,
  type CommandContext,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';
import { bidderStaffOf, buyerFactsOf, registeredConflictsOf, tenderState } from '../facts';
import { tenderGuarded } from '../guards';
import { recordingRefusal } from '../refusal-records';

export interface ScoreBidInput {
  readonly tenderId: Id;
  readonly bidId: Id;
  /** The acting evaluator itself. */
  readonly evaluatorId: Id;
  readonly scores: CriterionScore[];
}

/** evaluatorAgencyId: the agency the evaluator's token names as its employer, if any. */
export class ScoreBidCommand extends LedgerCommand<
  ScoreBidInput,
  CommandContext & { readonly evaluatorAgencyId?: Id | null }
> {}

@CommandHandler(ScoreBidCommand)
export class ScoreBidHandler implements ICommandHandler<ScoreBidCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({ input, context }: ScoreBidCommand): Promise<CommandResult> {
    const { store } = this.runtime;
    const at = this.runtime.now();
    const tender = (await tenderState(store, input.tenderId)).state;
    const buyer = tender.status === 'none' ? { staffIds: [] } : await buyerFactsOf(store, tender);
    // An unknown tender or bid is refused by the decider; neither has a supplier to know.
    const bid = tender.status === 'none' ? undefined : tender.bids[input.bidId];
    const bidderStaff =
      bid === undefined ? {} : await bidderStaffOf(store, input.tenderId, [bid.supplierId]);
    const data = {
      ...input,
      evaluatorAgencyId: context.evaluatorAgencyId ?? null,
      buyer,
      bidderStaff,
      at,
    };
    const stream = tenderStream(input.tenderId);
    const decider = tenderGuarded(context);
    // Scoring a supplier the evaluator declared a conflict with is a red flag (CONFLICTED_EVALUATOR_SCORING).
    return recordingRefusal(
      store,
      context,
      'EVALUATOR_CONFLICTED',
      () =>
        decideAcross(store, context, input.bidId, {
          stream,
          folder: decider,
          // A conflict declared on any tender bars the evaluator (its register, read through the
          // pipeline: one registered meanwhile makes the score decide again).
          decide: async ({ state }, read) => {
            const evaluatorConflictSupplierIds = await registeredConflictsOf(
              read,
              input.evaluatorId,
            );
            const command = {
              type: 'ScoreBid' as const,
              data: { ...data, evaluatorConflictSupplierIds },
            };
            return [{ stream, events: decider.decide(command, state) }];
          },
        }),
      async (refusal) => {
        // The decider refused on this bid's supplier; a bid's supplier never changes.
        const { state } = await tenderState(store, input.tenderId);
        const bid = state.status === 'none' ? undefined : state.bids[input.bidId];
        return {
          entityId: input.tenderId,
          type: 'ConflictedScoringRefused',
          data: {
            tenderId: input.tenderId,
            bidId: input.bidId,
            supplierId: bid?.supplierId ?? null,
            evaluatorId: input.evaluatorId,
            // Copied field by field: the API hands over validated DTO instances, the log takes plain data.
            // The decider refuses a conflict before it looks at the scores, so they may be malformed.
            scores: Array.isArray(input.scores)
              ? input.scores.map(({ criterionId, score }) => ({ criterionId, score }))
              : [],
            code: refusal.code,
            reason: refusal.message,
            refusedAt: at,
          },
        };
      },
    );
  }
}
