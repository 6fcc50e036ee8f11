import {
  budgetLineDecider,
  refuse,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type BudgetLineCommand,
  type BudgetLineEvent,
  type BudgetLineState,
  type Decider,
  type Id,
  type SupplierCommand,
  type SupplierEvent,
  type SupplierState,
  type TenderCommand,
  type TenderEvent,
  type TenderRecord,
  type TenderState,
} from '@contract-ledger/domain';
import type { EventMetadata } from '@contract-ledger/event-store';
import type { ResourceFacts } from './auth/policy';
import {
  decideOn,
  guarded,
  type Authorize,
  type CommandContext,
  type CommandResult,
  type CommandRuntime,
} from './command-runtime';

type Registered = Extract<SupplierState, { status: 'registered' }>;
type OpenLine = Extract<BudgetLineState, { status: 'open' }>;

/** The supplier decider for commands on a registered supplier, scoped to that supplier. */
export function supplierGuarded(
  authorize: Authorize,
  facts: (state: Registered) => ResourceFacts = (s) => ({ supplierId: s.registration.supplierId }),
): Decider<SupplierState, SupplierCommand, SupplierEvent> {
  return guarded(supplierDecider, {
    exists: (s) => s.status === 'registered',
    // The domain's own code for "no registered supplier" (docs/rules.md), answered 404.
    missing: ['SUPPLIER_NOT_REGISTERED', 'No registered supplier with this id'],
    facts: (s) => facts(s as Registered),
    authorize,
  });
}

/** The budget decider for commands on an open line, scoped to the line's agency. */
export function budgetGuarded(
  authorize: Authorize,
): Decider<BudgetLineState, BudgetLineCommand, BudgetLineEvent> {
  return guarded(budgetLineDecider, {
    exists: (s) => s.status === 'open',
    missing: ['BUDGET_LINE_NOT_FOUND', 'No such budget line'],
    facts: (s) => ({ agencyId: (s as OpenLine).opened.agencyId }),
    authorize,
  });
}

/** What the scope rules know about a tender: its agency and its assigned evaluators. */
export function tenderFacts(state: TenderRecord): ResourceFacts {
  return { agencyId: state.agencyId, assignedEvaluatorIds: Object.keys(state.evaluators) };
}

/**
 * Whether a draft is hidden from the caller of a command: a draft is the agency's working paper,
 * so to anyone who may never read it it does not exist, whatever the command would allow it: a
 * supplier bidding, asking or complaining on a draft gets the answer an unknown id gets, not a
 * refusal that says it exists. Suppliers and the review body never read a draft, an evaluator only
 * where assigned; an officer of another agency is refused by the command's own scope check, which
 * hides a draft too (`hidden`). Decided from the role alone: commands the application issues
 * itself carry no scope to judge.
 */
function draftHiddenFrom(metadata: EventMetadata, state: TenderRecord): boolean {
  if (state.status !== 'draft') return false;
  switch (metadata.role) {
    case 'supplier':
    case 'review_body':
      return true;
    case 'evaluator':
      return !Object.prototype.hasOwnProperty.call(state.evaluators, metadata.actor);
    default:
      return false;
  }
}

/** The tender decider for commands on an existing tender; `facts` narrows for bid-level scopes. */
export function tenderGuarded(
  context: Pick<CommandContext, 'authorize' | 'metadata'>,
  facts: (state: TenderRecord) => ResourceFacts = tenderFacts,
): Decider<TenderState, TenderCommand, TenderEvent> {
  return guarded(tenderDecider, {
    exists: (s) => s.status !== 'none',
    missing: ['TENDER_NOT_FOUND', 'No such tender'],
    facts: (s) => facts(s as TenderRecord),
    authorize: context.authorize,
    invisible: (s) => draftHiddenFrom(context.metadata, s as TenderRecord),
    // A draft is the agency's working paper: to a caller out of scope it does not exist.
    hidden: (s) => s.status === 'draft',
  });
}

/**
 * Facts of one bid for the bidder's own actions (own-supplier); an unknown bid is 404, never a 403
 * guess. A supplier naming another supplier's bid is refused with the decider's documented code
 * BID_NOT_OWNED (403), not a bare FORBIDDEN; the scope check still runs for every other caller.
 */
export function bidderFacts(
  bidId: string,
  actingSupplierId?: string,
): (state: TenderRecord) => ResourceFacts {
  return (state) => {
    const bid = state.bids[bidId];
    if (!bid) refuse('BID_NOT_FOUND', 'No such bid on this tender');
    if (actingSupplierId !== undefined && bid.supplierId !== actingSupplierId) {
      refuse('BID_NOT_OWNED', 'A supplier acts only on its own bids');
    }
    return { ...tenderFacts(state), supplierId: bid.supplierId };
  };
}

/** A command on a registered supplier's own stream, scoped to that supplier; answered about `id`. */
export function decideOnSupplier(
  runtime: CommandRuntime,
  context: CommandContext,
  supplierId: Id,
  command: SupplierCommand,
  id: string,
): Promise<CommandResult> {
  const decider = supplierGuarded(context.authorize);
  return decideOn(runtime.store, supplierStream(supplierId), decider, command, context, id);
}

/** A command on an existing tender's stream; `facts` narrows the scope for bid-level acts. */
export function decideOnTender(
  runtime: CommandRuntime,
  context: CommandContext,
  tenderId: Id,
  command: TenderCommand,
  id: string,
  facts: (state: TenderRecord) => ResourceFacts = tenderFacts,
): Promise<CommandResult> {
  const decider = tenderGuarded(context, facts);
  return decideOn(runtime.store, tenderStream(tenderId), decider, command, context, id);
}
