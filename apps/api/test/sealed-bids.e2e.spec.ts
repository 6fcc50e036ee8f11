import { uuidv7 } from '@contract-ledger/event-store';
import { ReadSide, type ReadModelName } from '../src/read-side/read-side';
import { CNY, startLedger, tenderDraft, type LedgerApp } from './support/ledger';
import { USERS } from './support/tokens';

/**
 * Sealed bids, route x role x phase (issue 19 items 1 and 2; docs/adr/0006-sealed-data-in-feeds.md):
 * tenders driven to (a) published with bids, (b) bids opened (with a bid withdrawn before opening),
 * (c) failed at opening, (d) cancelled with bids; then EVERY GET route of the OpenAPI document is
 * called as every kind of caller, and every response body (the SSE feed included) is searched for
 * the sealed prices and proposal digests, which only the auditor and the bidder may ever see. The
 * routes come from /docs-json, so a read route added later is searched too (or the test names the
 * path parameter it cannot fill).
 */

const hex = (pair: string) => pair.repeat(32);

/** A price and a digest that may be seen by the auditor and their bidder only. */
interface Secret {
  readonly phase: string;
  readonly owner: 'S' | 'X';
  readonly priceMinor: number;
  readonly digest: string;
  /** Never named by an opening: its very id tells who holds it that a bid was made. */
  readonly bidId: string;
}

jest.setTimeout(120_000);

