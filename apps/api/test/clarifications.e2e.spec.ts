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

/**
 * Issue 13 over HTTP: clarifications (an answer that changes the conditions amends the tender),
 * complaints against the conditions before the deadline, debarment corrections answered as known
 * now and as known at a record time, and the early end of enhanced monitoring. Refusals are
 * problem+json with their stable code and write nothing.
 */
jest.setTimeout(60_000);

describe('clarifications, conditions complaints, debarment corrections, monitoring over HTTP', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  let reviewBody: string;
  let budgetLineId: string;

  const post = (path: string, auth: string, body: object = {}) =>
    ledger.http().post(path).set('Authorization', auth).send(body);
  const get = (path: string, auth?: string) => {
    const req = ledger.http().get(path);
    return auth === undefined ? req : req.set('Authorization', auth);
  };
  const written = async () => (await ledger.store.head()).position;

  /** An open tender, published now with a deadline in 20 days, with two bids. */
  async function openTender(): Promise<string> {
    const tenderId = (
      await post(
        '/api/v1/tenders',
        a.officerA,
        negotiationDraft(budgetLineId, {
          title: 'Youth counselling',
          serviceCategory: 'youth_help',
        }),
      )
    ).body.id as string;
    expect(
      (
        await post(`/api/v1/tenders/${tenderId}/publish`, a.officerA, {
          deadline: ledger.clock.iso(20),
        })
      ).status,
    ).toBe(200);
    for (const i of [0, 1]) {
      await post(`/api/v1/tenders/${tenderId}/bids`, a.supplier[i]!, {
        price: CNY(90_000_000 + i),
        proposalDigest: String(i).repeat(64),
      });
    }
    return tenderId;
  }

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
    reviewBody = ledger.bearer({ sub: uuidv7(), role: 'review_body' });
    budgetLineId = await openMarket(ledger, a, { category: 'youth_help' });
  });
  afterAll(() => ledger.close());

  it('a question is answered publicly without its author; an answer that changes the conditions amends the tender and voids the bids', async () => {
    const tenderId = await openTender();
    const asked = await post(`/api/v1/tenders/${tenderId}/questions`, a.supplier[2]!, {
      question: 'May two organisations bid together?',
    });
    expect(asked.status).toBe(201);
    const answered = await post(
      `/api/v1/tenders/${tenderId}/questions/${asked.body.id}/answer`,
      a.officerA,
      {
        answer: 'Yes; the estimate is raised for the larger scope',
        changes: { estimatedValue: CNY(120_000_000) },
      },
    );
    expect(answered.status).toBe(201);
    const types = (await ledger.store.readStream(`tender-${tenderId}`)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['QuestionAnswered', 'TenderAmended']);
    for (const auth of [undefined, a.officerA, a.supervisor]) {
      const path =
        auth === undefined ? `/api/v1/public/tenders/${tenderId}` : `/api/v1/tenders/${tenderId}`;
      const view = await get(path, auth);
      expect(view.status).toBe(200);
      expect(view.body.clarifications).toEqual([
        expect.objectContaining({
          question: 'May two organisations bid together?',
          amendsConditions: true,
        }),
      ]);
      expect(view.body.clarifications[0]).not.toHaveProperty('supplierId');
      expect(view.text).not.toContain(a.supplierIds[2]);
    }
    // The bids priced on the old conditions are voided until confirmed (material amendment).
    const bids = await get(`/api/v1/tenders/${tenderId}/bids`, a.supplier[0]!);
    expect(bids.body.bids[0].status).toBe('unconfirmed');
  });

  it('refuses a question after the cut-off (409 QUESTION_AFTER_CUTOFF) and a bad body (400), writing nothing', async () => {
    const tenderId = await openTender();
    ledger.clock.advanceDays(18);
    const before = await written();
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/questions`, a.supplier[2]!, { question: 'Late?' }),
      409,
      'QUESTION_AFTER_CUTOFF',
    );
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/questions`, a.supplier[2]!, { question: 42 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await written()).toBe(before);
  });

  it('refuses a complaint about the conditions within the cut-off before the deadline (409 COMPLAINT_AFTER_CUTOFF), writing nothing', async () => {
    const tenderId = await openTender();
    ledger.clock.advanceDays(17);
    const before = await written();
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/complaints`, a.supplier[2]!, {
        subject: 'conditions',
        grounds: 'Raised too late to be remedied',
        documentDigests: [],
      }),
      409,
      'COMPLAINT_AFTER_CUTOFF',
    );
    expect(await written()).toBe(before);
  });

  it('a complaint against the conditions before the deadline holds the opening; upheld, the bids open only after the ordered amendment', async () => {
    const tenderId = await openTender();
    const filed = await post(`/api/v1/tenders/${tenderId}/complaints`, a.supplier[2]!, {
      subject: 'conditions',
      grounds: 'A single quality criterion hides the price',
      documentDigests: [],
    });
    expect(filed.status).toBe(201);
    ledger.clock.advanceDays(21);
    const before = await written();
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/open-bids`, a.officerA),
      409,
      'BIDS_OPENING_COMPLAINT_PENDING',
    );
    expect(await written()).toBe(before);
    const upheld = await post(
      `/api/v1/tenders/${tenderId}/complaints/${filed.body.id}/decision`,
      reviewBody,
      { decision: 'upheld', remedy: 'amend_conditions', rationale: 'Price must be scored' },
    );
    expect(upheld.status).toBe(200);
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/open-bids`, a.officerA),
      409,
      'TENDER_CONDITIONS_NOT_AMENDED',
    );
    const amendment = {
      changes: {
        criteria: [
          { criterionId: 'price', name: 'Price', weight: 40 },
          { criterionId: 'quality', name: 'Service quality plan', weight: 60 },
        ],
      },
      deadline: ledger.clock.iso(15),
      reason: 'Complaint upheld: price is scored',
    };
    // Past the deadline only the amendment naming the upheld complaint is made, and only that one
    // answers it; a complaint id that awaits no amendment is refused too.
    const beforeAmending = await written();
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/amendments`, a.officerA, amendment),
      409,
      'TENDER_NOT_AMENDABLE',
    );
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/amendments`, a.officerA, {
        ...amendment,
        complaintId: uuidv7(),
      }),
      409,
      'COMPLAINT_NOT_AWAITING_AMENDMENT',
    );
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/amendments`, a.officerA, {
        ...amendment,
        complaintId: 'not-a-uuid',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await written()).toBe(beforeAmending);
    const amended = await post(`/api/v1/tenders/${tenderId}/amendments`, a.officerA, {
      ...amendment,
      complaintId: filed.body.id,
    });
    expect(amended.status).toBe(201);
    const history = await ledger.store.readStream(`tender-${tenderId}`);
    expect(history.at(-1)).toMatchObject({
      type: 'TenderAmended',
      data: { answersComplaintId: filed.body.id },
    });
    ledger.clock.advanceDays(16);
    expect((await post(`/api/v1/tenders/${tenderId}/open-bids`, a.officerA)).status).toBe(200);
  });

  it('a debarment corrected (annulled) is not in force as known now, and was as known before the correction', async () => {
    const supplierId = a.supplierIds[1];
    const evidence = [(await ledger.store.readStream(`supplier-${supplierId}`))[0]!.eventId];
    const debarmentId = (
      await post(`/api/v1/suppliers/${supplierId}/debarments`, a.supervisor, {
        grounds: 'Falsified visit logs',
        authority: 'Municipal Finance Bureau',
        evidenceEventIds: evidence,
      })
    ).body.id as string;
    // Record time is the ledger's (each event's recordedAt in the store), which here differs from
    // the decision times in the events (the app's test clock): knownAt is compared with the former.
    const recordedAtOf = async (type: string) =>
      (await ledger.store.readStream(`supplier-${supplierId}`)).findLast((e) => e.type === type)!
        .recordedAt;
    const knownBefore = await recordedAtOf('SupplierDebarred');
    await new Promise((resolve) => setTimeout(resolve, 5));
    ledger.clock.advanceDays(1);
    const instant = ledger.clock.iso(0);
    const corrected = await post(
      `/api/v1/suppliers/${supplierId}/debarments/${debarmentId}/correction`,
      a.supervisor,
      { annul: true, reason: 'Entered against the wrong organisation' },
    );
    expect(corrected.status).toBe(201);
    const knownAfter = await recordedAtOf('DebarmentCorrected');
    expect(knownAfter > knownBefore).toBe(true);
    const now = await get(`/api/v1/blacklist/${supplierId}/at?instant=${instant}`);
    expect(now.body).toMatchObject({ debarred: false, debarment: null });
    const then = await get(
      `/api/v1/blacklist/${supplierId}/at?instant=${instant}&knownAt=${knownBefore}`,
    );
    expect(then.body).toMatchObject({ debarred: true, knownAt: knownBefore });
    const since = await get(
      `/api/v1/blacklist/${supplierId}/at?instant=${instant}&knownAt=${knownAfter}`,
    );
    expect(since.body).toMatchObject({ debarred: false, knownAt: knownAfter });
    const before = await written();
    expectProblem(
      await post(
        `/api/v1/suppliers/${supplierId}/debarments/${debarmentId}/correction`,
        a.supervisor,
        { until: ledger.clock.iso(30), reason: 'Too late' },
      ),
      409,
      'DEBARMENT_ANNULLED',
    );
    expect(await written()).toBe(before);
  });

  it('enhanced monitoring ends early with a rationale; ending it again is refused (409 MONITORING_NOT_ACTIVE)', async () => {
    const supplierId = a.supplierIds[0];
    await post(`/api/v1/suppliers/${supplierId}/monitoring`, a.supervisor, {
      reason: 'Late deliveries',
      until: ledger.clock.iso(180),
    });
    const ended = await post(`/api/v1/suppliers/${supplierId}/monitoring/end`, a.supervisor, {
      rationale: 'On time for three months',
    });
    expect(ended.status).toBe(200);
    const view = await get(`/api/v1/suppliers/${supplierId}`, a.supervisor);
    expect(view.body.underEnhancedMonitoring).toBe(false);
    expect(view.body.monitoring[0]).toMatchObject({ endRationale: 'On time for three months' });
    expectProblem(
      await post(`/api/v1/suppliers/${supplierId}/monitoring/end`, a.supervisor, {
        rationale: 'Again',
      }),
      409,
      'MONITORING_NOT_ACTIVE',
    );
  });
});
