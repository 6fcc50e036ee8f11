import {
  budgetLineDecider,
  budgetStream,
  tenderStream,
  type BudgetLineCommand,
  type BudgetLineState,
  type Id,
  type Instant,
  type TenderCommand,
  type TenderEvent,
  type TenderRecord,
} from '@contract-ledger/domain';
import {
  decideAcross,
  type CommandContext,
  type CommandResult,
  type CommandRuntime,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

/**
 * A tender command whose outcome moves the tender's reservation on its budget line: when the
 * tender decides `event`, the budget line gets `budget`'s command in the same atomic append, so
 * the tender and the money it counts on never disagree.
 */
export function decideOnTenderAndBudget(
  runtime: CommandRuntime,
  context: CommandContext,
  tenderId: Id,
  step: {
    readonly command: TenderCommand;
    readonly event: TenderEvent['type'];
    readonly budget: (tender: TenderRecord, line: BudgetLineState) => BudgetLineCommand | null;
  },
): Promise<CommandResult> {
  const stream = tenderStream(tenderId);
  const decider = tenderGuarded(context.authorize);
  return decideAcross(runtime.store, context, tenderId, {
    stream,
    folder: decider,
    decide: async ({ state: tender }, read) => {
      const decided = decider.decide(step.command, tender);
      if (!decided.some((e) => e.type === step.event) || tender.status === 'none')
        return [{ stream, events: decided }];
      const line = await read(budgetStream(tender.budgetLineId), budgetLineDecider);
      const command = step.budget(tender, line.state);
      return [
        { stream, events: decided },
        {
          stream: budgetStream(tender.budgetLineId),
          events: command === null ? [] : budgetLineDecider.decide(command, line.state),
        },
      ];
    },
  });
}

/** Frees the tender's reservation, if the line still holds an active one (nothing to free otherwise). */
export function releaseReservation(
  tenderId: Id,
  reason: string,
  at: Instant,
): (tender: TenderRecord, line: BudgetLineState) => BudgetLineCommand | null {
  return (tender, line) =>
    line.status === 'open' && line.reservations[tenderId]?.status === 'active'
      ? {
          type: 'ReleaseReservation',
          data: { budgetLineId: tender.budgetLineId, tenderId, reason, at },
        }
      : null;
}
