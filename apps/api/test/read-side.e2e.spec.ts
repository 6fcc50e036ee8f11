import { EVENT_STORE, type Clock } from '@contract-ledger/application';
import { uuidv7, type EventStore } from '@contract-ledger/event-store';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { expectProblem, ManualClock } from './support/ledger';
import { hs256, inOneHour } from './support/tokens';

const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const DIGEST = `sha256:${'a'.repeat(64)}`;

/**
 * The read side over HTTP on the embedded SQLite store with the projections in-process: a tender
 * driven through the command routes to a paid milestone, then read back through every read route
 * with read-your-writes, past states rebuilt from the log, verification, and the role rules.
 */
describe('read side over HTTP (SQLite, projections in-process)', () => {
  let app: NestFastifyApplication;
  let store: EventStore;
  let dataDir: string;
  const clock = new ManualClock();
  let bearer: (claims: object) => string;
  const http = () => request(app.getHttpServer());

  const agency = uuidv7();
  const otherAgency = uuidv7();
  const supplierS = uuidv7();
  const supplierT = uuidv7();
  const evaluatorId = uuidv7();
  const officerSub = uuidv7();
  const supplierStaff = uuidv7();
  let t: Record<
    | 'officer'
    | 'finance'
    | 'financeOther'
    | 'supervisor'
    | 'auditor'
    | 'supplierS'
    | 'supplierT'
    | 'evaluator',
    string
  >;

  const ids: {
    line?: string;
    tender?: string;
    bid?: string;
    contract?: string;
    debarment?: string;
  } = {};
  const positions: Record<string, number> = {};
  let lastPosition = 0;

  async function post(
    token: string,
    url: string,
    body?: object,
  ): Promise<{ id: string; position: number; revision: number }> {
    const req = http().post(url).set('Authorization', token);
    const res = body === undefined ? await req : await req.send(body);
    if (res.status >= 300) throw new Error(`POST ${url} answered ${res.status}: ${res.text}`);
    lastPosition = Math.max(lastPosition, res.body.position as number);
    return res.body;
  }
  const get = (url: string, token?: string) => {
    const req = http().get(url);
    return token === undefined ? req : req.set('Authorization', token);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-read-side-'));
    const now: Clock = () => clock.current;
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent', LEDGER_STORE: 'sqlite' },
      { clock: now },
    ));
    await app.getHttpAdapter().getInstance().ready();
    store = app.get<EventStore>(EVENT_STORE);
    const secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
    bearer = (claims) => `Bearer ${hs256({ exp: inOneHour(), ...claims }, secret)}`;
    t = {
      officer: bearer({ sub: officerSub, role: 'agency_officer', agencyId: agency }),
      finance: bearer({ sub: uuidv7(), role: 'finance_officer', agencyId: agency }),
      financeOther: bearer({ sub: uuidv7(), role: 'finance_officer', agencyId: otherAgency }),
      supervisor: bearer({ sub: uuidv7(), role: 'supervisor' }),
      auditor: bearer({ sub: uuidv7(), role: 'auditor' }),
      supplierS: bearer({ sub: supplierStaff, role: 'supplier', supplierId: supplierS }),
      supplierT: bearer({ sub: uuidv7(), role: 'supplier', supplierId: supplierT }),
      evaluator: bearer({ sub: evaluatorId, role: 'evaluator' }),
    };

    for (const [supplierId, token] of [
      [supplierS, t.supplierS],
      [supplierT, t.supplierT],
    ] as const) {
      await post(token, '/api/v1/suppliers', {
        kind: 'social_organisation',
        name: `Care ${supplierId.slice(-4)}`,
        registrationNumber: `R-${supplierId.slice(-8)}`,
      });
      await post(t.supervisor, `/api/v1/suppliers/${supplierId}/qualification`, {
        governanceScore: 90,
        financeScore: 90,
        serviceQualityScore: 90,
        assessor: 'Assessment Centre',
        validUntil: clock.iso(730),
      });
    }
    ids.line = (
      await post(t.finance, '/api/v1/budget-lines', {
        fiscalYear: 2026,
        category: 'elderly_care',
        amount: CNY(1_000_000_000),
      })
    ).id;
    ids.tender = (
      await post(t.officer, '/api/v1/tenders', {
        budgetLineId: ids.line,
        method: 'direct_commission',
        title: 'Home care for elderly residents',
        serviceCategory: 'elderly_care',
        estimatedValue: CNY(100_000_000),
        criteria: [
          { criterionId: 'price', name: 'Price', weight: 40 },
          { criterionId: 'quality', name: 'Service quality plan', weight: 60 },
        ],
        eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
        directCommission: {
          supplierId: supplierS,
          justification: 'Only rated provider in the district',
        },
        contractType: 'short_term_project',
        paymentModel: 'outcome_based',
      })
    ).id;
    await post(t.officer, `/api/v1/tenders/${ids.tender}/publish`, { deadline: clock.iso(1) });
    await post(t.officer, `/api/v1/tenders/${ids.tender}/evaluators`, { evaluatorId });
    ids.bid = (
      await post(t.supplierS, `/api/v1/tenders/${ids.tender}/bids`, {
        price: CNY(98_000_000),
        proposalDigest: 'b'.repeat(64),
      })
    ).id;
    positions.bidSubmitted = lastPosition;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a bid sealed in the public and supervisor history until opening; the auditor sees everything', async () => {
    const url = `/api/v1/audit/tenders/${ids.tender}/history?minPosition=${positions.bidSubmitted}`;
    const publicView = await get(url);
    expect(publicView.status).toBe(200);
    expect(publicView.body.view).toBe('redacted');
    // Not even a sealed item: the number of bids is not public before opening (ADR 0006 decision 6).
    expect(publicView.body.items.map((i: { type: string }) => i.type)).not.toContain(
      'BidSubmitted',
    );
    expect(JSON.stringify(publicView.body)).not.toContain(ids.bid);
    expect(JSON.stringify(publicView.body)).not.toContain(supplierStaff);

    // Oversight knows the count: the bid is an item, sealed.
    const supervisorView = await get(url, t.supervisor);
    expect(supervisorView.body.view).toBe('redacted');
    const bid = supervisorView.body.items.find((i: { type: string }) => i.type === 'BidSubmitted');
    expect(bid).toMatchObject({ redacted: true, who: { role: 'supplier' } });
    expect(bid.who.actor).toBeUndefined();
    expect(bid.data.price).toBeUndefined();
    expect(bid.data.supplierId).toBeUndefined();
    expect(JSON.stringify(supervisorView.body)).not.toContain('98000000');
    expect(JSON.stringify(supervisorView.body)).not.toContain(supplierStaff);

    const auditorView = await get(url, t.auditor);
    expect(auditorView.body.view).toBe('full');
    const full = auditorView.body.items.find((i: { type: string }) => i.type === 'BidSubmitted');
    expect(full.data.price).toEqual(CNY(98_000_000));
    expect(full.who).toMatchObject({ actor: supplierStaff, role: 'supplier' });
    // The evaluator's identity is personal: present for the auditor only.
    const assigned = auditorView.body.items.find(
      (i: { type: string }) => i.type === 'EvaluatorAssigned',
    );
    expect(assigned.data.evaluatorId).toBe(evaluatorId);
    const assignedPublic = publicView.body.items.find(
      (i: { type: string }) => i.type === 'EvaluatorAssigned',
    );
    expect(assignedPublic.data.evaluatorId).toBeUndefined();
  });

  describe('after award, contract, delivery, evaluation and payment', () => {
    const m1 = uuidv7();
    const m2 = uuidv7();

    beforeAll(async () => {
      clock.advanceDays(2);
      await post(t.officer, `/api/v1/tenders/${ids.tender}/open-bids`);
      positions.opened = lastPosition;
      await post(t.evaluator, `/api/v1/tenders/${ids.tender}/bids/${ids.bid}/scores`, {
        scores: [
          { criterionId: 'price', score: 80 },
          { criterionId: 'quality', score: 85 },
        ],
      });
      await post(t.officer, `/api/v1/tenders/${ids.tender}/award`, { bidId: ids.bid });
      positions.awarded = lastPosition;
      const milestone = (milestoneId: string, amountMinor: number, days: number) => ({
        milestoneId,
        title: 'Home visits',
        dueAt: clock.iso(days),
        amount: CNY(amountMinor),
        deliverables: ['Visit log'],
        indicators: [{ indicatorId: 'visits', description: 'Home visits made', target: '>= 400' }],
      });
      ids.contract = (
        await post(t.officer, '/api/v1/contracts', {
          tenderId: ids.tender,
          value: CNY(98_000_000),
          advanceCapPercent: 20,
          milestones: [milestone(m1, 40_000_000, 60), milestone(m2, 58_000_000, 120)],
        })
      ).id;
      positions.signed = lastPosition;
      await post(t.officer, `/api/v1/contracts/${ids.contract}/evaluators`, { evaluatorId });
      await post(t.supplierS, `/api/v1/contracts/${ids.contract}/milestones/${m1}/deliveries`, {
        evidenceDigests: [DIGEST],
        indicatorResults: [{ indicatorId: 'visits', value: '412', met: true }],
      });
      positions.delivered = lastPosition;
      await post(t.evaluator, `/api/v1/contracts/${ids.contract}/milestones/${m1}/evaluations`, {
        verdict: 'accepted',
        acceptedShareBps: 10_000,
        score: 85,
        comments: 'All visits verified',
      });
      await post(t.finance, `/api/v1/contracts/${ids.contract}/disbursements`, {
        kind: 'advance',
        amount: CNY(10_000_000),
      });
      positions.paid = lastPosition;
    });

    it("reads the tender's whole history back in global order with who, when and why (read-your-writes)", async () => {
      const res = await get(
        `/api/v1/audit/tenders/${ids.tender}/history?minPosition=${positions.paid}&limit=500`,
        t.auditor,
      );
      expect(res.status).toBe(200);
      const types: string[] = res.body.items.map((i: { type: string }) => i.type);
      for (const type of [
        'TenderDrafted',
        'TenderPublished',
        'BidSubmitted',
        'BidsOpened',
        'BidScored',
        'TenderAwarded',
        'ContractSigned',
        'DeliveryReported',
        'MilestoneEvaluated',
        'FundsDisbursed',
      ]) {
        expect(types).toContain(type);
      }
      const positionsSeen: number[] = res.body.items.map((i: { position: number }) => i.position);
      expect(positionsSeen).toEqual([...positionsSeen].sort((a, b) => a - b));
      const evaluation = res.body.items.find(
        (i: { type: string }) => i.type === 'MilestoneEvaluated',
      );
      expect(evaluation).toMatchObject({
        who: { actor: evaluatorId, role: 'evaluator' },
        why: { comments: 'All visits verified' },
        at: expect.any(String),
      });
    });

    it('pages the history with a cursor', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await get(
          `/api/v1/audit/tenders/${ids.tender}/history?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          t.auditor,
        );
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((i: { position: number }) => i.position));
        cursor = res.body.nextCursor;
      } while (cursor);
      const all = await get(`/api/v1/audit/tenders/${ids.tender}/history?limit=500`, t.auditor);
      expect(seen).toEqual(all.body.items.map((i: { position: number }) => i.position));
    });

    it('pages a history with items left out (the public, a bid before opening) in full pages: no short or empty page counts what was left out', async () => {
      const tender = (
        await post(t.officer, '/api/v1/tenders', {
          budgetLineId: ids.line,
          method: 'open',
          title: 'Day care centre',
          serviceCategory: 'elderly_care',
          estimatedValue: CNY(1_000_000),
          criteria: [{ criterionId: 'price', name: 'Price', weight: 100 }],
          eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
          contractType: 'short_term_project',
          paymentModel: 'outcome_based',
        })
      ).id;
      await post(t.officer, `/api/v1/tenders/${tender}/publish`, { deadline: clock.iso(30) });
      const hidden = (
        await post(t.supplierT, `/api/v1/tenders/${tender}/bids`, {
          price: CNY(970_000),
          proposalDigest: 'c'.repeat(64),
        })
      ).id;
      // A public event after the bid: the bid is left out in the middle of the history.
      await post(t.officer, `/api/v1/tenders/${tender}/evaluators`, { evaluatorId });
      const url = `/api/v1/audit/tenders/${tender}/history`;
      const pages: number[][] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await get(
          `${url}?limit=1&minPosition=${lastPosition}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        pages.push(res.body.items.map((i: { position: number }) => i.position));
        cursor = res.body.nextCursor;
      } while (cursor);
      const all = await get(`${url}?limit=500`);
      expect(JSON.stringify(all.body)).not.toContain(hidden);
      expect(pages.flat()).toEqual(all.body.items.map((i: { position: number }) => i.position));
      expect(pages.every((page) => page.length === 1)).toBe(true);
      // A cursor pages its own query only: another tender's history, or values forged into it, are 400.
      const first = (await get(`${url}?limit=1`)).body.nextCursor as string;
      expect(first).toEqual(expect.any(String));
      const other = await get(`/api/v1/audit/tenders/${ids.tender}/history?cursor=${first}`);
      expect({ status: other.status, field: other.body.errors?.[0]?.field }).toEqual({
        status: 400,
        field: 'cursor',
      });
      const [tag, , ...rest] = JSON.parse(Buffer.from(first, 'base64url').toString()) as unknown[];
      const forged = Buffer.from(JSON.stringify([tag, '900', ...rest])).toString('base64url');
      expect((await get(`${url}?cursor=${forged}`)).status).toBe(400);
      // The officer knows the count: the bid is there for it.
      expect(JSON.stringify((await get(`${url}?limit=500`, t.officer)).body)).toContain(hidden);
      // Off the open-tenders board the tests below read.
      await post(t.officer, `/api/v1/tenders/${tender}/cancel`, { reason: 'Test over' });
    });

    it('shows opened bids to the public once opened, but never the supplier staff or the evaluator', async () => {
      const res = await get(`/api/v1/audit/tenders/${ids.tender}/history?limit=500`);
      const bid = res.body.items.find((i: { type: string }) => i.type === 'BidSubmitted');
      expect(bid.data.price).toEqual(CNY(98_000_000));
      expect(JSON.stringify(res.body)).not.toContain(supplierStaff);
      expect(JSON.stringify(res.body)).not.toContain(evaluatorId);
    });

    it('reconstructs the contract and the tender at several positions and instants by folding the deciders', async () => {
      const at = (query: string, kind = 'contract', id = ids.contract) =>
        get(`/api/v1/audit/${kind}/${id}/state?${query}`, t.auditor);
      // Signing appends to the contract and the budget line at once: the contract's first event is ContractSigned.
      const signedAt = (await store.readStream(`contract-${ids.contract}`))[0]!.position;
      const beforeSigning = await at(`atPosition=${signedAt - 1}`);
      expect(beforeSigning.status).toBe(200);
      expect(beforeSigning.body).toMatchObject({
        revision: 0,
        position: 0,
        state: { status: 'unsigned' },
      });
      const signed = await at(`atPosition=${signedAt}`);
      expect(signed.body.state.status).toBe('active');
      expect(signed.body.state.milestones[0].delivery ?? null).toBeNull();
      const delivered = await at(`atPosition=${positions.delivered}`);
      expect(delivered.body.state.milestones[0].delivery).toBeTruthy();
      expect(delivered.body.revision).toBeGreaterThan(signed.body.revision);
      const now = await at('');
      expect(now.body.revision).toBe(now.body.streamRevision);
      // verify=full folds every event from the first, without snapshots: the same answer.
      expect((await at(`verify=full&atPosition=${positions.delivered}`)).body).toEqual(
        delivered.body,
      );
      expectProblem(await at('verify=partly'), 400, 'VALIDATION_FAILED');

      const tenderBeforeAward = await at(
        `atPosition=${positions.awarded - 1}`,
        'tender',
        ids.tender,
      );
      expect(tenderBeforeAward.body.state.status).not.toBe('awarded');
      const tenderAwarded = await at(`atPosition=${positions.awarded}`, 'tender', ids.tender);
      expect(tenderAwarded.body.state.status).toBe('awarded');

      // asOf by recordedAt: the instant the award was recorded gives the awarded tender, a moment before the award not.
      const events = await store.readAll({
        fromPosition: positions.awarded,
        toPosition: positions.awarded,
      });
      const recordedAt = events[0]!.recordedAt;
      const asOf = await at(`asOf=${encodeURIComponent(recordedAt)}`, 'tender', ids.tender);
      expect(asOf.body.state.status).toBe('awarded');
      const earlier = new Date(Date.parse(recordedAt) - 60_000).toISOString();
      const before = await at(`asOf=${encodeURIComponent(earlier)}`, 'tender', ids.tender);
      expect(before.body.revision).toBeLessThan(asOf.body.revision);

      const line = await at(`atPosition=${positions.paid}`, 'budget-line', ids.line);
      expect(line.body.state.disbursed.amountMinor).toBe(10_000_000);
      const supplier = await at('', 'supplier', supplierS);
      expect(supplier.body.state.status).toBe('registered');

      expectProblem(await at('asOf=2026-01-01T00:00:00Z&atPosition=3'), 400, 'VALIDATION_FAILED');
      expectProblem(
        await get(`/api/v1/audit/contract/${uuidv7()}/state`, t.auditor),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await get(`/api/v1/audit/contract/${ids.contract}/state`, t.officer),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await get(`/api/v1/audit/contract/${ids.contract}/state`),
        401,
        'UNAUTHENTICATED',
      );
      expect((await get(`/api/v1/audit/contract/${ids.contract}/state`, t.supervisor)).status).toBe(
        200,
      );
    });

    it('serves budget execution to the own finance officer, supervisor and auditor', async () => {
      const one = await get(
        `/api/v1/budget-lines/${ids.line}/execution?minPosition=${positions.paid}`,
        t.finance,
      );
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        budgetLineId: ids.line,
        allocated: 1_000_000_000,
        committed: 98_000_000,
        disbursed: 10_000_000,
      });
      expectProblem(
        await get(`/api/v1/budget-lines/${ids.line}/execution`, t.financeOther),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await get(`/api/v1/budget-lines/${ids.line}/execution`, t.officer),
        403,
        'FORBIDDEN',
      );
      const list = await get(`/api/v1/budget-execution?fiscalYear=2026`, t.finance);
      expect(list.body.items.map((l: { budgetLineId: string }) => l.budgetLineId)).toEqual([
        ids.line,
      ]);
      expect((await get(`/api/v1/budget-execution`, t.financeOther)).body.items).toEqual([]);
      expectProblem(
        await get(`/api/v1/budget-execution?agencyId=${agency}`, t.financeOther),
        403,
        'FORBIDDEN',
      );
      expect(
        (await get(`/api/v1/budget-execution?agencyId=${agency}`, t.auditor)).body.items,
      ).toHaveLength(1);
    });

    it('serves the public board without a token', async () => {
      const awards = await get(`/api/v1/public/board/awards?minPosition=${positions.signed}`);
      expect(awards.status).toBe(200);
      expect(awards.body.items[0]).toMatchObject({
        tenderId: ids.tender,
        status: 'awarded',
        awardedSupplierId: supplierS,
        contractId: ids.contract,
      });
      expect(
        (await get('/api/v1/public/board/contracts')).body.items.map(
          (i: { contractId: string }) => i.contractId,
        ),
      ).toEqual([ids.contract]);
      expect((await get('/api/v1/public/board/open-tenders')).body.items).toEqual([]);
    });

    it('searches the log for the auditor only', async () => {
      const res = await get(
        `/api/v1/audit/events?type=TenderAwarded&minPosition=${positions.paid}`,
        t.auditor,
      );
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({
        actor: officerSub,
        role: 'agency_officer',
        position: positions.awarded,
      });
      const byActor = await get(`/api/v1/audit/events?actor=${officerSub}&limit=500`, t.auditor);
      expect(byActor.body.items.every((e: { actor: string }) => e.actor === officerSub)).toBe(true);
      expectProblem(await get('/api/v1/audit/events', t.supervisor), 403, 'FORBIDDEN');
      expectProblem(
        await get('/api/v1/audit/events?from=yesterday', t.auditor),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('serves accountability and red flags to supervisors and auditors', async () => {
      const contract = await get(
        `/api/v1/accountability/contracts/${ids.contract}?minPosition=${positions.paid}`,
        t.supervisor,
      );
      expect(contract.status).toBe(200);
      expect(contract.body).toMatchObject({
        contractId: ids.contract,
        milestones: expect.any(Array),
      });
      const supplier = await get(`/api/v1/accountability/suppliers/${supplierS}`, t.auditor);
      expect(supplier.status).toBe(200);
      expect(supplier.body.contractsSigned).toBe(1);
      expect((await get('/api/v1/accountability/agencies', t.auditor)).status).toBe(200);
      // A direct commission is a single bid, but not on a competitive method: no SINGLE_BID flag.
      const flags = await get(
        `/api/v1/red-flags?entity=tender:${ids.tender}&minPosition=${positions.paid}`,
        t.supervisor,
      );
      expect(flags.status).toBe(200);
      expect(flags.body.items.filter((f: { code: string }) => f.code === 'SINGLE_BID')).toEqual([]);
      expectProblem(await get('/api/v1/red-flags', t.finance), 403, 'FORBIDDEN');
      expectProblem(await get('/api/v1/accountability/suppliers'), 401, 'UNAUTHENTICATED');
      expectProblem(await get('/api/v1/red-flags?code=NOPE', t.auditor), 400, 'VALIDATION_FAILED');
    });

    it('verifies the hash chain over HTTP for the auditor, whole and by range', async () => {
      const head = (await store.head()).position;
      const whole = await get('/api/v1/audit/verify', t.auditor);
      expect(whole.status).toBe(200);
      expect(whole.body).toMatchObject({ ok: true, checked: head });
      const range = await get(`/api/v1/audit/verify?from=2&to=5`, t.auditor);
      expect(range.body).toMatchObject({ ok: true, from: 2, to: 5, checked: 4 });
      expectProblem(
        await get('/api/v1/audit/verify?from=5&to=2', t.auditor),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await get('/api/v1/audit/verify', t.supervisor), 403, 'FORBIDDEN');
    });

    it('answers 504 PROJECTION_TIMEOUT naming the projection, its position and the one asked for', async () => {
      const head = (await store.head()).position;
      const wanted = head + 1_000;
      const started = Date.now();
      const res = await get(`/api/v1/blacklist?minPosition=${wanted}&maxWaitMs=150`);
      expectProblem(res, 504, 'PROJECTION_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(res.body.detail).toContain('blacklist');
      expect(res.body.detail).toContain(String(wanted));
      expect(res.body).toMatchObject({
        projection: 'blacklist',
        minPosition: wanted,
        position: expect.any(Number),
      });
      expectProblem(await get('/api/v1/blacklist?minPosition=-1'), 400, 'VALIDATION_FAILED');
    });

    it('refuses unknown query parameters on routes that declare none, and keeps the declared ones', async () => {
      const refused: [string, string | undefined][] = [
        [`/api/v1/tenders/${ids.tender}?zzz=1`, t.auditor],
        [`/api/v1/tenders/${ids.tender}/bids?zzz=1`, t.auditor],
        [`/api/v1/public/tenders/${ids.tender}?zzz=1`, undefined],
        [`/api/v1/contracts/${ids.contract}?zzz=1`, t.auditor],
        [`/api/v1/public/contracts/${ids.contract}?zzz=1`, undefined],
        [`/api/v1/audit/bundle?tenderId=${ids.tender}&zzz=1`, t.auditor],
        ['/log/checkpoints?limit=1&zzz=1', undefined],
        ['/api/v1/events?live=false&zzz=1', t.auditor],
        ['/api/v1/blacklist?zzz=1', undefined],
      ];
      for (const [url, token] of refused) {
        const res = await get(url, token);
        expectProblem(res, 400, 'VALIDATION_FAILED');
        expect({ url, errors: res.body.errors }).toEqual({
          url,
          errors: [{ field: 'zzz', messages: [expect.stringContaining('zzz should not exist')] }],
        });
      }
      for (const [url, token] of [
        [`/api/v1/tenders/${ids.tender}`, t.auditor],
        // Read-your-writes parameters on a read answered from the log: accepted, and moot.
        [`/api/v1/tenders/${ids.tender}?minPosition=1&maxWaitMs=10`, t.auditor],
        [`/api/v1/public/contracts/${ids.contract}?minPosition=1`, undefined],
        [`/api/v1/audit/bundle?tenderId=${ids.tender}`, t.auditor],
        ['/log/checkpoints?limit=1', undefined],
        ['/api/v1/events?live=false&fromPosition=1', t.auditor],
      ] as const)
        expect({ url, status: (await get(url, token)).status }).toEqual({ url, status: 200 });
    });

    it('shows projection lag in /metrics and /health/ready', async () => {
      await get(`/api/v1/public/board/awards?minPosition=${positions.paid}`);
      const metrics = await get('/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
      for (const name of [
        'audit',
        'blacklist',
        'budget_execution',
        'tender_board',
        'accountability',
        'red_flags',
      ]) {
        expect(metrics.text).toMatch(
          new RegExp(`^ledger_projection_lag_events\\{projection="${name}"\\} \\d+$`, 'm'),
        );
      }
      expect(metrics.text).toMatch(/^ledger_event_store_head_position \d+$/m);
      expect(metrics.text).toMatch(
        /^ledger_http_requests_total\{method="POST",route="\/api\/v1\/contracts",status="201"\} 1$/m,
      );
      expect(metrics.text).toMatch(
        /^ledger_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/v1\/public\/board\/awards"\} \d+$/m,
      );
      // No KAFKA_BROKERS: no relay here, so no relay series (an absent series, not a false 0).
      expect(metrics.text).not.toMatch(/^ledger_relay_/m);
      const ready = await get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.details.projections).toMatchObject({ status: 'up', mode: 'in-process' });
      expect(ready.body.details.projections.projections.audit).toMatchObject({
        state: 'running',
        lag: expect.any(Number),
      });
    });

    describe('blacklist', () => {
      beforeAll(async () => {
        positions.beforeDebarment = lastPosition;
        ids.debarment = (
          await post(t.supervisor, `/api/v1/suppliers/${supplierT}/debarments`, {
            grounds: 'Falsified visit logs',
            authority: 'Municipal Finance Bureau',
            evidenceEventIds: [(await store.readStream(`supplier-${supplierT}`))[0]!.eventId],
          })
        ).id;
        positions.debarred = lastPosition;
      });

      it('publishes current debarments without evidence, to anyone', async () => {
        const res = await get(`/api/v1/blacklist?minPosition=${positions.debarred}`);
        expect(res.status).toBe(200);
        expect(res.body.items).toEqual([
          expect.objectContaining({
            supplierId: supplierT,
            grounds: 'Falsified visit logs',
            authority: 'Municipal Finance Bureau',
          }),
        ]);
        expect(res.body.items[0].evidenceEventIds).toBeUndefined();
      });

      it('refuses a cursor that is not one of its own with 400, like every other list', async () => {
        for (const cursor of [
          'garbage',
          '-1',
          'NaN',
          '%00',
          Buffer.from('-1').toString('base64url'),
          Buffer.from('1.5').toString('base64url'),
          Buffer.from('01').toString('base64url'),
        ]) {
          const res = await get(`/api/v1/blacklist?cursor=${cursor}`);
          expectProblem(res, 400, 'VALIDATION_FAILED');
          expect({ cursor, errors: res.body.errors }).toEqual({
            cursor,
            errors: [{ field: 'cursor', messages: ['Malformed cursor'] }],
          });
        }
        // A well-formed cursor past the end is an empty last page.
        const past = await get(
          `/api/v1/blacklist?cursor=${Buffer.from('7').toString('base64url')}`,
        );
        expect(past.status).toBe(200);
        expect(past.body).toMatchObject({ items: [], nextCursor: null });
      });

      it('gives the full history to supervisors and auditors only', async () => {
        const res = await get(`/api/v1/blacklist/history?supplierId=${supplierT}`, t.auditor);
        expect(res.status).toBe(200);
        expect(res.body.items[0]).toMatchObject({
          supplierId: supplierT,
          evidenceEventIds: expect.any(Array),
        });
        expect((await get('/api/v1/blacklist/history', t.supervisor)).status).toBe(200);
        expectProblem(await get('/api/v1/blacklist/history'), 401, 'UNAUTHENTICATED');
        expectProblem(await get('/api/v1/blacklist/history', t.officer), 403, 'FORBIDDEN');
      });

      it('answers "was X debarred at T" from the log', async () => {
        const now = await get(
          `/api/v1/blacklist/${supplierT}/at?instant=${encodeURIComponent(clock.iso(1))}`,
        );
        expect(now.body).toMatchObject({
          supplierId: supplierT,
          debarred: true,
          debarment: { grounds: 'Falsified visit logs' },
        });
        const before = await get(
          `/api/v1/blacklist/${supplierT}/at?instant=${encodeURIComponent(clock.iso(-1))}`,
        );
        expect(before.body).toMatchObject({ debarred: false, debarment: null });
        expect((await get(`/api/v1/blacklist/${supplierS}/at`)).body.debarred).toBe(false);
        expectProblem(await get(`/api/v1/blacklist/${uuidv7()}/at`), 404, 'NOT_FOUND');
      });
    });
  });
});

