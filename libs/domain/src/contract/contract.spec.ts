import { fold } from '../shared/decider';
import { makePolicy } from '../shared/policy';
import { deciderSpec } from '../testing';
import {
  amend,
  amended,
  buyerStaff,
  cny,
  DIGEST_B,
  disburse,
  disbursed,
  evaluate,
  evaluated,
  ids,
  milestoneTerms,
  report,
  reported,
  schedule,
  sign,
  signed,
  supplierStaff,
  T,
} from './contract.fixtures';
import {
  contractDecider,
  contractStream,
  countSupplierFailures,
  debarmentProposalDue,
  type AmendContract,
  type AmendmentApproved,
  type ApproveAmendment,
  type AssignContractEvaluator,
  type ContractEvaluatorAssigned,
  type ContractEvent,
  type SignedContract,
} from './index';

const spec = deciderSpec(contractDecider);
const { d1, d2, d3, m1, m2, m3 } = ids;

const accepted = [signed, reported(), evaluated()];
const suspended: ContractEvent = {
  type: 'ContractSuspended',
  data: {
    contractId: ids.contract,
    agencyId: ids.agency,
    supplierId: ids.supplier,
    suspendedBy: ids.officer,
    suspendedAt: T.later,
    reason: 'Safeguarding investigation',
  },
};
const terminated: ContractEvent = {
  type: 'ContractTerminated',
  data: {
    contractId: ids.contract,
    agencyId: ids.agency,
    supplierId: ids.supplier,
    terminatedBy: ids.officer,
    terminatedAt: T.later,
    reason: 'for_default',
    explanation: 'Visits not made for two months',
    amountPaid: cny(0),
    advanceOutstanding: cny(0),
  },
};
function approved(over: Partial<AmendmentApproved['data']> = {}): AmendmentApproved {
  return {
    type: 'AmendmentApproved',
    data: {
      contractId: ids.contract,
      agencyId: ids.agency,
      supplierId: ids.supplier,
      approvalId: ids.supervisorApproval,
      approvedBy: ids.supervisor,
      approvedAt: T.later,
      maxNewValue: cny(120_000_000),
      justification: 'Enrolment doubled after the district merger',
      ...over,
    },
  };
}
const approve = (over: Partial<ApproveAmendment['data']> = {}): ApproveAmendment => ({
  type: 'ApproveAmendment',
  data: {
    contractId: ids.contract,
    approvalId: ids.supervisorApproval,
    approvedBy: ids.supervisor,
    at: T.later,
    maxNewValue: cny(120_000_000),
    justification: 'Enrolment doubled after the district merger',
    ...over,
  },
});
const assigned: ContractEvaluatorAssigned = {
  type: 'ContractEvaluatorAssigned',
  data: {
    contractId: ids.contract,
    agencyId: ids.agency,
    supplierId: ids.supplier,
    evaluatorId: ids.evaluator,
    assignedBy: ids.officer,
    assignedAt: T.later,
  },
};
const assign = (over: Partial<AssignContractEvaluator['data']> = {}): AssignContractEvaluator => ({
  type: 'AssignContractEvaluator',
  data: {
    contractId: ids.contract,
    evaluatorId: ids.evaluator,
    assignedBy: ids.officer,
    at: T.later,
    buyer: buyerStaff,
    supplier: supplierStaff,
    evaluatorConflictSupplierIds: [],
    ...over,
  },
});
const allEvaluated = [
  ...accepted,
  reported({ milestoneId: m2, dueAt: T.m2Due }),
  evaluated({ milestoneId: m2, acceptedAmount: cny(60_000_000) }),
];
const completed: ContractEvent = {
  type: 'ContractCompleted',
  data: {
    contractId: ids.contract,
    agencyId: ids.agency,
    supplierId: ids.supplier,
    completedBy: ids.officer,
    completedAt: T.later,
    value: cny(100_000_000),
    acceptedTotal: cny(100_000_000),
    amountPaid: cny(0),
    advanceOutstanding: cny(0),
  },
};
const advanced = disbursed({
  disbursementId: d1,
  kind: 'advance',
  milestoneId: null,
  amount: cny(20_000_000),
  cashPaid: cny(20_000_000),
});
const advance = (amountMinor = 20_000_000) =>
  disburse({ kind: 'advance', milestoneId: null, amount: cny(amountMinor) });

describe('contract stream', () => {
  it('names the stream contract-<id>', () =>
    expect(contractStream(ids.contract)).toBe(`contract-${ids.contract}`));
});

