import type { TenderRecord } from '@contract-ledger/domain';
import {
  disclosureOf,
  eventShown,
  eventView,
  maySeeAuthor,
  maySeeBid,
  questionView,
  SEALED,
  tenderStateView,
} from './sealed';
import type { Viewer } from './source-event';

const S1 = 's1';
const bid = { bidId: 'b1', supplierId: S1 };
const VIEWERS: Record<string, Viewer | undefined> = {
  public: undefined,
  bidder: { role: 'supplier', id: 'u1', supplierId: S1 },
  otherSupplier: { role: 'supplier', id: 'u2', supplierId: 's2' },
  buyingOfficer: { role: 'agency_officer', id: 'o1', agencyId: 'a1' },
  evaluator: { role: 'evaluator', id: 'e1' },
  finance: { role: 'finance_officer', id: 'f1', agencyId: 'a1' },
  supervisor: { role: 'supervisor', id: 'v1' },
  auditor: { role: 'auditor', id: 'x1' },
};

describe('maySeeBid: the one rule for sealed bids', () => {
  it('before opening: the bidder and the auditor only (not the supervisor, not the buying agency)', () => {
    const seeing = Object.entries(VIEWERS)
      .filter(([, v]) => maySeeBid(v, bid, SEALED))
      .map(([name]) => name);
    expect(seeing).toEqual(['bidder', 'auditor']);
  });

  it('after opening: everyone, for a bid BidsOpened named', () => {
    const opened = disclosureOf([{ type: 'BidsOpened', data: { openedBidIds: ['b1'] } }]);
    expect(Object.values(VIEWERS).every((v) => maySeeBid(v, bid, opened))).toBe(true);
  });

  it('a bid the opening did not name (withdrawn, lapsed) stays sealed; so does every bid of a tender that never opened', () => {
    const opened = disclosureOf([
      { type: 'BidSubmitted', data: { bidId: 'b1' } },
      { type: 'BidsOpened', data: { openedBidIds: ['b2'] } },
    ]);
    expect(maySeeBid(VIEWERS.supervisor, bid, opened)).toBe(false);
    expect(
      disclosureOf([
        { type: 'BidSubmitted', data: {} },
        { type: 'TenderFailed', data: {} },
      ]),
    ).toBeNull();
    expect(
      disclosureOf([
        { type: 'BidSubmitted', data: {} },
        { type: 'TenderCancelled', data: {} },
      ]),
    ).toBeNull();
  });
});

describe('eventView', () => {
  const submitted = {
    type: 'BidSubmitted',
    data: {
      tenderId: 't1',
      bidId: 'b1',
      supplierId: S1,
      price: { amountMinor: 1, currency: 'CNY' },
      proposalDigest: 'd',
      submittedAt: 'x',
    },
    metadata: {
      actor: 'u1',
      role: 'supplier',
      scope: `supplier:${S1}`,
      correlationId: 'c',
      commandId: 'k',
      occurredAt: 'x',
    },
  };

  it('removes the bidder from the actor too, not only from the data', () => {
    const view = eventView(VIEWERS.supervisor, submitted, SEALED);
    expect(JSON.stringify(view)).not.toContain(S1);
    expect(view.metadata).not.toHaveProperty('actor');
    expect(view.redacted).toEqual([
      'supplierId',
      'price',
      'proposalDigest',
      'metadata.actor',
      'metadata.scope',
      'metadata.correlationId',
      'metadata.commandId',
    ]);
  });

  it('shows an opened bid as recorded', () => {
    const opened = disclosureOf([{ type: 'BidsOpened', data: { openedBidIds: ['b1'] } }]);
    expect(eventView(undefined, submitted, opened)).toEqual({
      data: submitted.data,
      metadata: submitted.metadata,
      redacted: [],
    });
  });
});

describe('tenderStateView', () => {
  const state = {
    status: 'failed',
    tenderId: 't1',
    bids: {
      b1: {
        bidId: 'b1',
        supplierId: S1,
        price: { amountMinor: 777, currency: 'CNY' },
        proposalDigest: 'dd',
        submittedAt: 'x',
        status: 'active',
      },
    },
    scores: {},
  } as unknown as TenderRecord;

  it("keeps a failed tender's bids sealed from the supervisor, shows them to the auditor", () => {
    const forSupervisor = tenderStateView(VIEWERS.supervisor, state, SEALED);
    expect(forSupervisor.bids['b1']).toEqual({
      bidId: 'b1',
      status: 'active',
      submittedAt: 'x',
      sealed: true,
    });
    expect(tenderStateView(VIEWERS.auditor, state, SEALED).bids['b1']).toEqual(state.bids['b1']);
  });
});