/**
 * The relay's wiring without a broker: KAFKA_BROKERS points at a closed port, so the in-process
 * relay keeps retrying while appends pile up behind its checkpoint, and /metrics says so.
 */
describe('/metrics with the in-process relay and an unreachable broker', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    ({ app } = await createApp({
      LEDGER_STORE: 'memory',
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: '127.0.0.1:1',
      KAFKA_TOPIC_PREFIX: 'e2e-unreachable',
    }));
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  }, 30_000);

  it('reports the lag growing with every append and the relay as retrying, not up', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const meta = {
      actor: uuidv7(),
      role: 'supervisor',
      correlationId: uuidv7(),
      commandId: uuidv7(),
      occurredAt: '2026-03-10T09:00:00.000Z',
    };
    const supplierId = uuidv7();
    const appended = await store.append(
      `supplier-${supplierId}`,
      [1, 2, 3].map(() => ({ type: 'SupplierNoted', data: { supplierId }, metadata: meta })),
      { expectedRevision: 'any' },
    );
    const deadline = Date.now() + 20_000;
    let text = '';
    // kafkajs gives up on a refused connection after its own few retries; then the relay backs off.
    while (Date.now() < deadline) {
      text = (await request(app.getHttpServer()).get('/metrics')).text;
      if (/^ledger_relay_up\{state="retrying"\} 0$/m.test(text)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(text).toMatch(/^ledger_relay_up\{state="retrying"\} 0$/m);
    expect(text).toMatch(new RegExp(`^ledger_relay_lag ${appended.position}$`, 'm'));
    await store.append(
      `supplier-${supplierId}`,
      [{ type: 'SupplierNoted', data: { supplierId }, metadata: meta }],
      { expectedRevision: 'any' },
    );
    const after = (await request(app.getHttpServer()).get('/metrics')).text;
    expect(after).toMatch(new RegExp(`^ledger_relay_lag ${appended.position + 1}$`, 'm'));
  }, 30_000);
});
