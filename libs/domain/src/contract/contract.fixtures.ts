import { DEFAULT_POLICY } from '../shared/policy';
import type { Money } from '../shared/money';
import type {
  AmendContract,
  ContractCommand,
  DisburseFunds,
  EvaluateMilestone,
  ReportDelivery,
  SignContract,
} from './commands';
import type {
  ContractAmended,
  ContractSigned,
  DeliveryReported,
  FundsDisbursed,
  MilestoneEvaluated,
  MilestoneTerms,
} from './events';

export const ids = {
  contract: '0190b000-0000-7000-8000-000000000c01',
  tender: '0190b000-0000-7000-8000-000000000701',
  agency: '0190b000-0000-7000-8000-00000000a001',
  otherAgency: '0190b000-0000-7000-8000-00000000a002',
  supplier: '0190b000-0000-7000-8000-000000005001',
  otherSupplier: '0190b000-0000-7000-8000-000000005002',
  budgetLine: '0190b000-0000-7000-8000-00000000b001',
  officer: '0190b000-0000-7000-8000-0000000000f1',
  supplierUser: '0190b000-0000-7000-8000-0000000000f2',
  evaluator: '0190b000-0000-7000-8000-0000000000e1',
  finance: '0190b000-0000-7000-8000-0000000000f3',
  supervisorApproval: '0190b000-0000-7000-8000-0000000000a9',
  supervisor: '0190b000-0000-7000-8000-0000000000f4',
  /** An officer of the agency who drafted the tender (not the one who signed). */
  drafter: '0190b000-0000-7000-8000-0000000000f5',
  /** A person of the supplier who submitted its bid (not the one who reports deliveries). */
  bidWriter: '0190b000-0000-7000-8000-0000000000f6',
  m1: '0190b000-0000-7000-8000-000000000101',
  m2: '0190b000-0000-7000-8000-000000000102',
  m3: '0190b000-0000-7000-8000-000000000103',
  amendment1: '0190b000-0000-7000-8000-000000000201',
  amendment2: '0190b000-0000-7000-8000-000000000202',
  d1: '0190b000-0000-7000-8000-000000000301',
  d2: '0190b000-0000-7000-8000-000000000302',
  d3: '0190b000-0000-7000-8000-000000000303',
} as const;

export const T = {
  signed: '2026-03-01T09:00:00.000Z',
  m1Due: '2026-06-30T23:59:59.000Z',
  m2Due: '2026-12-31T23:59:59.000Z',
  beforeM1Due: '2026-06-15T10:00:00.000Z',
  afterM1Due: '2026-07-05T10:00:00.000Z',
  evaluated: '2026-07-10T10:00:00.000Z',
  paymentDue: '2026-08-09T10:00:00.000Z',
  later: '2026-08-01T10:00:00.000Z',
} as const;

export const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;

export function milestoneTerms(
  milestoneId: string,
  amountMinor: number,
  dueAt: string = T.m1Due,
): MilestoneTerms {
  return {
    milestoneId,
    title: `Home visits, phase ${milestoneId.slice(-1)}`,
    dueAt,
    amount: cny(amountMinor),
    deliverables: ['Visit log', 'Care plans for every enrolled elder'],
    indicators: [
      { indicatorId: 'visits', description: 'Home visits made', target: '>= 400' },
      { indicatorId: 'satisfaction', description: 'Elders satisfied (survey)', target: '>= 85%' },
    ],
  };
}

/** A 1,000,000.00 CNY contract in two milestones of 400,000.00 and 600,000.00. */
export const schedule = [
  milestoneTerms(ids.m1, 40_000_000),
  milestoneTerms(ids.m2, 60_000_000, T.m2Due),
];

export function sign(over: Partial<SignContract['data']> = {}): SignContract {
  return {
    type: 'SignContract',
    data: {
      contractId: ids.contract,
      signedBy: ids.officer,
      at: T.signed,
      value: cny(100_000_000),
      advanceCapPercent: 20,
      milestones: schedule,
      tenderId: ids.tender,
      agencyId: ids.agency,
      supplierId: ids.supplier,
      budgetLineId: ids.budgetLine,
      awardedAmount: cny(105_000_000),
      supplierDebarred: false,
      standstillEndsAt: null,
      pendingComplaintIds: [],
      policy: DEFAULT_POLICY,
      ...over,
    },
  };
}

const reference = { contractId: ids.contract, agencyId: ids.agency, supplierId: ids.supplier };

export const signed: ContractSigned = {
  type: 'ContractSigned',
  data: {
    ...reference,
    tenderId: ids.tender,
    budgetLineId: ids.budgetLine,
    signedBy: ids.officer,
    signedAt: T.signed,
    awardedAmount: cny(105_000_000),
    value: cny(100_000_000),
    advanceCapPercent: 20,
    milestones: schedule,
  },
};