describe('SignContract', () => {
  it('signs a contract from an award with milestones summing to the value', () =>
    void spec.given([]).when(sign()).then([signed]));
  it('repeating the same signing records nothing (idempotent)', () =>
    void spec.given([signed]).when(sign()).thenNothingHappened());
  it('refuses to sign again with other terms: CONTRACT_ALREADY_SIGNED', () =>
    void spec
      .given([signed])
      .when(sign({ value: cny(90_000_000) }))
      .thenThrows('CONTRACT_ALREADY_SIGNED'));
  it('a debarred supplier can never sign, even after winning the award: SUPPLIER_DEBARRED', () =>
    void spec
      .given([])
      .when(sign({ supplierDebarred: true }))
      .thenThrows('SUPPLIER_DEBARRED'));
  it("refuses before the award's standstill has passed: CONTRACT_STANDSTILL_RUNNING", () =>
    void spec
      .given([])
      .when(sign({ standstillEndsAt: '2026-03-01T09:00:00.001Z' }))
      .thenThrows('CONTRACT_STANDSTILL_RUNNING'));
  it('signs once the standstill has passed', () =>
    void spec
      .given([])
      .when(sign({ standstillEndsAt: T.signed }))
      .then([signed]));
  it('refuses while a complaint about the award is pending: CONTRACT_COMPLAINT_PENDING', () =>
    void spec
      .given([])
      .when(sign({ pendingComplaintIds: ['0190d000-0000-7000-8000-0000000000c1'] }))
      .thenThrows('CONTRACT_COMPLAINT_PENDING'));
  it('the value may not exceed the awarded amount: CONTRACT_VALUE_EXCEEDS_AWARD', () =>
    void spec
      .given([])
      .when(sign({ awardedAmount: cny(99_999_999) }))
      .thenThrows('CONTRACT_VALUE_EXCEEDS_AWARD'));
  it('a value equal to the awarded amount is allowed', () =>
    void spec
      .given([])
      .when(sign({ awardedAmount: cny(100_000_000) }))
      .then([{ ...signed, data: { ...signed.data, awardedAmount: cny(100_000_000) } }]));
  it('the value must be more than zero: CONTRACT_VALUE_INVALID', () =>
    void spec
      .given([])
      .when(sign({ value: cny(0) }))
      .thenThrows('CONTRACT_VALUE_INVALID'));
  it('money is whole minor units: MONEY_INVALID', () =>
    void spec
      .given([])
      .when(sign({ value: cny(100.5) }))
      .thenThrows('MONEY_INVALID'));
  it('money is never negative: MONEY_NEGATIVE', () =>
    void spec
      .given([])
      .when(sign({ milestones: [milestoneTerms(m1, -1), milestoneTerms(m2, 100_000_001)] }))
      .thenThrows('MONEY_NEGATIVE'));
  it('amounts in another currency are refused: CURRENCY_MISMATCH', () =>
    void spec
      .given([])
      .when(sign({ awardedAmount: { amountMinor: 105_000_000, currency: 'EUR' } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('milestone amounts must sum exactly to the value: MILESTONES_SUM_MISMATCH', () =>
    void spec
      .given([])
      .when(sign({ milestones: [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 59_999_999)] }))
      .thenThrows('MILESTONES_SUM_MISMATCH'));
  it('a milestone due beyond policy.planningHorizonDays (the year 9999) is refused: INSTANT_BEYOND_HORIZON', () =>
    void spec
      .given([])
      .when(
        sign({
          milestones: [
            milestoneTerms(m1, 40_000_000),
            milestoneTerms(m2, 60_000_000, '9999-12-31T00:00:00.000Z'),
          ],
        }),
      )
      .thenThrows('INSTANT_BEYOND_HORIZON'));
  it('a contract needs at least one milestone: MILESTONES_REQUIRED', () =>
    void spec
      .given([])
      .when(sign({ milestones: [] }))
      .thenThrows('MILESTONES_REQUIRED'));
  it('milestone ids are unique: MILESTONE_ID_DUPLICATE', () =>
    void spec
      .given([])
      .when(sign({ milestones: [milestoneTerms(m1, 50_000_000), milestoneTerms(m1, 50_000_000)] }))
      .thenThrows('MILESTONE_ID_DUPLICATE'));
  it('every milestone names deliverables: MILESTONE_TERMS_INCOMPLETE', () =>
    void spec
      .given([])
      .when(sign({ milestones: [{ ...schedule[0], deliverables: [] }, schedule[1]] }))
      .thenThrows('MILESTONE_TERMS_INCOMPLETE'));
  it('every milestone names indicators: MILESTONE_TERMS_INCOMPLETE', () =>
    void spec
      .given([])
      .when(sign({ milestones: [{ ...schedule[0], indicators: [] }, schedule[1]] }))
      .thenThrows('MILESTONE_TERMS_INCOMPLETE'));
  it('every milestone has a title: MILESTONE_TERMS_INCOMPLETE', () =>
    void spec
      .given([])
      .when(sign({ milestones: [{ ...schedule[0], title: ' ' }, schedule[1]] }))
      .thenThrows('MILESTONE_TERMS_INCOMPLETE'));
  it('indicator ids are unique within a milestone: INDICATOR_ID_DUPLICATE', () => {
    const twice = { indicatorId: 'visits', description: 'Visits', target: '>= 1' };
    void spec
      .given([])
      .when(sign({ milestones: [{ ...schedule[0], indicators: [twice, twice] }, schedule[1]] }))
      .thenThrows('INDICATOR_ID_DUPLICATE');
  });
  it('a milestone is due after the signing: MILESTONE_DUE_BEFORE_SIGNING', () =>
    void spec
      .given([])
      .when(sign({ milestones: [milestoneTerms(m1, 40_000_000, T.signed), schedule[1]] }))
      .thenThrows('MILESTONE_DUE_BEFORE_SIGNING'));
  it('milestone due dates are ISO-8601 UTC instants: INSTANT_INVALID', () =>
    void spec
      .given([])
      .when(sign({ milestones: [milestoneTerms(m1, 40_000_000, '2026-06-30'), schedule[1]] }))
      .thenThrows('INSTANT_INVALID'));
  it('ids are UUIDs: ID_INVALID', () =>
    void spec
      .given([])
      .when(sign({ supplierId: 'acme' }))
      .thenThrows('ID_INVALID'));
  it('a contract may forbid advances (cap 0)', () =>
    void spec
      .given([])
      .when(sign({ advanceCapPercent: 0 }))
      .then([{ ...signed, data: { ...signed.data, advanceCapPercent: 0 } }]));
  it('the advance cap stays within the policy cap: ADVANCE_CAP_ABOVE_POLICY', () =>
    void spec
      .given([])
      .when(sign({ advanceCapPercent: 31 }))
      .thenThrows('ADVANCE_CAP_ABOVE_POLICY'));
  it('the advance cap follows the jurisdiction policy, not a constant', () =>
    void spec
      .given([])
      .when(sign({ advanceCapPercent: 20, policy: makePolicy({ advancePaymentCapPercent: 10 }) }))
      .thenThrows('ADVANCE_CAP_ABOVE_POLICY'));
  it('the advance cap is a whole percent: ADVANCE_CAP_INVALID', () =>
    void spec
      .given([])
      .when(sign({ advanceCapPercent: 2.5 }))
      .thenThrows('ADVANCE_CAP_INVALID'));
});

describe('commands before signing', () => {
  it('nothing happens to an unsigned contract: CONTRACT_NOT_SIGNED', () =>
    void spec.given([]).when(report()).thenThrows('CONTRACT_NOT_SIGNED'));
  it('a command for another contract is refused: CONTRACT_ID_MISMATCH', () =>
    void spec
      .given([signed])
      .when(report({ contractId: ids.tender }))
      .thenThrows('CONTRACT_ID_MISMATCH'));
});

describe('AmendContract', () => {
  it('records an amendment with its rationale and the adjusted milestones', () =>
    void spec.given([signed]).when(amend()).then([amended()]));
  it('repeating the same amendment id records nothing (idempotent)', () =>
    void spec.given([signed, amended()]).when(amend()).thenNothingHappened());
  it('the rationale comes from a closed list: AMENDMENT_RATIONALE_INVALID', () =>
    void spec
      .given([signed])
      .when(amend({ rationale: 'because' as never }))
      .thenThrows('AMENDMENT_RATIONALE_INVALID'));
  it('an amendment is justified in writing: AMENDMENT_JUSTIFICATION_REQUIRED', () =>
    void spec
      .given([signed])
      .when(amend({ justification: '' }))
      .thenThrows('AMENDMENT_JUSTIFICATION_REQUIRED'));
  it('milestones still sum to the new value: MILESTONES_SUM_MISMATCH', () =>
    void spec
      .given([signed])
      .when(amend({ milestones: schedule }))
      .thenThrows('MILESTONES_SUM_MISMATCH'));
  it('raising the value exactly to the threshold needs no approval', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 70_000_000, T.m2Due)];
    void spec
      .given([signed])
      .when(amend({ newValue: cny(110_000_000), milestones }))
      .then([
        amended({ newValue: cny(110_000_000), cumulativeChangeMinor: 10_000_000, milestones }),
      ]);
  });
  it('raising the value past the threshold needs a supervisor approval: AMENDMENT_NEEDS_SUPERVISOR_APPROVAL', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 70_000_001, T.m2Due)];
    void spec
      .given([signed])
      .when(amend({ newValue: cny(110_000_001), milestones }))
      .thenThrows('AMENDMENT_NEEDS_SUPERVISOR_APPROVAL');
  });
  it('the threshold is cumulative over amendments: AMENDMENT_NEEDS_SUPERVISOR_APPROVAL', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 71_000_000, T.m2Due)];
    void spec
      .given([signed, amended()])
      .when(amend({ amendmentId: ids.amendment2, newValue: cny(111_000_000), milestones }))
      .thenThrows('AMENDMENT_NEEDS_SUPERVISOR_APPROVAL');
  });
  it('with a supervisor approval the value may rise past the threshold', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 80_000_000, T.m2Due)];
    const approval = ids.supervisorApproval;
    void spec
      .given([signed, approved()])
      .when(amend({ newValue: cny(120_000_000), milestones, supervisorApprovalId: approval }))
      .then([
        amended({
          newValue: cny(120_000_000),
          cumulativeChangeMinor: 20_000_000,
          milestones,
          supervisorApprovalId: approval,
        }),
      ]);
  });
  it('the threshold follows the jurisdiction policy', () =>
    void spec
      .given([signed])
      .when(amend({ policy: makePolicy({ amendmentThresholdPercent: 4 }) }))
      .thenThrows('AMENDMENT_NEEDS_SUPERVISOR_APPROVAL'));
  it('lowering the value needs no approval', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 50_000_000, T.m2Due)];
    void spec
      .given([signed])
      .when(amend({ rationale: 'error_correction', newValue: cny(90_000_000), milestones }))
      .then([
        amended({
          rationale: 'error_correction',
          newValue: cny(90_000_000),
          cumulativeChangeMinor: -10_000_000,
          milestones,
        }),
      ]);
  });
  it('an evaluated milestone keeps its amount: MILESTONE_LOCKED', () => {
    const milestones = [milestoneTerms(m1, 45_000_000), milestoneTerms(m2, 60_000_000, T.m2Due)];
    void spec.given(accepted).when(amend({ milestones })).thenThrows('MILESTONE_LOCKED');
  });
  it('a delivered milestone cannot be removed: MILESTONE_LOCKED', () =>
    void spec
      .given([signed, reported()])
      .when(amend({ milestones: [milestoneTerms(m2, 105_000_000, T.m2Due)] }))
      .thenThrows('MILESTONE_LOCKED'));
  it('an undelivered milestone may be replaced by new ones', () => {
    const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m3, 65_000_000, T.m2Due)];
    void spec
      .given([signed])
      .when(amend({ milestones }))
      .then([amended({ milestones })]);
  });
  it('the value may not fall below what was already paid: AMENDMENT_BELOW_PAID', () => {
    const milestones = [milestoneTerms(m1, 10_000_000)];
    void spec
      .given([signed, advanced])
      .when(amend({ rationale: 'scope_change', newValue: cny(10_000_000), milestones }))
      .thenThrows('AMENDMENT_BELOW_PAID');
  });
  it('a suspended contract can still be amended', () =>
    void spec.given([signed, suspended]).when(amend()).then([amended()]));
  it('a terminated contract cannot be amended: CONTRACT_TERMINATED', () =>
    void spec.given([signed, terminated]).when(amend()).thenThrows('CONTRACT_TERMINATED'));
});

