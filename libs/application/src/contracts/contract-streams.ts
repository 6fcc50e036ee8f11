import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  refuse,
  type BudgetLineCommand,
  type BudgetLineState,
  contractStream,
  type ContractCommand,
  type ContractEvent,
  type ContractState,
  type Decider,
  type Id,
  type SignedContract,
} from '@contract-ledger/domain';
import {
  uuidv7,
  type EventStore,
  type ReadStream,
  type StreamEvents,
} from '@contract-ledger/event-store';
import type { ResourceFacts } from '../auth/policy';
import {
  decideAcross,
  guarded,
  type Authorize,
  type CommandContext,
  type CommandResult,
  type CommandRuntime,
} from '../command-runtime';
import { readFolded, type Folded } from '../facts';

type OpenBudgetLine = Extract<BudgetLineState, { status: 'open' }>;

/** What the scope rules know about a contract: buyer, supplier, and the evaluators the agency assigned. */
export function contractFacts(state: SignedContract): ResourceFacts {
  return {
    agencyId: state.agencyId,
    supplierId: state.supplierId,
    assignedEvaluatorIds: state.evaluatorIds,
  };
}

/** The contract decider for commands on a signed contract, scoped to that contract. */
export function contractGuarded(
  authorize: Authorize,
): Decider<ContractState, ContractCommand, ContractEvent> {
  return guarded(contractDecider, {
    exists: (s) => s.status !== 'unsigned',
    missing: ['CONTRACT_NOT_FOUND', 'No such contract'],
    facts: (s) => contractFacts(s as SignedContract),
    authorize,
  });
}

/**
 * What a contract command does to other streams (the budget line, the supplier), given the
 * contract events it decided, with the ids they will have (evidence to cite), and the contract as
 * it was read: their shares of the same atomic append. Called only when the contract decided
 * something.
 */
export type ContractConsequences = (
  decided: { readonly events: readonly ContractEvent[]; readonly eventIds: readonly string[] },
  contract: ContractState,
  read: ReadStream,
) => Promise<readonly StreamEvents[]>;

/**
 * A command on a signed contract, decided under the caller's scope; the contract is the answer's
 * id. Each use case builds its command (who acted, when), from facts it reads if it needs them;
 * `consequences` adds what the decision does to other streams.
 */
export function decideOnContract(
  runtime: CommandRuntime,
  contractId: string,
  command:
    ContractCommand | ((contract: ContractState, read: ReadStream) => Promise<ContractCommand>),
  context: CommandContext,
  consequences?: ContractConsequences,
): Promise<CommandResult> {
  const stream = contractStream(contractId);
  const decider = contractGuarded(context.authorize);
  return decideAcross(runtime.store, context, contractId, {
    stream,
    folder: decider,
    decide: async ({ state }, read) => {
      const events = decider.decide(
        typeof command === 'function' ? await command(state, read) : command,
        state,
      );
      const eventIds = events.map(() => uuidv7());
      const others =
        consequences === undefined || events.length === 0
          ? []
          : await consequences({ events, eventIds }, state, read);
      return [{ stream, events, eventIds }, ...others];
    },
  });
}

/**
 * The budget line's share of a contract decision: `command` decided on the open line, or nothing
 * (the line is still read, so its revision guards the decision).
 */
export async function onBudgetLine(
  read: ReadStream,
  budgetLineId: Id,
  command: (line: OpenBudgetLine) => BudgetLineCommand | null,
): Promise<StreamEvents> {
  const stream = budgetStream(budgetLineId);
  const { state } = await read(stream, budgetLineDecider);
  if (state.status !== 'open')
    refuse('BUDGET_LINE_NOT_FOUND', `Budget line ${budgetLineId} is not open`);
  const decided = command(state);
  return { stream, events: decided === null ? [] : budgetLineDecider.decide(decided, state) };
}

export function readContract(
  store: EventStore,
  contractId: string,
): Promise<Folded<ContractState>> {
  return readFolded(store, contractStream(contractId), contractDecider);
}
