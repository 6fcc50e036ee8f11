import { ROLES, type Role } from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { CNY, tenderDraft, type LedgerApp } from './ledger';

/**
 * One real resource per route, built through the API itself by the callers the policy allows, so
 * the role matrix and the fuzz test hit routes on entities that exist and are in the state the
 * command needs: an allowed caller can succeed, and a refusal can only come from the check under test.
 */
export interface Fixture {
  /** Path parameters of the route (`:id` -> value). */
  readonly params: Readonly<Record<string, string>>;
  /** Query string appended to the URL (without `?`): the event feed is asked for a snapshot, not a live stream. */
  readonly query?: string;
  /** A valid body for an in-scope caller; undefined when the route takes none. */
  readonly body?: object;
  /** Who the resource belongs to; the in-scope callers are minted from these, the out-of-scope ones elsewhere. */
  readonly facts: {
    readonly agencyId?: string;
    readonly supplierId?: string;
    readonly evaluatorId?: string;
  };
  /**
   * Roles for which the resource is made from the caller's own token (a bid is always the bidding
   * supplier's own, whatever tender it is on): no caller of that role can be out of scope.
   */
  readonly selfScoped?: Readonly<Partial<Record<Role, string>>>;
}

/** `POST /api/v1/tenders/:id/publish` -> fixture. */
export type World = ReadonlyMap<string, Fixture>;

export const routeKey = (method: string, path: string): string => `${method} ${path}`;

const DIGEST = `sha256:${'a'.repeat(64)}`;

export interface Identities {
  readonly agencyA: string;
  readonly agencyB: string;
  /** The bidding, contracted supplier. */
  readonly supplierS: string;
  /** Another registered, qualified supplier: the out-of-scope one. */
  readonly supplierT: string;
  /** Assigned to every tender and contract of the world. */
  readonly evaluatorE: string;
  /** Assigned nowhere. */
  readonly evaluatorU: string;
}

export interface Caller {
  /** Label for test names and the matrix: `agency_officer (own)`, `supplier (other)`, `no token`. */
  readonly label: string;
  readonly role: Role | undefined;
  /** True when the caller is the resource's own agency / supplier / assigned evaluator. */
  readonly inScope: boolean;
  readonly authorization: string | undefined;
}

/**
 * Every role twice, once in the resource's scope and once outside it (global roles once), and no
 * token: the callers of one cell row of the matrix.
 */
export function callersFor(ledger: LedgerApp, ids: Identities, facts: Fixture['facts']): Caller[] {
  const agency = facts.agencyId ?? ids.agencyA;
  const otherAgency = agency === ids.agencyB ? ids.agencyA : ids.agencyB;
  const supplier = facts.supplierId ?? ids.supplierS;
  const otherSupplier = supplier === ids.supplierT ? ids.supplierS : ids.supplierT;
  const evaluator = facts.evaluatorId ?? ids.evaluatorE;
  const t = (claims: object) => ledger.bearer(claims);
  // Subjects are UUIDs like every actor id the domain records (signers, evaluators).
  const sub = () => uuidv7();
  const callers: Caller[] = [
    { label: 'no token', role: undefined, inScope: false, authorization: undefined },
  ];
  for (const role of ROLES) {
    switch (role) {
      case 'agency_officer':
      case 'finance_officer':
        callers.push({
          label: `${role} (own agency)`,
          role,
          inScope: true,
          authorization: t({ sub: sub(), role, agencyId: agency }),
        });
        callers.push({
          label: `${role} (other agency)`,
          role,
          inScope: false,
          authorization: t({ sub: sub(), role, agencyId: otherAgency }),
        });
        break;
      case 'supplier':
        callers.push({
          label: 'supplier (itself)',
          role,
          inScope: true,
          authorization: t({ sub: sub(), role, supplierId: supplier }),
        });
        callers.push({
          label: 'supplier (another)',
          role,
          inScope: false,
          authorization: t({ sub: sub(), role, supplierId: otherSupplier }),
        });
        break;
      case 'evaluator':
        callers.push({
          label: 'evaluator (assigned)',
          role,
          inScope: true,
          authorization: t({ sub: evaluator, role }),
        });
        callers.push({
          label: 'evaluator (unassigned)',
          role,
          inScope: false,
          authorization: t({ sub: ids.evaluatorU, role }),
        });
        break;
      default:
        callers.push({ label: role, role, inScope: true, authorization: t({ sub: sub(), role }) });
    }
  }
  return callers;
}

