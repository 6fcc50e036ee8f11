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
 * A whole procedure in a sandbox deployment (ADR 0010), in real time: with
 * LEDGER_SANDBOX_DAY_SECONDS=1 a competitive negotiation's 10-day minimum submission period and
 * its 10-day standstill each take 10 seconds. The app's clock follows the wall clock here (no
 * jumps): what passes the deadline and the standstill is time itself.
 */
jest.setTimeout(120_000);

describe('a sandbox ledger runs a whole procedure in seconds', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** The app's clock is the wall clock: synced before every request. */
  const now = (): Date => (ledger.clock.current = new Date());
  const inSeconds = (s: number): string => new Date(now().getTime() + s * 1000).toISOString();
  async function post(path: string, auth: string, body: object = {}) {
    now();
    return ledger.http().post(path).set('Authorization', auth).send(body);
  }
  async function until(instant: string): Promise<void> {
    await sleep(Math.max(0, Date.parse(instant) - Date.now()) + 50);
  }

  beforeAll(async () => {
    ledger = await startLedger({
      env: { LEDGER_SANDBOX: 'true', LEDGER_SANDBOX_DAY_SECONDS: '1' },
    });
    now();
    a = actors(ledger);
  });
  afterAll(() => ledger.close());

  it('publish with a 12-second deadline, bid, open, evaluate, award, wait out the 10-second standstill, sign; every event marked sandbox', async () => {
    // The public policy route says it is a sandbox and how long its day lasts (the console's banner).
    const policy = await ledger.http().get('/api/v1/public/policy').expect(200);
    expect(policy.body.policy.dayMs).toBe(1000);
    expect(policy.body.sandbox).toBe(true);

    const budgetLineId = await openMarket(ledger, a, { category: 'child_welfare' });
    const tenderId = (
      await post(
        '/api/v1/tenders',
        a.officerA,
        negotiationDraft(budgetLineId, {
          title: 'Day care for children with disabilities (training)',
          serviceCategory: 'child_welfare',
        }),
      )
    ).body.id as string;
    // 9 policy days (9 s) is under the 10-day minimum, in the sandbox too.
    expectProblem(
      await post(`/api/v1/tenders/${tenderId}/publish`, a.officerA, { deadline: inSeconds(9) }),
      409,
      'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
    );
    const deadline = inSeconds(12);
    expect(
      (await post(`/api/v1/tenders/${tenderId}/publish`, a.officerA, { deadline })).status,
    ).toBe(200);
    await post(`/api/v1/tenders/${tenderId}/evaluators`, a.officerA, {
      evaluatorId: a.evaluatorIds[0],
    }).then((res) => expect(res.status).toBe(201));
    const bids: string[] = [];
    for (const [i, price] of [95_000_000, 90_000_000].entries()) {
      const res = await post(`/api/v1/tenders/${tenderId}/bids`, a.supplier[i]!, {
        price: CNY(price),
        proposalDigest: String(i + 1).repeat(64),
      });
      expect(res.status).toBe(201);
      bids.push(res.body.id as string);
    }
    const [lost, won] = bids as [string, string];

    await until(deadline);
    expect((await post(`/api/v1/tenders/${tenderId}/open-bids`, a.officerA)).status).toBe(200);
    for (const [bidId, score] of [
      [lost, 70],
      [won, 90],
    ] as const)
      expect(
        (
          await post(`/api/v1/tenders/${tenderId}/bids/${bidId}/scores`, a.evaluator[0]!, {
            scores: [{ criterionId: 'quality', score }],
          })
        ).status,
      ).toBe(201);
    expect(
      (await post(`/api/v1/tenders/${tenderId}/award`, a.officerA, { bidId: won })).status,
    ).toBe(200);

    const tenderEvents = await ledger.store.readStream(`tender-${tenderId}`);
    const standstill = tenderEvents.find((e) => e.type === 'StandstillStarted')!;
    const { standstillDays, endsAt, startedAt } = standstill.data as {
      standstillDays: number;
      endsAt: string;
      startedAt: string;
    };
    expect(standstillDays).toBe(10);
    expect(Date.parse(endsAt) - Date.parse(startedAt)).toBe(10_000);

    const signBody = {
      tenderId,
      value: CNY(90_000_000),
      advanceCapPercent: 0,
      milestones: [
        {
          milestoneId: uuidv7(),
          title: 'Day care, first term',
          dueAt: inSeconds(120 * 86_400),
          amount: CNY(90_000_000),
          deliverables: ['Attendance log'],
          indicators: [{ indicatorId: 'days', description: 'Care days given', target: '>= 200' }],
        },
      ],
    };
    const before = (await ledger.store.head()).position;
    expectProblem(
      await post('/api/v1/contracts', a.officerA, signBody),
      409,
      'CONTRACT_STANDSTILL_RUNNING',
    );
    expect((await ledger.store.head()).position).toBe(before);
    await until(endsAt);
    expect((await post('/api/v1/contracts', a.officerA, signBody)).status).toBe(201);

    // Every event the sandbox recorded says so, inside what the chain hashes.
    const all = await ledger.store.readAll();
    expect(all.map((e) => e.type)).toEqual(expect.arrayContaining(['ContractSigned']));
    expect(all.filter((e) => e.metadata['sandbox'] !== true)).toEqual([]);
    expect(await ledger.store.verify()).toMatchObject({ ok: true, checked: all.length });

    // The feeds and the open data say so too: each SSE value (the auditor's: every event), each OCDS release.
    const sse = await ledger
      .http()
      .get('/api/v1/events?live=false')
      .set('Authorization', a.auditor)
      .expect(200);
    const values = sse.text
      .split('\n')
      .filter((line) => line.startsWith('data: {"eventId"'))
      .map((line) => JSON.parse(line.slice('data: '.length)) as { metadata: object });
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((v) => (v.metadata as { sandbox?: unknown }).sandbox !== true)).toEqual(
      [],
    );
    const head = (await ledger.store.head()).position;
    const ocds = await ledger
      .http()
      .get(`/api/v1/ocds/releases?limit=500&minPosition=${head}&maxWaitMs=60000`)
      .expect(200);
    const releases = ocds.body.releases as { ocid: string; sandbox?: unknown }[];
    expect(releases.filter((r) => r.ocid.endsWith(tenderId)).length).toBeGreaterThanOrEqual(4);
    expect(releases.filter((r) => r.sandbox !== true)).toEqual([]);
  });
});

describe('a production ledger', () => {
  let ledger: LedgerApp;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('says on the public policy route that it is no sandbox, with a day of 24 hours', async () => {
    const policy = await ledger.http().get('/api/v1/public/policy').expect(200);
    expect(policy.body.sandbox).toBe(false);
    expect(policy.body.policy.dayMs).toBe(86_400_000);
  });
});
