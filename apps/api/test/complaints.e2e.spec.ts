import { uuidv7 } from '@contract-ledger/event-store';
import {
  actors,
  CNY,
  expectProblem,
  negotiationDraft,
  openMarket,
  startLedger,
  type LedgerApp,
} from './support/ledger';

const DOC = 'e'.repeat(64);

/**
 * The award's standstill and complaints over HTTP (default policy: 10 days for a competitive
 * negotiation): a bidder complains, the review body decides, signing waits for both.
 */
// Starting the app and a dozen commands per test: seconds on a loaded machine.
jest.setTimeout(60_000);

describe('standstill and complaints over HTTP', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  let reviewBody: string;
  let budgetLineId: string;
  const http = () => ledger.http();

  async function post(path: string, auth: string, body: object = {}) {
    return http().post(path).set('Authorization', auth).send(body);
  }
  async function written(): Promise<bigint | number> {
    return (await ledger.store.head()).position;
  }

  /** A competitive negotiation between suppliers 0 and 1, awarded to 1 (the better score); the clock is then at the award. */
  async function awarded(): Promise<{ tenderId: string; lost: string; won: string }> {
    const tenderId = (
      await post(
        '/api/v1/tenders',
        a.officerA,
        negotiationDraft(budgetLineId, {
          title: 'Day care for children with disabilities',
          serviceCategory: 'child_welfare',
        }),
      )
    ).body.id as string;
    expect(
      (
        await post(`/api/v1/tenders/${tenderId}/publish`, a.officerA, {
          deadline: ledger.clock.iso(10),
        })
      ).status,
    ).toBe(200);
    await post(`/api/v1/tenders/${tenderId}/evaluators`, a.officerA, {
      evaluatorId: a.evaluatorIds[0],
    });
    const lost = (
      await post(`/api/v1/tenders/${tenderId}/bids`, a.supplier[0]!, {
        price: CNY(95_000_000),
        proposalDigest: 'a'.repeat(64),
      })
    ).body.id as string;
    const won = (
      await post(`/api/v1/tenders/${tenderId}/bids`, a.supplier[1]!, {
        price: CNY(90_000_000),
        proposalDigest: 'b'.repeat(64),
      })
    ).body.id as string;
    ledger.clock.advanceDays(10);
    expect((await post(`/api/v1/tenders/${tenderId}/open-bids`, a.officerA)).status).toBe(200);
    await post(`/api/v1/tenders/${tenderId}/bids/${lost}/scores`, a.evaluator[0]!, {
      scores: [{ criterionId: 'quality', score: 70 }],
    });
    await post(`/api/v1/tenders/${tenderId}/bids/${won}/scores`, a.evaluator[0]!, {
      scores: [{ criterionId: 'quality', score: 90 }],
    });
    expect(
      (await post(`/api/v1/tenders/${tenderId}/award`, a.officerA, { bidId: won })).status,
    ).toBe(200);
    return { tenderId, lost, won };
  }

  const signBody = (tenderId: string) => ({
    tenderId,
    value: CNY(90_000_000),
    advanceCapPercent: 0,
    milestones: [
      {
        milestoneId: uuidv7(),
        title: 'Day care, first term',
        dueAt: ledger.clock.iso(120),
        amount: CNY(90_000_000),
        deliverables: ['Attendance log'],
        indicators: [{ indicatorId: 'days', description: 'Care days given', target: '>= 200' }],
      },
    ],
  });
  const complain = (tenderId: string, over: object = {}) =>
    post(`/api/v1/tenders/${tenderId}/complaints`, a.supplier[0]!, {
      subject: 'award',
      grounds: 'The winning price is abnormally low',
      documentDigests: [DOC],
      ...over,
    });

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
    reviewBody = ledger.bearer({ sub: uuidv7(), role: 'review_body' });
    budgetLineId = await openMarket(ledger, a, { category: 'child_welfare' });
  });
  afterAll(() => ledger.close());

  it('refuses signing during the standstill (409 CONTRACT_STANDSTILL_RUNNING, nothing written), signs after it', async () => {
    const { tenderId } = await awarded();
    const before = await written();
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody(tenderId)),
      409,
      'CONTRACT_STANDSTILL_RUNNING',
    );
    expect(await written()).toBe(before);
    ledger.clock.advanceDays(10);
    expect((await post('/api/v1/contracts', a.officerA, signBody(tenderId))).status).toBe(201);
  });

  it('a dismissed complaint: signing refused while pending, the standstill resumes with the days left', async () => {
    const { tenderId } = await awarded();
    ledger.clock.advanceDays(2);
    const filed = await complain(tenderId);
    expect(filed.status).toBe(201);
    const complaintId = filed.body.id as string;
    // The complaint's author is public, as the complaint is: the event feed shows it to anyone.
    const history = await http().get(`/api/v1/audit/tenders/${tenderId}/history`).expect(200);
    expect(JSON.stringify(history.body)).toContain('ComplaintFiled');

    ledger.clock.advanceDays(9); // past the original end: the clock stopped at the filing
    const before = await written();
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody(tenderId)),
      409,
      'CONTRACT_COMPLAINT_PENDING',
    );
    expectProblem(await complain(tenderId, { subject: 'price' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/complaints`, a.supplier[2]!, {
        subject: 'award',
        grounds: 'g',
        documentDigests: [],
      }),
      409,
      'COMPLAINANT_NOT_BIDDER',
    );
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/complaints/${complaintId}/decision`, reviewBody, {
        decision: 'upheld',
        rationale: 'r',
      }),
      409,
      'COMPLAINT_REMEDY_INVALID',
    );
    expect(
      (
        await post(`/api/v1/tenders/${tenderId}/complaints/${complaintId}/decision`, a.supervisor, {
          decision: 'dismissed',
          rationale: 'r',
        })
      ).status,
    ).toBe(403);
    expect(await written()).toBe(before);

    const dismissed = await post(
      `/api/v1/tenders/${tenderId}/complaints/${complaintId}/decision`,
      reviewBody,
      {
        decision: 'dismissed',
        rationale: 'The price is explained in the proposal',
      },
    );
    expect(dismissed.status).toBe(200);
    // 8 of the 10 days were left when the complaint stopped the clock.
    ledger.clock.advanceDays(7);
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody(tenderId)),
      409,
      'CONTRACT_STANDSTILL_RUNNING',
    );
    ledger.clock.advanceDays(1);
    expect((await post('/api/v1/contracts', a.officerA, signBody(tenderId))).status).toBe(201);
  });

  it('an upheld complaint cancels the award and reopens evaluation; the new award has its own standstill', async () => {
    const { tenderId, lost } = await awarded();
    const complaintId = (await complain(tenderId)).body.id as string;
    const upheld = await post(
      `/api/v1/tenders/${tenderId}/complaints/${complaintId}/decision`,
      reviewBody,
      {
        decision: 'upheld',
        remedy: 'reopen_evaluation',
        rationale: 'The winning bid is abnormally low and was not explained',
      },
    );
    expect(upheld.status).toBe(200);
    const tender = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(tender.body.status).toBe('opened');
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody(tenderId)),
      409,
      'TENDER_NOT_AWARDED',
    );
    expect(
      (
        await post(`/api/v1/tenders/${tenderId}/award`, a.officerA, {
          bidId: lost,
          rationale: 'The best bid was abnormally low (complaint upheld)',
        })
      ).status,
    ).toBe(200);
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody(tenderId)),
      409,
      'CONTRACT_STANDSTILL_RUNNING',
    );
  });

  it('an upheld complaint may cancel the tender, freeing its reservation', async () => {
    const { tenderId } = await awarded();
    const complaintId = (
      await complain(tenderId, {
        subject: 'conditions',
        grounds: 'The criterion favours incumbents',
      })
    ).body.id as string;
    const reserved = async (): Promise<number> => {
      const line = await http()
        .get(`/api/v1/budget-lines/${budgetLineId}`)
        .set('Authorization', a.financeA)
        .expect(200);
      return typeof line.body.reserved === 'object'
        ? line.body.reserved.amountMinor
        : line.body.reserved;
    };
    const reservedBefore = await reserved();
    const upheld = await post(
      `/api/v1/tenders/${tenderId}/complaints/${complaintId}/decision`,
      reviewBody,
      {
        decision: 'upheld',
        remedy: 'cancel_tender',
        rationale: 'The conditions were unlawful',
      },
    );
    expect(upheld.status).toBe(200);
    const tender = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(tender.body.status).toBe('cancelled');
    // The tender's reservation (its estimate) is released in the same append.
    expect(reservedBefore - (await reserved())).toBe(100_000_000);
  });

  it('refuses complaints after the standstill: 409 COMPLAINT_WINDOW_CLOSED, nothing written', async () => {
    const { tenderId } = await awarded();
    ledger.clock.advanceDays(10);
    const before = await written();
    expectProblem(await complain(tenderId), 409, 'COMPLAINT_WINDOW_CLOSED');
    expect(await written()).toBe(before);
  });
});
