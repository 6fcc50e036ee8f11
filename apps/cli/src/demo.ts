import {
  DEV_SECRET_FILE,
  loadOrCreateDevSecret,
  mintDevToken,
  type Role,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, text, UsageError } from './args';
import { DEMO_POLICY_FILE, startEmbeddedApi } from './embedded-api';

export const DEMO_USAGE = `Usage: ledger demo [--deadline-seconds 8] [--json] [--data-dir <dir>]
       ledger demo --url http://127.0.0.1:3000 [--data-dir ./data] [...]

Drives a realistic programme through the HTTP API: 3 agencies, 40 suppliers, 30 tenders (open,
invited, competitive negotiation, direct commission) in elderly care, child welfare, community
services and training, from clarifications and complaints about the conditions (one upheld, one
dismissed) to bids, awards with a standstill and complaints against them (one upheld, the
evaluation reopened, one dismissed), contracts, deliveries, evaluations, payments, an amendment
past the threshold, a termination for default that ends in a debarment, and its correction, and
completed contracts whose unpaid rest returns to their budget line.

Without --url it starts its own API (embedded SQLite store, the demo policy of
apps/cli/demo-policy.json: no minimum submission period, so deadlines pass in seconds, no
clarification cut-off before them, a standstill of 0.0001 day (8.64 s) after the awards of
competitive negotiations and none after the others, so most contracts are signed at once, and a
debarment proposed at the second failure) in a scratch data dir, removed at the end, or in
--data-dir, kept. With --url it drives a server already running, which must use the demo policy:

  LEDGER_POLICY_FILE=apps/cli/demo-policy.json npm start

and checks that before it writes anything.

  --url               a running API to drive instead of an embedded one
  --data-dir          with --url: the server's LEDGER_DATA_DIR, whose jwt-secret signs the tokens
                      (default: $LEDGER_DATA_DIR or ./data); without: where the embedded API keeps
                      its data (default: a scratch dir, removed at the end)
  --deadline-seconds  how far ahead tender deadlines are set; bids must all arrive before (default 8)
  --json              progress on stderr, and only the summary, as JSON, on stdout
`;

/** A server the demo cannot drive: printed as is, exit code 1 (wrong arguments are UsageErrors). */
export class DemoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoError';
  }
}

export interface DemoOptions {
  readonly url: string;
  readonly dataDir: string;
  readonly deadlineSeconds: number;
  /** Where the progress and the summary go. */
  readonly out: { write(text: string): unknown };
  /** Draw a progress bar (rewriting the line with \r); off when the output is not a terminal. */
  readonly tty: boolean;
  /** Requests in flight at once, across independent tenders and contracts. */
  readonly concurrency?: number;
}

export interface DemoSummary {
  agencies: number;
  budgetLines: number;
  suppliers: number;
  suppliersBelow3A: number;
  tenders: number;
  tendersByMethod: Record<string, number>;
  tendersFailed: number;
  bids: number;
  scores: number;
  awards: number;
  overrides: number;
  contracts: number;
  milestones: number;
  deliveries: number;
  lateDeliveries: number;
  evaluations: { accepted: number; partiallyAccepted: number; rejected: number };
  disbursements: number;
  amendments: number;
  terminations: number;
  debarments: number;
  /** Debarments corrected after the fact (the period, without rewriting the record). */
  debarmentCorrections: number;
  /** Questions asked and answered publicly (one answer amended the conditions). */
  clarifications: number;
  /**
   * Complaints decided by the review body: about the conditions before the deadline, and against
   * an award during its standstill (one of each upheld, one of each dismissed).
   */
  complaints: { upheld: number; dismissed: number };
  /** Awards whose standstill passed before signing (complaints against the award filed within it). */
  standstills: number;
  completed: number;
  /** Minor units the completed contracts did not need, returned to their budget lines. */
  releasedMinor: number;
  /** Minor units (fen), from the budget lines as the server reports them. */
  committedMinor: number;
  disbursedMinor: number;
  /** Each refusal the demo provoked on purpose, with the code the server answered. */
  refusals: { what: string; code: string }[];
  seconds: number;
}

