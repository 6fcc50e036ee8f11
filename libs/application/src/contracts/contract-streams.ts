import {
  budgetLineDecider,
  budgetStream,
  contractBudgetCommand,
  contractDecider,
  refuse,
  type BudgetLineEvent,
  type BudgetLineState,
  contractStream,
  type ContractCommand,
  type ContractEvent,
  type ContractState,
  type Decider,
  type SignedContract,
  type StaffFacts,
  supplierStream,
  tenderStream,
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
import { actorsUnder, readFolded, type Folded } from '../facts';

/** What the scope rules know about a contract: buyer, supplier, and the evaluators the agency assigned. */
export function contractFacts(state: SignedContract): ResourceFacts {
  return {
    agencyId: state.agencyId,
    supplierId: state.supplierId,
    assignedEvaluatorIds: state.evaluatorIds,
  };
}

/**
 * Who acted for each party of a contract (EVALUATOR_IS_BUYER, EVALUATOR_IS_SUPPLIER): for the
 * buying agency on the tender, its budget line or the contract; for the supplier on its own stream,
 * the tender or the contract. Read through the command's pipeline, so an act by either party
 * between this read and the append makes the command decide again.
 */
export async function contractPartiesStaff(
  read: ReadStream,
  contract: SignedContract,
): Promise<{ readonly buyer: StaffFacts; readonly supplier: StaffFacts }> {
  const tender = tenderStream(contract.tenderId);
  const own = contractStream(contract.contractId);
  return {
    buyer: await actorsUnder(read, `agency:${contract.agencyId}`, [
      tender,
      budgetStream(contract.budgetLineId),
      own,
    ]),
    supplier: await actorsUnder(read, `supplier:${contract.supplierId}`, [
      supplierStream(contract.supplierId),
      tender,
      own,
    ]),
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
 * The budget line's share of a contract decision, as the domain says it (`contractBudgetCommand`):
 * a raise is committed, a cut or a completion returns what the contract no longer needs, a
 * termination releases what was not paid, cash paid is recorded. `contract` is the contract as
 * read, `events` what it decided; the line decides each command in turn and refuses what it
 * cannot hold.
 */
export async function moneyOnBudgetLine(
  read: ReadStream,
  events: readonly ContractEvent[],
  contract: ContractState,
): Promise<readonly StreamEvents[]> {
  const after = events.reduce(contractDecider.evolve, contract);
  if (after.status === 'unsigned') return [];
  const stream = budgetStream(after.budgetLineId);
  const { state } = await read(stream, budgetLineDecider);
  if (state.status !== 'open')
    refuse('BUDGET_LINE_NOT_FOUND', `Budget line ${after.budgetLineId} is not open`);
  let line: BudgetLineState = state;
  const moved: BudgetLineEvent[] = [];
  for (const event of events) {
    const command = contractBudgetCommand(event, after, line);
    if (command === null) continue;
    const decided = budgetLineDecider.decide(command, line);
    line = decided.reduce(budgetLineDecider.evolve, line);
    moved.push(...decided);
  }
  return [{ stream, events: moved }];
}

export function readContract(
  store: EventStore,
  contractId: string,
): Promise<Folded<ContractState>> {
  return readFolded(store, contractStream(contractId), contractDecider);
}