describe('ReportDelivery', () => {
  it('records a delivery on time with evidence digests and indicator results', () =>
    void spec.given([signed]).when(report()).then([reported()]));
  it('a delivery after the due date is recorded as late', () =>
    void spec
      .given([signed])
      .when(report({ at: T.afterM1Due }))
      .then([reported({ reportedAt: T.afterM1Due, late: true })]));
  it('a delivery due under an amended schedule is late against the amended date', () => {
    const milestones = [
      milestoneTerms(m1, 40_000_000, T.beforeM1Due),
      milestoneTerms(m2, 65_000_000, T.m2Due),
    ];
    void spec
      .given([signed, amended({ milestones })])
      .when(report({ at: T.afterM1Due }))
      .then([reported({ reportedAt: T.afterM1Due, dueAt: T.beforeM1Due, late: true })]);
  });
  it('repeating the same report records nothing (idempotent)', () =>
    void spec.given([signed, reported()]).when(report()).thenNothingHappened());
  it('a second, different report is refused: DELIVERY_ALREADY_REPORTED', () =>
    void spec
      .given([signed, reported()])
      .when(report({ evidenceDigests: [DIGEST_B] }))
      .thenThrows('DELIVERY_ALREADY_REPORTED'));
  it('a report needs evidence: EVIDENCE_REQUIRED', () =>
    void spec
      .given([signed])
      .when(report({ evidenceDigests: [] }))
      .thenThrows('EVIDENCE_REQUIRED'));
  it('evidence is a sha256 digest: EVIDENCE_DIGEST_INVALID', () =>
    void spec
      .given([signed])
      .when(report({ evidenceDigests: ['md5:abc'] }))
      .thenThrows('EVIDENCE_DIGEST_INVALID'));
  it('results refer to the milestone indicators: INDICATOR_UNKNOWN', () =>
    void spec
      .given([signed])
      .when(report({ indicatorResults: [{ indicatorId: 'meals', value: '3', met: true }] }))
      .thenThrows('INDICATOR_UNKNOWN'));
  it('every indicator has a result: INDICATOR_RESULTS_INCOMPLETE', () =>
    void spec
      .given([signed])
      .when(report({ indicatorResults: [{ indicatorId: 'visits', value: '412', met: true }] }))
      .thenThrows('INDICATOR_RESULTS_INCOMPLETE'));
  it('the milestone belongs to the contract: MILESTONE_UNKNOWN', () =>
    void spec
      .given([signed])
      .when(report({ milestoneId: m3 }))
      .thenThrows('MILESTONE_UNKNOWN'));
  it('no delivery while suspended: CONTRACT_SUSPENDED', () =>
    void spec.given([signed, suspended]).when(report()).thenThrows('CONTRACT_SUSPENDED'));
});