const OPTIONS = {
  url: { type: 'string' },
  'data-dir': { type: 'string' },
  'deadline-seconds': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface DemoArgs {
  /** Undefined: start an embedded API. */
  readonly url: string | undefined;
  /** Given by the user (a server's, or where the embedded API keeps its data), else undefined. */
  readonly dataDir: string | undefined;
  readonly deadlineSeconds: number;
  readonly json: boolean;
}

export function parseDemoArgs(args: readonly string[], cwd: string): DemoArgs {
  const parsed = parseOptions(args, OPTIONS);
  const url = text(parsed, 'url');
  if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url))
    throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(url)}`);
  const deadlineText = text(parsed, 'deadline-seconds') ?? '8';
  const deadlineSeconds = /^\d{1,3}$/.test(deadlineText) ? Number(deadlineText) : NaN;
  if (!(deadlineSeconds >= 2))
    throw new UsageError(
      `--deadline-seconds must be a whole number from 2 to 999, got ${JSON.stringify(deadlineText)}`,
    );
  const dataDir = text(parsed, 'data-dir');
  return {
    url: url?.replace(/\/+$/, ''),
    dataDir: dataDir === undefined ? undefined : path.resolve(cwd, dataDir),
    deadlineSeconds,
    json: parsed.values.json === true,
  };
}

/**
 * `ledger demo`: against --url, or an embedded API it starts and stops. With --json, stdout carries
 * the summary alone, for scripts and CI; people read the progress on stderr.
 */
export async function demoCommand(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<number> {
  const options = parseDemoArgs(args, cwd);
  const out = options.json ? process.stderr : process.stdout;
  const server =
    options.url === undefined ? await startEmbeddedApi(options.dataDir, out) : undefined;
  try {
    const summary = await runDemo({
      url: server?.url ?? options.url!,
      dataDir:
        server?.dataDir ?? options.dataDir ?? path.resolve(cwd, env.LEDGER_DATA_DIR ?? 'data'),
      deadlineSeconds: options.deadlineSeconds,
      out,
      tty: out.isTTY === true,
    });
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } finally {
    await server?.stop();
  }
}

const AGENCIES = [
  'Civil Affairs Bureau',
  'Education Bureau',
  'Human Resources and Social Security Bureau',
];
const CATEGORIES = ['elderly_care', 'child_welfare', 'community_services', 'training'] as const;
const CATEGORY_TITLES: Record<(typeof CATEGORIES)[number], string> = {
  elderly_care: 'Home care for elderly residents',
  child_welfare: 'Family support for children in care',
  community_services: 'Neighbourhood community centre services',
  training: 'Vocational training for care workers',
};
const KINDS = ['social_organisation', 'enterprise', 'public_institution'] as const;
/** Methods of the 30 tenders: most competitive, a few direct (UK target: 85 % competitive). */
const METHODS = [
  ...Array<string>(12).fill('open'),
  ...Array<string>(8).fill('invited'),
  ...Array<string>(5).fill('competitive_negotiation'),
  ...Array<string>(5).fill('direct_commission'),
];
const SUPPLIER_COUNT = 40;
/** Suppliers 32..39 are rated below 3A: they may not bid where 3A is required or be commissioned directly. */
const WELL_RATED = 32;
const EVALUATORS = 6;
const DAY = 86_400_000;
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
/** Money in whole ten-thousandths of the minor unit, so shares in basis points are exact. */
const round4 = (minor: number) => Math.round(minor / 10_000) * 10_000;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Runs `task` over `items`, at most `limit` at once, keeping the order of results. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

class Progress {
  private started = Date.now();
  private label = '';
  private total = 0;
  private done = 0;

  constructor(private readonly options: Pick<DemoOptions, 'out' | 'tty'>) {}

  phase(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.started = Date.now();
    this.draw();
  }

  tick(): void {
    this.done++;
    this.draw();
  }

  private draw(): void {
    if (!this.options.tty) return;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    this.options.out.write(
      `\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${this.label}\x1b[K`,
    );
  }

  /** One line per phase, with its counts, whatever the terminal. */
  end(counts: string): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.options.out.write(
      `${this.options.tty ? '\r\x1b[K' : ''}  ${this.label.padEnd(28)} ${counts} (${seconds} s)\n`,
    );
  }
}

interface Bidder {
  readonly supplier: number;
  readonly bidId: string;
  readonly price: number;
  /** 0 is the best score of the tender. */
  readonly rank: number;
}

interface Tender {
  readonly index: number;
  readonly tenderId: string;
  readonly agency: number;
  readonly category: (typeof CATEGORIES)[number];
  readonly method: string;
  readonly estimate: number;
  readonly evaluators: readonly number[];
  readonly bidders: Bidder[];
  failed: boolean;
  awarded?: Bidder;
  contract?: Contract;
}

interface Contract {
  readonly contractId: string;
  readonly tender: Tender;
  readonly supplier: number;
  readonly value: number;
  readonly m1: { id: string; amount: number; dueAt: string };
  readonly m2: { id: string; amount: number; dueAt: string };
  readonly evaluator: number;
}

/** The standstill after the award of a competitive negotiation in demo-policy.json, in days. */
function demoStandstillDays(): number {
  const policy = JSON.parse(readFileSync(DEMO_POLICY_FILE, 'utf8')) as {
    standstillDays: { competitive_negotiation: number };
  };
  return policy.standstillDays.competitive_negotiation;
}

/** Where the server's policy differs from what demo-policy.json sets, as `field is X, the demo needs Y`. */
function policyDifferences(served: unknown): string[] {
  const wanted = JSON.parse(readFileSync(DEMO_POLICY_FILE, 'utf8')) as Record<string, unknown>;
  const differences: string[] = [];
  const compare = (want: unknown, got: unknown, field: string) => {
    if (typeof want === 'object' && want !== null) {
      for (const [key, value] of Object.entries(want))
        compare(value, (got as Record<string, unknown> | undefined)?.[key], `${field}.${key}`);
    } else if (want !== got) {
      differences.push(
        `${field.slice(1)} is ${JSON.stringify(got)}, the demo needs ${JSON.stringify(want)}`,
      );
    }
  };
  compare(wanted, served, '');
  return differences;
}

/**
 * The programme, phase by phase, through the public HTTP API only: every id the ledger keeps is
 * chosen here (UUIDv7), every POST carries an Idempotency-Key, and every refusal provoked on
 * purpose must come back with the expected code or the demo stops.
 */
export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const began = Date.now();
  const out = options.out;
  const limit = options.concurrency ?? 8;
  const progress = new Progress(options);

  if (!existsSync(path.join(options.dataDir, DEV_SECRET_FILE))) {
    throw new DemoError(
      `no ${DEV_SECRET_FILE} in ${options.dataDir}: start the server first, and point --data-dir at its LEDGER_DATA_DIR`,
    );
  }
  const secret = loadOrCreateDevSecret(options.dataDir);
  const now = () => Math.floor(Date.now() / 1000);
  const token = (role: Role, sub: string, scope: { agencyId?: string; supplierId?: string } = {}) =>
    `Bearer ${mintDevToken({ role, sub, ...scope, ttlSeconds: 3600, now: now() }, secret)}`;

  async function call(
    method: 'GET' | 'POST',
    url: string,
    auth: string | null,
    body?: object,
  ): Promise<Reply> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth !== null) headers.authorization = auth;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      // Safe to resend after a dropped connection: the server answers the first outcome again.
      headers['idempotency-key'] = uuidv7();
    }
    let res: Response;
    try {
      res = await fetch(`${options.url}${url}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new DemoError(
        `cannot reach ${options.url} (${(error as Error).message}); start it with: LEDGER_POLICY_FILE=apps/cli/demo-policy.json npm start`,
      );
    }
    const text = await res.text();
    return {
      status: res.status,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }
  const describe = (reply: Reply) =>
    `${reply.status} ${String(reply.body.code ?? '')} ${String(reply.body.detail ?? '')}`.trim();

  /** A step that must succeed. */
  async function ok(
    method: 'GET' | 'POST',
    url: string,
    auth: string,
    body?: object,
  ): Promise<Record<string, unknown>> {
    const reply = await call(method, url, auth, body);
    if (reply.status >= 300) {
      if (reply.body.code === 'TENDER_SUBMISSION_PERIOD_TOO_SHORT') {
        throw new DemoError(
          'the server keeps the default submission periods (20 days for open tenders): restart it with LEDGER_POLICY_FILE=apps/cli/demo-policy.json',
        );
      }
      if (reply.body.code === 'CONTRACT_STANDSTILL_RUNNING') {
        throw new DemoError(
          'the server keeps the default standstill after awards (10 days for open tenders): restart it with LEDGER_POLICY_FILE=apps/cli/demo-policy.json',
        );
      }
      if (reply.body.code === 'BID_AFTER_DEADLINE') {
        throw new DemoError(
          'bids arrived after the deadline: the server is slower than --deadline-seconds allows; raise it',
        );
      }
      throw new DemoError(`${method} ${url} failed: ${describe(reply)}`);
    }
    progress.tick();
    return reply.body;
  }

  const refusals: { what: string; code: string }[] = [];
  /** A step that must be refused with `code`: the rules the ledger enforces, met on purpose. */
  async function refused(
    what: string,
    code: string,
    url: string,
    auth: string,
    body?: object,
  ): Promise<void> {
    const reply = await call('POST', url, auth, body);
    if (reply.body.code !== code)
      throw new DemoError(`expected ${what} to be refused with ${code}, got ${describe(reply)}`);
    refusals.push({ what, code });
  }

  // The server, its secret and its policy, before anything is written.
  const ready = await call('GET', '/health/ready', null);
  if (ready.status !== 200)
    throw new DemoError(`${options.url}/health/ready answered ${describe(ready)}`);
  const auditor = token('auditor', uuidv7());
  const probe = await call('GET', `/api/v1/suppliers/${uuidv7()}`, auditor);
  if (probe.status === 401) {
    throw new DemoError(
      `the server refuses tokens signed with ${options.dataDir}/${DEV_SECRET_FILE} (${String(probe.body.detail)}): point --data-dir at its LEDGER_DATA_DIR`,
    );
  }
  const served = await call('GET', '/api/v1/public/policy', null);
  const differences =
    served.status === 200
      ? policyDifferences(served.body.policy)
      : [`GET /api/v1/public/policy answered ${describe(served)}`];
  if (differences.length > 0) {
    throw new DemoError(
      `the server does not run with the demo policy (${differences.join('; ')}), so the demo could not finish; nothing was written. Restart it with LEDGER_POLICY_FILE=apps/cli/demo-policy.json npm start, or run npm run demo without --url`,
    );
  }

  out.write(`Contract Ledger demo against ${options.url}\n`);
  const supervisorId = uuidv7();
  const supervisor = token('supervisor', supervisorId);
  const agencies = AGENCIES.map((name) => {
    const agencyId = uuidv7();
    return {
      name,
      agencyId,
      officer: token('agency_officer', uuidv7(), { agencyId }),
      finance: token('finance_officer', uuidv7(), { agencyId }),
      lines: new Map<string, string>(),
    };
  });
  const evaluatorIds = Array.from({ length: EVALUATORS }, () => uuidv7());
  const evaluators = evaluatorIds.map((id) => token('evaluator', id));
  const suppliers = Array.from({ length: SUPPLIER_COUNT }, (_, i) => {
    const supplierId = uuidv7();
    return { supplierId, auth: token('supplier', uuidv7(), { supplierId }), kind: KINDS[i % 3]! };
  });

  // Budget lines: one per agency and category.
  progress.phase('budget lines opened', agencies.length * CATEGORIES.length);
  const year = new Date().getUTCFullYear();
  await pool(
    agencies.flatMap((agency) => CATEGORIES.map((category) => ({ agency, category }))),
    limit,
    async ({ agency, category }) => {
      const budgetLineId = uuidv7();
      agency.lines.set(category, budgetLineId);
      await ok('POST', '/api/v1/budget-lines', agency.finance, {
        budgetLineId,
        fiscalYear: year,
        category,
        amount: cny(2_000_000_000),
      });
    },
  );
  progress.end(
    `${agencies.length} agencies, ${agencies.length * CATEGORIES.length} lines of 20,000,000.00 CNY`,
  );

  // Suppliers register themselves; a supervisor records each third-party qualification review.
  progress.phase('suppliers registered, rated', SUPPLIER_COUNT * 2);
  const validUntil = new Date(Date.now() + 2 * 365 * DAY).toISOString();
  await pool(suppliers, limit, async (s, i) => {
    await ok('POST', '/api/v1/suppliers', s.auth, {
      kind: s.kind,
      name: `${['Sunshine', 'Harmony', 'Evergreen', 'Lotus', 'Bridge'][i % 5]} ${['Care Centre', 'Social Services', 'Community Works', 'Training Institute'][i % 4]} ${i + 1}`,
      registrationNumber: `52110000MJ${String(100000 + i).padStart(7, '0')}X`,
    });
    // Well-rated: 3A..5A; the last eight: 2A (or 1A), some capped by a failing finance score.
    const score = i < WELL_RATED ? 72 + (i % 25) : 55 + (i % 10);
    await ok('POST', `/api/v1/suppliers/${s.supplierId}/qualification`, supervisor, {
      governanceScore: score,
      financeScore: i >= WELL_RATED && i % 2 === 0 ? 50 : score,
      serviceQualityScore: Math.min(100, score + 2),
      assessor: 'Municipal Social Organisation Assessment Centre',
      validUntil,
    });
  });
  progress.end(`${SUPPLIER_COUNT} suppliers, ${SUPPLIER_COUNT - WELL_RATED} rated below 3A`);

  // Tenders: the winner of tender t is well-rated supplier t (so each supplier holds at most one
  // contract and the failures that lead to the debarment are exactly the ones staged below).
  const tenders: Tender[] = METHODS.map((method, t) => {
    const bidderCount =
      method === 'direct_commission' ? 1 : method === 'competitive_negotiation' ? 3 : 4;
    // Tender 3 (open) draws only two bids: fewer than the three an open tender needs, so it fails.
    const count = t === 3 ? 2 : bidderCount;
    const estimate = round4(50_000_000 + ((t * 7_919_000) % 250_000_000));
    const bidders: Bidder[] = Array.from({ length: count }, (_, rank) => ({
      // Invited and negotiated tenders may include a low-rated supplier as the last bidder.
      supplier:
        rank === 0
          ? t
          : rank === count - 1 && method === 'competitive_negotiation'
            ? WELL_RATED + (t % 8)
            : (t + rank * 5) % WELL_RATED,
      bidId: uuidv7(),
      price: round4(estimate * (0.96 - 0.04 * rank)),
      rank,
    }));
    return {
      index: t,
      tenderId: uuidv7(),
      agency: t % 3,
      category: CATEGORIES[t % 4]!,
      method,
      estimate,
      evaluators: [t % EVALUATORS, (t + 1) % EVALUATORS],
      bidders,
      failed: false,
    };
  });
  const body = (tender: Tender, over: Record<string, unknown> = {}) => ({
    tenderId: tender.tenderId,
    budgetLineId: agencies[tender.agency]!.lines.get(tender.category),
    method: tender.method,
    title: `${CATEGORY_TITLES[tender.category]}, lot ${tender.index + 1}`,
    serviceCategory: tender.category,
    estimatedValue: cny(tender.estimate),
    criteria: [
      { criterionId: 'quality', name: 'Service quality plan', weight: 60 },
      { criterionId: 'price', name: 'Price', weight: 40 },
    ],
    eligibility: {
      minRating: tender.method === 'open' ? '3A' : null,
      supplierKinds: [],
      invitedSupplierIds:
        tender.method === 'invited'
          ? tender.bidders.map((b) => suppliers[b.supplier]!.supplierId)
          : [],
    },
    contractType: tender.index % 2 === 0 ? 'core_long_term' : 'short_term_project',
    paymentModel: ['outcome_based', 'process_based', 'unit_based'][tender.index % 3],
    ...(tender.method === 'direct_commission'
      ? {
          directCommission: {
            supplierId: suppliers[tender.bidders[0]!.supplier]!.supplierId,
            justification: 'Sole provider rated 3A or above in the district',
          },
        }
      : {}),
    ...over,
  });

  progress.phase('tenders drafted', tenders.length);
  await pool(tenders, limit, (tender) =>
    ok('POST', '/api/v1/tenders', agencies[tender.agency]!.officer, body(tender)),
  );
  const direct = tenders.find((t) => t.method === 'direct_commission')!;
  await refused(
    'a direct commission to a supplier rated below 3A',
    'DIRECT_COMMISSION_RATING_TOO_LOW',
    '/api/v1/tenders',
    agencies[direct.agency]!.officer,
    {
      ...body(direct, { tenderId: uuidv7() }),
      directCommission: {
        supplierId: suppliers[WELL_RATED]!.supplierId,
        justification: 'Convenient',
      },
    },
  );
  const byMethod: Record<string, number> = {};
  for (const t of tenders) byMethod[t.method] = (byMethod[t.method] ?? 0) + 1;
  progress.end(
    `${tenders.length} tenders: ${Object.entries(byMethod)
      .map(([m, n]) => `${n} ${m}`)
      .join(', ')}`,
  );

  // One deadline for all: the server's policy (demo-policy.json) allows a period of seconds.
  const deadline = new Date(Date.now() + options.deadlineSeconds * 1000);
  progress.phase('tenders published', tenders.length * 3);
  await pool(tenders, limit, async (tender) => {
    const officer = agencies[tender.agency]!.officer;
    await ok('POST', `/api/v1/tenders/${tender.tenderId}/publish`, officer, {
      deadline: deadline.toISOString(),
    });
    for (const e of tender.evaluators)
      await ok('POST', `/api/v1/tenders/${tender.tenderId}/evaluators`, officer, {
        evaluatorId: evaluatorIds[e],
      });
  });
  await refused(
    'opening bids before the deadline',
    'BIDS_OPENED_BEFORE_DEADLINE',
    `/api/v1/tenders/${tenders[0]!.tenderId}/open-bids`,
    agencies[0]!.officer,
    {},
  );
  progress.end(
    `${tenders.length} published, deadline in ${options.deadlineSeconds} s, ${tenders.length * 2} evaluators assigned`,
  );

  const bidCount = tenders.reduce((n, t) => n + t.bidders.length, 0);
  progress.phase('sealed bids submitted', bidCount);
  await pool(tenders, limit, async (tender) => {
    for (const b of tender.bidders) {
      await ok('POST', `/api/v1/tenders/${tender.tenderId}/bids`, suppliers[b.supplier]!.auth, {
        bidId: b.bidId,
        price: cny(b.price),
        proposalDigest: digest(`proposal ${tender.tenderId} ${b.supplier}`),
      });
    }
  });
  const open = tenders.find((t) => t.method === 'open' && t.index !== 3)!;
  await refused(
    'a bid from a supplier rated below the 3A the tender requires',
    'BID_RATING_TOO_LOW',
    `/api/v1/tenders/${open.tenderId}/bids`,
    suppliers[WELL_RATED + 1]!.auth,
    {
      price: cny(open.estimate),
      proposalDigest: digest('late entrant'),
    },
  );
  progress.end(`${bidCount} bids`);

  // Before the deadline: two questions answered publicly (one answer amends the conditions, a
  // non-material change, so bids and deadline stand) and two complaints about the conditions that
  // the review body decides at once: one dismissed, one upheld with the conditions amended.
  progress.phase('clarifications and complaints', 10);
  const reviewBody = token('review_body', uuidv7());
  const [asked, amendedByAnswer, dismissedOn, upheldOn] = tenders.filter(
    (t) => t.method === 'open' && t.index !== 3,
  );
  for (const [t, changes] of [
    [asked!, undefined],
    [
      amendedByAnswer!,
      {
        title: `${CATEGORY_TITLES[amendedByAnswer!.category]}, lot ${amendedByAnswer!.index + 1} (home visits only)`,
      },
    ],
  ] as const) {
    const question = await ok(
      'POST',
      `/api/v1/tenders/${t.tenderId}/questions`,
      suppliers[t.index]!.auth,
      {
        question: 'Are home visits on weekends part of the service?',
      },
    );
    await ok(
      'POST',
      `/api/v1/tenders/${t.tenderId}/questions/${String(question.id)}/answer`,
      agencies[t.agency]!.officer,
      {
        answer:
          changes === undefined
            ? 'Yes, on request of the resident'
            : 'No: the service is home visits on weekdays; the title now says so',
        ...(changes === undefined ? {} : { changes }),
      },
    );
  }
  const complaint = async (t: Tender, grounds: string) =>
    String(
      (
        await ok(
          'POST',
          `/api/v1/tenders/${t.tenderId}/complaints`,
          suppliers[SUPPLIER_COUNT - 1]!.auth,
          {
            subject: 'conditions',
            grounds,
            documentDigests: [digest(grounds)],
          },
        )
      ).id,
    );
  const dismissed = await complaint(dismissedOn!, 'The quality criterion favours incumbents');
  await ok(
    'POST',
    `/api/v1/tenders/${dismissedOn!.tenderId}/complaints/${dismissed}/decision`,
    reviewBody,
    {
      decision: 'dismissed',
      rationale: 'Quality weighs as the policy recommends',
    },
  );
  const upheld = await complaint(upheldOn!, 'The title hides that night care is required');
  await ok(
    'POST',
    `/api/v1/tenders/${upheldOn!.tenderId}/complaints/${upheld}/decision`,
    reviewBody,
    {
      decision: 'upheld',
      remedy: 'amend_conditions',
      rationale: 'Night care must be stated in the conditions',
    },
  );
  await ok(
    'POST',
    `/api/v1/tenders/${upheldOn!.tenderId}/amendments`,
    agencies[upheldOn!.agency]!.officer,
    {
      changes: {
        title: `${CATEGORY_TITLES[upheldOn!.category]}, lot ${upheldOn!.index + 1} (night care included)`,
      },
      reason: `Complaint ${upheld.slice(0, 13)}... upheld: night care stated`,
      complaintId: upheld,
    },
  );
  progress.end(
    '2 questions answered (1 amending the conditions); complaints: 1 dismissed, 1 upheld',
  );

  progress.phase('waiting for the deadline', 1);
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now() + 250)),
  );
  progress.tick();
  progress.end(`deadline ${deadline.toISOString()} passed`);

  progress.phase('bids opened', tenders.length);
  await pool(tenders, limit, async (tender) => {
    await ok(
      'POST',
      `/api/v1/tenders/${tender.tenderId}/open-bids`,
      agencies[tender.agency]!.officer,
      {},
    );
    const view = await ok(
      'GET',
      `/api/v1/tenders/${tender.tenderId}`,
      agencies[tender.agency]!.officer,
    );
    tender.failed = view.status === 'failed';
  });
  const live = tenders.filter((t) => !t.failed);
  progress.end(`${live.length} opened, ${tenders.length - live.length} failed for too few bids`);

  // Scores fall with the rank, so rank 0 is the best weighted score of its tender.
  const scoreCount = live.reduce((n, t) => n + t.bidders.length * t.evaluators.length, 0);
  progress.phase('bids scored', scoreCount);
  await pool(live, limit, async (tender) => {
    for (const e of tender.evaluators) {
      for (const b of tender.bidders) {
        await ok(
          'POST',
          `/api/v1/tenders/${tender.tenderId}/bids/${b.bidId}/scores`,
          evaluators[e]!,
          {
            scores: [
              { criterionId: 'quality', score: 92 - 6 * b.rank - (e % 2) },
              { criterionId: 'price', score: 88 - 5 * b.rank },
            ],
          },
        );
      }
    }
  });
  progress.end(`${scoreCount} scores by ${EVALUATORS} evaluators`);

  // The override: the officer of the first invited tender awards the second-best bid.
  const overridden = live.find((t) => t.method === 'invited')!;
  progress.phase('tenders awarded', live.length);
  await refused(
    'awarding a bid that is not the best without a rationale',
    'AWARD_RATIONALE_REQUIRED',
    `/api/v1/tenders/${overridden.tenderId}/award`,
    agencies[overridden.agency]!.officer,
    {
      bidId: overridden.bidders[1]!.bidId,
    },
  );
  await pool(live, limit, async (tender) => {
    const winner = tender === overridden ? tender.bidders[1]! : tender.bidders[0]!;
    await ok('POST', `/api/v1/tenders/${tender.tenderId}/award`, agencies[tender.agency]!.officer, {
      bidId: winner.bidId,
      ...(tender === overridden
        ? { rationale: 'The best-scored bidder cannot staff the night shifts the service requires' }
        : {}),
    });
    tender.awarded = winner;
  });
  progress.end(`${live.length} awards, 1 override with a written rationale`);

  // Contracts: two milestones, 40 % and 60 %. Five first milestones fall due seconds after
  // signing, so their deliveries below are late.
  const lateTenders = new Set(live.slice(0, 5).map((t) => t.index));
  const signing = (tender: Tender) => {
    const value = tender.awarded!.price;
    const m1Amount = round4(value * 0.4);
    const m1 = {
      id: uuidv7(),
      amount: m1Amount,
      dueAt: new Date(
        Date.now() + (lateTenders.has(tender.index) ? 2_000 : 90 * DAY),
      ).toISOString(),
    };
    const m2 = {
      id: uuidv7(),
      amount: value - m1Amount,
      dueAt: new Date(Date.now() + 180 * DAY).toISOString(),
    };
    const milestone = (m: typeof m1, n: number) => ({
      milestoneId: m.id,
      title: `${CATEGORY_TITLES[tender.category]}: phase ${n}`,
      dueAt: m.dueAt.replace(/\.\d{3}Z$/, 'Z'),
      amount: cny(m.amount),
      deliverables: ['Service log', 'Beneficiary feedback survey'],
      indicators: [
        { indicatorId: 'beneficiaries', description: 'People served', target: '>= 200' },
      ],
    });
    const body = {
      tenderId: tender.tenderId,
      value: cny(value),
      advanceCapPercent: 0,
      milestones: [milestone(m1, 1), milestone(m2, 2)],
    };
    return { value, m1, m2, body };
  };

  // Competitive negotiations have a standstill in the demo policy: no contract is signed before it
  // has passed, and a bidder that lost may complain against the award within it. One complaint is
  // upheld (the evaluation reopens, the winner's bid is disqualified and the next best awarded,
  // which starts a new standstill), one dismissed (the standstill resumes for the time it had left).
  const negotiated = live.filter((t) => t.method === 'competitive_negotiation');
  const [reawarded, contested, waiting] = negotiated as [Tender, Tender, Tender];
  const standstillMs = demoStandstillDays() * DAY;
  progress.phase('standstill and award complaints', 6);
  await refused(
    "signing during the award's standstill",
    'CONTRACT_STANDSTILL_RUNNING',
    '/api/v1/contracts',
    agencies[waiting.agency]!.officer,
    signing(waiting).body,
  );
  const awardComplaint = async (t: Tender, grounds: string) =>
    String(
      (
        await ok(
          'POST',
          `/api/v1/tenders/${t.tenderId}/complaints`,
          suppliers[t.bidders[1]!.supplier]!.auth,
          { subject: 'award', grounds, documentDigests: [digest(grounds)] },
        )
      ).id,
    );
  const upheldAward = await awardComplaint(
    reawarded,
    'The winning bid names no qualified night-shift nurse, which the conditions require',
  );
  await ok(
    'POST',
    `/api/v1/tenders/${reawarded.tenderId}/complaints/${upheldAward}/decision`,
    reviewBody,
    {
      decision: 'upheld',
      remedy: 'reopen_evaluation',
      rationale: 'The winning bid does not meet the staffing condition',
    },
  );
  await ok(
    'POST',
    `/api/v1/tenders/${reawarded.tenderId}/bids/${reawarded.bidders[0]!.bidId}/disqualify`,
    agencies[reawarded.agency]!.officer,
    { reason: `Complaint ${upheldAward.slice(0, 13)}... upheld: no qualified night-shift nurse` },
  );
  // The next best valid bid: no override, so no rationale.
  await ok(
    'POST',
    `/api/v1/tenders/${reawarded.tenderId}/award`,
    agencies[reawarded.agency]!.officer,
    { bidId: reawarded.bidders[1]!.bidId },
  );
  reawarded.awarded = reawarded.bidders[1]!;
  const dismissedAward = await awardComplaint(
    contested,
    'The price criterion was scored inconsistently between bidders',
  );
  await refused(
    'signing while a complaint against the award is pending',
    'CONTRACT_COMPLAINT_PENDING',
    '/api/v1/contracts',
    agencies[contested.agency]!.officer,
    signing(contested).body,
  );
  await ok(
    'POST',
    `/api/v1/tenders/${contested.tenderId}/complaints/${dismissedAward}/decision`,
    reviewBody,
    { decision: 'dismissed', rationale: 'The price scores follow the published formula' },
  );
  // Every standstill now ends within one standstill of this moment (the new award's, and the
  // dismissed one's, which resumed for the time it had left).
  await new Promise((resolve) => setTimeout(resolve, standstillMs + 250));
  progress.end(
    `${negotiated.length} standstills of ${(standstillMs / 1000).toFixed(2)} s passed; against an award: 1 upheld (evaluation reopened, awarded anew), 1 dismissed`,
  );

  progress.phase('contracts signed', live.length * 2);
  await pool(live, limit, async (tender) => {
    const officer = agencies[tender.agency]!.officer;
    const { value, m1, m2, body } = signing(tender);
    const signed = await ok('POST', '/api/v1/contracts', officer, body);
    const contract: Contract = {
      contractId: String(signed.id),
      tender,
      supplier: tender.awarded!.supplier,
      value,
      m1: { ...m1, dueAt: m1.dueAt.replace(/\.\d{3}Z$/, 'Z') },
      m2: { ...m2, dueAt: m2.dueAt.replace(/\.\d{3}Z$/, 'Z') },
      evaluator: (tender.index + 2) % EVALUATORS,
    };
    tender.contract = contract;
    await ok('POST', `/api/v1/contracts/${contract.contractId}/evaluators`, officer, {
      evaluatorId: evaluatorIds[contract.evaluator],
    });
  });
  const contracts = live.map((t) => t.contract!);
  progress.end(
    `${contracts.length} contracts, ${contracts.length * 2} milestones, an evaluator each`,
  );

  // The roles of a few contracts in the story.
  const [defaulting, rejectedA, rejectedB] = [contracts[6]!, contracts[9]!, contracts[12]!];
  const partial = new Set([contracts[7]!, contracts[10]!, contracts[13]!]);
  const amended = contracts[15]!;
  const secondDelivered = contracts.filter(
    (c, i) =>
      i % 2 === 0 && c !== defaulting && c !== amended && c !== rejectedA && c !== rejectedB,
  );

  const lastLateDue = Math.max(
    ...contracts.filter((c) => lateTenders.has(c.tender.index)).map((c) => Date.parse(c.m1.dueAt)),
  );
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, lastLateDue - Date.now() + 1_100)),
  );
  const deliveries = [
    ...contracts.map((c) => ({ c, m: c.m1 })),
    ...secondDelivered.map((c) => ({ c, m: c.m2 })),
  ];
  progress.phase('deliveries reported', deliveries.length);
  let late = 0;
  await pool(deliveries, limit, async ({ c, m }) => {
    await ok(
      'POST',
      `/api/v1/contracts/${c.contractId}/milestones/${m.id}/deliveries`,
      suppliers[c.supplier]!.auth,
      {
        evidenceDigests: [`sha256:${digest(`evidence ${m.id}`)}`],
        indicatorResults: [
          { indicatorId: 'beneficiaries', value: String(180 + (c.value % 60)), met: true },
        ],
      },
    );
    if (Date.parse(m.dueAt) < Date.now()) late++;
  });
  progress.end(`${deliveries.length} deliveries, ${late} late`);

  const verdictOf = (c: Contract, m: Contract['m1']) =>
    m === c.m1 && (c === defaulting || c === rejectedA || c === rejectedB)
      ? 'rejected'
      : m === c.m1 && partial.has(c)
        ? 'partially_accepted'
        : 'accepted';
  const shareOf = { accepted: 10_000, partially_accepted: 7_500, rejected: 0 } as const;
  progress.phase('milestones evaluated', deliveries.length);
  const evaluations = { accepted: 0, partiallyAccepted: 0, rejected: 0 };
  await pool(deliveries, limit, async ({ c, m }) => {
    const verdict = verdictOf(c, m);
    await ok(
      'POST',
      `/api/v1/contracts/${c.contractId}/milestones/${m.id}/evaluations`,
      evaluators[c.evaluator]!,
      {
        verdict,
        acceptedShareBps: shareOf[verdict],
        score: verdict === 'accepted' ? 88 : verdict === 'rejected' ? 25 : 68,
        comments:
          verdict === 'rejected'
            ? 'Service logs do not evidence the visits claimed'
            : 'Verified against the service logs',
      },
    );
    if (verdict === 'accepted') evaluations.accepted++;
    else if (verdict === 'rejected') evaluations.rejected++;
    else evaluations.partiallyAccepted++;
  });
  progress.end(
    `${evaluations.accepted} accepted, ${evaluations.partiallyAccepted} partially, ${evaluations.rejected} rejected`,
  );

  const payable = deliveries.filter(({ c, m }) => verdictOf(c, m) !== 'rejected');
  progress.phase('funds disbursed', payable.length);
  await pool(payable, limit, async ({ c, m }) => {
    const amount = (m.amount * shareOf[verdictOf(c, m)]) / 10_000;
    await ok(
      'POST',
      `/api/v1/contracts/${c.contractId}/disbursements`,
      agencies[c.tender.agency]!.finance,
      { kind: 'milestone', milestoneId: m.id, amount: cny(amount) },
    );
  });
  await refused(
    'paying a rejected milestone',
    'MILESTONE_NOT_ACCEPTED',
    `/api/v1/contracts/${rejectedA.contractId}/disbursements`,
    agencies[rejectedA.tender.agency]!.finance,
    {
      kind: 'milestone',
      milestoneId: rejectedA.m1.id,
      amount: cny(1),
    },
  );
  progress.end(`${payable.length} payments for accepted work`);

  // A 20 % raise: past the 10 % threshold, so it needs a supervisor's approval first.
  progress.phase('contract amended', 2);
  const officerOf = (c: Contract) => agencies[c.tender.agency]!.officer;
  const newValue = round4(amended.value * 1.2);
  const amendment = (extra: Record<string, unknown> = {}) => ({
    rationale: 'scope_change',
    justification: 'Forty more households enrolled after the district merger',
    newValue: cny(newValue),
    milestones: [amended.m1, { ...amended.m2, amount: newValue - amended.m1.amount }].map(
      (m, n) => ({
        milestoneId: m.id,
        title: `${CATEGORY_TITLES[amended.tender.category]}: phase ${n + 1}`,
        dueAt: m.dueAt,
        amount: cny(m.amount),
        deliverables: ['Service log', 'Beneficiary feedback survey'],
        indicators: [
          { indicatorId: 'beneficiaries', description: 'People served', target: '>= 200' },
        ],
      }),
    ),
    ...extra,
  });
  await refused(
    'a 20 % raise without a supervisor approval',
    'AMENDMENT_NEEDS_SUPERVISOR_APPROVAL',
    `/api/v1/contracts/${amended.contractId}/amendments`,
    officerOf(amended),
    amendment(),
  );
  const approval = await ok(
    'POST',
    `/api/v1/contracts/${amended.contractId}/amendment-approvals`,
    supervisor,
    {
      maxNewValue: cny(newValue),
      justification: 'Enrolment grew with the district merger; budget line has room',
    },
  );
  await ok(
    'POST',
    `/api/v1/contracts/${amended.contractId}/amendments`,
    officerOf(amended),
    amendment({ supervisorApprovalId: approval.approvalId }),
  );
  progress.end(
    `value ${(amended.value / 100).toFixed(2)} -> ${(newValue / 100).toFixed(2)} CNY with approval ${String(approval.approvalId).slice(0, 13)}...`,
  );

  // Termination for default: the supplier's second failure (its first milestone was rejected),
  // so the ledger proposes its debarment; the supervisor decides on that proposal.
  progress.phase('termination and debarment', 5);
  await ok('POST', `/api/v1/contracts/${defaulting.contractId}/terminate`, officerOf(defaulting), {
    reason: 'for_default',
    explanation: 'No home visits made for two months after the rejected first phase',
  });
  const debarred = suppliers[defaulting.supplier]!;
  const standing = await ok('GET', `/api/v1/suppliers/${debarred.supplierId}`, supervisor);
  const proposal = (
    standing.debarmentProposals as { proposalId: string; evidenceEventIds: string[] }[] | undefined
  )?.at(-1);
  if (proposal === undefined) {
    throw new DemoError(
      'the termination for default proposed no debarment: the server does not run the demo policy (failuresBeforeDebarmentProposal 2); restart it with LEDGER_POLICY_FILE=apps/cli/demo-policy.json',
    );
  }
  await ok('POST', `/api/v1/suppliers/${debarred.supplierId}/debarments`, supervisor, {
    proposalId: proposal.proposalId,
    grounds: 'Contract terminated for default after a rejected milestone',
    authority: 'Municipal Finance Bureau',
    evidenceEventIds: proposal.evidenceEventIds,
  });
  // The debarment was entered with the default length; the decision said two years: corrected,
  // the first record kept (the blacklist answers both as known now and as known before).
  const debarment = (await ok('GET', `/api/v1/suppliers/${debarred.supplierId}`, supervisor))
    .debarments as { debarmentId: string; from: string }[];
  await ok(
    'POST',
    `/api/v1/suppliers/${debarred.supplierId}/debarments/${debarment.at(-1)!.debarmentId}/correction`,
    supervisor,
    {
      until: new Date(Date.parse(debarment.at(-1)!.from) + 730 * DAY).toISOString(),
      reason: 'The decision debars for two years, not the default length',
    },
  );
  progress.end(
    `supplier ${debarred.supplierId.slice(0, 13)}... terminated for default, debarred on the ledger's proposal, the period corrected`,
  );

  // Money as the budget lines hold it, not as the demo thinks it sent it.
  const budgetLines = async () => {
    let committed = 0;
    let disbursed = 0;
    for (const agency of agencies) {
      for (const line of agency.lines.values()) {
        const view = await ok('GET', `/api/v1/budget-lines/${line}`, agency.finance);
        committed += (view.committed as { amountMinor: number }).amountMinor;
        disbursed += (view.disbursed as { amountMinor: number }).amountMinor;
      }
    }
    return { committed, disbursed };
  };

  // Contracts whose every milestone is evaluated are completed; what a contract did not pay (a
  // partly accepted milestone) returns from its commitment to its budget line in the same append.
  const completable = contracts.filter((c) => secondDelivered.includes(c));
  const before = await budgetLines();
  progress.phase('contracts completed', completable.length);
  await pool(completable, limit, (c) =>
    ok('POST', `/api/v1/contracts/${c.contractId}/complete`, officerOf(c), {}),
  );
  const { committed: committedMinor, disbursed: disbursedMinor } = await budgetLines();
  const releasedMinor = before.committed - committedMinor;
  const unpaidMinor = completable.reduce(
    (n, c) =>
      n +
      c.value -
      [c.m1, c.m2].reduce((paid, m) => paid + (m.amount * shareOf[verdictOf(c, m)]) / 10_000, 0),
    0,
  );
  if (releasedMinor !== unpaidMinor || releasedMinor === 0)
    throw new DemoError(
      `completing ${completable.length} contracts returned ${releasedMinor} to their budget lines, expected their unpaid ${unpaidMinor}`,
    );
  progress.end(
    `${completable.length} completed, ${money(releasedMinor)} unpaid returned to their budget lines`,
  );

  const summary: DemoSummary = {
    agencies: agencies.length,
    budgetLines: agencies.length * CATEGORIES.length,
    suppliers: SUPPLIER_COUNT,
    suppliersBelow3A: SUPPLIER_COUNT - WELL_RATED,
    tenders: tenders.length,
    tendersByMethod: byMethod,
    tendersFailed: tenders.length - live.length,
    bids: bidCount,
    scores: scoreCount,
    awards: live.length,
    overrides: 1,
    contracts: contracts.length,
    milestones: contracts.length * 2,
    deliveries: deliveries.length,
    lateDeliveries: late,
    evaluations,
    disbursements: payable.length,
    amendments: 1,
    terminations: 1,
    debarments: 1,
    debarmentCorrections: 1,
    clarifications: 2,
    complaints: { upheld: 2, dismissed: 2 },
    standstills: negotiated.length,
    completed: completable.length,
    releasedMinor,
    committedMinor,
    disbursedMinor,
    refusals,
    seconds: (Date.now() - began) / 1000,
  };
  out.write(formatSummary(summary));
  return summary;
}

