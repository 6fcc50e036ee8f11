import { deciderSpec } from '../testing';
import { fold } from '../shared/decider';
import type { Money } from '../shared/money';
import { DEFAULT_POLICY, makePolicy } from '../shared/policy';
import {
  awardToSign,
  tenderDecider,
  tenderStandings,
  tenderStream,
  type SupplierFacts,
  type TenderCommand,
  type TenderEvent,
} from './index';

const spec = deciderSpec(tenderDecider);
const u = (tail: string) => `0190d000-0000-7000-8000-${tail.padStart(12, '0')}`;
const tenderId = u('1');
const agencyId = u('a1');
const budgetLineId = u('b1');
const [sA, sB, sC, sD] = [u('5a'), u('5b'), u('5c'), u('5d')];
const [bA, bB, bC, bD] = [u('ba'), u('bb'), u('bc'), u('bd')];
const [e1, e2] = [u('e1'), u('e2')];
const [officer, otherOfficer] = [u('0f1'), u('0f2')];
const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });
/** No one on the panel acted for any bidder (BidderStaffFacts). */
const noBidderStaff = { [sA]: [], [sB]: [], [sC]: [], [sD]: [] };
/** Nobody on the panel registered a conflict on another tender (the evaluators' registers). */
const noPanelConflicts = { [e1]: [], [e2]: [], [officer]: [], [otherOfficer]: [] };
const digest = 'a'.repeat(64);

const T_DRAFT = '2026-03-01T09:00:00.000Z';
const T_PUB = '2026-03-02T09:00:00.000Z';
const DEADLINE = '2026-04-01T09:00:00.000Z'; // 30 days after publication
const T_BID = '2026-03-10T09:00:00.000Z';
const T_LATE = '2026-03-29T09:00:00.000Z'; // within the 5-day late-amendment window
const T_OPEN = '2026-04-02T09:00:00.000Z';
const T_EVAL = '2026-04-05T09:00:00.000Z';

const criteria = [
  { criterionId: 'price', name: 'Price', weight: 40 },
  { criterionId: 'quality', name: 'Service quality', weight: 40 },
  { criterionId: 'capability', name: 'Capability', weight: 20 },
];
const terms = {
  title: 'Home care for elderly residents, Chaoyang',
  serviceCategory: 'elderly_care',
  estimatedValue: cny(500_000_00),
  criteria,
  eligibility: { minRating: '3A' as const, supplierKinds: [], invitedSupplierIds: [] },
  contractType: 'core_long_term' as const,
  paymentModel: 'outcome_based' as const,
};
const good: SupplierFacts = {
  registered: true,
  debarred: false,
  kind: 'social_organisation',
  rating: '4A',
};

type Data<T extends TenderCommand['type']> = Extract<TenderCommand, { type: T }>['data'];
const cmd = <T extends TenderCommand['type']>(
  type: T,
  data: Record<string, unknown>,
): TenderCommand => ({ type, data: { tenderId, ...data } }) as TenderCommand;

const ownLine = { agencyId, currency: 'CNY' };
const draft = (over: Partial<Data<'DraftTender'>> = {}) =>
  cmd('DraftTender', {
    agencyId,
    budgetLineId,
    method: 'open',
    ...terms,
    budgetLine: ownLine,
    at: T_DRAFT,
    policy: DEFAULT_POLICY,
    ...over,
  });
const drafted: TenderEvent = {
  type: 'TenderDrafted',
  data: {
    tenderId,
    agencyId,
    budgetLineId,
    method: 'open',
    ...terms,
    directCommission: null,
    draftedAt: T_DRAFT,
  },
};
const published: TenderEvent = {
  type: 'TenderPublished',
  data: { tenderId, deadline: DEADLINE, submissionDays: 30, publishedAt: T_PUB },
};
const submitted = (bidId: string, supplierId: string, price = 450_000_00): TenderEvent => ({
  type: 'BidSubmitted',
  data: {
    tenderId,
    bidId,
    supplierId,
    price: cny(price),
    proposalDigest: digest,
    submittedAt: T_BID,
  },
});
const submit = (over: Record<string, unknown> = {}) =>
  cmd('SubmitBid', {
    bidId: bA,
    supplierId: sA,
    price: cny(450_000_00),
    proposalDigest: digest,
    supplier: good,
    at: T_BID,
    ...over,
  });
const threeBids = [submitted(bA, sA), submitted(bB, sB, 480_000_00), submitted(bC, sC, 400_000_00)];
const revealed = (bidId: string, supplierId: string, price = 450_000_00) => ({
  bidId,
  supplierId,
  price: cny(price),
  proposalDigest: digest,
});
const threeRevealed = [
  revealed(bA, sA),
  revealed(bB, sB, 480_000_00),
  revealed(bC, sC, 400_000_00),
];
const openedBids: TenderEvent = {
  type: 'BidsOpened',
  data: {
    tenderId,
    openedBidIds: [bA, bB, bC],
    lapsedBidIds: [],
    openedBids: threeRevealed,
    openedAt: T_OPEN,
  },
};
const assigned = (evaluatorId: string): TenderEvent => ({
  type: 'EvaluatorAssigned',
  data: { tenderId, evaluatorId, assignedAt: T_PUB },
});
const scored = (
  bidId: string,
  supplierId: string,
  evaluatorId: string,
  price: number,
  quality: number,
  capability: number,
): TenderEvent => ({
  type: 'BidScored',
  data: {
    tenderId,
    bidId,
    supplierId,
    evaluatorId,
    scores: [
      { criterionId: 'price', score: price },
      { criterionId: 'quality', score: quality },
      { criterionId: 'capability', score: capability },
    ],
    scoredAt: T_EVAL,
  },
});
const open = [drafted, published, ...threeBids, openedBids, assigned(e1)];
// A: 40*80+40*90+20*70 = 8200; B: 40*70+40*70+20*70 = 7000; C: 40*90+40*80+20*80 = 8400 (best).
const evaluated = [
  ...open,
  scored(bA, sA, e1, 80, 90, 70),
  scored(bB, sB, e1, 70, 70, 70),
  scored(bC, sC, e1, 90, 80, 80),
];

describe('tender stream', () => {
  it('names the stream tender-<id>', () =>
    expect(tenderStream(tenderId)).toBe(`tender-${tenderId}`));
});

