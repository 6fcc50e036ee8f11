import type { Decider, DomainCommand } from '../shared/decider';
import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, type Instant } from '../shared/instant';

/**
 * The register of an evaluator's declared conflicts of interest (`evaluator-<evaluatorId>`). A
 * conflict is about a person and a supplier, not one tender: declared on any tender, it bars the
 * evaluator from scoring that supplier's bids on every tender and from evaluating its milestones
 * on every contract. The register is written in the same atomic append as the tender's
 * ConflictDeclared, so the command handlers read one small stream at command time instead of
 * scanning the log for declarations.
 */

export type ConflictOfInterestRegistered = {
  type: 'ConflictOfInterestRegistered';
  data: {
    evaluatorId: Id;
    supplierId: Id;
    /** The tender the conflict was first declared on (its ConflictDeclared holds the description). */
    tenderId: Id;
    declaredAt: Instant;
  };
};
export type EvaluatorEvent = ConflictOfInterestRegistered;

export type RegisterConflictOfInterest = DomainCommand<
  'RegisterConflictOfInterest',
  { readonly evaluatorId: Id; readonly supplierId: Id; readonly tenderId: Id; readonly at: Instant }
>;
export type EvaluatorCommand = RegisterConflictOfInterest;

export interface RegisteredConflict {
  readonly supplierId: Id;
  readonly tenderId: Id;
  readonly declaredAt: Instant;
}

/** supplierId -> where and when the conflict with it was first declared. */
export interface EvaluatorState {
  readonly conflicts: Readonly<Record<Id, RegisteredConflict>>;
}

export const evaluatorStream = (evaluatorId: Id): string => `evaluator-${evaluatorId}`;

export function evolveEvaluator(state: EvaluatorState, event: EvaluatorEvent): EvaluatorState {
  switch (event.type) {
    case 'ConflictOfInterestRegistered': {
      const { supplierId, tenderId, declaredAt } = event.data;
      if (supplierId in state.conflicts) return state;
      return {
        conflicts: { ...state.conflicts, [supplierId]: { supplierId, tenderId, declaredAt } },
      };
    }
  }
}

/**
 * Once per evaluator and supplier: a second declaration (on another tender, or again on the same)
 * is recorded by that tender's ConflictDeclared and registers nothing more. The register answers
 * one question, "may this person judge this supplier?", and the first declaration already answers
 * it; each tender keeps its own record of every declaration made on it.
 */
function decideEvaluator(command: EvaluatorCommand, state: EvaluatorState): EvaluatorEvent[] {
  switch (command.type) {
    case 'RegisterConflictOfInterest': {
      const c = command.data;
      const evaluatorId = assertId(c.evaluatorId, 'evaluatorId');
      const supplierId = assertId(c.supplierId, 'supplierId');
      const tenderId = assertId(c.tenderId, 'tenderId');
      const declaredAt = assertInstant(c.at, 'at');
      if (supplierId in state.conflicts) return [];
      return [
        {
          type: 'ConflictOfInterestRegistered',
          data: { evaluatorId, supplierId, tenderId, declaredAt },
        },
      ];
    }
  }
}

export const evaluatorDecider: Decider<EvaluatorState, EvaluatorCommand, EvaluatorEvent> = {
  initialState: () => ({ conflicts: {} }),
  evolve: evolveEvaluator,
  decide: decideEvaluator,
};

/** The suppliers the evaluator registered a conflict with. */
export function registeredConflictSupplierIds(state: EvaluatorState): Id[] {
  return Object.keys(state.conflicts);
}

/**
 * The conflicts fact a command carries (EVALUATOR_CONFLICTED): the suppliers of the evaluator's
 * register (and, for ledgers written before the register, those it declared on the tender at
 * hand). A missing list is refused, never read as "no conflicts": the rule would pass silently.
 */
export function conflictSupplierIdsOf(
  value: readonly Id[] | undefined,
  evaluatorId: Id,
): readonly Id[] {
  if (!Array.isArray(value)) {
    refuse('EVALUATOR_CONFLICTS_UNKNOWN', "The evaluator's declared conflicts are required", {
      evaluatorId,
    });
  }
  return value;
}