describe('EvaluateMilestone', () => {
  it('accepts a delivered milestone in full, payment due within the policy days', () =>
    void spec.given([signed, reported()]).when(evaluate()).then([evaluated()]));
  it('in a sandbox (a policy day of one minute), the 30 days to pay are 30 minutes', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ policy: makePolicy({ dayMs: 60_000 }) }))
      .then([evaluated({ paymentDueBy: '2026-07-10T10:30:00.000Z' })]));
  it('a partial acceptance accepts its share of the amount, rounded down', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ verdict: 'partially_accepted', acceptedShareBps: 3_333, score: 60 }))
      .then([
        evaluated({
          verdict: 'partially_accepted',
          acceptedShareBps: 3_333,
          acceptedAmount: cny(13_332_000),
          score: 60,
        }),
      ]));
  it('a rejection accepts nothing and owes no payment', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ verdict: 'rejected', acceptedShareBps: 0, score: 20 }))
      .then([
        evaluated({
          verdict: 'rejected',
          acceptedShareBps: 0,
          acceptedAmount: cny(0),
          score: 20,
          paymentDueBy: null,
        }),
      ]));
  it('repeating the same evaluation records nothing (idempotent)', () =>
    void spec.given(accepted).when(evaluate()).thenNothingHappened());
  it('a milestone is evaluated once: MILESTONE_ALREADY_EVALUATED', () =>
    void spec
      .given(accepted)
      .when(evaluate({ verdict: 'rejected', acceptedShareBps: 0 }))
      .thenThrows('MILESTONE_ALREADY_EVALUATED'));
  it('only a reported delivery is evaluated: DELIVERY_NOT_REPORTED', () =>
    void spec.given([signed]).when(evaluate()).thenThrows('DELIVERY_NOT_REPORTED'));
  it('an evaluator conflicted with the supplier cannot evaluate: EVALUATOR_CONFLICTED', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorConflictSupplierIds: [ids.otherSupplier, ids.supplier] }))
      .thenThrows('EVALUATOR_CONFLICTED'));
  it('the conflicts fact must be supplied, not assumed empty: EVALUATOR_CONFLICTS_UNKNOWN', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorConflictSupplierIds: undefined as never }))
      .thenThrows('EVALUATOR_CONFLICTS_UNKNOWN'));
  it('a conflict with another supplier does not matter', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorConflictSupplierIds: [ids.otherSupplier] }))
      .then([evaluated()]));
  it("the buyer agency's staff cannot evaluate: EVALUATOR_IS_BUYER", () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorAgencyId: ids.agency }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('the signing officer cannot evaluate: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorId: ids.officer }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it("the supplier's people cannot evaluate: EVALUATOR_IS_SUPPLIER", () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorSupplierId: ids.supplier }))
      .thenThrows('EVALUATOR_IS_SUPPLIER'));
  it('the person who reported the delivery cannot evaluate it: EVALUATOR_IS_SUPPLIER', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorId: ids.supplierUser }))
      .thenThrows('EVALUATOR_IS_SUPPLIER'));
  it('an officer of the agency who did not sign (drafted the tender) cannot evaluate: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorId: ids.drafter }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('a finance officer who acted on the budget line cannot evaluate: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorId: ids.finance }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it("a supplier's person who did not report the delivery (submitted the bid) cannot evaluate: EVALUATOR_IS_SUPPLIER", () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ evaluatorId: ids.bidWriter }))
      .thenThrows('EVALUATOR_IS_SUPPLIER'));
  it("the buyer's staff fact must be supplied, not assumed empty: BUYER_FACTS_MISSING", () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ buyer: undefined as never }))
      .thenThrows('BUYER_FACTS_MISSING'));
  it("the supplier's staff fact must be supplied, not assumed empty: SUPPLIER_FACTS_MISSING", () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ supplier: { staffIds: null } as never }))
      .thenThrows('SUPPLIER_FACTS_MISSING'));
  it('the verdict comes from a closed list: VERDICT_INVALID', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ verdict: 'fine' as never }))
      .thenThrows('VERDICT_INVALID'));
  it('the share is whole basis points from 0 to 10,000: ACCEPTED_SHARE_INVALID', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ verdict: 'partially_accepted', acceptedShareBps: 50.5 }))
      .thenThrows('ACCEPTED_SHARE_INVALID'));
  it('accepted means the whole share: VERDICT_SHARE_MISMATCH', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ acceptedShareBps: 9_000 }))
      .thenThrows('VERDICT_SHARE_MISMATCH'));
  it('a partial acceptance is strictly between nothing and everything: VERDICT_SHARE_MISMATCH', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ verdict: 'partially_accepted', acceptedShareBps: 10_000 }))
      .thenThrows('VERDICT_SHARE_MISMATCH'));
  it('the score is a whole number from 0 to 100: SCORE_INVALID', () =>
    void spec
      .given([signed, reported()])
      .when(evaluate({ score: 101 }))
      .thenThrows('SCORE_INVALID'));
  it('delivered work may be evaluated while the contract is suspended', () =>
    void spec.given([signed, reported(), suspended]).when(evaluate()).then([evaluated()]));
});