const money = (minor: number) =>
  `${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} CNY`;

export function formatSummary(s: DemoSummary): string {
  const rows: [string, string][] = [
    ['agencies / budget lines', `${s.agencies} / ${s.budgetLines}`],
    ['suppliers (below 3A)', `${s.suppliers} (${s.suppliersBelow3A})`],
    [
      'tenders',
      `${s.tenders}: ${Object.entries(s.tendersByMethod)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}; ${s.tendersFailed} failed`,
    ],
    ['bids / scores', `${s.bids} / ${s.scores}`],
    ['awards (overrides)', `${s.awards} (${s.overrides})`],
    ['contracts / milestones', `${s.contracts} / ${s.milestones}`],
    ['deliveries (late)', `${s.deliveries} (${s.lateDeliveries})`],
    [
      'evaluations',
      `${s.evaluations.accepted} accepted, ${s.evaluations.partiallyAccepted} partially, ${s.evaluations.rejected} rejected`,
    ],
    ['disbursements', String(s.disbursements)],
    ['amendments past threshold', String(s.amendments)],
    ['terminations for default', String(s.terminations)],
    ['clarifications', String(s.clarifications)],
    [
      'complaints',
      `${s.complaints.upheld} upheld, ${s.complaints.dismissed} dismissed (conditions and award)`,
    ],
    ['standstills passed', String(s.standstills)],
    ['debarments (corrected)', `${s.debarments} (${s.debarmentCorrections})`],
    ['contracts completed', String(s.completed)],
    ['unpaid returned to lines', money(s.releasedMinor)],
    ['money committed', money(s.committedMinor)],
    ['money disbursed', money(s.disbursedMinor)],
  ];
  return [
    '',
    `Summary (${s.seconds.toFixed(1)} s)`,
    ...rows.map(([k, v]) => `  ${k.padEnd(27)} ${v}`),
    `  refusals met on purpose    ${s.refusals.length}`,
    ...s.refusals.map((r) => `    ${r.code.padEnd(38)} ${r.what}`),
    '',
  ].join('\n');
}
