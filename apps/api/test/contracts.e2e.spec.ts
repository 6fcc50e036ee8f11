import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE, refusalStream } from '@contract-ledger/application';
import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  evaluatorStream,
  contractStream,
  makePolicy,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Money,
} from '@contract-ledger/domain';
import {
  handleCommand,
  uuidv7,
  type EventStore,
  type RecordedEvent,
} from '@contract-ledger/event-store';
import { redFlags, redFlagsProjection } from '@contract-ledger/projections';
import { project } from '@contract-ledger/projections/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { createApp } from '../src/app';
import { hs256, inOneHour } from './support/tokens';

/** The API's acting instant: tests move it to put deliveries before or after their due dates. */
const clock = { now: new Date('2026-05-01T09:00:00.000Z') };
const at = (iso: string) => {
  clock.now = new Date(iso);
};

/** The API's clock and policy (createApp options, in place of the system clock and the policy file). */
const jurisdiction = {
  clock: () => clock.now,
  // Two failures (instead of the default three) so one contract's rejection and another's default debar-propose.
  policy: makePolicy({ failuresBeforeDebarmentProposal: 2 }),
};

const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });
const DIGEST = `sha256:${'a'.repeat(64)}`;

const ids = {
  agency: uuidv7(),
  otherAgency: uuidv7(),
  supplier: uuidv7(),
  otherSupplier: uuidv7(),
  debarredSupplier: uuidv7(),
  line: uuidv7(),
  smallLine: uuidv7(),
  officer: uuidv7(),
  otherOfficer: uuidv7(),
  supplierUser: uuidv7(),
  otherSupplierUser: uuidv7(),
  evaluator: uuidv7(),
  conflicted: uuidv7(),
  unassigned: uuidv7(),
  tenderEvaluator: uuidv7(),
  finance: uuidv7(),
  otherFinance: uuidv7(),
  // Evaluator independence: officer X drafts and awards, the finance officer opens the line, person p
  // registers the supplier and bids for it, another of its people reports deliveries.
  independenceLine: uuidv7(),
  independenceSupplier: uuidv7(),
  drafter: uuidv7(),
  bidWriter: uuidv7(),
  reporter: uuidv7(),
  independent: uuidv7(),
  supervisor: uuidv7(),
  auditor: uuidv7(),
  m1: uuidv7(),
  m2: uuidv7(),
};

function milestone(milestoneId: string, amountMinor: number, dueAt: string) {
  return {
    milestoneId,
    title: `Home visits ${dueAt.slice(0, 7)}`,
    dueAt,
    amount: cny(amountMinor),
    deliverables: ['Visit log'],
    indicators: [{ indicatorId: 'visits', description: 'Home visits made', target: '>= 400' }],
  };
}
const M1_DUE = '2026-06-30T23:59:59.000Z';
const M2_DUE = '2026-12-31T23:59:59.000Z';
const schedule = (m2Minor = 60_000_000) => [
  milestone(ids.m1, 40_000_000, M1_DUE),
  milestone(ids.m2, m2Minor, M2_DUE),
];
const signBody = (tenderId: string, over: Record<string, unknown> = {}) => ({
  tenderId,
  value: cny(100_000_000),
  advanceCapPercent: 0,
  milestones: schedule(),
  ...over,
});
const delivery = {
  evidenceDigests: [DIGEST],
  indicatorResults: [{ indicatorId: 'visits', value: '412', met: true }],
};

function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
}