describe('DisburseFunds', () => {
  it('pays an accepted milestone up to its amount', () =>
    void spec.given(accepted).when(disburse()).then([disbursed()]));
  it('pays a partly accepted milestone in instalments up to the accepted share', () => {
    const partly = evaluated({
      verdict: 'partially_accepted',
      acceptedShareBps: 5_000,
      acceptedAmount: cny(20_000_000),
    });
    const first = disbursed({ amount: cny(15_000_000), cashPaid: cny(15_000_000) });
    void spec
      .given([signed, reported(), partly, first])
      .when(disburse({ disbursementId: d2, amount: cny(5_000_000) }))
      .then([disbursed({ disbursementId: d2, amount: cny(5_000_000), cashPaid: cny(5_000_000) })]);
  });
  it('never more than the accepted share minus what was paid: DISBURSEMENT_EXCEEDS_ACCEPTED', () => {
    const partly = evaluated({
      verdict: 'partially_accepted',
      acceptedShareBps: 5_000,
      acceptedAmount: cny(20_000_000),
    });
    const first = disbursed({ amount: cny(15_000_000), cashPaid: cny(15_000_000) });
    void spec
      .given([signed, reported(), partly, first])
      .when(disburse({ disbursementId: d2, amount: cny(5_000_001) }))
      .thenThrows('DISBURSEMENT_EXCEEDS_ACCEPTED');
  });
  it('repeating the same disbursement id records nothing (idempotent)', () =>
    void spec
      .given([...accepted, disbursed()])
      .when(disburse())
      .thenNothingHappened());
  it('no payment before an evaluation: MILESTONE_NOT_ACCEPTED', () =>
    void spec.given([signed, reported()]).when(disburse()).thenThrows('MILESTONE_NOT_ACCEPTED'));
  it('no payment for a rejected milestone: MILESTONE_NOT_ACCEPTED', () => {
    const rejected = evaluated({
      verdict: 'rejected',
      acceptedShareBps: 0,
      acceptedAmount: cny(0),
    });
    void spec
      .given([signed, reported(), rejected])
      .when(disburse({ amount: cny(1) }))
      .thenThrows('MILESTONE_NOT_ACCEPTED');
  });
  it('a milestone payment names a milestone of the contract: MILESTONE_UNKNOWN', () =>
    void spec
      .given(accepted)
      .when(disburse({ milestoneId: m3 }))
      .thenThrows('MILESTONE_UNKNOWN'));
  it('a payment is more than zero: DISBURSEMENT_AMOUNT_INVALID', () =>
    void spec
      .given(accepted)
      .when(disburse({ amount: cny(0) }))
      .thenThrows('DISBURSEMENT_AMOUNT_INVALID'));
  it('a payment is in the contract currency: CURRENCY_MISMATCH', () =>
    void spec
      .given(accepted)
      .when(disburse({ amount: { amountMinor: 100, currency: 'USD' } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('the kind is milestone or advance: DISBURSEMENT_KIND_INVALID', () =>
    void spec
      .given(accepted)
      .when(disburse({ kind: 'bonus' as never }))
      .thenThrows('DISBURSEMENT_KIND_INVALID'));
  it('pays an advance where the contract allows one, within its cap', () =>
    void spec.given([signed]).when(advance()).then([advanced]));
  it('an advance beyond the cap is refused: ADVANCE_EXCEEDS_CAP', () =>
    void spec.given([signed]).when(advance(20_000_001)).thenThrows('ADVANCE_EXCEEDS_CAP'));
  it('advances add up against the cap: ADVANCE_EXCEEDS_CAP', () =>
    void spec
      .given([signed, advanced])
      .when({ ...advance(1), data: { ...advance(1).data, disbursementId: d2 } })
      .thenThrows('ADVANCE_EXCEEDS_CAP'));
  it('no advance where the contract forbids one: ADVANCE_NOT_ALLOWED', () =>
    void spec
      .given([{ ...signed, data: { ...signed.data, advanceCapPercent: 0 } }])
      .when(advance(1))
      .thenThrows('ADVANCE_NOT_ALLOWED'));
  it('an advance is recovered from the next milestone payment before cash flows', () =>
    void spec
      .given([signed, advanced, reported(), evaluated()])
      .when(disburse({ disbursementId: d2 }))
      .then([
        disbursed({
          disbursementId: d2,
          advanceRecovered: cny(20_000_000),
          cashPaid: cny(20_000_000),
        }),
      ]));
  it('a late advance may not push total payments past the value: DISBURSEMENT_EXCEEDS_CONTRACT_VALUE', () => {
    const m2Accepted = evaluated({ milestoneId: m2, acceptedAmount: cny(60_000_000) });
    const paid2 = disbursed({
      disbursementId: d2,
      milestoneId: m2,
      amount: cny(60_000_000),
      cashPaid: cny(60_000_000),
    });
    void spec
      .given([...allEvaluated.slice(0, 4), m2Accepted, disbursed(), paid2])
      .when({ ...advance(1), data: { ...advance(1).data, disbursementId: d3 } })
      .thenThrows('DISBURSEMENT_EXCEEDS_CONTRACT_VALUE');
  });
  it('accepted work is still paid while the contract is suspended', () =>
    void spec
      .given([...accepted, suspended])
      .when(disburse())
      .then([disbursed()]));
  it('no advance while suspended: CONTRACT_SUSPENDED', () =>
    void spec.given([signed, suspended]).when(advance()).thenThrows('CONTRACT_SUSPENDED'));
  it('accepted work is still paid after completion (prompt payment)', () =>
    void spec
      .given([...allEvaluated, completed])
      .when(disburse())
      .then([disbursed()]));
  it('no payment after termination, the amount paid is final: CONTRACT_TERMINATED', () =>
    void spec
      .given([...accepted, terminated])
      .when(disburse())
      .thenThrows('CONTRACT_TERMINATED'));
});

describe('SuspendContract and ResumeContract', () => {
  const suspend = {
    type: 'SuspendContract',
    data: {
      contractId: ids.contract,
      suspendedBy: ids.officer,
      at: T.later,
      reason: 'Safeguarding investigation',
    },
  } as const;
  const resume = {
    type: 'ResumeContract',
    data: { contractId: ids.contract, resumedBy: ids.officer, at: T.later },
  } as const;
  const resumed: ContractEvent = {
    type: 'ContractResumed',
    data: {
      contractId: ids.contract,
      agencyId: ids.agency,
      supplierId: ids.supplier,
      resumedBy: ids.officer,
      resumedAt: T.later,
    },
  };
  it('suspends a running contract with a reason', () =>
    void spec.given([signed]).when(suspend).then([suspended]));
  it('suspending again records nothing (idempotent)', () =>
    void spec.given([signed, suspended]).when(suspend).thenNothingHappened());
  it('a suspension states its reason: SUSPENSION_REASON_REQUIRED', () =>
    void spec
      .given([signed])
      .when({ ...suspend, data: { ...suspend.data, reason: '' } })
      .thenThrows('SUSPENSION_REASON_REQUIRED'));
  it('a completed contract cannot be suspended: CONTRACT_COMPLETED', () =>
    void spec
      .given([...allEvaluated, completed])
      .when(suspend)
      .thenThrows('CONTRACT_COMPLETED'));
  it('resumes a suspended contract', () =>
    void spec.given([signed, suspended]).when(resume).then([resumed]));
  it('resuming a running contract records nothing (idempotent)', () =>
    void spec.given([signed]).when(resume).thenNothingHappened());
  it('a terminated contract cannot resume: CONTRACT_TERMINATED', () =>
    void spec
      .given([signed, suspended, terminated])
      .when(resume)
      .thenThrows('CONTRACT_TERMINATED'));
});

describe('TerminateContract', () => {
  const terminate = (reason = 'for_default', explanation = 'Visits not made for two months') =>
    ({
      type: 'TerminateContract',
      data: {
        contractId: ids.contract,
        terminatedBy: ids.officer,
        at: T.later,
        reason,
        explanation,
      },
    }) as never;
  it('terminates with a reason and records the amount paid and the advance still owed', () => {
    const partial = disbursed({
      disbursementId: d2,
      amount: cny(5_000_000),
      advanceRecovered: cny(5_000_000),
      cashPaid: cny(0),
    });
    void spec
      .given([...accepted, advanced, partial])
      .when(terminate())
      .then([
        {
          ...terminated,
          data: {
            ...terminated.data,
            amountPaid: cny(20_000_000),
            advanceOutstanding: cny(15_000_000),
          },
        } as ContractEvent,
      ]);
  });
  it('terminating again records nothing (idempotent)', () =>
    void spec.given([signed, terminated]).when(terminate()).thenNothingHappened());
  it('the reason comes from a closed list: TERMINATION_REASON_INVALID', () =>
    void spec.given([signed]).when(terminate('tired')).thenThrows('TERMINATION_REASON_INVALID'));
  it('a termination is explained: TERMINATION_EXPLANATION_REQUIRED', () =>
    void spec
      .given([signed])
      .when(terminate('for_convenience', ' '))
      .thenThrows('TERMINATION_EXPLANATION_REQUIRED'));
  it('a suspended contract can be terminated', () =>
    void spec.given([signed, suspended]).when(terminate()).then([terminated]));
  it('a completed contract cannot be terminated: CONTRACT_COMPLETED', () =>
    void spec
      .given([...allEvaluated, completed])
      .when(terminate())
      .thenThrows('CONTRACT_COMPLETED'));
});

describe('CompleteContract', () => {
  const complete = {
    type: 'CompleteContract',
    data: { contractId: ids.contract, completedBy: ids.officer, at: T.later },
  } as const;
  it('completes once every milestone is evaluated, with totals', () =>
    void spec.given(allEvaluated).when(complete).then([completed]));
  it('completing again records nothing (idempotent)', () =>
    void spec
      .given([...allEvaluated, completed])
      .when(complete)
      .thenNothingHappened());
  it('every milestone must be evaluated: MILESTONES_NOT_ALL_EVALUATED', () =>
    void spec.given(accepted).when(complete).thenThrows('MILESTONES_NOT_ALL_EVALUATED'));
  it('a suspended contract is resumed before completion: CONTRACT_SUSPENDED', () =>
    void spec
      .given([...allEvaluated, suspended])
      .when(complete)
      .thenThrows('CONTRACT_SUSPENDED'));
  it('a terminated contract cannot complete: CONTRACT_TERMINATED', () =>
    void spec
      .given([...allEvaluated, terminated])
      .when(complete)
      .thenThrows('CONTRACT_TERMINATED'));
});

describe('ApproveAmendment', () => {
  it('a supervisor approves a raise up to a ceiling', () =>
    void spec.given([signed]).when(approve()).then([approved()]));
  it('repeating the same approval changes nothing', () =>
    void spec.given([signed, approved()]).when(approve()).thenNothingHappened());
  it('the same approval id with other terms: AMENDMENT_APPROVAL_ID_CONFLICT', () =>
    void spec
      .given([signed, approved()])
      .when(approve({ maxNewValue: cny(130_000_000) }))
      .thenThrows('AMENDMENT_APPROVAL_ID_CONFLICT'));
  it('approving a value not above the current one: AMENDMENT_APPROVAL_NOT_A_RAISE', () =>
    void spec
      .given([signed])
      .when(approve({ maxNewValue: cny(100_000_000) }))
      .thenThrows('AMENDMENT_APPROVAL_NOT_A_RAISE'));
  it('needs a justification: AMENDMENT_APPROVAL_JUSTIFICATION_REQUIRED', () =>
    void spec
      .given([signed])
      .when(approve({ justification: ' ' }))
      .thenThrows('AMENDMENT_APPROVAL_JUSTIFICATION_REQUIRED'));
  it('not on a terminated contract: CONTRACT_TERMINATED', () =>
    void spec.given([signed, terminated]).when(approve()).thenThrows('CONTRACT_TERMINATED'));
});

describe('AmendContract citing a supervisor approval', () => {
  const milestones = [milestoneTerms(m1, 40_000_000), milestoneTerms(m2, 80_000_000, T.m2Due)];
  const raise = (over: Partial<AmendContract['data']> = {}) =>
    amend({
      newValue: cny(120_000_000),
      milestones,
      supervisorApprovalId: ids.supervisorApproval,
      ...over,
    });
  it('an approval that was never recorded: AMENDMENT_APPROVAL_UNKNOWN', () =>
    void spec.given([signed]).when(raise()).thenThrows('AMENDMENT_APPROVAL_UNKNOWN'));
  it('above the approved ceiling: AMENDMENT_APPROVAL_EXCEEDED', () =>
    void spec
      .given([signed, approved({ maxNewValue: cny(115_000_000) })])
      .when(raise())
      .thenThrows('AMENDMENT_APPROVAL_EXCEEDED'));
  it('an approval covers one amendment: AMENDMENT_APPROVAL_USED', () => {
    const first = amended({
      newValue: cny(120_000_000),
      cumulativeChangeMinor: 20_000_000,
      milestones,
      supervisorApprovalId: ids.supervisorApproval,
    });
    void spec
      .given([signed, approved(), first])
      .when(raise({ amendmentId: ids.amendment2 }))
      .thenThrows('AMENDMENT_APPROVAL_USED');
  });
});

describe('AssignContractEvaluator', () => {
  it('the agency assigns an evaluator', () =>
    void spec.given([signed]).when(assign()).then([assigned]));
  it('assigning the same evaluator again changes nothing', () =>
    void spec.given([signed, assigned]).when(assign()).thenNothingHappened());
  it('the signing officer cannot be the evaluator: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.officer }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('an officer of the agency who did not sign (drafted the tender) cannot be the evaluator: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.drafter, assignedBy: ids.officer }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('a finance officer who acted on the budget line cannot be the evaluator: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.finance }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('the assigning officer cannot assign himself: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.drafter, assignedBy: ids.drafter, buyer: { staffIds: [] } }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('anyone who acted for the supplier (its bid, its deliveries) cannot be the evaluator: EVALUATOR_IS_SUPPLIER', () => {
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.bidWriter }))
      .thenThrows('EVALUATOR_IS_SUPPLIER');
    void spec
      .given([signed])
      .when(assign({ evaluatorId: ids.supplierUser }))
      .thenThrows('EVALUATOR_IS_SUPPLIER');
  });
  it("refuses without the parties' staff facts: BUYER_FACTS_MISSING, SUPPLIER_FACTS_MISSING", () => {
    void spec
      .given([signed])
      .when(assign({ buyer: undefined as never }))
      .thenThrows('BUYER_FACTS_MISSING');
    void spec
      .given([signed])
      .when(assign({ supplier: undefined as never }))
      .thenThrows('SUPPLIER_FACTS_MISSING');
  });
  it('an evaluator who declared a conflict with the supplier (on any tender) cannot be assigned: EVALUATOR_CONFLICTED', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorConflictSupplierIds: [ids.supplier] }))
      .thenThrows('EVALUATOR_CONFLICTED'));
  it('a conflict with another supplier does not stop the assignment', () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorConflictSupplierIds: [ids.otherSupplier] }))
      .then([assigned]));
  it("refuses without the evaluator's declared conflicts: EVALUATOR_CONFLICTS_UNKNOWN", () =>
    void spec
      .given([signed])
      .when(assign({ evaluatorConflictSupplierIds: undefined as never }))
      .thenThrows('EVALUATOR_CONFLICTS_UNKNOWN'));
  it('before signing: CONTRACT_NOT_SIGNED', () =>
    void spec.given([]).when(assign()).thenThrows('CONTRACT_NOT_SIGNED'));
  it('the state lists assigned evaluators', () =>
    expect((fold(contractDecider, [signed, assigned]) as SignedContract).evaluatorIds).toEqual([
      ids.evaluator,
    ]));
});