describe('DraftTender', () => {
  it('drafts a tender with agency, budget line, category, method, estimate, criteria, eligibility, contract type and payment model', () =>
    void spec.given([]).when(draft()).then([drafted]));
  it('drafting it again with the same terms records nothing (idempotent)', () =>
    void spec
      .given([drafted])
      .when(draft({ at: T_PUB }))
      .thenNothingHappened());
  it('refuses drafting over an existing tender with other terms: TENDER_ALREADY_DRAFTED', () =>
    void spec
      .given([drafted])
      .when(draft({ title: 'Other' }))
      .thenThrows('TENDER_ALREADY_DRAFTED'));
  it('a draft may hold criteria whose weights do not yet sum to 100', () =>
    void spec
      .given([])
      .when(draft({ criteria: [{ criterionId: 'price', name: 'Price', weight: 30 }] }))
      .then([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            criteria: [{ criterionId: 'price', name: 'Price', weight: 30 }],
          },
        } as TenderEvent,
      ]));
  it('refuses an unknown method: TENDER_METHOD_INVALID', () =>
    void spec
      .given([])
      .when(draft({ method: 'auction' as never }))
      .thenThrows('TENDER_METHOD_INVALID'));
  it('refuses a budget line that is not open: BUDGET_LINE_NOT_OPEN', () =>
    void spec
      .given([])
      .when(draft({ budgetLine: null }))
      .thenThrows('BUDGET_LINE_NOT_OPEN'));
  it("refuses another agency's budget line: TENDER_BUDGET_LINE_OTHER_AGENCY", () =>
    void spec
      .given([])
      .when(draft({ budgetLine: { agencyId: u('a2'), currency: 'CNY' } }))
      .thenThrows('TENDER_BUDGET_LINE_OTHER_AGENCY'));
  it('refuses an estimate in another currency than its budget line: CURRENCY_MISMATCH', () =>
    void spec
      .given([])
      .when(draft({ budgetLine: { agencyId, currency: 'EUR' } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('refuses a currency that is not ISO 4217: MONEY_CURRENCY_UNKNOWN', () =>
    void spec
      .given([])
      .when(draft({ estimatedValue: { amountMinor: 100, currency: 'XYZ' } }))
      .thenThrows('MONEY_CURRENCY_UNKNOWN'));
  it('refuses a title holding a NUL or another control character: TEXT_CONTROL_CHARACTER', () => {
    spec
      .given([])
      .when(draft({ title: 'Home care\u0000' }))
      .thenThrows('TEXT_CONTROL_CHARACTER');
    spec
      .given([])
      .when(draft({ title: 'Home \u001b[31mcare' }))
      .thenThrows('TEXT_CONTROL_CHARACTER');
    spec
      .given([])
      .when(draft({ criteria: [{ criterionId: 'price', name: 'Pri\u0007ce', weight: 100 }] }))
      .thenThrows('TEXT_CONTROL_CHARACTER');
  });
  it('a title may hold tabs and line breaks', () =>
    void spec
      .given([])
      .when(draft({ title: 'Home care\tChaoyang\r\nphase 1' }))
      .then([
        {
          type: 'TenderDrafted',
          data: { ...drafted.data, title: 'Home care\tChaoyang\r\nphase 1' },
        } as TenderEvent,
      ]));
  it('refuses a blank title: TENDER_TITLE_REQUIRED', () =>
    void spec
      .given([])
      .when(draft({ title: '' }))
      .thenThrows('TENDER_TITLE_REQUIRED'));
  it('refuses a blank service category: TENDER_SERVICE_CATEGORY_REQUIRED', () =>
    void spec
      .given([])
      .when(draft({ serviceCategory: '' }))
      .thenThrows('TENDER_SERVICE_CATEGORY_REQUIRED'));
  it('refuses a zero estimate: TENDER_ESTIMATE_INVALID', () =>
    void spec
      .given([])
      .when(draft({ estimatedValue: cny(0) }))
      .thenThrows('TENDER_ESTIMATE_INVALID'));
  it('refuses a fractional estimate: MONEY_INVALID', () =>
    void spec
      .given([])
      .when(draft({ estimatedValue: cny(1.5) }))
      .thenThrows('MONEY_INVALID'));
  it('refuses a criterion with a zero weight or a repeated id: TENDER_CRITERIA_INVALID', () => {
    spec
      .given([])
      .when(draft({ criteria: [{ criterionId: 'x', name: 'X', weight: 0 }] }))
      .thenThrows('TENDER_CRITERIA_INVALID');
    spec
      .given([])
      .when(draft({ criteria: [criteria[0], { ...criteria[1], criterionId: 'price' }] }))
      .thenThrows('TENDER_CRITERIA_INVALID');
  });
  it('refuses malformed eligibility: TENDER_ELIGIBILITY_INVALID', () =>
    void spec
      .given([])
      .when(
        draft({
          eligibility: { minRating: '6A', supplierKinds: [], invitedSupplierIds: [] } as never,
        }),
      )
      .thenThrows('TENDER_ELIGIBILITY_INVALID'));
  it('refuses an unknown contract type: TENDER_CONTRACT_TYPE_INVALID', () =>
    void spec
      .given([])
      .when(draft({ contractType: 'forever' as never }))
      .thenThrows('TENDER_CONTRACT_TYPE_INVALID'));
  it('refuses an unknown payment model: TENDER_PAYMENT_MODEL_INVALID', () =>
    void spec
      .given([])
      .when(draft({ paymentModel: 'upfront' as never }))
      .thenThrows('TENDER_PAYMENT_MODEL_INVALID'));
  it('an invited tender lists whom it invites: TENDER_INVITATIONS_REQUIRED', () =>
    void spec
      .given([])
      .when(draft({ method: 'invited' }))
      .thenThrows('TENDER_INVITATIONS_REQUIRED'));
  it('an open tender cannot be limited to invited suppliers: TENDER_OPEN_WITH_INVITATIONS', () =>
    void spec
      .given([])
      .when(draft({ eligibility: { ...terms.eligibility, invitedSupplierIds: [sA] } }))
      .thenThrows('TENDER_OPEN_WITH_INVITATIONS'));

  describe('direct commissioning', () => {
    const direct = (dc: Record<string, unknown> | null, over: Record<string, unknown> = {}) =>
      draft({ method: 'direct_commission', directCommission: dc as never, ...over });
    it('names one supplier with a justification and a rating at or above the policy floor', () =>
      void spec
        .given([])
        .when(
          direct({
            supplierId: sA,
            justification: 'Sole provider in the district',
            supplierRating: '3A',
          }),
        )
        .then([
          {
            type: 'TenderDrafted',
            data: {
              ...drafted.data,
              method: 'direct_commission',
              directCommission: {
                supplierId: sA,
                justification: 'Sole provider in the district',
                supplierRating: '3A',
                ratingFloor: '3A',
              },
            },
          } as TenderEvent,
        ]));
    it('refuses without a named supplier: DIRECT_COMMISSION_SUPPLIER_REQUIRED', () =>
      void spec.given([]).when(direct(null)).thenThrows('DIRECT_COMMISSION_SUPPLIER_REQUIRED'));
    it('refuses without a justification: DIRECT_COMMISSION_JUSTIFICATION_REQUIRED', () =>
      void spec
        .given([])
        .when(direct({ supplierId: sA, justification: '', supplierRating: '5A' }))
        .thenThrows('DIRECT_COMMISSION_JUSTIFICATION_REQUIRED'));
    it('refuses a supplier rated below the floor (default 3A): DIRECT_COMMISSION_RATING_TOO_LOW', () => {
      spec
        .given([])
        .when(direct({ supplierId: sA, justification: 'j', supplierRating: '2A' }))
        .thenThrows('DIRECT_COMMISSION_RATING_TOO_LOW');
      spec
        .given([])
        .when(direct({ supplierId: sA, justification: 'j', supplierRating: null }))
        .thenThrows('DIRECT_COMMISSION_RATING_TOO_LOW');
    });
    it('the floor is policy: with a 4A floor a 3A supplier is refused (DIRECT_COMMISSION_RATING_TOO_LOW)', () =>
      void spec
        .given([])
        .when(
          direct(
            { supplierId: sA, justification: 'j', supplierRating: '3A' },
            { policy: makePolicy({ directCommissionRatingFloor: '4A' }) },
          ),
        )
        .thenThrows('DIRECT_COMMISSION_RATING_TOO_LOW'));
    it('refuses a named supplier on another method: TENDER_DIRECT_COMMISSION_MISMATCH', () =>
      void spec
        .given([])
        .when(
          draft({ directCommission: { supplierId: sA, justification: 'j', supplierRating: '5A' } }),
        )
        .thenThrows('TENDER_DIRECT_COMMISSION_MISMATCH'));
  });
});

describe('PublishTender', () => {
  const publish = (over: Record<string, unknown> = {}) =>
    cmd('PublishTender', { deadline: DEADLINE, at: T_PUB, policy: DEFAULT_POLICY, ...over });
  it('publishes with weights summing to 100 and a submission period no shorter than the minimum', () =>
    void spec.given([drafted]).when(publish()).then([published]));
  it('publishing again with the same deadline records nothing (idempotent)', () =>
    void spec.given([drafted, published]).when(publish()).thenNothingHappened());
  it('refuses weights that do not sum to 100: TENDER_WEIGHTS_NOT_100', () =>
    void spec
      .given([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            criteria: [{ criterionId: 'price', name: 'Price', weight: 99 }],
          },
        } as TenderEvent,
      ])
      .when(publish())
      .thenThrows('TENDER_WEIGHTS_NOT_100'));
  it('refuses a period shorter than the policy minimum for the method (open: 20 days): TENDER_SUBMISSION_PERIOD_TOO_SHORT', () =>
    void spec
      .given([drafted])
      .when(publish({ deadline: '2026-03-22T08:59:59.000Z' }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it('refuses a deadline beyond policy.maxSubmissionDays (365), such as the year 9999: TENDER_SUBMISSION_PERIOD_TOO_LONG', () => {
    spec
      .given([drafted])
      .when(publish({ deadline: '9999-12-31T00:00:00.000Z' }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_LONG');
    spec
      .given([drafted])
      .when(publish({ deadline: '2027-03-02T09:00:00.001Z' }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_LONG');
  });
  it('a deadline exactly policy.maxSubmissionDays away is published', () =>
    void spec
      .given([drafted])
      .when(publish({ deadline: '2027-03-02T09:00:00.000Z' }))
      .then([
        {
          type: 'TenderPublished',
          data: {
            tenderId,
            deadline: '2027-03-02T09:00:00.000Z',
            submissionDays: 365,
            publishedAt: T_PUB,
          },
        },
      ]));
  it('accepts exactly the minimum period', () =>
    void spec
      .given([drafted])
      .when(publish({ deadline: '2026-03-22T09:00:00.000Z' }))
      .then([
        {
          type: 'TenderPublished',
          data: {
            tenderId,
            deadline: '2026-03-22T09:00:00.000Z',
            submissionDays: 20,
            publishedAt: T_PUB,
          },
        },
      ]));
  it('the minimum is policy per method: 30 days configured refuses 29 (TENDER_SUBMISSION_PERIOD_TOO_SHORT)', () =>
    void spec
      .given([drafted])
      .when(
        publish({
          deadline: '2026-03-31T09:00:00.000Z',
          policy: makePolicy({
            minSubmissionDays: { ...DEFAULT_POLICY.minSubmissionDays, open: 30 },
          }),
        }),
      )
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it('refuses a deadline in the past even with no minimum: TENDER_SUBMISSION_PERIOD_TOO_SHORT', () =>
    void spec
      .given([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            method: 'direct_commission',
            directCommission: {
              supplierId: sA,
              justification: 'j',
              supplierRating: '4A',
              ratingFloor: '3A',
            },
          },
        } as TenderEvent,
      ])
      .when(publish({ deadline: T_DRAFT }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it('refuses republishing with another deadline: TENDER_NOT_DRAFT', () =>
    void spec
      .given([drafted, published])
      .when(publish({ deadline: '2026-05-01T09:00:00.000Z' }))
      .thenThrows('TENDER_NOT_DRAFT'));
  it('refuses a tender that does not exist: TENDER_NOT_FOUND', () =>
    void spec.given([]).when(publish()).thenThrows('TENDER_NOT_FOUND'));
});

describe('AmendTender', () => {
  const amend = (over: Record<string, unknown> = {}) =>
    cmd('AmendTender', {
      changes: { title: 'Home care, Chaoyang district' },
      reason: 'Clarify title',
      at: T_BID,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const withBid = [drafted, published, submitted(bA, sA)];
  it('amends a draft', () =>
    void spec
      .given([drafted])
      .when(amend({ at: T_DRAFT }))
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: { title: 'Home care, Chaoyang district' },
            reason: 'Clarify title',
            material: false,
            deadline: null,
            deadlineExtended: false,
            voidedBidIds: [],
            answersComplaintId: null,
            amendedAt: T_DRAFT,
          },
        },
      ]));
  it('a non-material change (title) to an open tender keeps bids and deadline', () =>
    void spec
      .given(withBid)
      .when(amend())
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: { title: 'Home care, Chaoyang district' },
            reason: 'Clarify title',
            material: false,
            deadline: DEADLINE,
            deadlineExtended: false,
            voidedBidIds: [],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
      ]));
  it('a material change voids earlier bids, which must be confirmed again; early in the period the deadline stays', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: { estimatedValue: cny(600_000_00) }, reason: 'More districts' }))
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: { estimatedValue: cny(600_000_00) },
            reason: 'More districts',
            material: true,
            deadline: DEADLINE,
            deadlineExtended: false,
            voidedBidIds: [bA],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
      ]));
  it('a material change late in the period extends the deadline to the policy minimum from the amendment', () =>
    void spec
      .given(withBid)
      .when(
        amend({
          changes: { paymentModel: 'process_based' },
          reason: 'Pay per process',
          at: T_LATE,
        }),
      )
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: { paymentModel: 'process_based' },
            reason: 'Pay per process',
            material: true,
            deadline: '2026-04-18T09:00:00.000Z',
            deadlineExtended: true,
            voidedBidIds: [bA],
            answersComplaintId: null,
            amendedAt: T_LATE,
          },
        },
      ]));
  it('may extend the deadline', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: {}, deadline: '2026-04-10T09:00:00.000Z', reason: 'More time' }))
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: {},
            reason: 'More time',
            material: false,
            deadline: '2026-04-10T09:00:00.000Z',
            deadlineExtended: true,
            voidedBidIds: [],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
      ]));
  it('an amendment that repeats the current terms records nothing (idempotent)', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: { title: terms.title } }))
      .thenNothingHappened());
  it('refuses an amendment with no changes: TENDER_AMENDMENT_EMPTY', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: {} }))
      .thenThrows('TENDER_AMENDMENT_EMPTY'));
  it('refuses an amendment without a reason: TENDER_AMENDMENT_REASON_REQUIRED', () =>
    void spec
      .given(withBid)
      .when(amend({ reason: '' }))
      .thenThrows('TENDER_AMENDMENT_REASON_REQUIRED'));
  it('refuses shortening below the minimum submission period: TENDER_SUBMISSION_PERIOD_TOO_SHORT', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: {}, deadline: '2026-03-20T09:00:00.000Z' }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it('refuses moving the deadline beyond policy.maxSubmissionDays: TENDER_SUBMISSION_PERIOD_TOO_LONG', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: {}, deadline: '9999-12-31T00:00:00.000Z' }))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_LONG'));
  it('refuses published criteria that no longer sum to 100: TENDER_WEIGHTS_NOT_100', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: { criteria: criteria.slice(0, 2) } }))
      .thenThrows('TENDER_WEIGHTS_NOT_100'));
  it('refuses a deadline on a draft: TENDER_DEADLINE_NOT_SET_IN_DRAFT', () =>
    void spec
      .given([drafted])
      .when(amend({ deadline: DEADLINE }))
      .thenThrows('TENDER_DEADLINE_NOT_SET_IN_DRAFT'));
  it('refuses changing the currency: CURRENCY_MISMATCH', () =>
    void spec
      .given(withBid)
      .when(amend({ changes: { estimatedValue: { amountMinor: 1, currency: 'EUR' } } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('refuses after the deadline or once opened: TENDER_NOT_AMENDABLE', () => {
    spec
      .given(withBid)
      .when(amend({ at: T_OPEN }))
      .thenThrows('TENDER_NOT_AMENDABLE');
    spec
      .given(open)
      .when(amend({ at: T_OPEN }))
      .thenThrows('TENDER_NOT_AMENDABLE');
  });
});

describe('SubmitBid', () => {
  const bidding = [drafted, published];
  it('accepts a sealed bid (price and proposal digest) while open, before the deadline, from an eligible supplier', () =>
    void spec
      .given(bidding)
      .when(submit())
      .then([submitted(bA, sA)]));
  it('submitting the same bid again records nothing (idempotent)', () =>
    void spec
      .given([...bidding, submitted(bA, sA)])
      .when(submit())
      .thenNothingHappened());
  it('refuses reusing a bid id for other content: BID_ID_CONFLICT', () =>
    void spec
      .given([...bidding, submitted(bA, sA)])
      .when(submit({ price: cny(1) }))
      .thenThrows('BID_ID_CONFLICT'));
  it('refuses bids on a tender not published: TENDER_NOT_OPEN_FOR_BIDS', () =>
    void spec.given([drafted]).when(submit()).thenThrows('TENDER_NOT_OPEN_FOR_BIDS'));
  it('refuses bids on a cancelled tender: TENDER_NOT_OPEN_FOR_BIDS', () =>
    void spec
      .given([
        ...bidding,
        { type: 'TenderCancelled', data: { tenderId, reason: 'r', cancelledAt: T_PUB } },
      ])
      .when(submit())
      .thenThrows('TENDER_NOT_OPEN_FOR_BIDS'));
  it('refuses a bid at or after the deadline: BID_AFTER_DEADLINE', () =>
    void spec
      .given(bidding)
      .when(submit({ at: DEADLINE }))
      .thenThrows('BID_AFTER_DEADLINE'));
  it('refuses an unregistered supplier: SUPPLIER_NOT_REGISTERED', () =>
    void spec
      .given(bidding)
      .when(submit({ supplier: { ...good, registered: false } }))
      .thenThrows('SUPPLIER_NOT_REGISTERED'));
  it('refuses a supplier debarred at that moment: SUPPLIER_DEBARRED', () =>
    void spec
      .given(bidding)
      .when(submit({ supplier: { ...good, debarred: true } }))
      .thenThrows('SUPPLIER_DEBARRED'));
  it('refuses a supplier kind the tender excludes: BID_SUPPLIER_KIND_NOT_ELIGIBLE', () =>
    void spec
      .given([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            eligibility: { ...terms.eligibility, supplierKinds: ['social_organisation'] },
          },
        } as TenderEvent,
        published,
      ])
      .when(submit({ supplier: { ...good, kind: 'enterprise' } }))
      .thenThrows('BID_SUPPLIER_KIND_NOT_ELIGIBLE'));
  it('refuses a supplier rated below the minimum or unrated: BID_RATING_TOO_LOW', () => {
    spec
      .given(bidding)
      .when(submit({ supplier: { ...good, rating: '2A' } }))
      .thenThrows('BID_RATING_TOO_LOW');
    spec
      .given(bidding)
      .when(submit({ supplier: { ...good, rating: null } }))
      .thenThrows('BID_RATING_TOO_LOW');
  });
  it('refuses a supplier not invited to an invited tender: BID_SUPPLIER_NOT_INVITED', () =>
    void spec
      .given([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            method: 'invited',
            eligibility: { ...terms.eligibility, invitedSupplierIds: [sB] },
          },
        } as TenderEvent,
        published,
      ])
      .when(submit())
      .thenThrows('BID_SUPPLIER_NOT_INVITED'));
  it('direct commissioning takes a bid only from the named supplier: BID_SUPPLIER_NOT_INVITED', () =>
    void spec
      .given([
        {
          type: 'TenderDrafted',
          data: {
            ...drafted.data,
            method: 'direct_commission',
            directCommission: {
              supplierId: sB,
              justification: 'j',
              supplierRating: '4A',
              ratingFloor: '3A',
            },
          },
        } as TenderEvent,
        published,
      ])
      .when(submit())
      .thenThrows('BID_SUPPLIER_NOT_INVITED'));
  it('one active bid per supplier per tender: BID_ALREADY_ACTIVE', () =>
    void spec
      .given([...bidding, submitted(bA, sA)])
      .when(submit({ bidId: bD }))
      .thenThrows('BID_ALREADY_ACTIVE'));
  it('after withdrawing, a supplier may bid again', () =>
    void spec
      .given([
        ...bidding,
        submitted(bA, sA),
        { type: 'BidWithdrawn', data: { tenderId, bidId: bA, supplierId: sA, withdrawnAt: T_BID } },
      ])
      .when(submit({ bidId: bD }))
      .then([submitted(bD, sA)]));
  it('refuses a proposal digest that is not SHA-256 hex: BID_PROPOSAL_DIGEST_INVALID', () =>
    void spec
      .given(bidding)
      .when(submit({ proposalDigest: 'not-a-digest' }))
      .thenThrows('BID_PROPOSAL_DIGEST_INVALID'));
  it('refuses a zero price: BID_PRICE_INVALID', () =>
    void spec
      .given(bidding)
      .when(submit({ price: cny(0) }))
      .thenThrows('BID_PRICE_INVALID'));
  it('refuses a price in another currency: CURRENCY_MISMATCH', () =>
    void spec
      .given(bidding)
      .when(submit({ price: { amountMinor: 100, currency: 'USD' } }))
      .thenThrows('CURRENCY_MISMATCH'));
  it('refuses a command without the supplier facts: SUPPLIER_FACTS_MISSING', () =>
    void spec
      .given(bidding)
      .when(submit({ supplier: undefined }))
      .thenThrows('SUPPLIER_FACTS_MISSING'));
});

