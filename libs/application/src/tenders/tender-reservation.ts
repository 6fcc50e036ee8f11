import {
  budgetLineDecider,
  budgetStream,
  tenderBudgetCommand,
  tenderDecider,
  tenderStream,
  type BudgetLineEvent,
  type Id,
  type TenderCommand,
  type TenderEvent,
} from '@contract-ledger/domain';
import {
  decideAcross,
  type CommandContext,
  type CommandResult,
  type CommandRuntime,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

/** Tender events that move the tender's money on its budget line (tenderBudgetCommand). */
const MOVES_MONEY: ReadonlySet<TenderEvent['type']> = new Set([
  'TenderPublished',
  'TenderAmended',
  'TenderCancelled',
  'TenderFailed',
]);

/**
 * A tender command whose outcome may move the tender's money: publishing reserves the estimate,
 * amending it resizes the reservation, cancelling or failing releases it. What the line does is
 * the domain's `tenderBudgetCommand`; the line decides it (refusing what it cannot hold) and both
 * streams are appended atomically, so the tender and the money it counts on never disagree.
 */
export function decideOnTenderAndBudget(
  runtime: CommandRuntime,
  context: CommandContext,
  tenderId: Id,
  command: TenderCommand,
): Promise<CommandResult> {
  const stream = tenderStream(tenderId);
  const decider = tenderGuarded(context);
  return decideAcross(runtime.store, context, tenderId, {
    stream,
    folder: decider,
    decide: async ({ state }, read) => {
      const decided = decider.decide(command, state);
      const after = decided.reduce(tenderDecider.evolve, state);
      if (after.status === 'none' || !decided.some((e) => MOVES_MONEY.has(e.type))) {
        return [{ stream, events: decided }];
      }
      const lineStream = budgetStream(after.budgetLineId);
      let line = (await read(lineStream, budgetLineDecider)).state;
      const moved: BudgetLineEvent[] = [];
      for (const event of decided) {
        const budgetCommand = tenderBudgetCommand(event, after, line);
        if (budgetCommand === null) continue;
        const events = budgetLineDecider.decide(budgetCommand, line);
        line = events.reduce(budgetLineDecider.evolve, line);
        moved.push(...events);
      }
      return [
        { stream, events: decided },
        { stream: lineStream, events: moved },
      ];
    },
  });
}
