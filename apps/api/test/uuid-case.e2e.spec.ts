import { uuidv7 } from '@contract-ledger/event-store';
import { USERS } from './support/tokens';
import {
  actors,
  CNY,
  expectProblem,
  startLedger,
  tenderDraft,
  type LedgerApp,
} from './support/ledger';

// UUIDs are case-insensitive on input (RFC 9562 §4): an id written in capitals is the same entity
// as in lowercase, in a body, a path, a query or a token, and the ledger records the lowercase form.
describe('UUIDs in either case', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  const http = () => ledger.http();

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
  });
  afterAll(() => ledger.close());

  it('keys a budget line by its lowercase id, whichever case the body and the path use', async () => {
    const lineId = uuidv7();
    const body = {
      budgetLineId: lineId.toUpperCase(),
      fiscalYear: 2026,
      category: 'child_welfare',
      amount: CNY(300_000_000),
    };
    const opened = await http()
      .post('/api/v1/budget-lines')
      .set('Authorization', a.financeA)
      .send(body)
      .expect(201);
    expect(opened.body.id).toBe(lineId);
    // The same line in lowercase is the line already open, not a second one.
    expectProblem(
      await http()
        .post('/api/v1/budget-lines')
        .set('Authorization', a.financeA)
        .send({ ...body, budgetLineId: lineId, amount: CNY(1) }),
      409,
      'BUDGET_LINE_ALREADY_OPEN',
    );
    const read = await http()
      .get(`/api/v1/budget-lines/${lineId.toUpperCase()}`)
      .set('Authorization', a.financeA)
      .expect(200);
    expect(read.body.budgetLineId).toBe(lineId);
    const events = await ledger.store.readStream(`budget-${lineId}`);
    expect(events.map((e) => e.type)).toEqual(['BudgetLineOpened']);
  });

  it('assigns an evaluator once, and knows it by a token whose subject is in capitals', async () => {
    const line = await http()
      .post('/api/v1/budget-lines')
      .set('Authorization', a.financeA)
      .send({ fiscalYear: 2026, category: 'elderly_care', amount: CNY(500_000_000) })
      .expect(201);
    const tender = await http()
      .post('/api/v1/tenders')
      .set('Authorization', a.officerA)
      .send(tenderDraft(line.body.id))
      .expect(201);
    const tenderId: string = tender.body.id;
    const evaluatorId = a.evaluatorIds[0];
    for (const id of [evaluatorId.toUpperCase(), evaluatorId]) {
      await http()
        .post(`/api/v1/tenders/${tenderId}/evaluators`)
        .set('Authorization', a.officerA)
        .send({ evaluatorId: id })
        .expect(201);
    }
    const assigned = (await ledger.store.readStream(`tender-${tenderId}`)).filter(
      (e) => e.type === 'EvaluatorAssigned',
    );
    expect(assigned.map((e) => (e.data as { evaluatorId: string }).evaluatorId)).toEqual([
      evaluatorId,
    ]);
    const shouting = ledger.bearer({ sub: evaluatorId.toUpperCase(), role: 'evaluator' });
    await http().get(`/api/v1/tenders/${tenderId}`).set('Authorization', shouting).expect(200);
  });

  it('finds an actor, a flagged entity and an OCDS process by a UUID in capitals inside a query value or path', async () => {
    const lowerActor = await http()
      .get(`/api/v1/audit/events?actor=${USERS.financeA}`)
      .set('Authorization', a.auditor)
      .expect(200);
    expect(lowerActor.body.items.length).toBeGreaterThan(0);
    const upperActor = await http()
      .get(`/api/v1/audit/events?actor=${USERS.financeA.toUpperCase()}`)
      .set('Authorization', a.auditor)
      .expect(200);
    expect(upperActor.body.items).toEqual(lowerActor.body.items);
    const tender = (await ledger.store.readAll({})).find((e) => e.type === 'TenderDrafted')!;
    const tenderId = (tender.data as { tenderId: string }).tenderId;
    const flags = (id: string) =>
      http()
        .get(`/api/v1/red-flags?entity=tender:${id}`)
        .set('Authorization', a.auditor)
        .expect(200);
    expect((await flags(tenderId.toUpperCase())).body).toEqual((await flags(tenderId)).body);
    // Not published: both spellings are the same 404.
    const ocds = (id: string) => http().get(`/api/v1/ocds/records/ocds-ledger-${id}`);
    expect([(await ocds(tenderId)).status, (await ocds(tenderId.toUpperCase())).status]).toEqual([
      404, 404,
    ]);
  });
});
