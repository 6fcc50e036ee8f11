import type { Response } from 'supertest';
import { refusalStream } from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { redFlags, redFlagsProjection } from '@contract-ledger/projections';
import { project } from '@contract-ledger/projections/testing';
import {
  actors,
  CNY,
  expectProblem,
  openMarket,
  startLedger,
  tenderDraft,
  type LedgerApp,
} from './support/ledger';
import { USERS } from './support/tokens';

const digest = (c: string) => c.repeat(64);

/** Prices and digests chosen so that any leak shows up as a plain substring of a response. */
const BIDS = [
  { price: CNY(91_111_111), proposalDigest: digest('a') },
  { price: CNY(92_222_222), proposalDigest: digest('b') },
  { price: CNY(93_333_333), proposalDigest: digest('c') },
] as const;
const SECRETS = BIDS.flatMap((b) => [String(b.price.amountMinor), b.proposalDigest]);

function expectNoSecrets(res: Response, except: readonly string[] = []): void {
  for (const secret of SECRETS)
    if (!except.includes(secret)) expect(res.text).not.toContain(secret);
}

describe('tenders over HTTP: the whole lifecycle', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  let budgetLineId: string;
  const http = () => ledger.http();

  const draftBody = (overrides: object = {}) => tenderDraft(budgetLineId, overrides);

  async function draft(overrides: object = {}): Promise<string> {
    const res = await http()
      .post('/api/v1/tenders')
      .set('Authorization', a.officerA)
      .send(draftBody(overrides))
      .expect(201);
    return res.body.id as string;
  }

  async function publish(tenderId: string, daysAhead = 21): Promise<void> {
    await http()
      .post(`/api/v1/tenders/${tenderId}/publish`)
      .set('Authorization', a.officerA)
      .send({ deadline: ledger.clock.iso(daysAhead) })
      .expect(200);
  }

  async function bid(tenderId: string, i: number): Promise<string> {
    const res = await http()
      .post(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.supplier[i]!)
      .send(BIDS[i]!);
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    ledger = await startLedger();
    a = actors(ledger);
    // Three rated social organisations and one that never had a qualification review.
    budgetLineId = await openMarket(ledger, a, {
      category: 'elderly_care',
      suppliers: 4,
      rated: 3,
    });
  });
  afterAll(() => ledger.close());

  it('drafts, publishes, takes sealed bids, opens after the deadline, evaluates and awards with an override', async () => {
    const tenderId = await draft();
    const drafted = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(drafted.headers.etag).toBe('"1"');
    expect(drafted.body).toMatchObject({
      tenderId,
      agencyId: a.agencyA,
      status: 'draft',
      bids: { sealed: true, count: 0 },
    });
    // Drafts are not public.
    expectProblem(await http().get(`/api/v1/public/tenders/${tenderId}`), 404, 'NOT_FOUND');

    await publish(tenderId);
    const line = await http()
      .get(`/api/v1/budget-lines/${budgetLineId}`)
      .set('Authorization', a.financeA)
      .expect(200);
    expect(line.body.reservations).toEqual([
      { tenderId, amount: CNY(100_000_000), status: 'active' },
    ]);

    // Evaluators are assigned before opening; they may not see bid contents either.
    for (const evaluatorId of a.evaluatorIds.slice(0, 2)) {
      await http()
        .post(`/api/v1/tenders/${tenderId}/evaluators`)
        .set('Authorization', a.officerA)
        .send({ evaluatorId })
        .expect(201);
    }

    const bidIds = [await bid(tenderId, 0), await bid(tenderId, 1), await bid(tenderId, 2)];
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids`)
        .set('Authorization', a.supplier[3]!)
        .send({ price: CNY(1), proposalDigest: digest('d') }),
      409,
      'BID_RATING_TOO_LOW',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids`)
        .set('Authorization', a.supplier[0]!)
        .send(BIDS[0]),
      409,
      'BID_ALREADY_ACTIVE',
    );

    // Sealed: every role but the bidder sees counts only, in views, lists and errors.
    for (const who of [a.officerA, a.evaluator[0]!, a.supervisor, a.auditor]) {
      const view = await http()
        .get(`/api/v1/tenders/${tenderId}`)
        .set('Authorization', who)
        .expect(200);
      expect(view.body.bids).toEqual({ sealed: true, count: 3 });
      expectNoSecrets(view);
      const list = await http()
        .get(`/api/v1/tenders/${tenderId}/bids`)
        .set('Authorization', who)
        .expect(200);
      expect(list.body).toEqual({ tenderId, sealed: true, count: 3, bids: [] });
      expectNoSecrets(list);
    }
    const own = await http()
      .get(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.supplier[1]!)
      .expect(200);
    expect(own.body.bids).toEqual([
      expect.objectContaining({
        bidId: bidIds[1],
        price: BIDS[1].price,
        proposalDigest: BIDS[1].proposalDigest,
      }),
    ]);
    expectNoSecrets(own, [String(BIDS[1].price.amountMinor), BIDS[1].proposalDigest]);
    const publicView = await http().get(`/api/v1/public/tenders/${tenderId}`).expect(200);
    // How many bids a tender received is not public before opening (ADR 0006), as on the board.
    expect(publicView.body).toMatchObject({ status: 'published', bidCount: null, award: null });
    expectNoSecrets(publicView);
    expectNoSecrets(await http().get('/api/v1/public/tenders').expect(200));
    const meddling = await http()
      .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[0]}/withdraw`)
      .set('Authorization', a.supplier[1]!);
    expectProblem(meddling, 403, 'BID_NOT_OWNED');
    expectNoSecrets(meddling);
    const early = await http()
      .post(`/api/v1/tenders/${tenderId}/open-bids`)
      .set('Authorization', a.officerA);
    expectProblem(early, 409, 'BIDS_OPENED_BEFORE_DEADLINE');
    expectNoSecrets(early);
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[0]}/scores`)
        .set('Authorization', a.evaluator[0]!)
        .send({ scores: [{ criterionId: 'price', score: 50 }] }),
      409,
      'TENDER_NOT_OPENED',
    );

    ledger.clock.advanceDays(22);
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids`)
        .set('Authorization', a.supplier[3]!)
        .send({ price: CNY(5), proposalDigest: digest('e') }),
      409,
      'BID_AFTER_DEADLINE',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[0]}/withdraw`)
        .set('Authorization', a.supplier[0]!),
      409,
      'BID_WITHDRAWAL_AFTER_DEADLINE',
    );

    const opened = await http()
      .post(`/api/v1/tenders/${tenderId}/open-bids`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(opened.body).toEqual({
      id: tenderId,
      revision: expect.any(Number),
      position: expect.any(Number),
      receipt: { events: [expect.objectContaining({ position: opened.body.position })] },
    });
    expect(opened.headers.etag).toBe(`"${opened.body.revision}"`);
    const revealed = await http()
      .get(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.evaluator[1]!)
      .expect(200);
    expect(revealed.body.sealed).toBe(false);
    expect(revealed.body.bids.map((b: { price: unknown }) => b.price)).toEqual(
      BIDS.map((b) => b.price),
    );

    // Evaluator 0 has a conflict with supplier 2: it scores only the other two bids.
    await http()
      .post(`/api/v1/tenders/${tenderId}/conflicts`)
      .set('Authorization', a.evaluator[0]!)
      .send({ supplierId: a.supplierIds[2], description: 'Former board member' })
      .expect(201);
    const score = (who: string, bidId: string, price: number, quality: number) =>
      http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidId}/scores`)
        .set('Authorization', who)
        .send({
          scores: [
            { criterionId: 'price', score: price },
            { criterionId: 'quality', score: quality },
          ],
        });
    const tenderRevision = await ledger.store.streamRevision(`tender-${tenderId}`);
    const conflicted = await score(a.evaluator[0]!, bidIds[2]!, 50, 50).set(
      'Idempotency-Key',
      'score-conflicted',
    );
    expectProblem(conflicted, 409, 'EVALUATOR_CONFLICTED');
    // The refused attempt is a red flag in itself: recorded in the tender's refusal stream, the
    // tender's own stream (and ETag) untouched.
    expect(await ledger.store.streamRevision(`tender-${tenderId}`)).toBe(tenderRevision);
    const refusals = () => ledger.store.readStream(refusalStream(tenderId));
    expect(await refusals()).toMatchObject([
      {
        type: 'ConflictedScoringRefused',
        data: {
          tenderId,
          bidId: bidIds[2],
          supplierId: a.supplierIds[2],
          evaluatorId: a.evaluatorIds[0],
          scores: [
            { criterionId: 'price', score: 50 },
            { criterionId: 'quality', score: 50 },
          ],
          code: 'EVALUATOR_CONFLICTED',
          reason: conflicted.body.detail,
          refusedAt: ledger.clock.iso(),
        },
        metadata: {
          actor: a.evaluatorIds[0],
          role: 'evaluator',
          correlationId: conflicted.headers['x-correlation-id'],
          commandId: 'score-conflicted',
        },
      },
    ]);
    const replayed = await score(a.evaluator[0]!, bidIds[2]!, 50, 50).set(
      'Idempotency-Key',
      'score-conflicted',
    );
    expectProblem(replayed, 409, 'EVALUATOR_CONFLICTED');
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(await refusals()).toHaveLength(1);
    const flags = (await project(redFlagsProjection, await ledger.store.readAll())).rows(redFlags);
    expect(
      flags.find(
        (f) =>
          f.flagId ===
          `CONFLICTED_EVALUATOR_SCORING:${tenderId}:${a.evaluatorIds[0]}:${a.supplierIds[2]}`,
      ),
    ).toMatchObject({
      code: 'CONFLICTED_EVALUATOR_SCORING',
      entityKind: 'tender',
      entityId: tenderId,
      agencyId: a.agencyA,
      supplierId: a.supplierIds[2],
      eventIds: [(await refusals())[0]!.eventId],
    });
    expectProblem(await score(a.evaluator[2]!, bidIds[0]!, 50, 50), 403, 'FORBIDDEN');
    expect((await score(a.evaluator[0]!, bidIds[0]!, 90, 90)).status).toBe(201);
    expect((await score(a.evaluator[0]!, bidIds[1]!, 70, 70)).status).toBe(201);
    for (const [i, s] of [
      [0, 90],
      [1, 70],
      [2, 60],
    ] as const) {
      expect((await score(a.evaluator[1]!, bidIds[i]!, s, s)).status).toBe(201);
    }
    expectProblem(
      await score(a.evaluator[1]!, bidIds[0]!, 10, 10),
      409,
      'CRITERION_ALREADY_SCORED',
    );
    // Refusals for any other reason (and the 403 above) leave no record.
    expect(await refusals()).toHaveLength(1);

    // Not the best score: refused without a written rationale, recorded as an override with one.
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/award`)
        .set('Authorization', a.officerA)
        .send({ bidId: bidIds[1] }),
      409,
      'AWARD_RATIONALE_REQUIRED',
    );
    const stale = await http()
      .post(`/api/v1/tenders/${tenderId}/award`)
      .set('Authorization', a.officerA)
      .set('If-Match', '"2"')
      .send({ bidId: bidIds[1], rationale: 'Night shifts' });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    const current = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    const awarded = await http()
      .post(`/api/v1/tenders/${tenderId}/award`)
      .set('Authorization', a.officerA)
      .set('If-Match', current.headers.etag as string)
      .send({ bidId: bidIds[1], rationale: 'The best-scored bidder cannot staff the night shifts' })
      .expect(200);
    // TenderAwarded and the StandstillStarted of the open method's 10 days.
    expect(awarded.body.revision).toBe(Number(JSON.parse(current.headers.etag as string)) + 2);

    const final = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.supervisor)
      .expect(200);
    expect(final.body.status).toBe('awarded');
    expect(final.body.award).toMatchObject({
      bidId: bidIds[1],
      override: true,
      weightedScore: 7000,
      bestWeightedScore: 9000,
    });
    const pub = await http().get(`/api/v1/public/tenders/${tenderId}`).expect(200);
    expect(pub.body.award).toMatchObject({
      supplierId: a.supplierIds[1],
      amount: BIDS[1].price,
      override: true,
    });
    expect(pub.text).not.toContain(a.evaluatorIds[0]);
  });

  it('frees the reservation when a tender is cancelled or fails, and a failed tender keeps its bids sealed', async () => {
    const cancelled = await draft();
    await publish(cancelled);
    await http()
      .post(`/api/v1/tenders/${cancelled}/cancel`)
      .set('Authorization', a.officerA)
      .send({ reason: 'Service merged' })
      .expect(200);
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${cancelled}/bids`)
        .set('Authorization', a.supplier[0]!)
        .send(BIDS[0]),
      409,
      'TENDER_NOT_OPEN_FOR_BIDS',
    );

    const failing = await draft();
    await publish(failing);
    await bid(failing, 0);
    ledger.clock.advanceDays(22);
    await http()
      .post(`/api/v1/tenders/${failing}/open-bids`)
      .set('Authorization', a.officerA)
      .expect(200);
    const view = await http()
      .get(`/api/v1/tenders/${failing}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(view.body).toMatchObject({ status: 'failed', bids: { sealed: true, count: 1 } });
    expectNoSecrets(view);

    const line = await http()
      .get(`/api/v1/budget-lines/${budgetLineId}`)
      .set('Authorization', a.financeA)
      .expect(200);
    const status = (id: string) =>
      line.body.reservations.find((r: { tenderId: string }) => r.tenderId === id)?.status;
    expect([status(cancelled), status(failing)]).toEqual(['released', 'released']);
  });

  it("gives no signal of bid activity before opening to whoever may not know it: the public tender, its OCDS record and another supplier's bid list keep ETag and body through bids and a withdrawal (ADR 0006 decision 6)", async () => {
    const tenderId = await draft();
    await publish(tenderId);
    const ocid = `ocds-ledger-${tenderId}`;
    const seen = async () => {
      const head = (await ledger.store.head()).position;
      // The OCDS read model has applied the bids (a query with minPosition names it in its uri).
      await http().get(`/api/v1/ocds/records/${ocid}?minPosition=${head}`).expect(200);
      const answers = {
        public: await http().get(`/api/v1/public/tenders/${tenderId}`).expect(200),
        publicWithToken: await http()
          .get(`/api/v1/public/tenders/${tenderId}`)
          .set('Authorization', a.supplier[2]!)
          .expect(200),
        otherSupplierBids: await http()
          .get(`/api/v1/tenders/${tenderId}/bids`)
          .set('Authorization', a.supplier[2]!)
          .expect(200),
        ocds: await http().get(`/api/v1/ocds/records/${ocid}`).expect(200),
      };
      return Object.fromEntries(
        Object.entries(answers).map(([name, res]) => [
          name,
          {
            etag: res.headers.etag,
            lastModified: res.headers['last-modified'],
            body: res.text,
          },
        ]),
      );
    };
    const before = await seen();
    const first = await bid(tenderId, 0);
    await bid(tenderId, 1);
    await http()
      .post(`/api/v1/tenders/${tenderId}/bids/${first}/withdraw`)
      .set('Authorization', a.supplier[0]!)
      .expect(200);
    expect(await seen()).toEqual(before);
    // No validator there is a revision a bid moves.
    for (const [name, answer] of Object.entries(before))
      expect([name, answer.etag ?? 'none']).not.toEqual([name, expect.stringMatching(/^"\d+"$/)]);

    // Who may write keeps the revision as ETag, and pins it with If-Match.
    const revision = await ledger.store.streamRevision(`tender-${tenderId}`);
    const officer = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(officer.headers.etag).toBe(`"${revision}"`);
    await http()
      .post(`/api/v1/tenders/${tenderId}/evaluators`)
      .set('Authorization', a.officerA)
      .set('If-Match', officer.headers.etag as string)
      .send({ evaluatorId: a.evaluatorIds[2] })
      .expect(201);
  });

  it('tells a supplier acting on a tender no revision a bid moves: no revision or ETag in its answers, no pin, no currentRevision; the buying officer keeps them (ADR 0006 decision 6)', async () => {
    const tenderId = await draft();
    await publish(tenderId);
    const tenderRevision = () => ledger.store.streamRevision(`tender-${tenderId}`);
    const ask = (question: string, ifMatch?: string) => {
      const req = http()
        .post(`/api/v1/tenders/${tenderId}/questions`)
        .set('Authorization', a.supplier[0]!);
      return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send({ question });
    };
    const expectNoRevision = (res: Response) => {
      expect(res.body).not.toHaveProperty('revision');
      expect(res.headers.etag).toBeUndefined();
      // What read-your-writes and the audit need stays: the global position and the receipt.
      expect(res.body).toEqual({
        id: expect.any(String),
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
    };

    // A question, another supplier's bid, a question: nothing in the answers moves with the bid.
    const first = await ask('Is delivery to each care home included?').expect(201);
    await bid(tenderId, 1);
    const second = await ask('Are night shifts part of the service?').expect(201);
    expectNoRevision(first);
    expectNoRevision(second);
    // Its own bid, withdrawn, and a confirmation refused: no revision either way.
    const own = await http()
      .post(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.supplier[0]!)
      .send(BIDS[0])
      .expect(201);
    expectNoRevision(own);
    expectNoRevision(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${own.body.id}/withdraw`)
        .set('Authorization', a.supplier[0]!)
        .expect(200),
    );

    // A pin is refused whatever revision it names, before anything runs; `*` is no pin.
    const revision = await tenderRevision();
    for (const pin of [`"${revision}"`, `"${revision - 1}"`, '"1"', '"0"']) {
      const res = await ask('Pinned?', pin);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'If-Match', messages: [expect.stringContaining('*')] },
      ]);
      expect(res.body).not.toHaveProperty('currentRevision');
    }
    expect(await tenderRevision()).toBe(revision);
    expectNoRevision(await ask('Any state will do?', '*').expect(201));

    // The buying officer knows the count: its answers carry the revision as ETag, and it pins.
    const current = await tenderRevision();
    const assigned = await http()
      .post(`/api/v1/tenders/${tenderId}/evaluators`)
      .set('Authorization', a.officerA)
      .set('If-Match', `"${current}"`)
      .send({ evaluatorId: a.evaluatorIds[0] })
      .expect(201);
    expect(assigned.body.revision).toBe(current + 1);
    expect(assigned.headers.etag).toBe(`"${current + 1}"`);
    const stale = await http()
      .post(`/api/v1/tenders/${tenderId}/evaluators`)
      .set('Authorization', a.officerA)
      .set('If-Match', `"${current}"`)
      .send({ evaluatorId: a.evaluatorIds[1] });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(stale.body.currentRevision).toBe(current + 1);
  });

  it('keeps the reservation in step with an amended estimate, the buyer off its own panel, and nonsense out (issue 19)', async () => {
    const tenderId = await draft();
    await publish(tenderId);
    const tenderRevision = () => ledger.store.streamRevision(`tender-${tenderId}`);
    const lineRevision = () => ledger.store.streamRevision(`budget-${budgetLineId}`);
    const amend = (amountMinor: number) =>
      http()
        .post(`/api/v1/tenders/${tenderId}/amendments`)
        .set('Authorization', a.officerA)
        .send({ changes: { estimatedValue: CNY(amountMinor) }, reason: 'Scope revised' });

    // Past what the line holds: refused, and neither the tender nor the line moves.
    const before = [await tenderRevision(), await lineRevision()];
    expectProblem(await amend(5_000_000_000), 409, 'BUDGET_INSUFFICIENT_FUNDS');
    expect([await tenderRevision(), await lineRevision()]).toEqual(before);
    // Within it: the reservation follows the estimate in the same append.
    expect((await amend(150_000_000)).status).toBe(201);
    const [resized] = (await ledger.store.readStream(`budget-${budgetLineId}`)).slice(-1);
    const [amended] = (await ledger.store.readStream(`tender-${tenderId}`)).slice(-1);
    expect(resized).toMatchObject({
      type: 'ReservationResized',
      data: { tenderId, previousAmount: CNY(100_000_000), amount: CNY(150_000_000) },
    });
    expect(resized!.metadata.commandId).toBe(amended!.metadata.commandId);

    // The buying officer cannot sit on his own tender's panel.
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/evaluators`)
        .set('Authorization', a.officerA)
        .send({ evaluatorId: USERS.officerA }),
      409,
      'EVALUATOR_IS_BUYER',
    );

    // A NUL in a title, a made-up currency: refused at validation; a deadline in 9999: by the rule.
    const refused = [
      await http()
        .post('/api/v1/tenders')
        .set('Authorization', a.officerA)
        .send(draftBody({ title: 'Home care\u0000' })),
      await http()
        .post('/api/v1/tenders')
        .set('Authorization', a.officerA)
        .send(draftBody({ estimatedValue: { amountMinor: 1, currency: 'XYZ' } })),
    ];
    for (const res of refused) expectProblem(res, 400, 'VALIDATION_FAILED');
    const late = await draft();
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${late}/publish`)
        .set('Authorization', a.officerA)
        .send({ deadline: '9999-12-31T00:00:00Z' }),
      409,
      'TENDER_SUBMISSION_PERIOD_TOO_LONG',
    );
  });

  it('refuses with a problem and its code: 400 fields, 401, 404 for another agency draft, 404, 409 rule, 412 stale If-Match', async () => {
    const tenderId = await draft();
    const bad = await http()
      .post('/api/v1/tenders')
      .set('Authorization', a.officerA)
      .send(
        draftBody({
          budgetLineId: 'nope',
          estimatedValue: { amountMinor: 1.5, currency: 'cny' },
          method: 'auction',
          extra: 1,
        }),
      );
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [
        'budgetLineId',
        'estimatedValue.amountMinor',
        'estimatedValue.currency',
        'extra',
        'method',
      ].sort(),
    );
    expectProblem(await http().get(`/api/v1/tenders/${tenderId}`), 401, 'UNAUTHENTICATED');
    // A draft of another agency: no existence oracle, it answers as an unknown tender (docs/api.md).
    expectProblem(
      await http().get(`/api/v1/tenders/${tenderId}`).set('Authorization', a.officerB),
      404,
      'NOT_FOUND',
    );
    // A command on it too: the 404 of an unknown tender, word for word.
    const publishAs = (id: string) =>
      http()
        .post(`/api/v1/tenders/${id}/publish`)
        .set('Authorization', a.officerB)
        .send({ deadline: ledger.clock.iso(30) });
    const onDraft = await publishAs(tenderId);
    expectProblem(onDraft, 404, 'TENDER_NOT_FOUND');
    expect(onDraft.body.detail).toBe((await publishAs(uuidv7())).body.detail);
    expectProblem(
      await http()
        .post('/api/v1/tenders')
        .set('Authorization', a.officerB)
        .send(draftBody({ agencyId: a.agencyA })),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http().post('/api/v1/tenders').set('Authorization', a.officerB).send(draftBody()),
      409,
      'TENDER_BUDGET_LINE_OTHER_AGENCY',
    );
    expectProblem(
      await http().post('/api/v1/tenders').set('Authorization', a.supplier[0]!).send(draftBody()),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http().get(`/api/v1/tenders/${a.agencyB}`).set('Authorization', a.officerA),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${a.agencyB}/publish`)
        .set('Authorization', a.officerA)
        .send({ deadline: ledger.clock.iso(30) }),
      404,
      'TENDER_NOT_FOUND',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/publish`)
        .set('Authorization', a.officerA)
        .send({ deadline: ledger.clock.iso(5) }),
      409,
      'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/publish`)
        .set('Authorization', a.officerA)
        .set('If-Match', '"7"')
        .send({ deadline: ledger.clock.iso(30) }),
      412,
      'PRECONDITION_FAILED',
    );
    // Weights are only checked when the notice goes out: a draft may be incomplete.
    const halfWeighted = await draft({ criteria: [{ criterionId: 'q', name: 'Q', weight: 50 }] });
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${halfWeighted}/publish`)
        .set('Authorization', a.officerA)
        .send({ deadline: ledger.clock.iso(30) }),
      409,
      'TENDER_WEIGHTS_NOT_100',
    );
    // A publication the budget cannot carry is refused and writes nothing on either stream.
    const tooBig = await draft({ estimatedValue: CNY(999_999_999_999) });
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tooBig}/publish`)
        .set('Authorization', a.officerA)
        .send({ deadline: ledger.clock.iso(30) }),
      409,
      'BUDGET_INSUFFICIENT_FUNDS',
    );
    expect(await ledger.store.streamRevision(`tender-${tooBig}`)).toBe(1);
  });

  it('honours Idempotency-Key on a POST: same key and body replays, another body is 422', async () => {
    const body = draftBody({ title: 'Idempotent tender' });
    const first = await http()
      .post('/api/v1/tenders')
      .set('Authorization', a.officerA)
      .set('Idempotency-Key', 'draft-1')
      .send(body)
      .expect(201);
    const again = await http()
      .post('/api/v1/tenders')
      .set('Authorization', a.officerA)
      .set('Idempotency-Key', 'draft-1')
      .send(body)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    expectProblem(
      await http()
        .post('/api/v1/tenders')
        .set('Authorization', a.officerA)
        .set('Idempotency-Key', 'draft-1')
        .send({ ...body, title: 'Another' }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    const events = await ledger.store.readStream(`tender-${first.body.id}`);
    expect(
      events.map((e) => [
        e.type,
        e.metadata.commandId,
        e.metadata.actor,
        e.metadata.role,
        e.metadata.scope,
      ]),
    ).toEqual([
      ['TenderDrafted', 'draft-1', USERS.officerA, 'agency_officer', `agency:${a.agencyA}`],
    ]);
  });
  it("keeps a bidder's own person from scoring its bid (409 EVALUATOR_IS_SUPPLIER) without blocking the award", async () => {
    const tenderId = await draft({ method: 'competitive_negotiation' });
    await publish(tenderId, 11);
    // The person who registered supplier 1 (and bids for it) is put on the panel: assignment
    // cannot refuse it, the bids are sealed and a refusal would tell who bid.
    const insider = USERS.supplierUser(1);
    const insiderAsEvaluator = ledger.bearer({ sub: insider, role: 'evaluator' });
    for (const evaluatorId of [insider, a.evaluatorIds[2]]) {
      await http()
        .post(`/api/v1/tenders/${tenderId}/evaluators`)
        .set('Authorization', a.officerA)
        .send({ evaluatorId })
        .expect(201);
    }
    const bidIds = [await bid(tenderId, 0), await bid(tenderId, 1)];
    ledger.clock.advanceDays(12);
    await http()
      .post(`/api/v1/tenders/${tenderId}/open-bids`)
      .set('Authorization', a.officerA)
      .expect(200);
    const score = (who: string, bidId: string, value: number) =>
      http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidId}/scores`)
        .set('Authorization', who)
        .send({
          scores: [
            { criterionId: 'price', score: value },
            { criterionId: 'quality', score: value },
          ],
        });
    const before = await ledger.store.streamRevision(`tender-${tenderId}`);
    expectProblem(await score(insiderAsEvaluator, bidIds[1]!, 100), 409, 'EVALUATOR_IS_SUPPLIER');
    expect(await ledger.store.streamRevision(`tender-${tenderId}`)).toBe(before);
    // The other bid is not its organisation's: scored, like a conflict that names one supplier.
    expect((await score(insiderAsEvaluator, bidIds[0]!, 60)).status).toBe(201);
    expect((await score(a.evaluator[2]!, bidIds[0]!, 80)).status).toBe(201);
    expect((await score(a.evaluator[2]!, bidIds[1]!, 70)).status).toBe(201);
    // Supplier 1's bid is complete without the insider's score: 70 from the independent evaluator
    // against 70 (the mean of 60 and 80) for supplier 0's, a tie, so either is awarded.
    const awarded = await http()
      .post(`/api/v1/tenders/${tenderId}/award`)
      .set('Authorization', a.officerA)
      .send({ bidId: bidIds[1] })
      .expect(200);
    expect(awarded.body.id).toBe(tenderId);
    const final = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.supervisor)
      .expect(200);
    expect(final.body.award).toMatchObject({
      bidId: bidIds[1],
      override: false,
      weightedScore: 7000,
      bestWeightedScore: 7000,
    });
  });

  // Last: it debars supplier 0, which the other tests bid with.
  it('voids bids on a material amendment until confirmed, disqualifies, and never awards a supplier debarred since it bid', async () => {
    const tenderId = await draft({ method: 'competitive_negotiation' });
    await publish(tenderId, 11);
    const bidIds = [await bid(tenderId, 0), await bid(tenderId, 1), await bid(tenderId, 2)];
    await http()
      .post(`/api/v1/tenders/${tenderId}/amendments`)
      .set('Authorization', a.officerA)
      .send({ changes: { estimatedValue: CNY(110_000_000) }, reason: 'Estimate revised' })
      .expect(201);
    const voided = await http()
      .get(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.supplier[0]!)
      .expect(200);
    expect(voided.body.bids[0].status).toBe('unconfirmed');
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[0]}/confirm`)
        .set('Authorization', a.supplier[1]!),
      403,
      'BID_NOT_OWNED',
    );
    for (const i of [0, 1]) {
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[i]}/confirm`)
        .set('Authorization', a.supplier[i]!)
        .expect(200);
    }
    ledger.clock.advanceDays(12);
    await http()
      .post(`/api/v1/tenders/${tenderId}/open-bids`)
      .set('Authorization', a.officerA)
      .expect(200);
    const opened = await http()
      .get(`/api/v1/tenders/${tenderId}/bids`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(opened.body.bids.map((b: { status: string }) => b.status)).toEqual([
      'active',
      'active',
      'lapsed',
    ]);

    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[1]}/disqualify`)
        .set('Authorization', a.officerB)
        .send({ reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    await http()
      .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[1]}/disqualify`)
      .set('Authorization', a.officerA)
      .send({ reason: 'Forged certificate' })
      .expect(200);
    await http()
      .post(`/api/v1/tenders/${tenderId}/evaluators`)
      .set('Authorization', a.officerA)
      .send({ evaluatorId: a.evaluatorIds[0] })
      .expect(201);
    await http()
      .post(`/api/v1/tenders/${tenderId}/bids/${bidIds[0]}/scores`)
      .set('Authorization', a.evaluator[0]!)
      .send({
        scores: [
          { criterionId: 'price', score: 80 },
          { criterionId: 'quality', score: 80 },
        ],
      })
      .expect(201);

    // The evidence is the supplier's bid as the log recorded it.
    const bidEvent = (await ledger.store.readStream(`tender-${tenderId}`)).find(
      (e) => e.type === 'BidSubmitted' && (e.data as { bidId: string }).bidId === bidIds[0],
    );
    await http()
      .post(`/api/v1/suppliers/${a.supplierIds[0]}/debarments`)
      .set('Authorization', a.supervisor)
      .send({
        grounds: 'Bribery conviction',
        authority: 'Municipal Finance Bureau',
        evidenceEventIds: [bidEvent!.eventId],
      })
      .expect(201);
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/award`)
        .set('Authorization', a.officerA)
        .send({ bidId: bidIds[0] }),
      409,
      'SUPPLIER_DEBARRED',
    );
    expectProblem(
      await http()
        .post(`/api/v1/tenders/${tenderId}/award`)
        .set('Authorization', a.officerA)
        .send({ bidId: bidIds[1] }),
      409,
      'BID_NOT_VALID',
    );
    await http()
      .post(`/api/v1/tenders/${tenderId}/cancel`)
      .set('Authorization', a.officerA)
      .send({ reason: 'No eligible bidder left' })
      .expect(200);
    // Opened bids stay visible to the agency after a cancellation: they were public from the opening on.
    const after = await http()
      .get(`/api/v1/tenders/${tenderId}`)
      .set('Authorization', a.officerA)
      .expect(200);
    expect(after.body).toMatchObject({ status: 'cancelled', bids: { sealed: false, count: 3 } });
  });
});