describe('sealed bids on every read route, for every caller, in every phase of a tender', () => {
  let ledger: LedgerApp;
  const ids = {
    agencyA: uuidv7(),
    agencyB: uuidv7(),
    S: uuidv7(),
    T: uuidv7(),
    U: uuidv7(),
    V: uuidv7(),
    /** Bids only on tenders that never open: its name must never reach the public. */
    X: uuidv7(),
    /** Asks a clarification question and does nothing else: only the auditor may ever see who. */
    Q: uuidv7(),
    evaluator: uuidv7(),
  };
  const tenders: Record<'published' | 'opened' | 'failed' | 'cancelled', string> = {
    published: '',
    opened: '',
    failed: '',
    cancelled: '',
  };
  const secrets: Secret[] = [];
  let line = '';
  let contract = '';
  let callers: {
    label: string;
    owner?: 'S';
    auditor?: true;
    /** May read the tender, so may know how many bids it received (ADR 0006 decision 6). */
    knowsCount?: true;
    authorization?: string;
  }[] = [];
  const responses: {
    caller: (typeof callers)[number];
    url: string;
    status: number;
    text: string;
  }[] = [];

  beforeAll(async () => {
    ledger = await startLedger();
    const t = ledger.bearer;
    const officer = t({ sub: USERS.officerA, role: 'agency_officer', agencyId: ids.agencyA });
    const finance = t({ sub: USERS.financeA, role: 'finance_officer', agencyId: ids.agencyA });
    const supervisor = t({ sub: USERS.supervisor, role: 'supervisor' });
    const auditor = t({ sub: USERS.auditor, role: 'auditor' });
    const evaluator = t({ sub: ids.evaluator, role: 'evaluator' });
    const supplier = (key: 'S' | 'T' | 'U' | 'V' | 'X', i: number) =>
      t({ sub: USERS.supplierUser(i), role: 'supplier', supplierId: ids[key] });
    const tokens = {
      S: supplier('S', 1),
      T: supplier('T', 2),
      U: supplier('U', 3),
      V: supplier('V', 4),
      X: supplier('X', 5),
    };
    callers = [
      { label: 'anonymous' },
      { label: 'the bidding supplier', owner: 'S', authorization: tokens.S },
      { label: 'another supplier', authorization: tokens.T },
      { label: 'buying agency officer', knowsCount: true, authorization: officer },
      {
        label: 'other agency officer',
        authorization: t({ sub: USERS.officerB, role: 'agency_officer', agencyId: ids.agencyB }),
      },
      { label: 'assigned evaluator', knowsCount: true, authorization: evaluator },
      { label: 'finance officer', authorization: finance },
      { label: 'supervisor', knowsCount: true, authorization: supervisor },
      { label: 'auditor', auditor: true, knowsCount: true, authorization: auditor },
    ];

    async function call(token: string, path: string, body?: object): Promise<{ id?: string }> {
      const res = await ledger
        .http()
        .post(path)
        .set('Authorization', token)
        .send(body ?? {});
      if (res.status >= 300)
        throw new Error(`setup POST ${path} answered ${res.status}: ${res.text}`);
      return res.body as { id?: string };
    }
    for (const key of ['S', 'T', 'U', 'V', 'X'] as const) {
      await call(tokens[key], '/api/v1/suppliers', {
        supplierId: ids[key],
        kind: 'social_organisation',
        name: `Care ${key}`,
        registrationNumber: `R-${ids[key].slice(-8)}`,
      });
      await call(supervisor, `/api/v1/suppliers/${ids[key]}/qualification`, {
        governanceScore: 90,
        financeScore: 90,
        serviceQualityScore: 90,
        assessor: 'Assessment Centre',
        validUntil: ledger.clock.iso(730),
      });
    }
    line = (
      await call(finance, '/api/v1/budget-lines', {
        fiscalYear: 2026,
        category: 'elderly_care',
        amount: CNY(1_000_000_000_000),
      })
    ).id!;
    async function tender(deadlineDays: number): Promise<string> {
      const tenderId = (await call(officer, '/api/v1/tenders', tenderDraft(line))).id!;
      await call(officer, `/api/v1/tenders/${tenderId}/publish`, {
        deadline: ledger.clock.iso(deadlineDays),
      });
      await call(officer, `/api/v1/tenders/${tenderId}/evaluators`, { evaluatorId: ids.evaluator });
      return tenderId;
    }
    const bid = async (
      key: keyof typeof tokens,
      tenderId: string,
      priceMinor: number,
      digest: string,
    ) =>
      (
        await call(tokens[key], `/api/v1/tenders/${tenderId}/bids`, {
          price: CNY(priceMinor),
          proposalDigest: digest,
        })
      ).id!;
    const sealed = async (
      phase: string,
      owner: 'S' | 'X',
      tenderId: string,
      priceMinor: number,
      digest: string,
    ) => {
      const bidId = await bid(owner, tenderId, priceMinor, digest);
      secrets.push({ phase, owner, priceMinor, digest, bidId });
      return bidId;
    };

    // (b) and (c) must be past their deadline: made first, then the clock moves.
    tenders.opened = await tender(21);
    const withdrawn = await sealed(
      'opened (withdrawn before opening)',
      'S',
      tenders.opened,
      72_222_222,
      hex('b2'),
    );
    await call(tokens.S, `/api/v1/tenders/${tenders.opened}/bids/${withdrawn}/withdraw`);
    const opened = [
      await bid('S', tenders.opened, 90_000_001, hex('01')),
      await bid('U', tenders.opened, 90_000_002, hex('02')),
      await bid('V', tenders.opened, 90_000_003, hex('03')),
    ];
    tenders.failed = await tender(21);
    await sealed('failed at opening', 'S', tenders.failed, 73_333_333, hex('c3'));
    await sealed('failed at opening', 'X', tenders.failed, 73_444_444, hex('c4'));
    ledger.clock.advanceDays(22);
    await call(officer, `/api/v1/tenders/${tenders.opened}/open-bids`);
    await call(officer, `/api/v1/tenders/${tenders.failed}/open-bids`);
    for (const bidId of opened) {
      await call(evaluator, `/api/v1/tenders/${tenders.opened}/bids/${bidId}/scores`, {
        scores: [
          { criterionId: 'price', score: 80 },
          { criterionId: 'quality', score: 85 },
        ],
      });
    }
    await call(officer, `/api/v1/tenders/${tenders.opened}/award`, { bidId: opened[0] });
    // The contract is signed once the award's standstill (10 days for an open tender) has passed.
    ledger.clock.advanceDays(10);
    contract = (
      await call(officer, '/api/v1/contracts', {
        tenderId: tenders.opened,
        value: CNY(90_000_001),
        advanceCapPercent: 20,
        milestones: [
          {
            milestoneId: uuidv7(),
            title: 'Home visits',
            dueAt: ledger.clock.iso(60),
            amount: CNY(90_000_001),
            deliverables: ['Visit log'],
            indicators: [
              { indicatorId: 'visits', description: 'Home visits made', target: '>= 400' },
            ],
          },
        ],
      })
    ).id!;

    tenders.published = await tender(30);
    // A clarification: the question is public, its author (organisation and user) never is.
    const asker = t({ sub: USERS.supplierUser(6), role: 'supplier', supplierId: ids.Q });
    const question = (
      await call(asker, `/api/v1/tenders/${tenders.published}/questions`, {
        question: 'Is a site visit required?',
      })
    ).id!;
    await call(officer, `/api/v1/tenders/${tenders.published}/questions/${question}/answer`, {
      answer: 'No, the site plans are in the annex',
    });
    await sealed('published with bids', 'S', tenders.published, 71_111_111, hex('a1'));
    await sealed('published with bids', 'X', tenders.published, 71_222_222, hex('a2'));
    tenders.cancelled = await tender(30);
    await sealed('cancelled with bids', 'S', tenders.cancelled, 74_444_444, hex('d4'));
    await sealed('cancelled with bids', 'X', tenders.cancelled, 74_555_555, hex('d5'));
    await call(officer, `/api/v1/tenders/${tenders.cancelled}/cancel`, {
      reason: 'Service merged',
    });

    // Every read model has applied the whole log, so a route cannot pass for being behind.
    const head = (await ledger.store.head()).position;
    const readSide = ledger.app.get(ReadSide);
    for (const { projection } of await readSide.lag())
      await readSide.ready(projection as ReadModelName, head, 10_000);

    // Every GET route of the OpenAPI document, its path parameters filled with the world's ids.
    const doc = (await ledger.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const urls: string[] = [];
    const tenderIds = Object.values(tenders);
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (operations['get'] === undefined || !path.startsWith('/api/')) continue;
      const fill = (tenderId: string) =>
        path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
          if (name === 'kind') return 'tender';
          if (name === 'id' && (path.includes('/tenders/') || path.includes('{kind}')))
            return tenderId;
          // One OCDS contracting process per tender (default OCID prefix).
          if (name === 'ocid') return `ocds-ledger-${tenderId}`;
          if (
            name === 'id' &&
            (path.startsWith('/api/v1/suppliers/') ||
              path.startsWith('/api/v1/accountability/suppliers/'))
          )
            return ids.S;
          if (name === 'id' && path.startsWith('/api/v1/budget-lines/')) return line;
          if (name === 'id' && path.startsWith('/api/v1/accountability/agencies/'))
            return ids.agencyA;
          if (name === 'id' && path.startsWith('/api/v1/accountability/contracts/'))
            return contract;
          if (name === 'contractId') return contract;
          if (name === 'supplierId') return ids.S;
          // The transparency log serves hashes of the log: its routes are searched like the others.
          if (name === 'size') return String(head);
          throw new Error(
            `sealed-bids test: no value for path parameter {${name}} of GET ${path}; add one`,
          );
        });
      const filled = new Set(tenderIds.map(fill));
      for (const url of filled) {
        if (path === '/api/v1/events') urls.push(`${url}?live=false`);
        else if (path.endsWith('/history')) urls.push(`${url}?limit=500`);
        else if (path.includes('{kind}')) {
          // The current state, a past instant and a past position: every way the route folds the log.
          urls.push(
            url,
            `${url}?asOf=${encodeURIComponent(new Date().toISOString())}`,
            `${url}?atPosition=${head}`,
          );
        } else urls.push(url);
      }
    }
    for (const url of urls) {
      for (const caller of callers) {
        let req = ledger.http().get(url);
        if (caller.authorization !== undefined)
          req = req.set('Authorization', caller.authorization);
        const res = await req;
        responses.push({ caller, url, status: res.status, text: res.text });
      }
    }
  });
  afterAll(() => ledger.close());

  it('built all four phases and called every GET route, the SSE feed included, as nine callers', () => {
    expect(secrets).toHaveLength(7);
    const urls = new Set(responses.map((r) => r.url.split('?')[0]));
    expect([...urls]).toEqual(
      expect.arrayContaining([
        `/api/v1/events`,
        `/api/v1/audit/tender/${tenders.failed}/state`,
        `/api/v1/tenders/${tenders.opened}/bids`,
      ]),
    );
    // The search means something: the auditor does find every secret somewhere, and so does each bidder its own.
    const auditorText = responses
      .filter((r) => r.caller.auditor)
      .map((r) => r.text)
      .join('\n');
    for (const secret of secrets) {
      expect(auditorText).toContain(String(secret.priceMinor));
      expect(auditorText).toContain(secret.digest);
    }
    // The routes answered about the tenders, not 404s: the search covered real answers.
    for (const r of responses.filter(
      (x) => x.caller.label === 'anonymous' && /\/(public\/tenders|ocds\/records)\/./.test(x.url),
    ))
      expect(`${r.url} ${r.status}`).toBe(`${r.url} 200`);
    const bidderText = responses
      .filter((r) => r.caller.owner === 'S')
      .map((r) => r.text)
      .join('\n');
    for (const secret of secrets.filter((s) => s.owner === 'S'))
      expect(bidderText).toContain(String(secret.priceMinor));
  });

  it('never shows a sealed price or proposal digest to anyone but the auditor and the bidder', () => {
    const leaks: string[] = [];
    for (const r of responses) {
      for (const secret of secrets) {
        if (r.caller.auditor || r.caller.owner === secret.owner) continue;
        const found = [
          r.text.includes(String(secret.priceMinor)) ? `price ${secret.priceMinor}` : '',
          r.text.includes(secret.digest) ? 'digest' : '',
        ].filter(Boolean);
        if (found.length > 0)
          leaks.push(
            `GET ${r.url} as ${r.caller.label} (${r.status}): ${found.join(' and ')} of a bid sealed for good (${secret.phase})`,
          );
      }
    }
    expect(leaks).toEqual([]);
  });

  it('never lists a bid no opening named, not even by its id, to a caller who may not know how many bids a tender received', () => {
    // The count is for the buying agency, its evaluators and oversight (ADR 0006 decision 6); to
    // anyone else an item per bid (a history entry, a sealed stub) counts the bids all the same.
    const leaks: string[] = [];
    for (const r of responses) {
      if (r.caller.knowsCount) continue;
      for (const secret of secrets) {
        if (r.caller.owner === secret.owner) continue;
        if (r.text.includes(secret.bidId))
          leaks.push(
            `GET ${r.url} as ${r.caller.label} (${r.status}): bid ${secret.bidId} (${secret.phase})`,
          );
      }
    }
    expect(leaks).toEqual([]);
    // The search means something: the buying agency's officer does see each bid's id somewhere.
    const officerText = responses
      .filter((r) => r.caller.label === 'buying agency officer')
      .map((r) => r.text)
      .join('\n');
    for (const secret of secrets) expect(officerText).toContain(secret.bidId);
  });

  it('never names the author of a clarification question to anyone but the auditor (organisation or user)', () => {
    const leaks = responses
      .filter(
        (r) =>
          !r.caller.auditor && (r.text.includes(ids.Q) || r.text.includes(USERS.supplierUser(6))),
      )
      .map((r) => `GET ${r.url} as ${r.caller.label} (${r.status})`);
    expect(leaks).toEqual([]);
    // The search means something: the auditor sees the author, and everyone the question itself.
    const auditorText = responses
      .filter((r) => r.caller.auditor)
      .map((r) => r.text)
      .join('\n');
    expect(auditorText).toContain(ids.Q);
    const publicText = responses
      .filter((r) => r.caller.label === 'anonymous')
      .map((r) => r.text)
      .join('\n');
    expect(publicText).toContain('Is a site visit required?');
  });

  it('never names a bidder whose bids were never opened to a caller without a token (not even as the actor of a history item)', () => {
    const leaks = responses
      .filter((r) => r.caller.label === 'anonymous' && r.text.includes(ids.X))
      .map((r) => `GET ${r.url} (${r.status})`);
    expect(leaks).toEqual([]);
  });
});