describe('clarifications: the author of a question is withheld from everyone but itself and the auditor', () => {
  const asked = {
    type: 'QuestionAsked',
    data: {
      tenderId: 't1',
      questionId: 'q1',
      supplierId: S1,
      question: 'Consortia?',
      askedAt: 'x',
    },
    metadata: {
      actor: 'u1',
      scope: S1,
      role: 'supplier',
      correlationId: 'c',
      commandId: 'k',
      occurredAt: 'x',
    },
  };
  const question = {
    questionId: 'q1',
    supplierId: S1,
    question: 'Consortia?',
    askedAt: 'x',
    answer: null,
    answeredAt: null,
    amendsConditions: false,
  };
  const opened = disclosureOf([{ type: 'BidsOpened', data: { openedBidIds: ['b1'] } }]);

  it('maySeeAuthor: the author and the auditor only, before and after opening', () => {
    const seeing = Object.entries(VIEWERS)
      .filter(([, v]) => maySeeAuthor(v, S1))
      .map(([name]) => name);
    expect(seeing).toEqual(['bidder', 'auditor']);
  });

  it('eventView withholds QuestionAsked.supplierId and the actor and scope, for every other role, even after opening', () => {
    for (const [name, viewer] of Object.entries(VIEWERS)) {
      const view = eventView(viewer, asked, opened);
      const sees = name === 'bidder' || name === 'auditor';
      expect([
        name,
        'supplierId' in (view.data as object),
        view.metadata.actor !== undefined,
      ]).toEqual([name, sees, sees]);
    }
  });

  it('questionView and tenderStateView drop the author of a folded question', () => {
    expect(questionView(VIEWERS.supervisor, question)).not.toHaveProperty('supplierId');
    expect(questionView(VIEWERS.buyingOfficer, question)).not.toHaveProperty('supplierId');
    expect(questionView(VIEWERS.bidder, question)).toHaveProperty('supplierId', S1);
    const state = { bids: {}, scores: {}, questions: { q1: question } } as unknown as TenderRecord;
    expect(tenderStateView(undefined, state, opened).questions['q1']).not.toHaveProperty(
      'supplierId',
    );
  });
});

describe('eventShown: a bid event is left out for whoever may not know how many bids there are', () => {
  const submitted = { type: 'BidSubmitted', data: { bidId: 'b1', supplierId: S1 } };
  const asked = { type: 'QuestionAsked', data: { questionId: 'q1', supplierId: S1 } };

  it('shows every bid event to a reader of the tender, only its own (or opened) ones to others', () => {
    const shownTo = (disclosure: ReturnType<typeof disclosureOf>) =>
      Object.entries(VIEWERS)
        .filter(([, v]) => eventShown(v, submitted, disclosure, false))
        .map(([name]) => name);
    expect(shownTo(SEALED)).toEqual(['bidder', 'auditor']);
    expect(eventShown(VIEWERS.supervisor, submitted, SEALED, true)).toBe(true);
    const opened = disclosureOf([{ type: 'BidsOpened', data: { openedBidIds: ['b1'] } }]);
    expect(shownTo(opened)).toEqual(Object.keys(VIEWERS));
  });

  it("shows an evaluator's conflict register to oversight only, even to a reader of the tender", () => {
    const registered = {
      type: 'ConflictOfInterestRegistered',
      data: { evaluatorId: 'e1', supplierId: S1, tenderId: 't1', declaredAt: 'x' },
    };
    const opened = disclosureOf([{ type: 'BidsOpened', data: { openedBidIds: ['b1'] } }]);
    for (const disclosure of [SEALED, opened]) {
      for (const knowsBidCount of [false, true]) {
        expect(
          Object.entries(VIEWERS)
            .filter(([, v]) => eventShown(v, registered, disclosure, knowsBidCount))
            .map(([name]) => name),
        ).toEqual(['supervisor', 'auditor']);
      }
    }
  });

  it('shows a question and every other event: they are not bids', () => {
    expect(eventShown(undefined, asked, SEALED, false)).toBe(true);
    expect(eventShown(undefined, { type: 'TenderPublished', data: {} }, SEALED, false)).toBe(true);
  });
});

describe('eventView of a material amendment', () => {
  const amended = {
    type: 'TenderAmended',
    data: { tenderId: 't1', material: true, voidedBidIds: ['b1', 'b2'], amendedAt: 'x' },
    metadata: { actor: 'o1', role: 'agency_officer', occurredAt: 'x' },
  };

  it('shows the voided bids (one per bid received: a count) to oversight only', () => {
    const shown = Object.entries(VIEWERS)
      .filter(([, viewer]) => eventView(viewer, amended, SEALED).redacted.length === 0)
      .map(([name]) => name);
    expect(shown).toEqual(['supervisor', 'auditor']);
    expect(eventView(VIEWERS['public'], amended, SEALED)).toEqual({
      data: { tenderId: 't1', material: true, amendedAt: 'x' },
      metadata: amended.metadata,
      redacted: ['voidedBidIds'],
    });
  });
});
