import { createHash } from 'node:crypto';
import { uuidv7 } from '@contract-ledger/event-store';
import { actors, expectProblem, startLedger, type LedgerApp } from './support/ledger';

const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

describe('budget lines over HTTP', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  let lineId: string;
  const http = () => ledger.http();
  const open = (who: string, body: object = {}) =>
    http()
      .post('/api/v1/budget-lines')
      .set('Authorization', who)
      .send({ fiscalYear: 2026, category: 'child_welfare', amount: CNY(300_000_000), ...body });

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
  });
  afterAll(() => ledger.close());

  it("opens a line for the finance officer's own agency only", async () => {
    const res = await open(a.financeA).expect(201);
    lineId = res.body.id;
    expect(res.body).toEqual({
      id: expect.any(String),
      revision: 1,
      position: expect.any(Number),
      receipt: {
        events: [
          {
            position: res.body.position,
            eventHash: expect.any(String),
            leafHash: expect.any(String),
          },
        ],
      },
    });
    // The receipt's leaf hash is RFC 6962's of the event's chain hash (docs/transparency-log.md).
    const [receipt] = res.body.receipt.events;
    expect(receipt.eventHash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.leafHash).toBe(
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([0]), Buffer.from(receipt.eventHash, 'hex')]))
        .digest('base64'),
    );
    expect(res.headers.etag).toBe('"1"');
    expectProblem(await open(a.financeB, { agencyId: a.agencyA }), 403, 'FORBIDDEN');
    expectProblem(await open(a.officerA), 403, 'FORBIDDEN');
    expectProblem(await open(a.supervisor), 403, 'FORBIDDEN');
    expectProblem(
      await open(a.financeA, { budgetLineId: lineId, amount: CNY(1) }),
      409,
      'BUDGET_LINE_ALREADY_OPEN',
    );
    expectProblem(await open(a.financeA, { amount: CNY(0) }), 409, 'BUDGET_AMOUNT_NOT_POSITIVE');
  });

  it.each([
    ['negative money', { amount: CNY(-1) }, 'amount.amountMinor'],
    ['fractional money', { amount: CNY(10.5) }, 'amount.amountMinor'],
    [
      'money as a string',
      { amount: { amountMinor: '100', currency: 'CNY' } },
      'amount.amountMinor',
    ],
    ['a lower-case currency', { amount: { amountMinor: 100, currency: 'cny' } }, 'amount.currency'],
    ['an unsafe integer', { amount: CNY(2 ** 60) }, 'amount.amountMinor'],
    ['a bad year', { fiscalYear: 26 }, 'fiscalYear'],
    ['a bad agency id', { agencyId: 'agency-a' }, 'agencyId'],
    ['an unknown field', { approvedBy: 'me' }, 'approvedBy'],
  ])('answers 400 with the failing field for %s', async (_name, body, field) => {
    const res = await open(a.financeA, body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('shows the line to its agency and oversight, with the revision as ETag', async () => {
    const res = await http()
      .get(`/api/v1/budget-lines/${lineId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(res.body).toMatchObject({
      budgetLineId: lineId,
      agencyId: a.agencyA,
      allocated: CNY(300_000_000),
      available: CNY(300_000_000),
    });
    expect(res.headers.etag).toBe('"1"');
    await http().get(`/api/v1/budget-lines/${lineId}`).set('Authorization', a.auditor).expect(200);
    expectProblem(
      await http().get(`/api/v1/budget-lines/${lineId}`).set('Authorization', a.financeB),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http().get(`/api/v1/budget-lines/${lineId}`).set('Authorization', a.supplier[0]!),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http().get(`/api/v1/budget-lines/${uuidv7()}`).set('Authorization', a.financeA),
      404,
      'NOT_FOUND',
    );
  });

  it('adjusts the allocation, with If-Match honoured', async () => {
    const adjust = (who: string, body: object, ifMatch?: string) => {
      const req = http()
        .post(`/api/v1/budget-lines/${lineId}/adjustments`)
        .set('Authorization', who);
      return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
    };
    const body = { amount: CNY(400_000_000), reason: 'Supplementary budget' };
    expectProblem(await adjust(a.financeB, body), 403, 'FORBIDDEN');
    expectProblem(
      await adjust(a.financeA, { ...body, amount: { amountMinor: 1, currency: 'USD' } }),
      409,
      'CURRENCY_MISMATCH',
    );
    expectProblem(await adjust(a.financeA, body, '"5"'), 412, 'PRECONDITION_FAILED');
    expectProblem(await adjust(a.financeA, body, 'W/"1"'), 400, 'VALIDATION_FAILED');
    const res = await adjust(a.financeA, body, '"1"').expect(200);
    expect(res.body.revision).toBe(2);
    expect(res.headers.etag).toBe('"2"');
    expectProblem(
      await http()
        .post(`/api/v1/budget-lines/${uuidv7()}/adjustments`)
        .set('Authorization', a.financeA)
        .send(body),
      404,
      'BUDGET_LINE_NOT_FOUND',
    );
  });
});
