import { uuidv7 } from '@contract-ledger/event-store';
import { actors, startLedger, type LedgerApp } from './support/ledger';

/**
 * No existence oracle (issue 19 item 12; docs/api.md "Not found or forbidden"): a caller who may
 * not know a tender exists gets, for it, exactly the answer it gets for a tender that does not
 * exist. A draft is the agency's working paper; a published tender is public, so a refusal there
 * may say 403.
 */
describe('existence: a draft answers as a tender that does not exist to whoever may not read it', () => {
  let ledger: LedgerApp;
  let who: ReturnType<typeof actors>;
  let draft = '';
  let published = '';

  beforeAll(async () => {
    ledger = await startLedger();
    who = actors(ledger);
    const finance = who.financeA;
    const line = (
      await ledger
        .http()
        .post('/api/v1/budget-lines')
        .set('Authorization', finance)
        .send({
          fiscalYear: 2026,
          category: 'elderly_care',
          amount: { amountMinor: 1_000_000_000, currency: 'CNY' },
        })
        .expect(201)
    ).body.id;
    const body = {
      budgetLineId: line,
      method: 'open',
      title: 'Home care',
      serviceCategory: 'elderly_care',
      estimatedValue: { amountMinor: 100_000_000, currency: 'CNY' },
      criteria: [{ criterionId: 'price', name: 'Price', weight: 100 }],
      eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
      contractType: 'short_term_project',
      paymentModel: 'outcome_based',
    };
    draft = (
      await ledger
        .http()
        .post('/api/v1/tenders')
        .set('Authorization', who.officerA)
        .send(body)
        .expect(201)
    ).body.id;
    published = (
      await ledger
        .http()
        .post('/api/v1/tenders')
        .set('Authorization', who.officerA)
        .send(body)
        .expect(201)
    ).body.id;
    await ledger
      .http()
      .post(`/api/v1/tenders/${published}/publish`)
      .set('Authorization', who.officerA)
      .send({ deadline: ledger.clock.iso(30) })
      .expect(200);
  });
  afterAll(() => ledger.close());

  /** status, code and detail with the id taken out: what a caller can tell apart. */
  async function answer(path: string, token: string, id: string) {
    const res = await ledger.http().get(path).set('Authorization', token);
    return {
      status: res.status,
      code: res.body.code,
      detail: String(res.body.detail).replace(id, '<id>'),
    };
  }

  it.each([
    ['another agency officer', 'officerB', ''],
    ['an unassigned evaluator', 'evaluator0', ''],
    ['a supplier, on the bids route', 'supplier0', '/bids'],
    ['another agency officer, on the bids route', 'officerB', '/bids'],
    // It decides complaints, which exist from publication on: a draft is not its business.
    ['the review body', 'reviewBody', ''],
  ])('%s gets the same 404 for a draft as for an unknown tender', async (_label, caller, rest) => {
    const token =
      caller === 'evaluator0'
        ? who.evaluator[0]
        : caller === 'supplier0'
          ? who.supplier[0]
          : caller === 'reviewBody'
            ? ledger.bearer({ sub: uuidv7(), role: 'review_body' })
            : (who as unknown as Record<string, string>)[caller]!;
    const unknown = uuidv7();
    const forDraft = await answer(`/api/v1/tenders/${draft}${rest}`, token, draft);
    expect(forDraft).toEqual(await answer(`/api/v1/tenders/${unknown}${rest}`, token, unknown));
    expect(forDraft.status).toBe(404);
  });

  it.each([
    [
      'a supplier bidding',
      'supplier0',
      '/bids',
      { price: { amountMinor: 1, currency: 'CNY' }, proposalDigest: 'a'.repeat(64) },
    ],
    ['a supplier asking a question', 'supplier0', '/questions', { question: 'When?' }],
    [
      'a supplier complaining',
      'supplier0',
      '/complaints',
      { grounds: 'Unfair terms', subject: 'conditions', documentDigests: ['d'.repeat(64)] },
    ],
    [
      'an unassigned evaluator declaring a conflict',
      'evaluator0',
      '/conflicts',
      { supplierId: uuidv7(), description: 'x' },
    ],
  ])('%s on a draft gets the answer an unknown tender gets', async (_label, caller, rest, body) => {
    const token = caller === 'evaluator0' ? who.evaluator[0] : who.supplier[0];
    const post = async (id: string) => {
      const res = await ledger
        .http()
        .post(`/api/v1/tenders/${id}${rest}`)
        .set('Authorization', token)
        .send(body);
      return {
        status: res.status,
        code: res.body.code,
        detail: String(res.body.detail).replace(id, '<id>'),
      };
    };
    const unknown = uuidv7();
    const forDraft = await post(draft);
    expect(forDraft).toEqual(await post(unknown));
    expect(forDraft.status).toBe(404);
  });

  it('shows a published tender to the review body, and a draft to the supervisor and the auditor', async () => {
    await ledger
      .http()
      .get(`/api/v1/tenders/${published}`)
      .set('Authorization', ledger.bearer({ sub: uuidv7(), role: 'review_body' }))
      .expect(200);
    for (const token of [who.supervisor, who.auditor])
      await ledger.http().get(`/api/v1/tenders/${draft}`).set('Authorization', token).expect(200);
  });

  it('still answers 403 on a published tender: its existence is public', async () => {
    expect((await answer(`/api/v1/tenders/${published}`, who.officerB, published)).status).toBe(
      403,
    );
  });

  it('lists published tenders, never drafts, from the tender board at /api/v1/public/tenders and /api/v1/tenders alike, with cursor paging', async () => {
    const head = (await ledger.store.head()).position;
    const list = await ledger.http().get(`/api/v1/public/tenders?minPosition=${head}`).expect(200);
    expect(list.body.items.map((t: { tenderId: string }) => t.tenderId)).toEqual([published]);
    expect(list.body).toHaveProperty('nextCursor', null);
    expect(list.body.items[0]).toMatchObject({ status: 'published', openedBids: null });
    const obvious = await ledger
      .http()
      .get(`/api/v1/tenders?minPosition=${head}`)
      .set('Authorization', who.officerA)
      .expect(200);
    expect(obvious.body).toEqual(list.body);
  });

  it('still shows the draft to its own agency', async () => {
    await ledger
      .http()
      .get(`/api/v1/tenders/${draft}`)
      .set('Authorization', who.officerA)
      .expect(200);
  });
});