/** Builds every fixture; the clock moves forward once (past the direct-commission deadlines). */
export async function buildWorld(ledger: LedgerApp): Promise<{ world: World; ids: Identities }> {
  const ids: Identities = {
    agencyA: uuidv7(),
    agencyB: uuidv7(),
    supplierS: uuidv7(),
    supplierT: uuidv7(),
    evaluatorE: uuidv7(),
    evaluatorU: uuidv7(),
  };
  const t = ledger.bearer;
  const officer = t({ sub: uuidv7(), role: 'agency_officer', agencyId: ids.agencyA });
  const finance = t({ sub: uuidv7(), role: 'finance_officer', agencyId: ids.agencyA });
  const supervisor = t({ sub: uuidv7(), role: 'supervisor' });
  const evaluator = t({ sub: ids.evaluatorE, role: 'evaluator' });
  const supplierToken = (supplierId: string) => t({ sub: uuidv7(), role: 'supplier', supplierId });

  /** Setup must succeed: a failing step names itself instead of surfacing later as a puzzling matrix cell. */
  async function call(
    token: string,
    path: string,
    body?: object,
    method: 'post' | 'get' = 'post',
  ): Promise<{ id?: string }> {
    const req = ledger.http()[method](path).set('Authorization', token);
    const res = body === undefined ? await req : await req.send(body);
    if (res.status >= 300)
      throw new Error(
        `world setup ${method.toUpperCase()} ${path} answered ${res.status}: ${res.text}`,
      );
    return res.body as { id?: string };
  }
  const id = async (token: string, path: string, body?: object): Promise<string> =>
    (await call(token, path, body)).id!;

  async function supplier(supplierId: string, qualified: boolean): Promise<string> {
    await call(supplierToken(supplierId), '/api/v1/suppliers', {
      kind: 'social_organisation',
      name: `Care ${supplierId.slice(-4)}`,
      registrationNumber: `R-${supplierId.slice(-8)}`,
    });
    if (qualified) {
      const review = {
        governanceScore: 90,
        financeScore: 90,
        serviceQualityScore: 90,
        assessor: 'Assessment Centre',
        validUntil: ledger.clock.iso(730),
      };
      await call(supervisor, `/api/v1/suppliers/${supplierId}/qualification`, review);
    }
    return supplierId;
  }
  await supplier(ids.supplierS, true);
  await supplier(ids.supplierT, true);
  const line = await id(finance, '/api/v1/budget-lines', {
    fiscalYear: 2026,
    category: 'elderly_care',
    amount: CNY(1_000_000_000_000),
  });

  const draftBody = (over: object = {}) => tenderDraft(line, over);
  const tenderPath = (tenderId: string, rest = '') => `/api/v1/tenders/${tenderId}${rest}`;
  const draft = (over: object = {}) => id(officer, '/api/v1/tenders', draftBody(over));
  const assignE = (tenderId: string) =>
    call(officer, tenderPath(tenderId, '/evaluators'), { evaluatorId: ids.evaluatorE });
  const bidS = (tenderId: string) =>
    id(supplierToken(ids.supplierS), tenderPath(tenderId, '/bids'), {
      price: CNY(100_000_000),
      proposalDigest: 'b'.repeat(64),
    });
  const scores = {
    scores: [
      { criterionId: 'price', score: 80 },
      { criterionId: 'quality', score: 85 },
    ],
  };

  /** A published open tender (deadline in 30 days), evaluator E assigned. */
  async function openTender(): Promise<string> {
    const tenderId = await draft();
    await call(officer, tenderPath(tenderId, '/publish'), { deadline: ledger.clock.iso(30) });
    await assignE(tenderId);
    return tenderId;
  }
  /** Phase 1 of a direct commission to S: published with a deadline tomorrow, E assigned, S's bid in. */
  async function directTender(): Promise<{ tenderId: string; bidId: string }> {
    const tenderId = await draft({
      method: 'direct_commission',
      eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
      directCommission: {
        supplierId: ids.supplierS,
        justification: 'Only rated provider in the district',
      },
    });
    await call(officer, tenderPath(tenderId, '/publish'), { deadline: ledger.clock.iso(1) });
    await assignE(tenderId);
    return { tenderId, bidId: await bidS(tenderId) };
  }

  // Phase 1, before the clock moves: every tender that must be past its deadline later.
  const contractKeys = [
    'sign',
    'read',
    'approve',
    'amend',
    'complete',
    'disburse',
    'evaluators',
    'deliveries',
    'evaluations',
    'resume',
    'suspend',
    'terminate',
  ] as const;
  const direct: Record<string, { tenderId: string; bidId: string }> = {};
  for (const key of [...contractKeys, 'open-bids', 'disqualify', 'score', 'award'])
    direct[key] = await directTender();
  // Complaints need an award under a standstill (none for direct commissions): a competitive
  // negotiation (2 valid bids, 10 days at least) where T wins and S loses.
  const complained: Record<string, { tenderId: string; lost: string; won: string }> = {};
  for (const key of ['file', 'decide']) {
    const tenderId = await draft({ method: 'competitive_negotiation' });
    await call(officer, tenderPath(tenderId, '/publish'), { deadline: ledger.clock.iso(10) });
    await assignE(tenderId);
    const lost = await bidS(tenderId);
    const won = await id(supplierToken(ids.supplierT), tenderPath(tenderId, '/bids'), {
      price: CNY(90_000_000),
      proposalDigest: 'd'.repeat(64),
    });
    complained[key] = { tenderId, lost, won };
  }

  ledger.clock.advanceDays(2);

  // Phase 2: open, score, award, sign.
  for (const key of ['disqualify', 'score', 'award', ...contractKeys])
    await call(officer, tenderPath(direct[key]!.tenderId, '/open-bids'));
  for (const key of ['award', ...contractKeys])
    await call(
      evaluator,
      tenderPath(direct[key]!.tenderId, `/bids/${direct[key]!.bidId}/scores`),
      scores,
    );
  for (const key of contractKeys)
    await call(officer, tenderPath(direct[key]!.tenderId, '/award'), { bidId: direct[key]!.bidId });

  const m1 = uuidv7();
  const m2 = uuidv7();
  const milestone = (
    milestoneId: string,
    amountMinor: number,
    days: number,
    title = 'Home visits',
  ) => ({
    milestoneId,
    title,
    dueAt: ledger.clock.iso(days),
    amount: CNY(amountMinor),
    deliverables: ['Visit log'],
    indicators: [{ indicatorId: 'visits', description: 'Home visits made', target: '>= 400' }],
  });
  const schedule = (title?: string) => [
    milestone(m1, 40_000_000, 60, title),
    milestone(m2, 60_000_000, 120, title),
  ];
  const signBody = (tenderId: string) => ({
    tenderId,
    value: CNY(100_000_000),
    advanceCapPercent: 20,
    milestones: schedule(),
  });
  const contracts: Record<string, string> = {};
  for (const key of contractKeys.filter((k) => k !== 'sign')) {
    const contractId = await id(officer, '/api/v1/contracts', signBody(direct[key]!.tenderId));
    await call(officer, `/api/v1/contracts/${contractId}/evaluators`, {
      evaluatorId: ids.evaluatorE,
    });
    contracts[key] = contractId;
  }
  const delivered = {
    evidenceDigests: [DIGEST],
    indicatorResults: [{ indicatorId: 'visits', value: '412', met: true }],
  };
  const accepted = {
    verdict: 'accepted',
    acceptedShareBps: 10_000,
    score: 85,
    comments: 'All visits verified',
  };
  await call(
    supplierToken(ids.supplierS),
    `/api/v1/contracts/${contracts.evaluations}/milestones/${m1}/deliveries`,
    delivered,
  );
  await call(officer, `/api/v1/contracts/${contracts.resume}/suspend`, {
    reason: 'Safeguarding review',
  });
  // Every milestone delivered and judged: the contract can be completed.
  for (const milestoneId of [m1, m2]) {
    await call(
      supplierToken(ids.supplierS),
      `/api/v1/contracts/${contracts.complete}/milestones/${milestoneId}/deliveries`,
      delivered,
    );
    await call(
      evaluator,
      `/api/v1/contracts/${contracts.complete}/milestones/${milestoneId}/evaluations`,
      accepted,
    );
  }

  // Phase 2b: past the complaint tenders' deadline, awarded to T; S complains on one of them.
  ledger.clock.advanceDays(9);
  for (const { tenderId, lost, won } of Object.values(complained)) {
    await call(officer, tenderPath(tenderId, '/open-bids'));
    await call(evaluator, tenderPath(tenderId, `/bids/${lost}/scores`), scores);
    await call(evaluator, tenderPath(tenderId, `/bids/${won}/scores`), {
      scores: [
        { criterionId: 'price', score: 90 },
        { criterionId: 'quality', score: 90 },
      ],
    });
    await call(officer, tenderPath(tenderId, '/award'), { bidId: won });
  }
  const complaint = await id(
    supplierToken(ids.supplierS),
    tenderPath(complained.decide!.tenderId, '/complaints'),
    {
      subject: 'award',
      grounds: 'The winning price is abnormally low',
      documentDigests: ['e'.repeat(64)],
    },
  );

  // Phase 3, now: tenders before their deadline.
  const forPublish = await draft();
  const [forAmend, forCancel, forAssign, forSubmit, forWithdraw, forConflict, forRead] = [
    await openTender(),
    await openTender(),
    await openTender(),
    await openTender(),
    await openTender(),
    await openTender(),
    await openTender(),
  ];
  const [forAsk, forAnswer] = [await openTender(), await openTender()];
  const question = await id(supplierToken(ids.supplierS), tenderPath(forAnswer, '/questions'), {
    question: 'May two organisations bid together?',
  });
  const withdrawBid = await bidS(forWithdraw);
  await bidS(forRead);
  const forConfirm = await draft({ method: 'competitive_negotiation' });
  await call(officer, tenderPath(forConfirm, '/publish'), { deadline: ledger.clock.iso(20) });
  const confirmBid = await bidS(forConfirm);
  // A material amendment voids the bid until its bidder confirms it.
  await call(officer, tenderPath(forConfirm, '/amendments'), {
    changes: { estimatedValue: CNY(110_000_000) },
    reason: 'Estimate revised',
  });

  // Suppliers: each route acts on its own organisation, so a debarment cannot spill into other fixtures.
  const own = async (qualified = true) => supplier(uuidv7(), qualified);
  const supplierFixtures: Record<string, string> = {};
  for (const key of [
    'read',
    'qualification',
    'proposal',
    'debar',
    'lift',
    'correct',
    'notice',
    'monitoring',
    'endMonitoring',
  ])
    supplierFixtures[key] = await own(key !== 'qualification');
  // Debarment evidence names a real event about the supplier (DEBARMENT_EVIDENCE_UNKNOWN otherwise): its registration.
  const evidenceOf = async (supplierId: string) => [
    (await ledger.store.readStream(`supplier-${supplierId}`))[0]!.eventId,
  ];
  const debarment = await id(supervisor, `/api/v1/suppliers/${supplierFixtures.lift}/debarments`, {
    grounds: 'Falsified visit logs',
    authority: 'Municipal Finance Bureau',
    evidenceEventIds: await evidenceOf(supplierFixtures.lift!),
  });
  const wrongDebarment = await id(
    supervisor,
    `/api/v1/suppliers/${supplierFixtures.correct}/debarments`,
    {
      grounds: 'Falsified visit logs',
      authority: 'Municipal Finance Bureau',
      evidenceEventIds: await evidenceOf(supplierFixtures.correct!),
    },
  );
  await call(supervisor, `/api/v1/suppliers/${supplierFixtures.endMonitoring}/monitoring`, {
    reason: 'Criticised twice',
    until: ledger.clock.iso(180),
  });
  const unregistered = uuidv7();
  const adjustLine = await id(finance, '/api/v1/budget-lines', {
    fiscalYear: 2026,
    category: 'child_welfare',
    amount: CNY(50_000_000),
  });

  const agencyA = { agencyId: ids.agencyA };
  const tender = (tenderId: string, rest: object = {}) => ({
    params: { id: tenderId },
    facts: { ...agencyA, evaluatorId: ids.evaluatorE },
    ...rest,
  });
  const contract = (key: string, rest: object = {}) => ({
    params: { contractId: contracts[key]! },
    facts: { ...agencyA, supplierId: ids.supplierS, evaluatorId: ids.evaluatorE },
    ...rest,
  });
  const supplierRoute = (key: string, rest: object = {}) => ({
    params: { id: supplierFixtures[key]! },
    facts: { supplierId: supplierFixtures[key]! },
    ...rest,
  });
  const bidSelf = {
    supplier:
      "a supplier's bids are its own: the bidder comes from the token, never from the request",
  };

  const fixtures: Record<string, Fixture> = {
    // Budget lines
    'POST /api/v1/budget-lines': {
      params: {},
      body: {
        agencyId: ids.agencyA,
        fiscalYear: 2026,
        category: 'training',
        amount: CNY(10_000_000),
      },
      facts: agencyA,
    },
    'GET /api/v1/budget-lines/:id': { params: { id: line }, facts: agencyA },
    'POST /api/v1/budget-lines/:id/adjustments': {
      params: { id: adjustLine },
      body: { amount: CNY(60_000_000), reason: 'Supplementary budget' },
      facts: agencyA,
    },

    // Suppliers
    'POST /api/v1/suppliers': {
      params: {},
      body: {
        supplierId: unregistered,
        kind: 'enterprise',
        name: 'New Care Ltd',
        registrationNumber: 'R-NEW-1',
      },
      facts: { supplierId: unregistered },
    },
    'GET /api/v1/suppliers/:id': supplierRoute('read'),
    'POST /api/v1/suppliers/:id/qualification': supplierRoute('qualification', {
      body: {
        governanceScore: 80,
        financeScore: 80,
        serviceQualityScore: 80,
        assessor: 'Assessment Centre',
        validUntil: ledger.clock.iso(365),
      },
    }),
    'POST /api/v1/suppliers/:id/debarment-proposals': supplierRoute('proposal', {
      body: {
        grounds: 'Three rejected milestones',
        evidenceEventIds: await evidenceOf(supplierFixtures.proposal!),
      },
    }),
    'POST /api/v1/suppliers/:id/debarments': supplierRoute('debar', {
      body: {
        grounds: 'Bribery conviction',
        authority: 'Municipal Finance Bureau',
        evidenceEventIds: await evidenceOf(supplierFixtures.debar!),
      },
    }),
    'POST /api/v1/suppliers/:id/debarments/:debarmentId/lift': {
      params: { id: supplierFixtures.lift!, debarmentId: debarment },
      body: { reason: 'Appeal upheld' },
      facts: { supplierId: supplierFixtures.lift! },
    },
    'POST /api/v1/suppliers/:id/debarments/:debarmentId/correction': {
      params: { id: supplierFixtures.correct!, debarmentId: wrongDebarment },
      body: { until: ledger.clock.iso(200), reason: 'The decision says 200 days' },
      facts: { supplierId: supplierFixtures.correct! },
    },
    'POST /api/v1/suppliers/:id/monitoring/end': supplierRoute('endMonitoring', {
      body: { rationale: 'Six months of on-time deliveries' },
    }),
    'POST /api/v1/suppliers/:id/notices': supplierRoute('notice', {
      body: { kind: 'criticism', summary: 'Late deliveries' },
    }),
    'POST /api/v1/suppliers/:id/monitoring': supplierRoute('monitoring', {
      body: { reason: 'Criticised twice', until: ledger.clock.iso(180) },
    }),

    // Tenders and bids
    'POST /api/v1/tenders': {
      params: {},
      body: draftBody({ agencyId: ids.agencyA }),
      facts: agencyA,
    },
    'GET /api/v1/tenders/:id': tender(forRead),
    'GET /api/v1/tenders/:id/bids': tender(forRead, {
      selfScoped: { supplier: "a supplier's view of a tender's bids holds its own bids only" },
    }),
    'POST /api/v1/tenders/:id/publish': tender(forPublish, {
      body: { deadline: ledger.clock.iso(30) },
    }),
    'POST /api/v1/tenders/:id/amendments': tender(forAmend, {
      body: { changes: { title: 'Home care, revised' }, reason: 'Clearer title' },
    }),
    'POST /api/v1/tenders/:id/cancel': tender(forCancel, { body: { reason: 'Service merged' } }),
    'POST /api/v1/tenders/:id/evaluators': tender(forAssign, { body: { evaluatorId: uuidv7() } }),
    'POST /api/v1/tenders/:id/bids': tender(forSubmit, {
      body: { price: CNY(95_000_000), proposalDigest: 'c'.repeat(64) },
      selfScoped: bidSelf,
    }),
    'POST /api/v1/tenders/:id/bids/:bidId/withdraw': {
      ...tender(forWithdraw),
      params: { id: forWithdraw, bidId: withdrawBid },
      facts: { ...agencyA, supplierId: ids.supplierS },
    },
    'POST /api/v1/tenders/:id/bids/:bidId/confirm': {
      ...tender(forConfirm),
      params: { id: forConfirm, bidId: confirmBid },
      facts: { ...agencyA, supplierId: ids.supplierS },
    },
    'POST /api/v1/tenders/:id/bids/:bidId/disqualify': {
      ...tender(direct.disqualify!.tenderId),
      params: { id: direct.disqualify!.tenderId, bidId: direct.disqualify!.bidId },
      body: { reason: 'Forged certificate' },
    },
    'POST /api/v1/tenders/:id/open-bids': tender(direct['open-bids']!.tenderId),
    'POST /api/v1/tenders/:id/conflicts': tender(forConflict, {
      body: { supplierId: ids.supplierT, description: 'Former board member' },
    }),
    'POST /api/v1/tenders/:id/bids/:bidId/scores': {
      ...tender(direct.score!.tenderId),
      params: { id: direct.score!.tenderId, bidId: direct.score!.bidId },
      body: scores,
    },
    'POST /api/v1/tenders/:id/award': tender(direct.award!.tenderId, {
      body: { bidId: direct.award!.bidId },
    }),
    'POST /api/v1/tenders/:id/complaints': tender(complained.file!.tenderId, {
      body: {
        subject: 'conditions',
        grounds: 'The quality criterion favours incumbents',
        documentDigests: [],
      },
      facts: { ...agencyA, supplierId: ids.supplierS },
      selfScoped: {
        supplier:
          'the complainant comes from the token; whether it bid is a rule (COMPLAINANT_NOT_BIDDER, 409)',
      },
    }),
    'POST /api/v1/tenders/:id/complaints/:complaintId/decision': {
      ...tender(complained.decide!.tenderId),
      params: { id: complained.decide!.tenderId, complaintId: complaint },
      body: { decision: 'dismissed', rationale: 'The price is explained in the proposal' },
    },
    'POST /api/v1/tenders/:id/questions': tender(forAsk, {
      body: { question: 'Is a site visit required?' },
      facts: { ...agencyA, supplierId: ids.supplierS },
      selfScoped: { supplier: 'the asker comes from the token, never from the request' },
    }),
    'POST /api/v1/tenders/:id/questions/:questionId/answer': {
      ...tender(forAnswer),
      params: { id: forAnswer, questionId: question },
      body: { answer: 'Yes, as a consortium led by one of them' },
    },
    'GET /api/v1/public/tenders': { params: {}, facts: {} },
    'GET /api/v1/public/policy': { params: {}, facts: {} },
    'GET /api/v1/tenders': { params: {}, facts: {} },
    'GET /api/v1/events': { params: {}, query: 'live=false', facts: {} },
    'GET /api/v1/public/tenders/:id': { params: { id: forRead }, facts: {} },

    // Contracts
    'POST /api/v1/contracts': { params: {}, body: signBody(direct.sign!.tenderId), facts: agencyA },
    'GET /api/v1/contracts/:contractId': contract('read'),
    'POST /api/v1/contracts/:contractId/amendment-approvals': contract('approve', {
      body: { maxNewValue: CNY(105_000_000), justification: 'Enrolment grew' },
    }),
    'POST /api/v1/contracts/:contractId/amendments': contract('amend', {
      body: {
        rationale: 'schedule_change',
        justification: 'Visits renamed',
        newValue: CNY(100_000_000),
        milestones: schedule('Home visits (renamed)'),
      },
    }),
    'POST /api/v1/contracts/:contractId/complete': contract('complete'),
    'POST /api/v1/contracts/:contractId/disbursements': contract('disburse', {
      body: { kind: 'advance', amount: CNY(10_000_000) },
    }),
    'POST /api/v1/contracts/:contractId/evaluators': contract('evaluators', {
      body: { evaluatorId: uuidv7() },
    }),
    'POST /api/v1/contracts/:contractId/milestones/:milestoneId/deliveries': {
      ...contract('deliveries'),
      params: { contractId: contracts.deliveries!, milestoneId: m1 },
      body: {
        evidenceDigests: [DIGEST],
        indicatorResults: [{ indicatorId: 'visits', value: '420', met: true }],
      },
    },
    'POST /api/v1/contracts/:contractId/milestones/:milestoneId/evaluations': {
      ...contract('evaluations'),
      params: { contractId: contracts.evaluations!, milestoneId: m1 },
      body: accepted,
    },
    'POST /api/v1/contracts/:contractId/resume': contract('resume'),
    'POST /api/v1/contracts/:contractId/suspend': contract('suspend', {
      body: { reason: 'Safeguarding investigation' },
    }),
    'POST /api/v1/contracts/:contractId/terminate': contract('terminate', {
      body: { reason: 'for_convenience', explanation: 'Service merged into the district centre' },
    }),
    'GET /api/v1/public/contracts/:contractId': contract('read'),

    // Read side
    'GET /api/v1/audit/tenders/:id/history': { params: { id: forRead }, facts: {} },
    'GET /api/v1/audit/events': { params: {}, facts: {} },
    'GET /api/v1/audit/verify': { params: {}, facts: {} },
    'POST /api/v1/log/checkpoints': { params: {}, facts: {} },
    'GET /api/v1/audit/bundle': { params: {}, query: 'from=1&to=2', facts: {} },
    'GET /api/v1/audit/:kind/:id/state': {
      params: { kind: 'contract', id: contracts.read! },
      facts: {},
    },
    'GET /api/v1/blacklist': { params: {}, facts: {} },
    'GET /api/v1/blacklist/history': { params: {}, facts: {} },
    'GET /api/v1/blacklist/:supplierId/at': {
      params: { supplierId: supplierFixtures.lift! },
      facts: {},
    },
    'GET /api/v1/budget-lines/:id/execution': { params: { id: line }, facts: agencyA },
    // Asking for agency A by name: a finance officer of agency B is then out of scope (403), not
    // quietly answered about its own agency as it is when it names none.
    'GET /api/v1/budget-execution': {
      params: {},
      query: `agencyId=${ids.agencyA}`,
      facts: agencyA,
    },
    'GET /api/v1/public/board/open-tenders': { params: {}, facts: {} },
    'GET /api/v1/public/board/awards': { params: {}, facts: {} },
    'GET /api/v1/public/board/contracts': { params: {}, facts: {} },
    'GET /api/v1/accountability/suppliers': { params: {}, facts: {} },
    'GET /api/v1/accountability/suppliers/:id': { params: { id: ids.supplierS }, facts: {} },
    'GET /api/v1/accountability/agencies': { params: {}, facts: {} },
    'GET /api/v1/accountability/agencies/:id': { params: { id: ids.agencyA }, facts: {} },
    'GET /api/v1/accountability/contracts': { params: {}, facts: {} },
    'GET /api/v1/accountability/contracts/:id': { params: { id: contracts.read! }, facts: {} },
    'GET /api/v1/red-flags': { params: {}, facts: {} },
    'GET /api/v1/ocds/releases': { params: {}, facts: {} },
    'GET /api/v1/ocds/records/:ocid': { params: { ocid: `ocds-ledger-${forRead}` }, facts: {} },
    'GET /api/v1/ocds/bulk': { params: {}, facts: {} },
  };
  return { world: new Map(Object.entries(fixtures)), ids };
}

/** `/api/v1/tenders/:id/bids/:bidId/withdraw` with the fixture's parameters filled in. */
export function urlOf(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter :${name} of ${path}`);
    return value;
  });
}