describe('WithdrawBid', () => {
  const withdraw = (over: Record<string, unknown> = {}) =>
    cmd('WithdrawBid', { bidId: bA, supplierId: sA, at: T_BID, ...over });
  const withdrawn: TenderEvent = {
    type: 'BidWithdrawn',
    data: { tenderId, bidId: bA, supplierId: sA, withdrawnAt: T_BID },
  };
  const history = [drafted, published, submitted(bA, sA)];
  it('withdraws a bid before the deadline', () =>
    void spec.given(history).when(withdraw()).then([withdrawn]));
  it('withdrawing again records nothing (idempotent)', () =>
    void spec
      .given([...history, withdrawn])
      .when(withdraw())
      .thenNothingHappened());
  it('refuses withdrawal at or after the deadline: BID_WITHDRAWAL_AFTER_DEADLINE', () =>
    void spec
      .given(history)
      .when(withdraw({ at: DEADLINE }))
      .thenThrows('BID_WITHDRAWAL_AFTER_DEADLINE'));
  it("refuses withdrawing another supplier's bid: BID_NOT_OWNED", () =>
    void spec
      .given(history)
      .when(withdraw({ supplierId: sB }))
      .thenThrows('BID_NOT_OWNED'));
  it('refuses an unknown bid: BID_NOT_FOUND', () =>
    void spec
      .given(history)
      .when(withdraw({ bidId: bD }))
      .thenThrows('BID_NOT_FOUND'));
});

describe('ConfirmBid', () => {
  const confirm = (over: Record<string, unknown> = {}) =>
    cmd('ConfirmBid', { bidId: bA, supplierId: sA, supplier: good, at: T_LATE, ...over });
  const voided: TenderEvent = {
    type: 'TenderAmended',
    data: {
      tenderId,
      changes: { estimatedValue: cny(600_000_00) },
      reason: 'r',
      material: true,
      deadline: DEADLINE,
      deadlineExtended: false,
      voidedBidIds: [bA],
      answersComplaintId: null,
      amendedAt: T_BID,
    },
  };
  const history = [drafted, published, submitted(bA, sA), voided];
  it('confirms a bid voided by a material amendment', () =>
    void spec
      .given(history)
      .when(confirm())
      .then([
        {
          type: 'BidConfirmed',
          data: { tenderId, bidId: bA, supplierId: sA, confirmedAt: T_LATE },
        },
      ]));
  it('confirming an active bid records nothing (idempotent)', () =>
    void spec
      .given([drafted, published, submitted(bA, sA)])
      .when(confirm())
      .thenNothingHappened());
  it('refuses confirming a withdrawn bid: BID_NOT_ACTIVE', () =>
    void spec
      .given([
        ...history,
        { type: 'BidWithdrawn', data: { tenderId, bidId: bA, supplierId: sA, withdrawnAt: T_BID } },
      ])
      .when(confirm())
      .thenThrows('BID_NOT_ACTIVE'));
  it('refuses confirmation after the deadline: BID_AFTER_DEADLINE', () =>
    void spec
      .given(history)
      .when(confirm({ at: DEADLINE }))
      .thenThrows('BID_AFTER_DEADLINE'));
  it('refuses confirmation by a supplier debarred since it bid: SUPPLIER_DEBARRED', () =>
    void spec
      .given(history)
      .when(confirm({ supplier: { ...good, debarred: true } }))
      .thenThrows('SUPPLIER_DEBARRED'));
  it('a voided bid blocks a second bid by the same supplier: BID_ALREADY_ACTIVE', () =>
    void spec
      .given(history)
      .when(submit({ bidId: bD }))
      .thenThrows('BID_ALREADY_ACTIVE'));
});

describe('OpenBids', () => {
  const openCmd = (over: Record<string, unknown> = {}) =>
    cmd('OpenBids', { at: T_OPEN, policy: DEFAULT_POLICY, ...over });
  it('opens the bids after the deadline when enough are valid', () =>
    void spec
      .given([drafted, published, ...threeBids])
      .when(openCmd())
      .then([openedBids]));
  it('bids voided by an amendment and never confirmed lapse at opening', () =>
    void spec
      .given([
        drafted,
        published,
        ...threeBids,
        submitted(bD, sD),
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: {},
            reason: 'r',
            material: true,
            deadline: DEADLINE,
            deadlineExtended: false,
            voidedBidIds: [bD],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
      ])
      .when(openCmd())
      .then([
        {
          type: 'BidsOpened',
          data: {
            tenderId,
            openedBidIds: [bA, bB, bC],
            lapsedBidIds: [bD],
            openedBids: threeRevealed,
            openedAt: T_OPEN,
          },
        },
      ]));
  it('reveals the price and digest of every opened bid, and of no lapsed or withdrawn one', () =>
    void spec
      .given([
        drafted,
        published,
        ...threeBids,
        submitted(bD, sD, 390_000_00),
        { type: 'BidWithdrawn', data: { tenderId, bidId: bC, supplierId: sC, withdrawnAt: T_BID } },
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: {},
            reason: 'r',
            material: true,
            deadline: DEADLINE,
            deadlineExtended: false,
            voidedBidIds: [bB],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
      ])
      .when(
        openCmd({
          policy: makePolicy({ minValidBids: { ...DEFAULT_POLICY.minValidBids, open: 2 } }),
        }),
      )
      .then([
        {
          type: 'BidsOpened',
          data: {
            tenderId,
            openedBidIds: [bA, bD],
            lapsedBidIds: [bB],
            openedBids: [revealed(bA, sA), revealed(bD, sD, 390_000_00)],
            openedAt: T_OPEN,
          },
        },
      ]));
  it('bid contents stay sealed until the deadline: BIDS_OPENED_BEFORE_DEADLINE', () =>
    void spec
      .given([drafted, published, ...threeBids])
      .when(openCmd({ at: T_LATE }))
      .thenThrows('BIDS_OPENED_BEFORE_DEADLINE'));
  it('fewer valid bids than the policy minimum fails the tender and opens nothing (withdrawn bids do not count)', () =>
    void spec
      .given([
        drafted,
        published,
        ...threeBids,
        { type: 'BidWithdrawn', data: { tenderId, bidId: bC, supplierId: sC, withdrawnAt: T_BID } },
      ])
      .when(openCmd())
      .then([
        {
          type: 'TenderFailed',
          data: {
            tenderId,
            reason: 'insufficient_valid_bids',
            validBidCount: 2,
            minValidBids: 3,
            failedAt: T_OPEN,
          },
        },
      ]));
  it('the minimum is policy: with minValidBids.open = 2 two bids are opened', () =>
    void spec
      .given([drafted, published, ...threeBids.slice(0, 2)])
      .when(
        openCmd({
          policy: makePolicy({ minValidBids: { ...DEFAULT_POLICY.minValidBids, open: 2 } }),
        }),
      )
      .then([
        {
          type: 'BidsOpened',
          data: {
            tenderId,
            openedBidIds: [bA, bB],
            lapsedBidIds: [],
            openedBids: threeRevealed.slice(0, 2),
            openedAt: T_OPEN,
          },
        },
      ]));
  it('opening again records nothing (idempotent)', () =>
    void spec
      .given([drafted, published, ...threeBids, openedBids])
      .when(openCmd())
      .thenNothingHappened());
  it('refuses a tender never published: TENDER_NOT_OPEN_FOR_BIDS', () =>
    void spec.given([drafted]).when(openCmd()).thenThrows('TENDER_NOT_OPEN_FOR_BIDS'));
});

