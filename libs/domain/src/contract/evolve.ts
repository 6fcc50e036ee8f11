import type { Id } from '../shared/ids';
import type { Instant } from '../shared/instant';
import type { Money } from '../shared/money';
import type {
  ContractEvent,
  IndicatorResult,
  MilestoneTerms,
  TerminationReason,
  Verdict,
} from './events';

export interface MilestoneState {
  readonly terms: MilestoneTerms;
  readonly delivery: {
    readonly reportedBy: Id;
    readonly reportedAt: Instant;
    readonly late: boolean;
    readonly evidenceDigests: readonly string[];
    readonly indicatorResults: readonly IndicatorResult[];
  } | null;
  readonly evaluation: {
    readonly evaluatorId: Id;
    readonly verdict: Verdict;
    readonly acceptedShareBps: number;
    readonly acceptedAmount: Money;
    readonly score: number;
  } | null;
  /** Counted against the accepted amount, whether paid in cash or by recovering an advance. */
  readonly paid: Money;
}

export interface ApprovalState {
  readonly approvedBy: Id;
  readonly maxNewValue: Money;
  readonly justification: string;
  readonly usedBy: Id | null;
}

export interface UnsignedContract {
  readonly status: 'unsigned';
}

export interface SignedContract {
  readonly status: 'active' | 'suspended' | 'terminated' | 'completed';
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly supplierId: Id;
  readonly budgetLineId: Id;
  readonly signedBy: Id;
  readonly signedAt: Instant;
  readonly awardedAmount: Money;
  /** The base the amendment threshold is measured against. */
  readonly signedValue: Money;
  readonly value: Money;
  readonly advanceCapPercent: number;
  readonly milestones: readonly MilestoneState[];
  readonly advancesPaid: Money;
  readonly advanceRecovered: Money;
  /** Cash that left the budget line: advances plus milestone payments net of recovery. */
  readonly cashPaid: Money;
  readonly amendmentIds: readonly Id[];
  /** Evaluators the agency assigned to judge deliveries (the `assigned` scope of the API). */
  readonly evaluatorIds: readonly Id[];
  /** Supervisor approvals by approvalId; `usedBy` is the amendment that cited it. */
  readonly approvals: Readonly<Record<Id, ApprovalState>>;
  readonly disbursementIds: readonly Id[];
  readonly terminationReason: TerminationReason | null;
}

export type ContractState = UnsignedContract | SignedContract;

export function initialContractState(): ContractState {
  return { status: 'unsigned' };
}

