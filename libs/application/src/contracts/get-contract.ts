import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  refuse,
  type Id,
  type Instant,
  type MilestoneState,
  type MilestoneTerms,
  type Money,
  type SignedContract,
  type Verdict,
} from '@contract-ledger/domain';
import { CommandRuntime, type Authorize } from '../command-runtime';
import { contractFacts, readContract } from './contract-streams';

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

export interface MilestoneView extends MilestoneTerms {
  readonly delivery: MilestoneState['delivery'];
  readonly evaluation: MilestoneState['evaluation'];
  /** What may be paid for the milestone: its accepted amount, zero until evaluated. */
  readonly accepted: Money;
  readonly paid: Money;
  /** accepted − paid. */
  readonly payable: Money;
}

export interface ContractView {
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly supplierId: Id;
  readonly budgetLineId: Id;
  readonly status: SignedContract['status'];
  readonly signedBy: Id;
  readonly signedAt: Instant;
  readonly awardedAmount: Money;
  readonly signedValue: Money;
  readonly value: Money;
  readonly advanceCapPercent: number;
  readonly acceptedTotal: Money;
  readonly paidTotal: Money;
  readonly cashPaid: Money;
  readonly advancesPaid: Money;
  readonly advanceOutstanding: Money;
  readonly evaluatorIds: readonly Id[];
  readonly approvals: readonly {
    readonly approvalId: Id;
    readonly approvedBy: Id;
    readonly maxNewValue: Money;
    readonly usedBy: Id | null;
  }[];
  readonly amendmentIds: readonly Id[];
  readonly terminationReason: SignedContract['terminationReason'];
  readonly milestones: readonly MilestoneView[];
}

/** What the public sees of a signed contract: the deal and its progress, no person's id or evidence. */
export interface PublicContractView {
  readonly contractId: Id;
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly supplierId: Id;
  readonly status: SignedContract['status'];
  readonly signedAt: Instant;
  readonly value: Money;
  readonly acceptedTotal: Money;
  readonly paidTotal: Money;
  readonly milestones: readonly {
    readonly milestoneId: Id;
    readonly title: string;
    readonly dueAt: Instant;
    readonly amount: Money;
    readonly delivered: boolean;
    readonly late: boolean | null;
    readonly verdict: Verdict | null;
    readonly accepted: Money;
    readonly paid: Money;
  }[];
}

export function contractView(state: SignedContract): ContractView {
  const currency = state.value.currency;
  const milestones = state.milestones.map((m): MilestoneView => {
    const accepted = m.evaluation?.acceptedAmount ?? money(0, currency);
    return {
      ...m.terms,
      delivery: m.delivery,
      evaluation: m.evaluation,
      accepted,
      paid: m.paid,
      payable: money(accepted.amountMinor - m.paid.amountMinor, currency),
    };
  });
  return {
    contractId: state.contractId,
    tenderId: state.tenderId,
    agencyId: state.agencyId,
    supplierId: state.supplierId,
    budgetLineId: state.budgetLineId,
    status: state.status,
    signedBy: state.signedBy,
    signedAt: state.signedAt,
    awardedAmount: state.awardedAmount,
    signedValue: state.signedValue,
    value: state.value,
    advanceCapPercent: state.advanceCapPercent,
    acceptedTotal: money(
      milestones.reduce((t, m) => t + m.accepted.amountMinor, 0),
      currency,
    ),
    paidTotal: money(
      milestones.reduce((t, m) => t + m.paid.amountMinor, 0),
      currency,
    ),
    cashPaid: state.cashPaid,
    advancesPaid: state.advancesPaid,
    advanceOutstanding: money(
      state.advancesPaid.amountMinor - state.advanceRecovered.amountMinor,
      currency,
    ),
    evaluatorIds: state.evaluatorIds,
    approvals: Object.entries(state.approvals).map(([approvalId, a]) => ({
      approvalId,
      approvedBy: a.approvedBy,
      maxNewValue: a.maxNewValue,
      usedBy: a.usedBy,
    })),
    amendmentIds: state.amendmentIds,
    terminationReason: state.terminationReason,
    milestones,
  };
}

export function publicContractView(state: SignedContract): PublicContractView {
  const full = contractView(state);
  return {
    contractId: full.contractId,
    tenderId: full.tenderId,
    agencyId: full.agencyId,
    supplierId: full.supplierId,
    status: full.status,
    signedAt: full.signedAt,
    value: full.value,
    acceptedTotal: full.acceptedTotal,
    paidTotal: full.paidTotal,
    milestones: full.milestones.map((m) => ({
      milestoneId: m.milestoneId,
      title: m.title,
      dueAt: m.dueAt,
      amount: m.amount,
      delivered: m.delivery !== null,
      late: m.delivery?.late ?? null,
      verdict: m.evaluation?.verdict ?? null,
      accepted: m.accepted,
      paid: m.paid,
    })),
  };
}

export interface ContractRead<View> {
  readonly view: View;
  readonly revision: number;
  readonly position: number;
}

/** The contract as its stream says now (read-your-writes without a projection); `audience` picks the view. */
export class GetContractQuery extends Query<ContractRead<ContractView | PublicContractView>> {
  constructor(
    readonly contractId: Id,
    readonly audience:
      { readonly kind: 'scoped'; readonly authorize: Authorize } | { readonly kind: 'public' },
  ) {
    super();
  }
}

@QueryHandler(GetContractQuery)
export class GetContractHandler implements IQueryHandler<
  GetContractQuery,
  ContractRead<ContractView | PublicContractView>
> {
  constructor(private readonly runtime: CommandRuntime) {}

  async execute({
    contractId,
    audience,
  }: GetContractQuery): Promise<ContractRead<ContractView | PublicContractView>> {
    const { state, revision, position } = await readContract(this.runtime.store, contractId);
    if (state.status === 'unsigned') refuse('CONTRACT_NOT_FOUND', `No contract ${contractId}`);
    if (audience.kind === 'public') return { view: publicContractView(state), revision, position };
    audience.authorize(contractFacts(state));
    return { view: contractView(state), revision, position };
  }
}