describe('AssignEvaluator', () => {
  const assign = (over: Record<string, unknown> = {}) =>
    cmd('AssignEvaluator', {
      evaluatorId: e1,
      assignedBy: officer,
      buyer: { staffIds: [officer, otherOfficer] },
      at: T_PUB,
      ...over,
    });
  it('assigns an evaluator', () =>
    void spec
      .given([drafted, published])
      .when(assign())
      .then([assigned(e1)]));
  it('assigning again records nothing (idempotent)', () =>
    void spec
      .given([drafted, assigned(e1)])
      .when(assign())
      .thenNothingHappened());
  it('refuses assigning to a closed tender: TENDER_CLOSED', () =>
    void spec
      .given([
        drafted,
        { type: 'TenderCancelled', data: { tenderId, reason: 'r', cancelledAt: T_PUB } },
      ])
      .when(assign())
      .thenThrows('TENDER_CLOSED'));
  it('the assigning officer cannot put himself on the panel: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([drafted, published])
      .when(assign({ evaluatorId: officer, buyer: { staffIds: [] } }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it("the buying agency's staff known on the tender cannot be assigned: EVALUATOR_IS_BUYER", () =>
    void spec
      .given([drafted, published])
      .when(assign({ evaluatorId: otherOfficer }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it("refuses without the buyer's staff facts: BUYER_FACTS_MISSING", () =>
    void spec
      .given([drafted, published])
      .when(assign({ buyer: undefined }))
      .thenThrows('BUYER_FACTS_MISSING'));
});

describe('DeclareConflict', () => {
  const declare = (over: Record<string, unknown> = {}) =>
    cmd('DeclareConflict', {
      evaluatorId: e1,
      supplierId: sA,
      description: 'Former board member',
      at: T_EVAL,
      ...over,
    });
  const declared: TenderEvent = {
    type: 'ConflictDeclared',
    data: {
      tenderId,
      evaluatorId: e1,
      supplierId: sA,
      description: 'Former board member',
      discardedScoreBidIds: [],
      declaredAt: T_EVAL,
    },
  };
  it('records a conflict between an evaluator and a supplier', () =>
    void spec.given(open).when(declare()).then([declared]));
  it('declaring again records nothing (idempotent)', () =>
    void spec
      .given([...open, declared])
      .when(declare())
      .thenNothingHappened());
  it("declared after scoring, the evaluator's scores of that supplier stop counting", () => {
    const late: TenderEvent = {
      type: 'ConflictDeclared',
      data: { ...declared.data, discardedScoreBidIds: [bA] } as never,
    };
    spec.given(evaluated).when(declare()).then([late]);
    expect(
      tenderStandings(fold(tenderDecider, [...evaluated, late])).find((b) => b.bidId === bA)
        ?.complete,
    ).toBe(false);
  });
  it('refuses an evaluator not assigned: EVALUATOR_NOT_ASSIGNED', () =>
    void spec
      .given(open)
      .when(declare({ evaluatorId: e2 }))
      .thenThrows('EVALUATOR_NOT_ASSIGNED'));
  it('refuses a declaration without description: CONFLICT_DESCRIPTION_REQUIRED', () =>
    void spec
      .given(open)
      .when(declare({ description: '' }))
      .thenThrows('CONFLICT_DESCRIPTION_REQUIRED'));
});

describe('ScoreBid', () => {
  const score = (over: Record<string, unknown> = {}) =>
    cmd('ScoreBid', {
      bidId: bA,
      evaluatorId: e1,
      scores: [{ criterionId: 'price', score: 80 }],
      evaluatorAgencyId: null,
      buyer: { staffIds: [officer] },
      bidderStaff: noBidderStaff,
      evaluatorConflictSupplierIds: [],
      at: T_EVAL,
      ...over,
    });
  const priceScored: TenderEvent = {
    type: 'BidScored',
    data: {
      tenderId,
      bidId: bA,
      supplierId: sA,
      evaluatorId: e1,
      scores: [{ criterionId: 'price', score: 80 }],
      scoredAt: T_EVAL,
    },
  };
  it('an assigned evaluator scores criteria of an opened bid', () =>
    void spec.given(open).when(score()).then([priceScored]));
  it('an officer of the buying agency on the panel cannot score: EVALUATOR_IS_BUYER', () =>
    void spec
      .given([...open, assigned(officer)])
      .when(score({ evaluatorId: officer }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('an evaluator whose token names the buying agency cannot score: EVALUATOR_IS_BUYER', () =>
    void spec
      .given(open)
      .when(score({ evaluatorAgencyId: agencyId }))
      .thenThrows('EVALUATOR_IS_BUYER'));
  it('an evaluator of another agency scores', () =>
    void spec
      .given(open)
      .when(score({ evaluatorAgencyId: u('a2') }))
      .then([priceScored]));
  it("refuses without the buyer's staff facts: BUYER_FACTS_MISSING", () =>
    void spec
      .given(open)
      .when(score({ buyer: null }))
      .thenThrows('BUYER_FACTS_MISSING'));
  it("a person who acted for the bid's supplier cannot score its bid: EVALUATOR_IS_SUPPLIER", () =>
    void spec
      .given(open)
      .when(score({ bidderStaff: { ...noBidderStaff, [sA]: [e1] } }))
      .thenThrows('EVALUATOR_IS_SUPPLIER'));
  it('a person who acted for another bidder scores this bid (like a conflict, it is per supplier)', () =>
    void spec
      .given(open)
      .when(score({ bidderStaff: { ...noBidderStaff, [sB]: [e1] } }))
      .then([priceScored]));
  it("refuses without the bid's supplier's staff facts: SUPPLIER_FACTS_MISSING", () =>
    void spec
      .given(open)
      .when(score({ bidderStaff: { [sB]: [] } }))
      .thenThrows('SUPPLIER_FACTS_MISSING'));
  it('scoring the same criterion with the same score again records nothing (idempotent)', () =>
    void spec
      .given([...open, priceScored])
      .when(score())
      .thenNothingHappened());
  it('each evaluator scores each criterion once: CRITERION_ALREADY_SCORED', () =>
    void spec
      .given([...open, priceScored])
      .when(score({ scores: [{ criterionId: 'price', score: 81 }] }))
      .thenThrows('CRITERION_ALREADY_SCORED'));
  it('an evaluator who declared a conflict with the supplier cannot score its bid: EVALUATOR_CONFLICTED', () =>
    void spec
      .given([
        ...open,
        {
          type: 'ConflictDeclared',
          data: {
            tenderId,
            evaluatorId: e1,
            supplierId: sA,
            description: 'd',
            discardedScoreBidIds: [],
            declaredAt: T_EVAL,
          },
        },
      ])
      .when(score())
      .thenThrows('EVALUATOR_CONFLICTED'));
  it('an evaluator who declared a conflict with the supplier on another tender cannot score its bid: EVALUATOR_CONFLICTED', () =>
    void spec
      .given(open)
      .when(score({ evaluatorConflictSupplierIds: [sA] }))
      .thenThrows('EVALUATOR_CONFLICTED'));
  it('a conflict registered with another supplier does not stop the evaluator scoring this bid', () =>
    void spec
      .given(open)
      .when(score({ evaluatorConflictSupplierIds: [sB] }))
      .then([priceScored]));
  it("refuses without the evaluator's registered conflicts: EVALUATOR_CONFLICTS_UNKNOWN", () =>
    void spec
      .given(open)
      .when(score({ evaluatorConflictSupplierIds: undefined }))
      .thenThrows('EVALUATOR_CONFLICTS_UNKNOWN'));
  it('refuses an evaluator not assigned: EVALUATOR_NOT_ASSIGNED', () =>
    void spec
      .given(open)
      .when(score({ evaluatorId: e2 }))
      .thenThrows('EVALUATOR_NOT_ASSIGNED'));
  it('refuses a score outside 0..100 or fractional: SCORE_OUT_OF_RANGE', () => {
    spec
      .given(open)
      .when(score({ scores: [{ criterionId: 'price', score: 101 }] }))
      .thenThrows('SCORE_OUT_OF_RANGE');
    spec
      .given(open)
      .when(score({ scores: [{ criterionId: 'price', score: 7.5 }] }))
      .thenThrows('SCORE_OUT_OF_RANGE');
  });
  it('refuses an unknown criterion: SCORE_CRITERION_UNKNOWN', () =>
    void spec
      .given(open)
      .when(score({ scores: [{ criterionId: 'charm', score: 50 }] }))
      .thenThrows('SCORE_CRITERION_UNKNOWN'));
  it('refuses a criterion twice in one command: SCORE_DUPLICATE_CRITERION', () =>
    void spec
      .given(open)
      .when(
        score({
          scores: [
            { criterionId: 'price', score: 5 },
            { criterionId: 'price', score: 5 },
          ],
        }),
      )
      .thenThrows('SCORE_DUPLICATE_CRITERION'));
  it('refuses an empty score list: SCORES_EMPTY', () =>
    void spec
      .given(open)
      .when(score({ scores: [] }))
      .thenThrows('SCORES_EMPTY'));
  it('refuses scoring before opening: TENDER_NOT_OPENED', () =>
    void spec
      .given([drafted, published, ...threeBids, assigned(e1)])
      .when(score())
      .thenThrows('TENDER_NOT_OPENED'));
  it('refuses scoring a disqualified bid: BID_NOT_VALID', () =>
    void spec
      .given([
        ...open,
        {
          type: 'BidDisqualified',
          data: { tenderId, bidId: bA, supplierId: sA, reason: 'r', disqualifiedAt: T_EVAL },
        },
      ])
      .when(score())
      .thenThrows('BID_NOT_VALID'));
});

describe('DisqualifyBid', () => {
  const disqualify = (over: Record<string, unknown> = {}) =>
    cmd('DisqualifyBid', { bidId: bA, reason: 'Missing licence', at: T_EVAL, ...over });
  const disqualified: TenderEvent = {
    type: 'BidDisqualified',
    data: {
      tenderId,
      bidId: bA,
      supplierId: sA,
      reason: 'Missing licence',
      disqualifiedAt: T_EVAL,
    },
  };
  it('disqualifies an opened bid with a reason', () =>
    void spec.given(open).when(disqualify()).then([disqualified]));
  it('disqualifying again records nothing (idempotent)', () =>
    void spec
      .given([...open, disqualified])
      .when(disqualify())
      .thenNothingHappened());
  it('refuses without a reason: DISQUALIFICATION_REASON_REQUIRED', () =>
    void spec
      .given(open)
      .when(disqualify({ reason: '' }))
      .thenThrows('DISQUALIFICATION_REASON_REQUIRED'));
  it('refuses before opening: TENDER_NOT_OPENED', () =>
    void spec
      .given([drafted, published, ...threeBids])
      .when(disqualify())
      .thenThrows('TENDER_NOT_OPENED'));
  it('refuses a lapsed bid: BID_NOT_VALID', () =>
    void spec
      .given([
        drafted,
        published,
        ...threeBids,
        submitted(bD, sD),
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: {},
            reason: 'r',
            material: true,
            deadline: DEADLINE,
            deadlineExtended: false,
            voidedBidIds: [bD],
            answersComplaintId: null,
            amendedAt: T_BID,
          },
        },
        {
          type: 'BidsOpened',
          data: {
            tenderId,
            openedBidIds: [bA, bB, bC],
            lapsedBidIds: [bD],
            openedBids: threeRevealed,
            openedAt: T_OPEN,
          },
        },
      ])
      .when(disqualify({ bidId: bD }))
      .thenThrows('BID_NOT_VALID'));
});

describe('weighted scores', () => {
  it('is Σ weight × mean score / 100, in hundredths', () =>
    expect(
      tenderStandings(fold(tenderDecider, evaluated)).map((b) => [b.bidId, b.weightedScore]),
    ).toEqual([
      [bA, 8200],
      [bB, 7000],
      [bC, 8400],
    ]));
  it('averages the evaluators allowed to score a bid', () => {
    const two = [
      ...evaluated,
      assigned(e2),
      scored(bA, sA, e2, 100, 100, 100),
      scored(bB, sB, e2, 0, 0, 0),
      scored(bC, sC, e2, 90, 80, 81),
    ];
    expect(tenderStandings(fold(tenderDecider, two)).map((b) => b.weightedScore)).toEqual([
      9100, 3500, 8410,
    ]);
  });
});

describe('AwardTender', () => {
  // The standstill that follows an award has its own tests ('standstill and complaints').
  const award = (over: Record<string, unknown> = {}) =>
    cmd('AwardTender', {
      bidId: bC,
      debarredSupplierIds: [],
      bidderStaff: noBidderStaff,
      panelConflicts: noPanelConflicts,
      at: T_EVAL,
      policy: makePolicy({ standstillDays: { ...DEFAULT_POLICY.standstillDays, open: 0 } }),
      ...over,
    });
  const awarded = (over: Record<string, unknown> = {}): TenderEvent => ({
    type: 'TenderAwarded',
    data: {
      tenderId,
      bidId: bC,
      supplierId: sC,
      amount: cny(400_000_00),
      weightedScore: 8400,
      bestWeightedScore: 8400,
      override: false,
      overrideRationale: null,
      awardedAt: T_EVAL,
      ...over,
    } as never,
  });
  it('awards the highest weighted score', () =>
    void spec.given(evaluated).when(award()).then([awarded()]));
  it('another bid needs a written rationale: AWARD_RATIONALE_REQUIRED', () =>
    void spec
      .given(evaluated)
      .when(award({ bidId: bA }))
      .thenThrows('AWARD_RATIONALE_REQUIRED'));
  it('another bid with a rationale is awarded and flagged as an override', () =>
    void spec
      .given(evaluated)
      .when(
        award({
          bidId: bA,
          rationale: 'C cannot staff the night shifts the specification requires',
        }),
      )
      .then([
        awarded({
          bidId: bA,
          supplierId: sA,
          amount: cny(450_000_00),
          weightedScore: 8200,
          override: true,
          overrideRationale: 'C cannot staff the night shifts the specification requires',
        }),
      ]));
  it('a debarred supplier is never awarded, even if it bid before the debarment: SUPPLIER_DEBARRED', () =>
    void spec
      .given(evaluated)
      .when(award({ debarredSupplierIds: [sC], rationale: 'anything' }))
      .thenThrows('SUPPLIER_DEBARRED'));
  it('when the best bidder is debarred, the best of the rest wins without an override', () =>
    void spec
      .given(evaluated)
      .when(award({ bidId: bA, debarredSupplierIds: [sC] }))
      .then([
        awarded({
          bidId: bA,
          supplierId: sA,
          amount: cny(450_000_00),
          weightedScore: 8200,
          bestWeightedScore: 8200,
        }),
      ]));
  it('bids tied for the best score may each be awarded without an override', () =>
    void spec
      .given([
        ...open,
        scored(bA, sA, e1, 90, 80, 80),
        scored(bB, sB, e1, 70, 70, 70),
        scored(bC, sC, e1, 90, 80, 80),
      ])
      .when(award({ bidId: bA }))
      .then([awarded({ bidId: bA, supplierId: sA, amount: cny(450_000_00) })]));
  it('refuses while a valid bid lacks a score from an allowed evaluator: AWARD_EVALUATION_INCOMPLETE', () =>
    void spec
      .given([...evaluated, assigned(e2)])
      .when(award())
      .thenThrows('AWARD_EVALUATION_INCOMPLETE'));
  it("a conflicted evaluator's missing scores do not block the award", () =>
    void spec
      .given([
        ...evaluated,
        assigned(e2),
        {
          type: 'ConflictDeclared',
          data: {
            tenderId,
            evaluatorId: e2,
            supplierId: sA,
            description: 'd',
            discardedScoreBidIds: [],
            declaredAt: T_EVAL,
          },
        },
        scored(bB, sB, e2, 70, 70, 70),
        scored(bC, sC, e2, 90, 80, 80),
      ])
      .when(award())
      .then([awarded()]));
  it('an evaluator conflicted with a bidder on another tender (its register) does not block the award', () =>
    void spec
      .given([
        ...evaluated,
        assigned(e2),
        scored(bB, sB, e2, 70, 70, 70),
        scored(bC, sC, e2, 90, 80, 80),
      ])
      .when(award({ panelConflicts: { ...noPanelConflicts, [e2]: [sA] } }))
      .then([awarded()]));
  it('scores given before a conflict was registered on another tender do not count', () =>
    void spec
      .given([...evaluated, assigned(e2), scored(bC, sC, e2, 0, 0, 0)])
      .when(award({ panelConflicts: { ...noPanelConflicts, [e2]: [sA, sB, sC] } }))
      .then([awarded()]));
  it("refuses without every panel evaluator's registered conflicts: EVALUATOR_CONFLICTS_UNKNOWN", () =>
    void spec
      .given(evaluated)
      .when(award({ panelConflicts: {} }))
      .thenThrows('EVALUATOR_CONFLICTS_UNKNOWN'));
  it('an evaluator who acted for a bidder does not block the award: it counts as conflicted with that bidder', () =>
    void spec
      .given([
        ...evaluated,
        assigned(e2),
        scored(bB, sB, e2, 70, 70, 70),
        scored(bC, sC, e2, 90, 80, 80),
      ])
      .when(award({ bidderStaff: { ...noBidderStaff, [sA]: [e2] } }))
      .then([awarded()]));
  it("scores a bidder's own person gave its bid do not count", () =>
    void spec
      .given([...evaluated, assigned(e2), scored(bC, sC, e2, 0, 0, 0)])
      .when(award({ bidderStaff: { ...noBidderStaff, [sA]: [e2], [sB]: [e2], [sC]: [e2] } }))
      .then([awarded()]));
  it("refuses without every bidder's staff facts: SUPPLIER_FACTS_MISSING", () =>
    void spec
      .given(evaluated)
      .when(award({ bidderStaff: { [sA]: [], [sB]: [] } }))
      .thenThrows('SUPPLIER_FACTS_MISSING'));
  it('refuses a disqualified bid: BID_NOT_VALID', () =>
    void spec
      .given([
        ...evaluated,
        {
          type: 'BidDisqualified',
          data: { tenderId, bidId: bC, supplierId: sC, reason: 'r', disqualifiedAt: T_EVAL },
        },
      ])
      .when(award())
      .thenThrows('BID_NOT_VALID'));
  it('a disqualified bid no longer counts as the best', () =>
    void spec
      .given([
        ...evaluated,
        {
          type: 'BidDisqualified',
          data: { tenderId, bidId: bC, supplierId: sC, reason: 'r', disqualifiedAt: T_EVAL },
        },
      ])
      .when(award({ bidId: bA }))
      .then([
        awarded({
          bidId: bA,
          supplierId: sA,
          amount: cny(450_000_00),
          weightedScore: 8200,
          bestWeightedScore: 8200,
        }),
      ]));
  it('refuses before bids are opened: TENDER_NOT_OPENED', () =>
    void spec
      .given([drafted, published, ...threeBids])
      .when(award())
      .thenThrows('TENDER_NOT_OPENED'));
  it('awarding the same bid again records nothing (idempotent)', () =>
    void spec
      .given([...evaluated, awarded()])
      .when(award())
      .thenNothingHappened());
  it('refuses awarding another bid after the award: TENDER_ALREADY_AWARDED', () =>
    void spec
      .given([...evaluated, awarded()])
      .when(award({ bidId: bA, rationale: 'r' }))
      .thenThrows('TENDER_ALREADY_AWARDED'));
  it('refuses a command without the debarment facts: SUPPLIER_FACTS_MISSING', () =>
    void spec
      .given(evaluated)
      .when(award({ debarredSupplierIds: undefined }))
      .thenThrows('SUPPLIER_FACTS_MISSING'));
});

describe('CancelTender', () => {
  const cancel = (over: Record<string, unknown> = {}) =>
    cmd('CancelTender', { reason: 'Service merged into another programme', at: T_BID, ...over });
  const cancelled: TenderEvent = {
    type: 'TenderCancelled',
    data: { tenderId, reason: 'Service merged into another programme', cancelledAt: T_BID },
  };
  it('cancels a tender with a reason', () =>
    void spec.given([drafted, published]).when(cancel()).then([cancelled]));
  it('cancelling again records nothing (idempotent)', () =>
    void spec.given([drafted, published, cancelled]).when(cancel()).thenNothingHappened());
  it('refuses cancelling an awarded tender: TENDER_ALREADY_AWARDED', () =>
    void spec
      .given([
        ...evaluated,
        {
          type: 'TenderAwarded',
          data: {
            tenderId,
            bidId: bC,
            supplierId: sC,
            amount: cny(1),
            weightedScore: 1,
            bestWeightedScore: 1,
            override: false,
            overrideRationale: null,
            awardedAt: T_EVAL,
          },
        },
      ])
      .when(cancel())
      .thenThrows('TENDER_ALREADY_AWARDED'));
  it('refuses cancelling a failed tender: TENDER_CLOSED', () =>
    void spec
      .given([
        drafted,
        published,
        {
          type: 'TenderFailed',
          data: {
            tenderId,
            reason: 'insufficient_valid_bids',
            validBidCount: 0,
            minValidBids: 3,
            failedAt: T_OPEN,
          },
        },
      ])
      .when(cancel())
      .thenThrows('TENDER_CLOSED'));
  it('refuses without a reason: TENDER_CANCEL_REASON_REQUIRED', () =>
    void spec
      .given([drafted])
      .when(cancel({ reason: '' }))
      .thenThrows('TENDER_CANCEL_REASON_REQUIRED'));
});

describe('standstill and complaints', () => {
  const T_COMPLAIN = '2026-04-07T09:00:00.000Z'; // 2 days into the 10-day standstill
  const T_DECIDE = '2026-04-10T09:00:00.000Z';
  const STANDSTILL_END = '2026-04-15T09:00:00.000Z';
  const [k1, k2, reviewer] = [u('c1'), u('c2'), u('f1')];
  const docs = ['b'.repeat(64), 'c'.repeat(64)];
  const award = (over: Record<string, unknown> = {}) =>
    cmd('AwardTender', {
      bidId: bC,
      debarredSupplierIds: [],
      bidderStaff: noBidderStaff,
      panelConflicts: noPanelConflicts,
      at: T_EVAL,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const awardedC: TenderEvent = {
    type: 'TenderAwarded',
    data: {
      tenderId,
      bidId: bC,
      supplierId: sC,
      amount: cny(400_000_00),
      weightedScore: 8400,
      bestWeightedScore: 8400,
      override: false,
      overrideRationale: null,
      awardedAt: T_EVAL,
    },
  };
  const started: TenderEvent = {
    type: 'StandstillStarted',
    data: { tenderId, bidId: bC, standstillDays: 10, endsAt: STANDSTILL_END, startedAt: T_EVAL },
  };
  const inStandstill = [...evaluated, awardedC, started];
  const file = (over: Record<string, unknown> = {}) =>
    cmd('FileComplaint', {
      complaintId: k1,
      supplierId: sA,
      subject: 'award',
      grounds: 'Bid C is priced below cost',
      documentDigests: docs,
      at: T_COMPLAIN,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const filed = (complaintId = k1, supplierId = sA, at = T_COMPLAIN): TenderEvent => ({
    type: 'ComplaintFiled',
    data: {
      tenderId,
      complaintId,
      supplierId,
      subject: 'award',
      grounds: 'Bid C is priced below cost',
      documentDigests: docs,
      filedAt: at,
    },
  });
  const decide = (over: Record<string, unknown> = {}) =>
    cmd('DecideComplaint', {
      complaintId: k1,
      reviewerId: reviewer,
      decision: 'dismissed',
      rationale: 'The price is explained in the proposal',
      at: T_DECIDE,
      ...over,
    });

  it('an award starts the policy standstill of its method (open: 10 days)', () =>
    void spec.given(evaluated).when(award()).then([awardedC, started]));
  it('the standstill length is the jurisdiction policy', () =>
    void spec
      .given(evaluated)
      .when(
        award({
          policy: makePolicy({ standstillDays: { ...DEFAULT_POLICY.standstillDays, open: 3 } }),
        }),
      )
      .then([
        awardedC,
        {
          type: 'StandstillStarted',
          data: {
            tenderId,
            bidId: bC,
            standstillDays: 3,
            endsAt: '2026-04-08T09:00:00.000Z',
            startedAt: T_EVAL,
          },
        },
      ]));
  // A training or demo policy lets the standstill pass in seconds: a fraction is a part of a day.
  it('a fraction of a day in the policy is a standstill of part of a day', () =>
    void spec
      .given(evaluated)
      .when(
        award({
          policy: makePolicy({
            standstillDays: { ...DEFAULT_POLICY.standstillDays, open: 0.0001 },
          }),
        }),
      )
      .then([
        awardedC,
        {
          type: 'StandstillStarted',
          data: {
            tenderId,
            bidId: bC,
            standstillDays: 0.0001,
            endsAt: '2026-04-05T09:00:08.640Z',
            startedAt: T_EVAL,
          },
        },
      ]));
  it('refuses a policy standstill that is negative or not a number: POLICY_INVALID', () => {
    for (const open of [-1, Number.NaN, 366])
      expect(() =>
        makePolicy({ standstillDays: { ...DEFAULT_POLICY.standstillDays, open } }),
      ).toThrow(expect.objectContaining({ code: 'POLICY_INVALID' }));
  });
  it('a method with no standstill in the policy starts none', () =>
    void spec
      .given(evaluated)
      .when(
        award({
          policy: makePolicy({ standstillDays: { ...DEFAULT_POLICY.standstillDays, open: 0 } }),
        }),
      )
      .then([awardedC]));
  it('a direct commission has no standstill by default', () =>
    expect(DEFAULT_POLICY.standstillDays.direct_commission).toBe(0));

  it('a bidder files a complaint against the award during the standstill, documents as digests', () =>
    void spec.given(inStandstill).when(file()).then([filed()]));
  it('a bidder files a complaint against the tender conditions during the standstill', () =>
    void spec
      .given(inStandstill)
      .when(file({ subject: 'conditions', grounds: 'The quality criterion favours incumbents' }))
      .then([
        {
          type: 'ComplaintFiled',
          data: {
            tenderId,
            complaintId: k1,
            supplierId: sA,
            subject: 'conditions',
            grounds: 'The quality criterion favours incumbents',
            documentDigests: docs,
            filedAt: T_COMPLAIN,
          },
        },
      ]));
  it('filing the same complaint again records nothing (idempotent)', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(file())
      .thenNothingHappened());
  it('refuses another complaint under a used id: COMPLAINT_ID_CONFLICT', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(file({ grounds: 'Something else' }))
      .thenThrows('COMPLAINT_ID_CONFLICT'));
  it('refuses after the standstill ended: COMPLAINT_WINDOW_CLOSED', () =>
    void spec
      .given(inStandstill)
      .when(file({ at: STANDSTILL_END }))
      .thenThrows('COMPLAINT_WINDOW_CLOSED'));
  it('refuses before any award: COMPLAINT_WINDOW_CLOSED', () =>
    void spec.given(evaluated).when(file()).thenThrows('COMPLAINT_WINDOW_CLOSED'));
  it('refuses an award without a standstill: COMPLAINT_WINDOW_CLOSED', () =>
    void spec
      .given([...evaluated, awardedC])
      .when(file())
      .thenThrows('COMPLAINT_WINDOW_CLOSED'));
  it('while a complaint is pending the window stays open, past the standstill end', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(file({ complaintId: k2, supplierId: sB, at: STANDSTILL_END }))
      .then([filed(k2, sB, STANDSTILL_END)]));
  it('refuses a supplier that did not bid: COMPLAINANT_NOT_BIDDER', () =>
    void spec
      .given(inStandstill)
      .when(file({ supplierId: sD }))
      .thenThrows('COMPLAINANT_NOT_BIDDER'));
  it('refuses the awarded supplier: COMPLAINANT_IS_AWARDEE', () =>
    void spec
      .given(inStandstill)
      .when(file({ supplierId: sC }))
      .thenThrows('COMPLAINANT_IS_AWARDEE'));
  it('refuses an unknown subject: COMPLAINT_SUBJECT_INVALID', () =>
    void spec
      .given(inStandstill)
      .when(file({ subject: 'price' }))
      .thenThrows('COMPLAINT_SUBJECT_INVALID'));
  it('refuses blank grounds: COMPLAINT_GROUNDS_REQUIRED', () =>
    void spec
      .given(inStandstill)
      .when(file({ grounds: ' ' }))
      .thenThrows('COMPLAINT_GROUNDS_REQUIRED'));
  it('refuses a document that is not a SHA-256: COMPLAINT_DOCUMENT_DIGEST_INVALID', () =>
    void spec
      .given(inStandstill)
      .when(file({ documentDigests: ['not-a-digest'] }))
      .thenThrows('COMPLAINT_DOCUMENT_DIGEST_INVALID'));
  it('refuses the same document twice: COMPLAINT_DOCUMENT_DIGEST_INVALID', () =>
    void spec
      .given(inStandstill)
      .when(file({ documentDigests: [docs[0], docs[0]] }))
      .thenThrows('COMPLAINT_DOCUMENT_DIGEST_INVALID'));

  it('a dismissed complaint lets the standstill resume: the days left when it was filed run again from the dismissal', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(decide())
      // filed 8 days before the end, dismissed 3 days later: the standstill now ends 8 days after the dismissal.
      .then([
        {
          type: 'ComplaintDismissed',
          data: {
            tenderId,
            complaintId: k1,
            reviewerId: reviewer,
            rationale: 'The price is explained in the proposal',
            standstillEndsAt: '2026-04-18T09:00:00.000Z',
            decidedAt: T_DECIDE,
          },
        },
      ]));
  it('while another complaint is pending, a dismissal leaves the standstill stopped', () => {
    const state = fold(tenderDecider, [
      ...inStandstill,
      filed(),
      filed(k2, sB),
      {
        type: 'ComplaintDismissed',
        data: {
          tenderId,
          complaintId: k1,
          reviewerId: reviewer,
          rationale: 'r',
          standstillEndsAt: STANDSTILL_END,
          decidedAt: T_DECIDE,
        },
      },
    ]);
    expect(
      state.status !== 'none' && [state.standstillSuspendedAt, state.standstillEndsAt],
    ).toEqual([T_COMPLAIN, STANDSTILL_END]);
  });
  it('an upheld complaint cancels the award and reopens evaluation; other pending complaints close as moot', () =>
    void spec
      .given([...inStandstill, filed(), filed(k2, sB)])
      .when(
        decide({
          decision: 'upheld',
          remedy: 'reopen_evaluation',
          rationale: 'Bid C is abnormally low',
        }),
      )
      .then([
        {
          type: 'ComplaintUpheld',
          data: {
            tenderId,
            complaintId: k1,
            reviewerId: reviewer,
            rationale: 'Bid C is abnormally low',
            remedy: 'reopen_evaluation',
            awardBidId: bC,
            mootComplaintIds: [k2],
            decidedAt: T_DECIDE,
          },
        },
      ]));
  const upheldReopen: TenderEvent = {
    type: 'ComplaintUpheld',
    data: {
      tenderId,
      complaintId: k1,
      reviewerId: reviewer,
      rationale: 'r',
      remedy: 'reopen_evaluation',
      awardBidId: bC,
      mootComplaintIds: [],
      decidedAt: T_DECIDE,
    },
  };
  it('after a reopening the tender is awarded again, with a new standstill', () =>
    void spec
      .given([...inStandstill, filed(), upheldReopen])
      .when(award({ bidId: bA, rationale: 'C abnormally low (complaint upheld)', at: T_DECIDE }))
      .then([
        {
          type: 'TenderAwarded',
          data: {
            tenderId,
            bidId: bA,
            supplierId: sA,
            amount: cny(450_000_00),
            weightedScore: 8200,
            bestWeightedScore: 8400,
            override: true,
            overrideRationale: 'C abnormally low (complaint upheld)',
            awardedAt: T_DECIDE,
          },
        },
        {
          type: 'StandstillStarted',
          data: {
            tenderId,
            bidId: bA,
            standstillDays: 10,
            endsAt: '2026-04-20T09:00:00.000Z',
            startedAt: T_DECIDE,
          },
        },
      ]));
  it('an upheld complaint may cancel the tender instead', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(
        decide({
          decision: 'upheld',
          remedy: 'cancel_tender',
          rationale: 'The criteria were unlawful',
        }),
      )
      .then([
        {
          type: 'ComplaintUpheld',
          data: {
            tenderId,
            complaintId: k1,
            reviewerId: reviewer,
            rationale: 'The criteria were unlawful',
            remedy: 'cancel_tender',
            awardBidId: bC,
            mootComplaintIds: [],
            decidedAt: T_DECIDE,
          },
        },
        {
          type: 'TenderCancelled',
          data: {
            tenderId,
            reason: `complaint ${k1} upheld: The criteria were unlawful`,
            cancelledAt: T_DECIDE,
          },
        },
      ]));
  it('deciding the same way again records nothing (idempotent)', () =>
    void spec
      .given([...inStandstill, filed(), upheldReopen])
      .when(decide({ decision: 'upheld', remedy: 'reopen_evaluation' }))
      .thenNothingHappened());
  it('refuses deciding a decided complaint otherwise: COMPLAINT_ALREADY_DECIDED', () =>
    void spec
      .given([...inStandstill, filed(), upheldReopen])
      .when(decide())
      .thenThrows('COMPLAINT_ALREADY_DECIDED'));
  it('refuses an unknown complaint: COMPLAINT_NOT_FOUND', () =>
    void spec.given(inStandstill).when(decide()).thenThrows('COMPLAINT_NOT_FOUND'));
  it('refuses an unknown decision: COMPLAINT_DECISION_INVALID', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(decide({ decision: 'partly' }))
      .thenThrows('COMPLAINT_DECISION_INVALID'));
  it('refuses an upheld complaint without a remedy: COMPLAINT_REMEDY_INVALID', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(decide({ decision: 'upheld' }))
      .thenThrows('COMPLAINT_REMEDY_INVALID'));
  it('refuses a dismissal with a remedy: COMPLAINT_REMEDY_INVALID', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(decide({ remedy: 'cancel_tender' }))
      .thenThrows('COMPLAINT_REMEDY_INVALID'));
  it('refuses a decision without a rationale: COMPLAINT_RATIONALE_REQUIRED', () =>
    void spec
      .given([...inStandstill, filed()])
      .when(decide({ rationale: '' }))
      .thenThrows('COMPLAINT_RATIONALE_REQUIRED'));
});

describe('complaints against the conditions before the deadline', () => {
  const [k1, k2, reviewer] = [u('c1'), u('c2'), u('f1')];
  const docs = ['b'.repeat(64)];
  const T_COMPLAIN = '2026-03-12T09:00:00.000Z';
  const T_DECIDE = '2026-03-16T09:00:00.000Z';
  const open = [drafted, published, ...threeBids];
  const file = (over: Record<string, unknown> = {}) =>
    cmd('FileComplaint', {
      complaintId: k1,
      supplierId: sD,
      subject: 'conditions',
      grounds: 'The capability criterion excludes new organisations',
      documentDigests: docs,
      at: T_COMPLAIN,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const filed = (complaintId = k1): TenderEvent => ({
    type: 'ComplaintFiled',
    data: {
      tenderId,
      complaintId,
      supplierId: sD,
      subject: 'conditions',
      grounds: 'The capability criterion excludes new organisations',
      documentDigests: docs,
      filedAt: T_COMPLAIN,
    },
  });
  const decide = (over: Record<string, unknown> = {}) =>
    cmd('DecideComplaint', {
      complaintId: k1,
      reviewerId: reviewer,
      decision: 'upheld',
      remedy: 'amend_conditions',
      rationale: 'The criterion is disproportionate',
      at: T_DECIDE,
      ...over,
    });
  const upheld = (remedy: string, mootComplaintIds: string[] = []): TenderEvent =>
    ({
      type: 'ComplaintUpheld',
      data: {
        tenderId,
        complaintId: k1,
        reviewerId: reviewer,
        rationale: 'The criterion is disproportionate',
        remedy,
        awardBidId: null,
        mootComplaintIds,
        decidedAt: T_DECIDE,
      },
    }) as TenderEvent;
  const openBids = (at = T_OPEN) => cmd('OpenBids', { at, policy: DEFAULT_POLICY });

  it('any supplier complains about the conditions before the deadline, bid or not', () =>
    void spec.given(open).when(file()).then([filed()]));
  it('refuses a complaint about an award before there is one: COMPLAINT_WINDOW_CLOSED', () =>
    void spec
      .given(open)
      .when(file({ subject: 'award' }))
      .thenThrows('COMPLAINT_WINDOW_CLOSED'));
  it('refuses a complaint about the conditions after the deadline: COMPLAINT_WINDOW_CLOSED', () =>
    void spec
      .given(open)
      .when(file({ at: DEADLINE }))
      .thenThrows('COMPLAINT_WINDOW_CLOSED'));
  it('refuses to open bids while a complaint about the conditions is pending: BIDS_OPENING_COMPLAINT_PENDING', () =>
    void spec
      .given([...open, filed()])
      .when(openBids())
      .thenThrows('BIDS_OPENING_COMPLAINT_PENDING'));
  it('a dismissal lets the bids be opened', () =>
    void spec
      .given([
        ...open,
        filed(),
        {
          type: 'ComplaintDismissed',
          data: {
            tenderId,
            complaintId: k1,
            reviewerId: reviewer,
            rationale: 'Proportionate',
            standstillEndsAt: null,
            decidedAt: T_DECIDE,
          },
        },
      ])
      .when(openBids())
      .then([openedBids]));
  it('dismissed before opening, there is no standstill to resume (standstillEndsAt null)', () =>
    void spec
      .given([...open, filed()])
      .when(decide({ decision: 'dismissed', remedy: null, rationale: 'Proportionate' }))
      .then([
        {
          type: 'ComplaintDismissed',
          data: {
            tenderId,
            complaintId: k1,
            reviewerId: reviewer,
            rationale: 'Proportionate',
            standstillEndsAt: null,
            decidedAt: T_DECIDE,
          },
        },
      ]));
  it('upheld with amend_conditions: the conditions are amended before the bids are opened', () =>
    void spec
      .given([...open, filed()])
      .when(decide())
      .then([upheld('amend_conditions')]));
  it('refuses to open bids before the ordered amendment: TENDER_CONDITIONS_NOT_AMENDED', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions')])
      .when(openBids())
      .thenThrows('TENDER_CONDITIONS_NOT_AMENDED'));
  it('the ordered amendment is made even past the deadline, with a new deadline; bids priced on the old conditions are voided', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions')])
      .when(
        cmd('AmendTender', {
          changes: {
            criteria: [
              criteria[0],
              criteria[1],
              { ...criteria[2], weight: 20, name: 'Relevant experience' },
            ],
          },
          deadline: '2026-04-30T09:00:00.000Z',
          reason: 'Complaint upheld: capability becomes relevant experience',
          complaintId: k1,
          at: T_OPEN,
          policy: DEFAULT_POLICY,
        }),
      )
      .then([
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: {
              criteria: [criteria[0], criteria[1], { ...criteria[2], name: 'Relevant experience' }],
            },
            reason: 'Complaint upheld: capability becomes relevant experience',
            material: true,
            deadline: '2026-04-30T09:00:00.000Z',
            deadlineExtended: true,
            voidedBidIds: [bA, bB, bC],
            answersComplaintId: k1,
            amendedAt: T_OPEN,
          },
        },
      ]));
  it('upheld with cancel_tender: the tender is cancelled and other pending complaints are moot', () =>
    void spec
      .given([...open, filed(), filed(k2)])
      .when(decide({ remedy: 'cancel_tender' }))
      .then([
        upheld('cancel_tender', [k2]),
        {
          type: 'TenderCancelled',
          data: {
            tenderId,
            reason: `complaint ${k1} upheld: The criterion is disproportionate`,
            cancelledAt: T_DECIDE,
          },
        },
      ]));
  it('refuses reopen_evaluation before opening: COMPLAINT_REMEDY_INVALID', () =>
    void spec
      .given([...open, filed()])
      .when(decide({ remedy: 'reopen_evaluation' }))
      .thenThrows('COMPLAINT_REMEDY_INVALID'));

  // The cut-off (policy.conditionsComplaintCutoffDays, default 4, ProZorro's): a remedy ordered in
  // the last days before the deadline could not reach the bidders in time.
  const CUTOFF = '2026-03-28T09:00:00.000Z'; // 4 days before DEADLINE
  it('refuses a conditions complaint at or after the cut-off (policy.conditionsComplaintCutoffDays): COMPLAINT_AFTER_CUTOFF', () =>
    void spec
      .given(open)
      .when(file({ at: CUTOFF }))
      .thenThrows('COMPLAINT_AFTER_CUTOFF'));
  it('a complaint about the conditions just before the cut-off is filed', () =>
    void spec
      .given(open)
      .when(file({ at: '2026-03-28T08:59:59.999Z' }))
      .then([
        {
          ...filed(),
          data: { ...(filed().data as object), filedAt: '2026-03-28T08:59:59.999Z' },
        } as TenderEvent,
      ]));
  it('the complaint cut-off is the jurisdiction policy', () =>
    void spec
      .given(open)
      .when(file({ at: CUTOFF, policy: makePolicy({ conditionsComplaintCutoffDays: 0 }) }))
      .then([
        { ...filed(), data: { ...(filed().data as object), filedAt: CUTOFF } } as TenderEvent,
      ]));

  // The amendment an upheld complaint ordered names it (AmendTender.complaintId): any other
  // amendment, however much it changes, is not the remedy the review body ordered.
  const amend = (over: Record<string, unknown> = {}) =>
    cmd('AmendTender', {
      changes: { title: 'Home care, night visits included' },
      reason: 'Complaint upheld: the conditions say so',
      at: T_DECIDE,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const amended = (answersComplaintId: string | null): TenderEvent => ({
    type: 'TenderAmended',
    data: {
      tenderId,
      changes: { title: 'Home care, night visits included' },
      reason: 'Complaint upheld: the conditions say so',
      material: false,
      deadline: DEADLINE,
      deadlineExtended: false,
      voidedBidIds: [],
      answersComplaintId,
      amendedAt: T_DECIDE,
    },
  });
  it('the ordered amendment names the complaint it answers', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions')])
      .when(amend({ complaintId: k1 }))
      .then([amended(k1)]));
  it('once the amendment answering the complaint is recorded, the bids are opened', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions'), amended(k1)])
      .when(openBids())
      .then([openedBids]));
  it('an amendment that does not name the upheld complaint leaves the bids sealed: TENDER_CONDITIONS_NOT_AMENDED', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions'), amended(null)])
      .when(openBids())
      .thenThrows('TENDER_CONDITIONS_NOT_AMENDED'));
  it('two complaints upheld with amend_conditions need an amendment each: TENDER_CONDITIONS_NOT_AMENDED', () =>
    void spec
      .given([
        ...open,
        filed(),
        filed(k2),
        upheld('amend_conditions'),
        {
          type: 'ComplaintUpheld',
          data: {
            ...(upheld('amend_conditions').data as object),
            complaintId: k2,
          },
        } as TenderEvent,
        amended(k1),
      ])
      .when(openBids())
      .thenThrows('TENDER_CONDITIONS_NOT_AMENDED'));
  it('refuses an amendment naming a complaint awaiting none (pending, answered, unknown): COMPLAINT_NOT_AWAITING_AMENDMENT', () => {
    spec
      .given([...open, filed()])
      .when(amend({ complaintId: k1 }))
      .thenThrows('COMPLAINT_NOT_AWAITING_AMENDMENT');
    spec
      .given([...open, filed(), upheld('amend_conditions'), amended(k1)])
      .when(amend({ complaintId: k1, changes: { title: 'Another title' } }))
      .thenThrows('COMPLAINT_NOT_AWAITING_AMENDMENT');
    spec
      .given([...open, filed(), upheld('amend_conditions')])
      .when(amend({ complaintId: k2 }))
      .thenThrows('COMPLAINT_NOT_AWAITING_AMENDMENT');
  });
  it('past the deadline an amendment not naming the upheld complaint is refused: TENDER_NOT_AMENDABLE', () =>
    void spec
      .given([...open, filed(), upheld('amend_conditions')])
      .when(amend({ at: T_OPEN, deadline: '2026-04-30T09:00:00.000Z' }))
      .thenThrows('TENDER_NOT_AMENDABLE'));
  it('an amendment recorded before amendments named their complaint answered every one then awaiting', () => {
    const { answersComplaintId: _, ...legacy } = amended(null).data as Record<string, unknown>;
    spec
      .given([
        ...open,
        filed(),
        upheld('amend_conditions'),
        { type: 'TenderAmended', data: legacy } as TenderEvent,
      ])
      .when(openBids())
      .then([openedBids]);
  });
});

describe('clarifications', () => {
  const [q1, q2, officerId] = [u('91'), u('92'), u('0f9')];
  const T_ASK = '2026-03-05T09:00:00.000Z';
  const T_ANSWER = '2026-03-06T09:00:00.000Z';
  const CUTOFF = '2026-03-29T09:00:00.000Z'; // 3 days before the deadline
  const ask = (over: Record<string, unknown> = {}) =>
    cmd('AskQuestion', {
      questionId: q1,
      supplierId: sA,
      question: 'May two organisations bid together?',
      at: T_ASK,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const asked: TenderEvent = {
    type: 'QuestionAsked',
    data: {
      tenderId,
      questionId: q1,
      supplierId: sA,
      question: 'May two organisations bid together?',
      askedAt: T_ASK,
    },
  };
  const answer = (over: Record<string, unknown> = {}) =>
    cmd('AnswerQuestion', {
      questionId: q1,
      answer: 'Yes, as a consortium led by one of them',
      answeredBy: officerId,
      at: T_ANSWER,
      policy: DEFAULT_POLICY,
      ...over,
    });
  const answered = (amendsConditions = false, answeredAt = T_ANSWER): TenderEvent => ({
    type: 'QuestionAnswered',
    data: {
      tenderId,
      questionId: q1,
      answer: 'Yes, as a consortium led by one of them',
      answeredBy: officerId,
      amendsConditions,
      answeredAt,
    },
  });
  const open = [drafted, published];

  it('a supplier asks a question about an open tender', () =>
    void spec.given(open).when(ask()).then([asked]));
  it('asking the same question again records nothing (idempotent)', () =>
    void spec
      .given([...open, asked])
      .when(ask())
      .thenNothingHappened());
  it('refuses another question under a used id: QUESTION_ID_CONFLICT', () =>
    void spec
      .given([...open, asked])
      .when(ask({ question: 'Something else?' }))
      .thenThrows('QUESTION_ID_CONFLICT'));
  it('refuses a blank question: QUESTION_TEXT_REQUIRED', () =>
    void spec
      .given(open)
      .when(ask({ question: ' ' }))
      .thenThrows('QUESTION_TEXT_REQUIRED'));
  it('refuses a question at or after the cut-off (policy.clarificationCutoffDays before the deadline): QUESTION_AFTER_CUTOFF', () =>
    void spec
      .given(open)
      .when(ask({ at: CUTOFF }))
      .thenThrows('QUESTION_AFTER_CUTOFF'));
  it('the cut-off is the jurisdiction policy', () =>
    void spec
      .given(open)
      .when(ask({ at: CUTOFF, policy: makePolicy({ clarificationCutoffDays: 1 }) }))
      .then([{ ...asked, data: { ...asked.data, askedAt: CUTOFF } }]));
  it('refuses a question on a tender not open for bids: TENDER_NOT_OPEN_FOR_BIDS', () =>
    void spec.given([drafted]).when(ask()).thenThrows('TENDER_NOT_OPEN_FOR_BIDS'));
  it('the agency answers publicly', () =>
    void spec
      .given([...open, asked])
      .when(answer())
      .then([answered()]));
  it('answering the same again records nothing (idempotent)', () =>
    void spec
      .given([...open, asked, answered()])
      .when(answer())
      .thenNothingHappened());
  it('refuses a different second answer: QUESTION_ALREADY_ANSWERED', () =>
    void spec
      .given([...open, asked, answered()])
      .when(answer({ answer: 'No' }))
      .thenThrows('QUESTION_ALREADY_ANSWERED'));
  it('refuses an answer to an unknown question: QUESTION_NOT_FOUND', () =>
    void spec
      .given([...open, asked])
      .when(answer({ questionId: q2 }))
      .thenThrows('QUESTION_NOT_FOUND'));
  it('refuses a blank answer: ANSWER_TEXT_REQUIRED', () =>
    void spec
      .given([...open, asked])
      .when(answer({ answer: '' }))
      .thenThrows('ANSWER_TEXT_REQUIRED'));
  it('refuses an answer after the deadline: ANSWER_AFTER_DEADLINE', () =>
    void spec
      .given([...open, asked])
      .when(answer({ at: DEADLINE }))
      .thenThrows('ANSWER_AFTER_DEADLINE'));
  it('an answer that changes the conditions is an amendment: material, it voids the bids and, late, extends the deadline', () =>
    void spec
      .given([...open, asked, submitted(bA, sA)])
      .when(
        answer({
          at: T_LATE,
          changes: { eligibility: { ...terms.eligibility, minRating: '2A' } },
        }),
      )
      .then([
        answered(true, T_LATE),
        {
          type: 'TenderAmended',
          data: {
            tenderId,
            changes: { eligibility: { ...terms.eligibility, minRating: '2A' } },
            reason: `Answer to question ${q1}: Yes, as a consortium led by one of them`,
            material: true,
            deadline: '2026-04-18T09:00:00.000Z',
            deadlineExtended: true,
            voidedBidIds: [bA],
            answersComplaintId: null,
            amendedAt: T_LATE,
          },
        },
      ]));
  it('an answer with an amendment is refused by the amendment rules (e.g. TENDER_WEIGHTS_NOT_100)', () =>
    void spec
      .given([...open, asked])
      .when(
        answer({ changes: { criteria: [{ criterionId: 'price', name: 'Price', weight: 50 }] } }),
      )
      .thenThrows('TENDER_WEIGHTS_NOT_100'));
});

describe('evolve', () => {
  it('never throws for events on a tender never drafted', () =>
    expect(fold(tenderDecider, [published, ...threeBids, openedBids])).toEqual({ status: 'none' }));
});

describe('awardToSign (the award a contract is signed for, from the tender stream)', () => {
  const awardedC: TenderEvent = {
    type: 'TenderAwarded',
    data: {
      tenderId,
      bidId: bC,
      supplierId: sC,
      amount: cny(400_000_00),
      weightedScore: 8400,
      bestWeightedScore: 8400,
      override: false,
      overrideRationale: null,
      awardedAt: T_EVAL,
    },
  };
  const given = (events: TenderEvent[]) => awardToSign(fold(tenderDecider, events));
  it('given an awarded tender, names its agency, budget line, winning supplier and awarded amount', () =>
    expect(given([...evaluated, awardedC])).toEqual({
      tenderId,
      agencyId,
      budgetLineId,
      supplierId: sC,
      awardedAmount: cny(400_000_00),
    }));
  it('given a tender still under evaluation, refuses: TENDER_NOT_AWARDED', () =>
    expect(() => given(evaluated)).toThrow(
      expect.objectContaining({ code: 'TENDER_NOT_AWARDED' }),
    ));
  it('given no tender, refuses: TENDER_NOT_FOUND', () =>
    expect(() => given([])).toThrow(expect.objectContaining({ code: 'TENDER_NOT_FOUND' })));
});

describe('sandbox: a policy day of one minute (policy.dayMs, ADR 0010)', () => {
  const SANDBOX = makePolicy({ dayMs: 60_000 });
  const minutesAfter = (at: string, minutes: number) =>
    new Date(Date.parse(at) + minutes * 60_000).toISOString();
  const publish = (deadline: string) =>
    cmd('PublishTender', { deadline, at: T_PUB, policy: SANDBOX });

  it('an open tender takes bids for at least 20 policy days: 20 minutes in the sandbox', () =>
    void spec
      .given([drafted])
      .when(publish(minutesAfter(T_PUB, 20)))
      .then([
        {
          type: 'TenderPublished',
          data: {
            tenderId,
            deadline: minutesAfter(T_PUB, 20),
            submissionDays: 20,
            publishedAt: T_PUB,
          },
        },
      ]));
  it('refuses 19 minutes in the sandbox: TENDER_SUBMISSION_PERIOD_TOO_SHORT', () =>
    void spec
      .given([drafted])
      .when(publish(minutesAfter(T_PUB, 19)))
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it('the same 20 minutes are refused in production, where a day is a day', () =>
    void spec
      .given([drafted])
      .when(
        cmd('PublishTender', {
          deadline: minutesAfter(T_PUB, 20),
          at: T_PUB,
          policy: DEFAULT_POLICY,
        }),
      )
      .thenThrows('TENDER_SUBMISSION_PERIOD_TOO_SHORT'));
  it("an award's 10-day standstill ends 10 minutes later in the sandbox", () =>
    void spec
      .given(evaluated)
      .when(
        cmd('AwardTender', {
          bidId: bC,
          debarredSupplierIds: [],
          bidderStaff: noBidderStaff,
          panelConflicts: noPanelConflicts,
          at: T_EVAL,
          policy: SANDBOX,
        }),
      )
      .then([
        {
          type: 'TenderAwarded',
          data: {
            tenderId,
            bidId: bC,
            supplierId: sC,
            amount: cny(400_000_00),
            weightedScore: 8400,
            bestWeightedScore: 8400,
            override: false,
            overrideRationale: null,
            awardedAt: T_EVAL,
          },
        },
        {
          type: 'StandstillStarted',
          data: {
            tenderId,
            bidId: bC,
            standstillDays: 10,
            endsAt: minutesAfter(T_EVAL, 10),
            startedAt: T_EVAL,
          },
        },
      ]));
  it('questions close 3 policy days (3 minutes) before the deadline: QUESTION_AFTER_CUTOFF', () => {
    const ask = (at: string) =>
      cmd('AskQuestion', {
        questionId: u('93'),
        supplierId: sA,
        question: 'May two organisations bid together?',
        at,
        policy: SANDBOX,
      });
    spec
      .given([drafted, published])
      .when(ask(minutesAfter(DEADLINE, -3)))
      .thenThrows('QUESTION_AFTER_CUTOFF');
    spec
      .given([drafted, published])
      .when(ask(minutesAfter(DEADLINE, -4)))
      .then([
        {
          type: 'QuestionAsked',
          data: {
            tenderId,
            questionId: u('93'),
            supplierId: sA,
            question: 'May two organisations bid together?',
            askedAt: minutesAfter(DEADLINE, -4),
          },
        },
      ]);
  });
  it('a policy day shorter than a second is refused: POLICY_INVALID', () =>
    expect(() => makePolicy({ dayMs: 999 })).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID' }),
    ));
});