describe('contracts over HTTP', () => {
  let app: NestFastifyApplication;
  let store: EventStore;
  let dataDir: string;
  let secret: Buffer;
  const http = () => request(app.getHttpServer());
  const bearer = (claims: object) => `Bearer ${hs256({ exp: inOneHour(), ...claims }, secret)}`;
  const as = {
    officer: () => bearer({ sub: ids.officer, role: 'agency_officer', agencyId: ids.agency }),
    otherOfficer: () =>
      bearer({ sub: ids.otherOfficer, role: 'agency_officer', agencyId: ids.otherAgency }),
    supplier: () => bearer({ sub: ids.supplierUser, role: 'supplier', supplierId: ids.supplier }),
    otherSupplier: () =>
      bearer({ sub: ids.otherSupplierUser, role: 'supplier', supplierId: ids.otherSupplier }),
    evaluator: () => bearer({ sub: ids.evaluator, role: 'evaluator' }),
    conflicted: () => bearer({ sub: ids.conflicted, role: 'evaluator' }),
    unassigned: () => bearer({ sub: ids.unassigned, role: 'evaluator' }),
    finance: () => bearer({ sub: ids.finance, role: 'finance_officer', agencyId: ids.agency }),
    otherFinance: () =>
      bearer({ sub: ids.otherFinance, role: 'finance_officer', agencyId: ids.otherAgency }),
    supervisor: () => bearer({ sub: ids.supervisor, role: 'supervisor' }),
    auditor: () => bearer({ sub: ids.auditor, role: 'auditor' }),
  };
  const post = (url: string, token: string, body?: object) => {
    const req = http().post(url).set('Authorization', token);
    return body === undefined ? req : req.send(body);
  };

  const seedMetadata = () => ({
    actor: 'test-setup',
    role: 'system',
    correlationId: uuidv7(),
    commandId: uuidv7(),
    occurredAt: new Date().toISOString(),
  });
  // Setup goes through the real deciders, so the events are exactly what the domain would record.
  async function run<S, C extends DomainCommand, E extends DomainEvent>(
    stream: string,
    decider: Decider<S, C, E>,
    command: C,
    metadata: object = {},
  ): Promise<void> {
    await handleCommand(store, stream, decider, command, {
      metadata: { ...seedMetadata(), ...metadata },
    });
  }
  /** The metadata the API records for an actor of a scoped role. */
  const actingFor = (actor: string, role: string, scope: string) => ({ actor, role, scope });
  const events = (stream: string): Promise<readonly RecordedEvent[]> => store.readStream(stream);
  const types = async (stream: string) => (await events(stream)).map((e) => e.type);
  const revision = (stream: string) => store.streamRevision(stream);

  async function registerSupplier(supplierId: string, by: object = {}): Promise<void> {
    await run(
      supplierStream(supplierId),
      supplierDecider,
      {
        type: 'RegisterSupplier',
        data: {
          supplierId,
          kind: 'social_organisation',
          name: `Care org ${supplierId.slice(-4)}`,
          registrationNumber: `REG-${supplierId.slice(-6)}`,
          at: '2026-01-05T09:00:00.000Z',
        },
      },
      by,
    );
    await run(supplierStream(supplierId), supplierDecider, {
      type: 'AssessQualification',
      data: {
        supplierId,
        governanceScore: 90,
        financeScore: 90,
        serviceQualityScore: 90,
        assessor: 'Assessment bureau',
        validUntil: '2028-01-01T00:00:00.000Z',
        at: '2026-01-10T09:00:00.000Z',
      },
    });
  }

  async function openLine(
    budgetLineId: string,
    amountMinor: number,
    by: object = {},
  ): Promise<void> {
    await run(
      budgetStream(budgetLineId),
      budgetLineDecider,
      {
        type: 'OpenBudgetLine',
        data: {
          budgetLineId,
          agencyId: ids.agency,
          fiscalYear: 2026,
          category: 'elderly_care',
          amount: cny(amountMinor),
          at: '2026-01-02T09:00:00.000Z',
        },
      },
      by,
    );
  }

  /**
   * A direct commission from draft to opening, with `supplierId`'s bid; `panel` evaluators join the
   * tender's evaluator (and a conflicted one, who declares) without declaring anything.
   */
  async function openedTender(
    budgetLineId: string,
    supplierId: string,
    options: {
      conflictedEvaluator?: string;
      officer?: object;
      bidder?: object;
      panel?: readonly string[];
    } = {},
  ): Promise<{
    tenderId: string;
    bidId: string;
    panel: string[];
    tender: (type: string, data: Record<string, unknown>) => Promise<void>;
  }> {
    const tenderId = uuidv7();
    const bidId = uuidv7();
    const stream = tenderStream(tenderId);
    const policy = makePolicy();
    // Who acts: the officer for the agency, the bidder's person for its bid, the rest as set-up.
    const actor = (type: string) =>
      type === 'SubmitBid'
        ? options.bidder
        : ['ScoreBid', 'DeclareConflict'].includes(type)
          ? undefined
          : options.officer;
    const tender = (type: string, data: Record<string, unknown>) =>
      run(stream, tenderDecider, { type, data: { tenderId, ...data } } as never, actor(type));
    await tender('DraftTender', {
      agencyId: ids.agency,
      budgetLineId,
      method: 'direct_commission',
      title: 'Home care for elderly residents',
      serviceCategory: 'elderly_care',
      estimatedValue: cny(105_000_000),
      criteria: [
        { criterionId: 'quality', name: 'Service quality', weight: 60 },
        { criterionId: 'price', name: 'Price', weight: 40 },
      ],
      eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
      contractType: 'core_long_term',
      paymentModel: 'outcome_based',
      directCommission: {
        supplierId,
        justification: 'Only 5A provider in the district',
        supplierRating: '5A',
      },
      budgetLine: { agencyId: ids.agency, currency: 'CNY' },
      at: '2026-03-01T09:00:00.000Z',
      policy,
    });
    await tender('PublishTender', {
      deadline: '2026-03-20T09:00:00.000Z',
      at: '2026-03-02T09:00:00.000Z',
      policy,
    });
    // Seeded by hand: the officer is the buyer's only known staff, the evaluators are outsiders.
    const buyer = { staffIds: [ids.officer] };
    await tender('AssignEvaluator', {
      evaluatorId: ids.tenderEvaluator,
      assignedBy: ids.officer,
      buyer,
      at: '2026-03-03T09:00:00.000Z',
    });
    const panel = [ids.tenderEvaluator, ...(options.panel ?? [])];
    for (const evaluatorId of options.panel ?? []) {
      await tender('AssignEvaluator', {
        evaluatorId,
        assignedBy: ids.officer,
        buyer,
        at: '2026-03-03T09:00:00.000Z',
      });
    }
    if (options.conflictedEvaluator) {
      panel.push(options.conflictedEvaluator);
      await tender('AssignEvaluator', {
        evaluatorId: options.conflictedEvaluator,
        assignedBy: ids.officer,
        buyer,
        at: '2026-03-03T09:00:00.000Z',
      });
      await tender('DeclareConflict', {
        evaluatorId: options.conflictedEvaluator,
        supplierId,
        description: 'Former board member of the supplier',
        at: '2026-03-04T09:00:00.000Z',
      });
    }
    await tender('SubmitBid', {
      bidId,
      supplierId,
      price: cny(105_000_000),
      proposalDigest: 'b'.repeat(64),
      supplier: { registered: true, debarred: false, kind: 'social_organisation', rating: '5A' },
      at: '2026-03-10T09:00:00.000Z',
    });
    await tender('OpenBids', { at: '2026-03-21T09:00:00.000Z', policy });
    return { tenderId, bidId, panel, tender };
  }

  /** A direct commission from draft to award: the shortest real path to an award the contract can execute. */
  async function awardedTender(
    budgetLineId: string,
    supplierId: string,
    options: { conflictedEvaluator?: string; officer?: object; bidder?: object } = {},
  ): Promise<string> {
    const { tenderId, bidId, panel, tender } = await openedTender(
      budgetLineId,
      supplierId,
      options,
    );
    const stream = tenderStream(tenderId);
    const policy = makePolicy();
    const buyer = { staffIds: [ids.officer] };
    await tender('ScoreBid', {
      bidId,
      evaluatorId: ids.tenderEvaluator,
      scores: [
        { criterionId: 'quality', score: 85 },
        { criterionId: 'price', score: 80 },
      ],
      evaluatorAgencyId: null,
      buyer,
      bidderStaff: { [supplierId]: [] },
      evaluatorConflictSupplierIds: [],
      at: '2026-03-22T09:00:00.000Z',
    });
    await tender('AwardTender', {
      bidId,
      debarredSupplierIds: [],
      bidderStaff: { [supplierId]: [] },
      panelConflicts: Object.fromEntries(panel.map((evaluatorId) => [evaluatorId, []])),
      at: '2026-03-25T09:00:00.000Z',
      policy,
    });
    expect((await types(stream)).at(-1)).toBe('TenderAwarded');
    return tenderId;
  }

  let tender1: string;
  let tender2: string;
  let contractId: string;
  let secondContractId: string;
  const contract = () => `/api/v1/contracts/${contractId}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-contracts-'));
    ({ app } = await createApp({ LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, jurisdiction));
    await app.getHttpAdapter().getInstance().ready();
    secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
    store = app.get<EventStore>(EVENT_STORE);

    await registerSupplier(ids.supplier);
    await registerSupplier(ids.otherSupplier);
    await registerSupplier(ids.debarredSupplier);
    await openLine(ids.line, 300_000_000);
    tender1 = await awardedTender(ids.line, ids.supplier, { conflictedEvaluator: ids.conflicted });
    tender2 = await awardedTender(ids.line, ids.supplier);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('signing (POST /api/v1/contracts)', () => {
    it.each([
      ['a finance officer', () => as.finance()],
      ['a supplier', () => as.supplier()],
      ['an evaluator', () => as.evaluator()],
      ['a supervisor', () => as.supervisor()],
    ])('is refused to %s: 403 FORBIDDEN', async (_name, token) => {
      expectProblem(await post('/api/v1/contracts', token(), signBody(tender1)), 403, 'FORBIDDEN');
    });

    it('is refused to an officer of another agency, and needs a token at all', async () => {
      expectProblem(
        await post('/api/v1/contracts', as.otherOfficer(), signBody(tender1)),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await http().post('/api/v1/contracts').send(signBody(tender1)),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('refuses a value above the award (409 CONTRACT_VALUE_EXCEEDS_AWARD) and writes nothing anywhere', async () => {
      const before = (await store.head()).position;
      const res = await post(
        '/api/v1/contracts',
        as.officer(),
        signBody(tender1, { value: cny(106_000_000), milestones: schedule(66_000_000) }),
      );
      expectProblem(res, 409, 'CONTRACT_VALUE_EXCEEDS_AWARD');
      expect((await store.head()).position).toBe(before);
    });

    it('refuses an unknown tender (404 TENDER_NOT_FOUND) and invalid input (400 with the fields)', async () => {
      expectProblem(
        await post('/api/v1/contracts', as.officer(), signBody(uuidv7())),
        404,
        'TENDER_NOT_FOUND',
      );
      const res = await post(
        '/api/v1/contracts',
        as.officer(),
        signBody('not-a-uuid', { value: { amountMinor: 1.5, currency: 'cny' }, extra: 1 }),
      );
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'extra',
        'tenderId',
        'value.amountMinor',
        'value.currency',
      ]);
    });

    it('signs the award and commits its value on the budget line in the same append', async () => {
      at('2026-05-01T09:00:00.000Z');
      const res = await post('/api/v1/contracts', as.officer(), signBody(tender1)).set(
        'Idempotency-Key',
        'sign-1',
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        revision: 1,
        position: expect.any(Number),
        receipt: { events: expect.any(Array) },
      });
      // One append, two streams (the contract and the budget line): one receipt entry per event.
      const receipted = res.body.receipt.events as { position: number }[];
      expect(receipted.map((e) => e.position)).toEqual([res.body.position - 1, res.body.position]);
      expect(res.headers.etag).toBe('"1"');
      contractId = res.body.id;

      const [signed] = await events(contractStream(contractId));
      expect(signed).toMatchObject({
        type: 'ContractSigned',
        data: {
          agencyId: ids.agency,
          supplierId: ids.supplier,
          tenderId: tender1,
          budgetLineId: ids.line,
          signedBy: ids.officer,
          signedAt: '2026-05-01T09:00:00.000Z',
          awardedAmount: cny(105_000_000),
          value: cny(100_000_000),
        },
        metadata: {
          actor: ids.officer,
          role: 'agency_officer',
          scope: `agency:${ids.agency}`,
          commandId: 'sign-1',
        },
      });
      const committed = (await events(budgetStream(ids.line))).at(-1)!;
      expect(committed).toMatchObject({
        type: 'FundsCommitted',
        data: { contractId, tenderId: tender1, amount: cny(100_000_000) },
      });
      // One atomic append: consecutive positions, the contract's last.
      expect(res.body.position).toBe(Math.max(signed!.position, committed.position));
      expect(Math.abs(signed!.position - committed.position)).toBe(1);
    });

    it('replays the same Idempotency-Key without signing twice', async () => {
      const res = await post('/api/v1/contracts', as.officer(), signBody(tender1)).set(
        'Idempotency-Key',
        'sign-1',
      );
      expect(res.status).toBe(201);
      expect(res.body.id).toBe(contractId);
      expect(res.headers['idempotent-replayed']).toBe('true');
    });

    it('signs an award once: a second contract for it is 409 TENDER_ALREADY_CONTRACTED, budget untouched', async () => {
      const before = await revision(budgetStream(ids.line));
      expectProblem(
        await post('/api/v1/contracts', as.officer(), signBody(tender1)),
        409,
        'TENDER_ALREADY_CONTRACTED',
      );
      expect(await revision(budgetStream(ids.line))).toBe(before);
    });

    it('refuses a supplier debarred now (409 SUPPLIER_DEBARRED), even though the award predates the debarment', async () => {
      const tender = await awardedTender(ids.line, ids.debarredSupplier);
      // Evidence names a real event about the supplier: its registration.
      const [registration] = await events(supplierStream(ids.debarredSupplier));
      await run(supplierStream(ids.debarredSupplier), supplierDecider, {
        type: 'DebarSupplier',
        data: {
          supplierId: ids.debarredSupplier,
          debarmentId: uuidv7(),
          grounds: 'Falsified visit logs',
          authority: 'Civil affairs bureau',
          evidenceEventIds: [registration!.eventId],
          evidence: [{ eventId: registration!.eventId, supplierId: ids.debarredSupplier }],
          at: '2026-04-20T09:00:00.000Z',
          policy: makePolicy(),
        },
      });
      const before = await revision(budgetStream(ids.line));
      expectProblem(
        await post('/api/v1/contracts', as.officer(), signBody(tender)),
        409,
        'SUPPLIER_DEBARRED',
      );
      expect(await revision(budgetStream(ids.line))).toBe(before);
    });
  });

  describe('reading', () => {
    it('shows the contract with milestones to its agency, supplier and oversight; ETag is the revision', async () => {
      for (const token of [
        as.officer(),
        as.finance(),
        as.supplier(),
        as.supervisor(),
        as.auditor(),
      ]) {
        const res = await http().get(contract()).set('Authorization', token).expect(200);
        expect(res.headers.etag).toBe('"1"');
        expect(res.body).toMatchObject({
          contractId,
          status: 'active',
          value: cny(100_000_000),
          revision: 1,
        });
        expect(res.body.milestones[0]).toMatchObject({
          milestoneId: ids.m1,
          accepted: cny(0),
          paid: cny(0),
          delivery: null,
          evaluation: null,
        });
      }
    });

    it.each([
      ['an officer of another agency', () => as.otherOfficer()],
      ['another supplier', () => as.otherSupplier()],
      ['an unassigned evaluator', () => as.unassigned()],
    ])('is refused to %s: 403', async (_name, token) => {
      expectProblem(await http().get(contract()).set('Authorization', token()), 403, 'FORBIDDEN');
    });

    it('answers 404 for an unknown contract and 400 for a malformed id', async () => {
      expectProblem(
        await http().get(`/api/v1/contracts/${uuidv7()}`).set('Authorization', as.auditor()),
        404,
        'CONTRACT_NOT_FOUND',
      );
      expectProblem(
        await http().get('/api/v1/contracts/123').set('Authorization', as.auditor()),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('publishes signed contracts without a token and without personal data', async () => {
      const res = await http().get(`/api/v1/public/contracts/${contractId}`).expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        contractId,
        supplierId: ids.supplier,
        value: cny(100_000_000),
        status: 'active',
      });
      expect(res.text).not.toContain(ids.officer);
      expect(res.body).not.toHaveProperty('signedBy');
      expect(res.body).not.toHaveProperty('evaluatorIds');
    });
  });

  describe('evaluators (POST /contracts/{id}/evaluators)', () => {
    it('are assigned by the buying agency only', async () => {
      expectProblem(
        await post(`${contract()}/evaluators`, as.finance(), { evaluatorId: ids.evaluator }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await post(`${contract()}/evaluators`, as.otherOfficer(), { evaluatorId: ids.evaluator }),
        403,
        'FORBIDDEN',
      );
      expect(
        (await post(`${contract()}/evaluators`, as.officer(), { evaluatorId: ids.evaluator }))
          .status,
      ).toBe(201);
      // Conflicted with the supplier on the contract's tender: refused at assignment, nothing written.
      expectProblem(
        await post(`${contract()}/evaluators`, as.officer(), { evaluatorId: ids.conflicted }),
        409,
        'EVALUATOR_CONFLICTED',
      );
      expect(await revision(contractStream(contractId))).toBe(2);
      // An assignment recorded before the rule existed, as the contract's log may hold it: the
      // evaluation refuses it too (evaluations, below).
      await run(contractStream(contractId), contractDecider, {
        type: 'AssignContractEvaluator',
        data: {
          contractId,
          evaluatorId: ids.conflicted,
          assignedBy: ids.officer,
          at: '2026-05-02T09:00:00.000Z',
          buyer: { staffIds: [] },
          supplier: { staffIds: [] },
          evaluatorConflictSupplierIds: [],
        },
      });
      expect(await revision(contractStream(contractId))).toBe(3);
    });

    it('the signing officer cannot evaluate its own contract: 409 EVALUATOR_IS_BUYER', async () => {
      expectProblem(
        await post(`${contract()}/evaluators`, as.officer(), { evaluatorId: ids.officer }),
        409,
        'EVALUATOR_IS_BUYER',
      );
    });
  });

  describe('deliveries (POST /contracts/{id}/milestones/{m}/deliveries)', () => {
    it('are reported by the contract supplier only', async () => {
      at('2026-06-15T10:00:00.000Z');
      const url = `${contract()}/milestones/${ids.m1}/deliveries`;
      expectProblem(await post(url, as.otherSupplier(), delivery), 403, 'FORBIDDEN');
      expectProblem(await post(url, as.officer(), delivery), 403, 'FORBIDDEN');
      const res = await post(url, as.supplier(), delivery);
      expect(res.status).toBe(201);
      const reported = (await events(contractStream(contractId))).at(-1)!;
      expect(reported).toMatchObject({
        type: 'DeliveryReported',
        data: { milestoneId: ids.m1, late: false, reportedBy: ids.supplierUser },
      });
    });

    it('refuses an unknown milestone (409 MILESTONE_UNKNOWN) and a missing indicator (409 INDICATOR_RESULTS_INCOMPLETE)', async () => {
      expectProblem(
        await post(`${contract()}/milestones/${uuidv7()}/deliveries`, as.supplier(), delivery),
        409,
        'MILESTONE_UNKNOWN',
      );
      expectProblem(
        await post(`${contract()}/milestones/${ids.m2}/deliveries`, as.supplier(), {
          ...delivery,
          indicatorResults: [],
        }),
        409,
        'INDICATOR_RESULTS_INCOMPLETE',
      );
    });
  });

  describe('evaluations (POST /contracts/{id}/milestones/{m}/evaluations)', () => {
    const partial = {
      verdict: 'partially_accepted',
      acceptedShareBps: 7_500,
      score: 70,
      comments: 'Three quarters verified',
    };

    it('are refused to an evaluator not assigned to the contract, and to other roles', async () => {
      const url = `${contract()}/milestones/${ids.m1}/evaluations`;
      expectProblem(await post(url, as.unassigned(), partial), 403, 'FORBIDDEN');
      expectProblem(await post(url, as.officer(), partial), 403, 'FORBIDDEN');
      expectProblem(await post(url, as.supplier(), partial), 403, 'FORBIDDEN');
    });

    it('are refused to an assigned evaluator that declared a conflict with the supplier on the tender: 409 EVALUATOR_CONFLICTED', async () => {
      expectProblem(
        await post(`${contract()}/milestones/${ids.m1}/evaluations`, as.conflicted(), partial),
        409,
        'EVALUATOR_CONFLICTED',
      );
    });

    it('refuses an evaluation of an undelivered milestone: 409 DELIVERY_NOT_REPORTED', async () => {
      expectProblem(
        await post(`${contract()}/milestones/${ids.m2}/evaluations`, as.evaluator(), partial),
        409,
        'DELIVERY_NOT_REPORTED',
      );
    });

    it('records a partial acceptance: the accepted amount is the share of the milestone', async () => {
      at('2026-07-10T10:00:00.000Z');
      const res = await post(
        `${contract()}/milestones/${ids.m1}/evaluations`,
        as.evaluator(),
        partial,
      );
      expect(res.status).toBe(201);
      const view = await http().get(contract()).set('Authorization', as.officer()).expect(200);
      expect(view.body.milestones[0]).toMatchObject({
        accepted: cny(30_000_000),
        paid: cny(0),
        payable: cny(30_000_000),
      });
      expect(view.body.milestones[0].evaluation).toMatchObject({
        verdict: 'partially_accepted',
        evaluatorId: ids.evaluator,
      });
    });
  });

  describe('disbursements (POST /contracts/{id}/disbursements)', () => {
    const pay = (amountMinor: number) => ({
      kind: 'milestone',
      milestoneId: ids.m1,
      amount: cny(amountMinor),
    });

    it('are refused to officers and to finance officers of another agency', async () => {
      expectProblem(
        await post(`${contract()}/disbursements`, as.officer(), pay(1)),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await post(`${contract()}/disbursements`, as.otherFinance(), pay(1)),
        403,
        'FORBIDDEN',
      );
    });

    it('beyond the accepted share: 409 DISBURSEMENT_EXCEEDS_ACCEPTED, nothing written to either stream', async () => {
      const before = [
        await revision(contractStream(contractId)),
        await revision(budgetStream(ids.line)),
      ];
      expectProblem(
        await post(`${contract()}/disbursements`, as.finance(), pay(30_000_001)),
        409,
        'DISBURSEMENT_EXCEEDS_ACCEPTED',
      );
      expect([
        await revision(contractStream(contractId)),
        await revision(budgetStream(ids.line)),
      ]).toEqual(before);
    });

    it('within the accepted share: paid on the contract and recorded on the budget line together', async () => {
      at('2026-07-20T10:00:00.000Z');
      const res = await post(`${contract()}/disbursements`, as.finance(), pay(30_000_000));
      expect(res.status).toBe(201);
      const paid = (await events(contractStream(contractId))).at(-1)!;
      expect(paid).toMatchObject({
        type: 'FundsDisbursed',
        data: { disbursementId: res.body.disbursementId, cashPaid: cny(30_000_000) },
      });
      const recorded = (await events(budgetStream(ids.line))).at(-1)!;
      expect(recorded).toMatchObject({
        type: 'DisbursementRecorded',
        data: { contractId, disbursementId: res.body.disbursementId, amount: cny(30_000_000) },
      });
      expect(Math.abs(paid.position - recorded.position)).toBe(1);
      const view = await http().get(contract()).set('Authorization', as.finance()).expect(200);
      expect(view.body.milestones[0]).toMatchObject({
        accepted: cny(30_000_000),
        paid: cny(30_000_000),
        payable: cny(0),
      });
    });

    it('refuses an advance the contract does not allow: 409 ADVANCE_NOT_ALLOWED', async () => {
      expectProblem(
        await post(`${contract()}/disbursements`, as.finance(), {
          kind: 'advance',
          amount: cny(1),
        }),
        409,
        'ADVANCE_NOT_ALLOWED',
      );
    });
  });

  describe('amendments', () => {
    const amendment = (newValue: number, m2: number, extra: Record<string, unknown> = {}) => ({
      rationale: 'scope_change',
      justification: 'More elders enrolled',
      newValue: cny(newValue),
      milestones: schedule(m2),
      ...extra,
    });

    it('under the threshold: recorded, and the raise committed on the budget line atomically', async () => {
      const res = await post(
        `${contract()}/amendments`,
        as.officer(),
        amendment(105_000_000, 65_000_000),
      );
      expect(res.status).toBe(201);
      expect((await events(budgetStream(ids.line))).at(-1)).toMatchObject({
        type: 'FundsCommitted',
        data: { contractId, amount: cny(5_000_000), contractTotal: cny(105_000_000) },
      });
    });

    it('past the threshold without approval: 409 AMENDMENT_NEEDS_SUPERVISOR_APPROVAL, nothing committed', async () => {
      const before = await revision(budgetStream(ids.line));
      expectProblem(
        await post(`${contract()}/amendments`, as.officer(), amendment(115_000_000, 75_000_000)),
        409,
        'AMENDMENT_NEEDS_SUPERVISOR_APPROVAL',
      );
      expect(await revision(budgetStream(ids.line))).toBe(before);
    });

    it('citing an approval that was never recorded: 409 AMENDMENT_APPROVAL_UNKNOWN', async () => {
      expectProblem(
        await post(
          `${contract()}/amendments`,
          as.officer(),
          amendment(115_000_000, 75_000_000, { supervisorApprovalId: uuidv7() }),
        ),
        409,
        'AMENDMENT_APPROVAL_UNKNOWN',
      );
    });

    it('past the threshold with a supervisor approval: recorded once, within the approved ceiling', async () => {
      expectProblem(
        await post(`${contract()}/amendment-approvals`, as.officer(), {
          maxNewValue: cny(115_000_000),
          justification: 'x',
        }),
        403,
        'FORBIDDEN',
      );
      const approval = await post(`${contract()}/amendment-approvals`, as.supervisor(), {
        maxNewValue: cny(115_000_000),
        justification: 'District merger',
      });
      expect(approval.status).toBe(201);
      const { approvalId } = approval.body;
      expectProblem(
        await post(
          `${contract()}/amendments`,
          as.officer(),
          amendment(120_000_000, 80_000_000, { supervisorApprovalId: approvalId }),
        ),
        409,
        'AMENDMENT_APPROVAL_EXCEEDED',
      );
      const res = await post(
        `${contract()}/amendments`,
        as.officer(),
        amendment(115_000_000, 75_000_000, { supervisorApprovalId: approvalId }),
      );
      expect(res.status).toBe(201);
      expect((await events(contractStream(contractId))).at(-1)).toMatchObject({
        type: 'ContractAmended',
        data: { supervisorApprovalId: approvalId, cumulativeChangeMinor: 15_000_000 },
      });
      expect((await events(budgetStream(ids.line))).at(-1)).toMatchObject({
        type: 'FundsCommitted',
        data: { amount: cny(10_000_000), contractTotal: cny(115_000_000) },
      });
      expectProblem(
        await post(
          `${contract()}/amendments`,
          as.officer(),
          amendment(115_000_001, 75_000_001, { supervisorApprovalId: approvalId }),
        ),
        409,
        'AMENDMENT_APPROVAL_USED',
      );
    });

    it('an evaluated milestone keeps its amount: 409 MILESTONE_LOCKED', async () => {
      const milestones = [
        milestone(ids.m1, 45_000_000, M1_DUE),
        milestone(ids.m2, 70_000_000, M2_DUE),
      ];
      expectProblem(
        await post(`${contract()}/amendments`, as.officer(), {
          ...amendment(115_000_000, 0),
          milestones,
        }),
        409,
        'MILESTONE_LOCKED',
      );
    });
  });

  describe('If-Match', () => {
    it('a stale ETag is 412 PRECONDITION_FAILED and writes nothing; the current one passes', async () => {
      const current = await revision(contractStream(contractId));
      const stale = await post(`${contract()}/suspend`, as.officer(), {
        reason: 'Safeguarding check',
      }).set('If-Match', `"${current - 1}"`);
      expectProblem(stale, 412, 'PRECONDITION_FAILED');
      expect(await revision(contractStream(contractId))).toBe(current);
      const res = await post(`${contract()}/suspend`, as.officer(), {
        reason: 'Safeguarding check',
      }).set('If-Match', `"${current}"`);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe(`"${current + 1}"`);
    });

    it('a stale ETag on a two-stream command is 412 too, and neither stream moves', async () => {
      const before = [
        await revision(contractStream(contractId)),
        await revision(budgetStream(ids.line)),
      ];
      const res = await post(`${contract()}/disbursements`, as.finance(), {
        kind: 'milestone',
        milestoneId: ids.m1,
        amount: cny(1),
      }).set('If-Match', '"1"');
      expectProblem(res, 412, 'PRECONDITION_FAILED');
      expect([
        await revision(contractStream(contractId)),
        await revision(budgetStream(ids.line)),
      ]).toEqual(before);
    });
  });

  describe('suspension and resumption', () => {
    it('a suspended contract takes no delivery (409 CONTRACT_SUSPENDED) until resumed', async () => {
      expect((await http().get(contract()).set('Authorization', as.officer())).body.status).toBe(
        'suspended',
      );
      expectProblem(
        await post(`${contract()}/milestones/${ids.m2}/deliveries`, as.supplier(), delivery),
        409,
        'CONTRACT_SUSPENDED',
      );
      expectProblem(await post(`${contract()}/resume`, as.supplier()), 403, 'FORBIDDEN');
      const res = await post(`${contract()}/resume`, as.officer());
      expect(res.status).toBe(200);
      expect((await events(contractStream(contractId))).at(-1)!.type).toBe('ContractResumed');
    });
  });

  describe('a late delivery, a rejection and completion', () => {
    it('flags a delivery after the due date as late', async () => {
      at('2027-01-10T10:00:00.000Z');
      expect(
        (await post(`${contract()}/milestones/${ids.m2}/deliveries`, as.supplier(), delivery))
          .status,
      ).toBe(201);
      const view = await http().get(contract()).set('Authorization', as.officer()).expect(200);
      expect(view.body.milestones[1].delivery).toMatchObject({
        late: true,
        reportedAt: '2027-01-10T10:00:00.000Z',
      });
    });

    it('completion before every milestone is evaluated: 409 MILESTONES_NOT_ALL_EVALUATED', async () => {
      expectProblem(
        await post(`${contract()}/complete`, as.officer()),
        409,
        'MILESTONES_NOT_ALL_EVALUATED',
      );
    });

    it('records a rejection (one supplier failure, below the proposal threshold: the supplier stream is untouched)', async () => {
      const before = await revision(supplierStream(ids.supplier));
      const res = await post(`${contract()}/milestones/${ids.m2}/evaluations`, as.evaluator(), {
        verdict: 'rejected',
        acceptedShareBps: 0,
        score: 20,
        comments: 'Visits not evidenced',
      });
      expect(res.status).toBe(201);
      expect(await revision(supplierStream(ids.supplier))).toBe(before);
      // The disbursement route now has nothing to pay for m2.
      expectProblem(
        await post(`${contract()}/disbursements`, as.finance(), {
          kind: 'milestone',
          milestoneId: ids.m2,
          amount: cny(1),
        }),
        409,
        'MILESTONE_NOT_ACCEPTED',
      );
    });

    it('completes the contract and, in the same append, returns the unpaid rest of its commitment to the budget line', async () => {
      const res = await post(`${contract()}/complete`, as.officer());
      expect(res.status).toBe(200);
      const completed = (await events(contractStream(contractId))).at(-1)!;
      expect(completed).toMatchObject({
        type: 'ContractCompleted',
        data: {
          acceptedTotal: cny(30_000_000),
          amountPaid: cny(30_000_000),
          value: cny(115_000_000),
        },
      });
      // 115,000.00 committed, 30,000.00 accepted and paid: nothing more is owed, 85,000.00 returns.
      const reduced = (await events(budgetStream(ids.line))).at(-1)!;
      expect(reduced).toMatchObject({
        type: 'CommitmentReduced',
        data: { contractId, amount: cny(85_000_000), contractTotal: cny(30_000_000) },
      });
      expect(reduced.metadata.commandId).toBe(completed.metadata.commandId);
      expectProblem(
        await post(`${contract()}/suspend`, as.officer(), { reason: 'x' }),
        409,
        'CONTRACT_COMPLETED',
      );
    });
  });

  describe('refusal records (DisbursementRefused)', () => {
    const payM2 = { kind: 'milestone', milestoneId: ids.m2, amount: cny(5_000_000) };
    const refusals = async () =>
      store.readAll({ filter: { streamPrefix: 'refusals-', types: ['DisbursementRefused'] } });

    it('a payment for a milestone with no accepted evaluation: the 409 unchanged, one record in refusals-<contractId> with the request metadata, the red flag raised', async () => {
      at('2027-01-20T10:00:00.000Z');
      const before = await revision(contractStream(contractId));
      const res = await post(`${contract()}/disbursements`, as.finance(), payM2).set(
        'Idempotency-Key',
        'pay-m2-unaccepted',
      );
      expectProblem(res, 409, 'MILESTONE_NOT_ACCEPTED');
      expect(await revision(contractStream(contractId))).toBe(before);

      const records = (await refusals()).filter(
        (e) => e.metadata.commandId === 'pay-m2-unaccepted',
      );
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        stream: refusalStream(contractId),
        type: 'DisbursementRefused',
        data: {
          contractId,
          agencyId: ids.agency,
          supplierId: ids.supplier,
          disbursementId: expect.any(String),
          kind: 'milestone',
          milestoneId: ids.m2,
          amount: cny(5_000_000),
          code: 'MILESTONE_NOT_ACCEPTED',
          reason: res.body.detail,
          attemptedBy: ids.finance,
          refusedAt: '2027-01-20T10:00:00.000Z',
        },
        metadata: {
          actor: ids.finance,
          role: 'finance_officer',
          correlationId: res.headers['x-correlation-id'],
          commandId: 'pay-m2-unaccepted',
        },
      });

      const rows = (await project(redFlagsProjection, await store.readAll())).rows(redFlags);
      expect(
        rows.find((f) => f.flagId === `DISBURSEMENT_BEFORE_ACCEPTANCE:${contractId}:${ids.m2}`),
      ).toMatchObject({
        code: 'DISBURSEMENT_BEFORE_ACCEPTANCE',
        entityKind: 'milestone',
        entityId: ids.m2,
        agencyId: ids.agency,
        supplierId: ids.supplier,
        contractId,
        eventIds: expect.arrayContaining([records[0]!.eventId]),
      });
    });

    it('an Idempotency-Key replay answers the same 409 without a second record', async () => {
      const count = (await refusals()).length;
      const replay = await post(`${contract()}/disbursements`, as.finance(), payM2).set(
        'Idempotency-Key',
        'pay-m2-unaccepted',
      );
      expectProblem(replay, 409, 'MILESTONE_NOT_ACCEPTED');
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect((await refusals()).length).toBe(count);
    });

    it('other refusals of the same route write no record: beyond the accepted share, out of scope', async () => {
      const head = (await store.head()).position;
      expectProblem(
        await post(`${contract()}/disbursements`, as.finance(), {
          kind: 'milestone',
          milestoneId: ids.m1,
          amount: cny(1),
        }),
        409,
        'DISBURSEMENT_EXCEEDS_ACCEPTED',
      );
      expectProblem(
        await post(`${contract()}/disbursements`, as.otherFinance(), payM2),
        403,
        'FORBIDDEN',
      );
      expect((await store.head()).position).toBe(head);
    });
  });

  describe('termination for default', () => {
    it('releases the unpaid commitment and, at the policy number of failures, proposes a debarment as the system, atomically', async () => {
      at('2027-02-01T09:00:00.000Z');
      const signed = await post(
        '/api/v1/contracts',
        as.officer(),
        signBody(tender2, {
          milestones: [milestone(uuidv7(), 100_000_000, '2027-12-31T00:00:00.000Z')],
        }),
      );
      expect(signed.status).toBe(201);
      secondContractId = signed.body.id;
      const url = `/api/v1/contracts/${secondContractId}/terminate`;
      expectProblem(
        await post(url, as.supplier(), { reason: 'for_default', explanation: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await post(url, as.officer(), { reason: 'bored', explanation: 'x' }),
        400,
        'VALIDATION_FAILED',
      );

      const res = await post(url, as.officer(), {
        reason: 'for_default',
        explanation: 'No visits made for two months',
      });
      expect(res.status).toBe(200);
      const terminated = (await events(contractStream(secondContractId))).at(-1)!;
      expect(terminated).toMatchObject({
        type: 'ContractTerminated',
        data: { reason: 'for_default' },
      });
      const released = (await events(budgetStream(ids.line))).at(-1)!;
      expect(released).toMatchObject({
        type: 'CommitmentReleased',
        data: { contractId: secondContractId, amount: cny(100_000_000) },
      });
      const proposed = (await events(supplierStream(ids.supplier))).at(-1)!;
      expect(proposed).toMatchObject({
        type: 'DebarmentProposed',
        metadata: { actor: 'system', role: 'system', causationId: terminated.metadata.commandId },
      });
      const rejection = (await events(contractStream(contractId))).find(
        (e) =>
          e.type === 'MilestoneEvaluated' && (e.data as { verdict: string }).verdict === 'rejected',
      )!;
      expect((proposed.data as { evidenceEventIds: string[] }).evidenceEventIds).toEqual([
        rejection.eventId,
        terminated.eventId,
      ]);
      const positions = [terminated.position, released.position, proposed.position].sort(
        (a, b) => a - b,
      );
      expect(positions[2]! - positions[0]!).toBe(2);
    });

    it('a terminated contract takes no more payments: 409 CONTRACT_TERMINATED', async () => {
      expectProblem(
        await post(`/api/v1/contracts/${secondContractId}/disbursements`, as.finance(), {
          kind: 'advance',
          amount: cny(1),
        }),
        409,
        'CONTRACT_TERMINATED',
      );
    });
  });

  describe('atomicity under contention', () => {
    it('two signings racing for a line that holds one: one contract, one 409, and no contract event for the loser', async () => {
      at('2027-02-02T09:00:00.000Z');
      await openLine(ids.smallLine, 150_000_000);
      const [t3, t4] = [
        await awardedTender(ids.smallLine, ids.otherSupplier),
        await awardedTender(ids.smallLine, ids.otherSupplier),
      ];
      const due = (m: string) => [milestone(m, 100_000_000, '2027-06-30T00:00:00.000Z')];
      const [a, b] = await Promise.all([
        post('/api/v1/contracts', as.officer(), signBody(t3, { milestones: due(uuidv7()) })),
        post('/api/v1/contracts', as.officer(), signBody(t4, { milestones: due(uuidv7()) })),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.code).toBe('BUDGET_INSUFFICIENT_FUNDS');
      const contractsOnLine = (
        await store.readAll({ filter: { streamPrefix: 'contract-', types: ['ContractSigned'] } })
      ).filter((e) => (e.data as { budgetLineId: string }).budgetLineId === ids.smallLine);
      expect(contractsOnLine).toHaveLength(1);
      expect(
        (await events(budgetStream(ids.smallLine))).filter((e) => e.type === 'FundsCommitted'),
      ).toHaveLength(1);
    });
  });

  describe('evaluator independence: no one who acted for the buyer or the supplier evaluates the contract', () => {
    const agencyScope = `agency:${ids.agency}`;
    const supplierScope = `supplier:${ids.independenceSupplier}`;
    const asEvaluator = (sub: string) => bearer({ sub, role: 'evaluator' });
    const accept = { verdict: 'accepted', acceptedShareBps: 10_000, score: 90, comments: 'ok' };
    const milestoneId = uuidv7();
    let signedId: string;
    const url = () => `/api/v1/contracts/${signedId}`;

    beforeAll(async () => {
      at('2027-02-10T09:00:00.000Z');
      await registerSupplier(
        ids.independenceSupplier,
        actingFor(ids.bidWriter, 'supplier', supplierScope),
      );
      await openLine(
        ids.independenceLine,
        300_000_000,
        actingFor(ids.finance, 'finance_officer', agencyScope),
      );
      const tenderId = await awardedTender(ids.independenceLine, ids.independenceSupplier, {
        officer: actingFor(ids.drafter, 'agency_officer', agencyScope),
        bidder: actingFor(ids.bidWriter, 'supplier', supplierScope),
      });
      // Another officer of the agency (not the one who drafted and awarded) signs.
      const signed = await post(
        '/api/v1/contracts',
        as.officer(),
        signBody(tenderId, {
          milestones: [milestone(milestoneId, 100_000_000, '2027-06-30T00:00:00.000Z')],
        }),
      );
      expect(signed.status).toBe(201);
      signedId = signed.body.id;
    });

    it.each([
      ['the officer who drafted and awarded the tender', 'EVALUATOR_IS_BUYER', () => ids.drafter],
      ['the finance officer who opened the budget line', 'EVALUATOR_IS_BUYER', () => ids.finance],
      [
        "the supplier's person who registered it and bid",
        'EVALUATOR_IS_SUPPLIER',
        () => ids.bidWriter,
      ],
    ])('refuses to assign %s: 409 %s, nothing written', async (_who, code, evaluatorId) => {
      const before = await revision(contractStream(signedId));
      expectProblem(
        await post(`${url()}/evaluators`, as.officer(), { evaluatorId: evaluatorId() }),
        409,
        code,
      );
      expect(await revision(contractStream(signedId))).toBe(before);
    });

    it('refuses them at evaluation too, even when assigned before the rule; an independent evaluator accepts', async () => {
      expect(
        (await post(`${url()}/evaluators`, as.officer(), { evaluatorId: ids.independent })).status,
      ).toBe(201);
      // Assignments recorded before the rule existed, as the contract's log may hold them.
      for (const evaluatorId of [ids.drafter, ids.bidWriter]) {
        await run(contractStream(signedId), contractDecider, {
          type: 'AssignContractEvaluator',
          data: {
            contractId: signedId,
            evaluatorId,
            assignedBy: ids.officer,
            at: '2027-02-11T09:00:00.000Z',
            buyer: { staffIds: [] },
            supplier: { staffIds: [] },
            evaluatorConflictSupplierIds: [],
          },
        });
      }
      at('2027-03-01T09:00:00.000Z');
      // Another person of the supplier reports: p is not the reporter.
      const reporter = bearer({
        sub: ids.reporter,
        role: 'supplier',
        supplierId: ids.independenceSupplier,
      });
      const evaluations = `${url()}/milestones/${milestoneId}/evaluations`;
      expect(
        (await post(`${url()}/milestones/${milestoneId}/deliveries`, reporter, delivery)).status,
      ).toBe(201);
      at('2027-03-05T09:00:00.000Z');
      const before = await revision(contractStream(signedId));
      expectProblem(
        await post(evaluations, asEvaluator(ids.drafter), accept),
        409,
        'EVALUATOR_IS_BUYER',
      );
      expectProblem(
        await post(evaluations, asEvaluator(ids.bidWriter), accept),
        409,
        'EVALUATOR_IS_SUPPLIER',
      );
      expect(await revision(contractStream(signedId))).toBe(before);
      expect((await post(evaluations, asEvaluator(ids.independent), accept)).status).toBe(201);
    });
  });

  describe('a conflict declared on one tender bars the evaluator on every tender and contract (the register)', () => {
    // The external probe: E declares on T1 a conflict with W; W wins T2 and signs C; W bids on T3.
    const W = uuidv7();
    const wUser = uuidv7();
    const E = uuidv7();
    const line = uuidv7();
    const asE = () => bearer({ sub: E, role: 'evaluator' });
    const asW = () => bearer({ sub: wUser, role: 'supplier', supplierId: W });
    const scores = [
      { criterionId: 'quality', score: 90 },
      { criterionId: 'price', score: 90 },
    ];
    let t1: string;
    let c: string;

    beforeAll(async () => {
      await registerSupplier(W);
      await openLine(line, 400_000_000);
      ({ tenderId: t1 } = await openedTender(line, W, { panel: [E] }));
    });

    it('declaring on T1 writes ConflictDeclared and, in the same append, the evaluator register', async () => {
      const res = await post(`/api/v1/tenders/${t1}/conflicts`, asE(), {
        supplierId: W,
        description: 'My spouse runs W',
      });
      expect(res.status).toBe(201);
      const [declared] = (await events(tenderStream(t1))).filter(
        (e) => e.type === 'ConflictDeclared',
      );
      const register = await events(evaluatorStream(E));
      expect(register).toHaveLength(1);
      expect(register[0]).toMatchObject({
        type: 'ConflictOfInterestRegistered',
        data: { evaluatorId: E, supplierId: W, tenderId: t1 },
      });
      // One atomic append: adjacent positions, the same command.
      expect(register[0]!.position).toBe(declared!.position + 1);
      expect(register[0]!.metadata.commandId).toBe(declared!.metadata.commandId);
      // Declaring again changes nothing on either stream.
      expect(
        (
          await post(`/api/v1/tenders/${t1}/conflicts`, asE(), {
            supplierId: W,
            description: 'My spouse runs W',
          })
        ).status,
      ).toBe(201);
      expect(await events(evaluatorStream(E))).toHaveLength(1);
    });

    it('refuses E as the evaluator of the contract W signed on another tender: 409 EVALUATOR_CONFLICTED at assignment', async () => {
      const t2 = await awardedTender(line, W);
      at('2026-05-01T09:00:00.000Z');
      const signed = await post('/api/v1/contracts', as.officer(), signBody(t2));
      expect(signed.status).toBe(201);
      c = signed.body.id as string;
      const before = await revision(contractStream(c));
      expectProblem(
        await post(`/api/v1/contracts/${c}/evaluators`, as.officer(), { evaluatorId: E }),
        409,
        'EVALUATOR_CONFLICTED',
      );
      expect(await revision(contractStream(c))).toBe(before);
      // An evaluator without a conflict is assigned.
      expect(
        (
          await post(`/api/v1/contracts/${c}/evaluators`, as.officer(), {
            evaluatorId: ids.evaluator,
          })
        ).status,
      ).toBe(201);
    });

    it('refuses E at the evaluation of its milestones too (an assignment recorded before the register): 409 EVALUATOR_CONFLICTED', async () => {
      await run(contractStream(c), contractDecider, {
        type: 'AssignContractEvaluator',
        data: {
          contractId: c,
          evaluatorId: E,
          assignedBy: ids.officer,
          at: '2026-05-02T09:00:00.000Z',
          buyer: { staffIds: [] },
          supplier: { staffIds: [] },
          evaluatorConflictSupplierIds: [],
        },
      });
      at('2026-06-15T10:00:00.000Z');
      expect(
        (await post(`/api/v1/contracts/${c}/milestones/${ids.m1}/deliveries`, asW(), delivery))
          .status,
      ).toBe(201);
      const url = `/api/v1/contracts/${c}/milestones/${ids.m1}/evaluations`;
      const accept = { verdict: 'accepted', acceptedShareBps: 10_000, score: 90, comments: 'ok' };
      const before = await revision(contractStream(c));
      expectProblem(await post(url, asE(), accept), 409, 'EVALUATOR_CONFLICTED');
      expect(await revision(contractStream(c))).toBe(before);
      expect((await post(url, as.evaluator(), accept)).status).toBe(201);
    });

    it("refuses E scoring W's bid on a third tender: 409 EVALUATOR_CONFLICTED; an unconflicted evaluator scores it", async () => {
      const { tenderId: t3, bidId } = await openedTender(line, W, { panel: [E] });
      const url = `/api/v1/tenders/${t3}/bids/${bidId}/scores`;
      expectProblem(await post(url, asE(), { scores }), 409, 'EVALUATOR_CONFLICTED');
      expect((await events(tenderStream(t3))).map((e) => e.type)).not.toContain('BidScored');
      expect(
        (await post(url, bearer({ sub: ids.tenderEvaluator, role: 'evaluator' }), { scores }))
          .status,
      ).toBe(201);
    });

    it('the register shows to the auditor and the supervisor only: not on the public event feed nor in the public tender history', async () => {
      const feed = async (token?: string) => {
        const req = http().get('/api/v1/events?live=false').buffer(true);
        const res = await (token === undefined ? req : req.set('Authorization', token));
        expect(res.status).toBe(200);
        return res.text;
      };
      expect(await feed()).not.toContain('ConflictOfInterestRegistered');
      expect(await feed(as.officer())).not.toContain('ConflictOfInterestRegistered');
      expect(await feed(asE())).not.toContain('ConflictOfInterestRegistered');
      expect(await feed(asW())).not.toContain('ConflictOfInterestRegistered');
      expect(await feed(as.auditor())).toContain('ConflictOfInterestRegistered');
      expect(await feed(as.supervisor())).toContain('ConflictOfInterestRegistered');

      const head = (await store.head()).position;
      const history = async (token?: string) => {
        const req = http().get(
          `/api/v1/audit/tenders/${t1}/history?minPosition=${head}&maxWaitMs=5000`,
        );
        const res = await (token === undefined ? req : req.set('Authorization', token));
        expect(res.status).toBe(200);
        return (res.body.items as { type: string }[]).map((item) => item.type);
      };
      const auditor = await history(as.auditor());
      expect(auditor).toContain('ConflictDeclared');
      expect(auditor).toContain('ConflictOfInterestRegistered');
      expect(await history(as.supervisor())).toContain('ConflictOfInterestRegistered');
      for (const token of [undefined, as.officer(), asW(), asE()]) {
        const items = await history(token);
        expect(items).toContain('TenderPublished');
        expect(items).not.toContain('ConflictOfInterestRegistered');
      }
    });
  });
});