describe('evolve', () => {
  it('folds the history into milestone and money totals', () => {
    const state = fold(contractDecider, [
      signed,
      advanced,
      reported(),
      evaluated(),
      disbursed({
        disbursementId: d2,
        advanceRecovered: cny(20_000_000),
        cashPaid: cny(20_000_000),
      }),
    ]) as SignedContract;
    expect(state.status).toBe('active');
    expect(state.cashPaid).toEqual(cny(40_000_000));
    expect(state.advancesPaid).toEqual(cny(20_000_000));
    expect(state.advanceRecovered).toEqual(cny(20_000_000));
    expect(state.milestones[0].paid).toEqual(cny(40_000_000));
  });
  it('never throws for a recorded event, even one out of place', () => {
    expect(() =>
      fold(contractDecider, [reported(), signed, signed, terminated, completed]),
    ).not.toThrow();
  });
});

describe('supplier failures (for debarment proposals)', () => {
  const rejected = evaluated({ verdict: 'rejected', acceptedShareBps: 0, acceptedAmount: cny(0) });
  const elsewhere = { ...rejected, data: { ...rejected.data, supplierId: ids.otherSupplier } };
  it('counts rejected milestones and terminations for default of that supplier only', () =>
    expect(
      countSupplierFailures([signed, rejected, evaluated(), terminated, elsewhere], ids.supplier),
    ).toBe(2));
  it('proposes a debarment at the policy number of failures', () => {
    expect(debarmentProposalDue(2, makePolicy({ failuresBeforeDebarmentProposal: 3 }))).toBe(false);
    expect(debarmentProposalDue(3, makePolicy({ failuresBeforeDebarmentProposal: 3 }))).toBe(true);
  });
});