// evolve must never throw for a recorded event, so it adds raw minor units instead of using the
// validating Money helpers; decide has already checked currencies and ranges.
function plus(a: Money, b: Money): Money {
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

/**
 * Where each milestone sits in a milestones array. Arrays of a state are never mutated, so the
 * index of one stays right as long as the array lives, and carries over to the copy that replaces
 * one milestone (same ids in the same places). Without it every delivery, evaluation and payment
 * scanned the whole list comparing ids (which share the contract's prefix), so folding a long
 * contract was quadratic: ~400 ms for half of a 10,000-event, 3,334-milestone contract. A memo
 * beside the state, not in it: evolve stays a function of its arguments and the state's shape
 * (what reconstruction returns) is unchanged. Null marks duplicate ids, which take the full scan.
 */
const milestoneIndexes = new WeakMap<readonly MilestoneState[], ReadonlyMap<Id, number> | null>();

function milestoneIndex(milestones: readonly MilestoneState[]): ReadonlyMap<Id, number> | null {
  let index = milestoneIndexes.get(milestones);
  if (index === undefined) {
    const built = new Map(milestones.map((m, i) => [m.terms.milestoneId, i]));
    index = built.size === milestones.length ? built : null;
    milestoneIndexes.set(milestones, index);
  }
  return index;
}

function updateMilestone(
  state: SignedContract,
  milestoneId: Id,
  change: (m: MilestoneState) => MilestoneState,
): SignedContract {
  const index = milestoneIndex(state.milestones);
  if (index === null) {
    return {
      ...state,
      milestones: state.milestones.map((m) =>
        m.terms.milestoneId === milestoneId ? change(m) : m,
      ),
    };
  }
  const at = index.get(milestoneId);
  if (at === undefined) return { ...state, milestones: state.milestones.slice() };
  // slice() of a packed array is a block copy: linear still, but no id comparisons or callbacks.
  const milestones = state.milestones.slice();
  milestones[at] = change(milestones[at]!);
  milestoneIndexes.set(milestones, index);
  return { ...state, milestones };
}

export function evolveContract(state: ContractState, event: ContractEvent): ContractState {
  if (event.type === 'ContractSigned') {
    if (state.status !== 'unsigned') return state;
    const d = event.data;
    const none: Money = { amountMinor: 0, currency: d.value.currency };
    return {
      status: 'active',
      contractId: d.contractId,
      tenderId: d.tenderId,
      agencyId: d.agencyId,
      supplierId: d.supplierId,
      budgetLineId: d.budgetLineId,
      signedBy: d.signedBy,
      signedAt: d.signedAt,
      awardedAmount: d.awardedAmount,
      signedValue: d.value,
      value: d.value,
      advanceCapPercent: d.advanceCapPercent,
      milestones: d.milestones.map((terms) => ({
        terms,
        delivery: null,
        evaluation: null,
        paid: none,
      })),
      advancesPaid: none,
      advanceRecovered: none,
      cashPaid: none,
      amendmentIds: [],
      evaluatorIds: [],
      approvals: {},
      disbursementIds: [],
      terminationReason: null,
    };
  }
  if (state.status === 'unsigned') return state;

  switch (event.type) {
    case 'ContractEvaluatorAssigned':
      return state.evaluatorIds.includes(event.data.evaluatorId)
        ? state
        : { ...state, evaluatorIds: [...state.evaluatorIds, event.data.evaluatorId] };
    case 'AmendmentApproved': {
      const d = event.data;
      return {
        ...state,
        approvals: {
          ...state.approvals,
          [d.approvalId]: {
            approvedBy: d.approvedBy,
            maxNewValue: d.maxNewValue,
            justification: d.justification,
            usedBy: null,
          },
        },
      };
    }
    case 'ContractAmended': {
      const d = event.data;
      const cited =
        d.supervisorApprovalId === null ? undefined : state.approvals[d.supervisorApprovalId];
      const before = new Map(state.milestones.map((m) => [m.terms.milestoneId, m]));
      const zero: Money = { amountMinor: 0, currency: d.newValue.currency };
      return {
        ...state,
        value: d.newValue,
        milestones: d.milestones.map((terms) => {
          const kept = before.get(terms.milestoneId);
          return kept
            ? { ...kept, terms }
            : { terms, delivery: null, evaluation: null, paid: zero };
        }),
        amendmentIds: [...state.amendmentIds, d.amendmentId],
        approvals:
          cited && d.supervisorApprovalId !== null
            ? { ...state.approvals, [d.supervisorApprovalId]: { ...cited, usedBy: d.amendmentId } }
            : state.approvals,
      };
    }
    case 'DeliveryReported': {
      const d = event.data;
      return updateMilestone(state, d.milestoneId, (m) => ({
        ...m,
        delivery: {
          reportedBy: d.reportedBy,
          reportedAt: d.reportedAt,
          late: d.late,
          evidenceDigests: d.evidenceDigests,
          indicatorResults: d.indicatorResults,
        },
      }));
    }
    case 'MilestoneEvaluated': {
      const d = event.data;
      return updateMilestone(state, d.milestoneId, (m) => ({
        ...m,
        evaluation: {
          evaluatorId: d.evaluatorId,
          verdict: d.verdict,
          acceptedShareBps: d.acceptedShareBps,
          acceptedAmount: d.acceptedAmount,
          score: d.score,
        },
      }));
    }
    case 'FundsDisbursed': {
      const d = event.data;
      const withMoney: SignedContract = {
        ...state,
        advancesPaid:
          d.kind === 'advance' ? plus(state.advancesPaid, d.amount) : state.advancesPaid,
        advanceRecovered: plus(state.advanceRecovered, d.advanceRecovered),
        cashPaid: plus(state.cashPaid, d.cashPaid),
        disbursementIds: [...state.disbursementIds, d.disbursementId],
      };
      return d.kind === 'milestone' && d.milestoneId !== null
        ? updateMilestone(withMoney, d.milestoneId, (m) => ({ ...m, paid: plus(m.paid, d.amount) }))
        : withMoney;
    }
    case 'ContractSuspended':
      return { ...state, status: 'suspended' };
    case 'ContractResumed':
      return { ...state, status: 'active' };
    case 'ContractTerminated':
      return { ...state, status: 'terminated', terminationReason: event.data.reason };
    case 'ContractCompleted':
      return { ...state, status: 'completed' };
  }
}