export function amend(over: Partial<AmendContract['data']> = {}): AmendContract {
  return {
    type: 'AmendContract',
    data: {
      contractId: ids.contract,
      amendmentId: ids.amendment1,
      amendedBy: ids.officer,
      at: T.later,
      rationale: 'scope_change',
      justification: 'Thirty more elders enrolled in the district',
      newValue: cny(105_000_000),
      milestones: [milestoneTerms(ids.m1, 40_000_000), milestoneTerms(ids.m2, 65_000_000, T.m2Due)],
      supervisorApprovalId: null,
      policy: DEFAULT_POLICY,
      ...over,
    },
  };
}

export function amended(over: Partial<ContractAmended['data']> = {}): ContractAmended {
  return {
    type: 'ContractAmended',
    data: {
      ...reference,
      amendmentId: ids.amendment1,
      amendedBy: ids.officer,
      amendedAt: T.later,
      rationale: 'scope_change',
      justification: 'Thirty more elders enrolled in the district',
      previousValue: cny(100_000_000),
      newValue: cny(105_000_000),
      cumulativeChangeMinor: 5_000_000,
      milestones: [milestoneTerms(ids.m1, 40_000_000), milestoneTerms(ids.m2, 65_000_000, T.m2Due)],
      supervisorApprovalId: null,
      ...over,
    },
  };
}

export const results = [
  { indicatorId: 'visits', value: '412', met: true },
  { indicatorId: 'satisfaction', value: '88%', met: true },
];

export function report(over: Partial<ReportDelivery['data']> = {}): ReportDelivery {
  return {
    type: 'ReportDelivery',
    data: {
      contractId: ids.contract,
      milestoneId: ids.m1,
      reportedBy: ids.supplierUser,
      at: T.beforeM1Due,
      evidenceDigests: [DIGEST_A],
      indicatorResults: results,
      ...over,
    },
  };
}

export function reported(over: Partial<DeliveryReported['data']> = {}): DeliveryReported {
  return {
    type: 'DeliveryReported',
    data: {
      ...reference,
      milestoneId: ids.m1,
      reportedBy: ids.supplierUser,
      reportedAt: T.beforeM1Due,
      dueAt: T.m1Due,
      late: false,
      evidenceDigests: [DIGEST_A],
      indicatorResults: results,
      ...over,
    },
  };
}

/** Who acted for each party on the tender, its budget line, the supplier or the contract. */
export const buyerStaff = { staffIds: [ids.drafter, ids.officer, ids.finance] };
export const supplierStaff = { staffIds: [ids.bidWriter, ids.supplierUser] };

export function evaluate(over: Partial<EvaluateMilestone['data']> = {}): EvaluateMilestone {
  return {
    type: 'EvaluateMilestone',
    data: {
      contractId: ids.contract,
      milestoneId: ids.m1,
      evaluatorId: ids.evaluator,
      at: T.evaluated,
      verdict: 'accepted',
      acceptedShareBps: 10_000,
      score: 92,
      comments: 'All visits logged and verified by sampling',
      evaluatorConflictSupplierIds: [],
      evaluatorAgencyId: null,
      evaluatorSupplierId: null,
      buyer: buyerStaff,
      supplier: supplierStaff,
      policy: DEFAULT_POLICY,
      ...over,
    },
  };
}

export function evaluated(over: Partial<MilestoneEvaluated['data']> = {}): MilestoneEvaluated {
  return {
    type: 'MilestoneEvaluated',
    data: {
      ...reference,
      milestoneId: ids.m1,
      evaluatorId: ids.evaluator,
      evaluatedAt: T.evaluated,
      verdict: 'accepted',
      acceptedShareBps: 10_000,
      acceptedAmount: cny(40_000_000),
      score: 92,
      comments: 'All visits logged and verified by sampling',
      paymentDueBy: T.paymentDue,
      ...over,
    },
  };
}

export function disburse(over: Partial<DisburseFunds['data']> = {}): DisburseFunds {
  return {
    type: 'DisburseFunds',
    data: {
      contractId: ids.contract,
      disbursementId: ids.d1,
      kind: 'milestone',
      milestoneId: ids.m1,
      amount: cny(40_000_000),
      disbursedBy: ids.finance,
      at: T.later,
      ...over,
    },
  };
}

export function disbursed(over: Partial<FundsDisbursed['data']> = {}): FundsDisbursed {
  return {
    type: 'FundsDisbursed',
    data: {
      ...reference,
      disbursementId: ids.d1,
      budgetLineId: ids.budgetLine,
      kind: 'milestone',
      milestoneId: ids.m1,
      amount: cny(40_000_000),
      advanceRecovered: cny(0),
      cashPaid: cny(40_000_000),
      disbursedBy: ids.finance,
      disbursedAt: T.later,
      ...over,
    },
  };
}

export function command<C extends ContractCommand['type']>(
  type: C,
  data: Extract<ContractCommand, { type: C }>['data'],
): ContractCommand {
  return { type, data } as ContractCommand;
}
