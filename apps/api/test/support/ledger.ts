import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE, type Clock } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import { uuidv7 } from '@contract-ledger/event-store';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { createApp } from '../../src/app';
import { hs256, inOneHour, USERS } from './tokens';

/** The instant commands act at: tests move it forward to pass deadlines instead of sleeping. */
export class ManualClock {
  constructor(public current: Date = new Date('2026-03-02T09:00:00.000Z')) {}

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }

  iso(daysFromNow = 0): string {
    return new Date(this.current.getTime() + days(daysFromNow)).toISOString();
  }
}

const days = (n: number) => n * 86_400_000;

export interface LedgerApp {
  readonly app: NestFastifyApplication;
  readonly store: EventStore;
  readonly clock: ManualClock;
  readonly http: () => ReturnType<typeof request>;
  readonly bearer: (claims: object) => string;
  /** LEDGER_DATA_DIR: the SQLite files when `env` asks for LEDGER_STORE=sqlite. */
  readonly dataDir: string;
  close(): Promise<void>;
}

/**
 * The real app on the in-memory store, with the application's clock provided by the test (the
 * CLOCK port, through createApp's `clock` option) so deadlines pass in a line of code. Tokens are signed with the embedded secret the
 * app generated, independently of the code under test.
 */
export async function startLedger(
  options: { spanExporter?: SpanExporter; env?: Record<string, string> } = {},
): Promise<LedgerApp> {
  const clock = new ManualClock();
  const now: Clock = () => clock.current;

  const dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-e2e-'));
  const { app } = await createApp(
    { LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent', LEDGER_STORE: 'memory', ...options.env },
    {
      clock: now,
      ...(options.spanExporter === undefined ? {} : { spanExporter: options.spanExporter }),
    },
  );
  await app.getHttpAdapter().getInstance().ready();
  const secret = Buffer.from(
    readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
    'base64url',
  );
  return {
    app,
    store: app.get<EventStore>(EVENT_STORE),
    clock,
    http: () => request(app.getHttpServer()),
    bearer: (claims) => `Bearer ${hs256({ exp: inOneHour(), ...claims }, secret)}`,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every problem response: RFC 9457 members, our code, no stack trace. */
export function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code, detail: res.body.detail }).toEqual({
    status,
    code,
    detail: expect.any(String),
  });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|"stack"|node_modules/);
}

/** Actors of a small market: two agencies, suppliers, evaluators and the global roles. */
export function actors(ledger: LedgerApp) {
  const agencyA = uuidv7();
  const agencyB = uuidv7();
  const supplierIds = [uuidv7(), uuidv7(), uuidv7(), uuidv7()] as const;
  const evaluatorIds = [uuidv7(), uuidv7(), uuidv7()] as const;
  const t = ledger.bearer;
  return {
    agencyA,
    agencyB,
    supplierIds,
    evaluatorIds,
    officerA: t({ sub: USERS.officerA, role: 'agency_officer', agencyId: agencyA }),
    officerB: t({ sub: USERS.officerB, role: 'agency_officer', agencyId: agencyB }),
    financeA: t({ sub: USERS.financeA, role: 'finance_officer', agencyId: agencyA }),
    financeB: t({ sub: USERS.financeB, role: 'finance_officer', agencyId: agencyB }),
    supervisor: t({ sub: USERS.supervisor, role: 'supervisor' }),
    auditor: t({ sub: USERS.auditor, role: 'auditor' }),
    supplier: supplierIds.map((id, i) =>
      t({ sub: USERS.supplierUser(i), role: 'supplier', supplierId: id }),
    ),
    evaluator: evaluatorIds.map((id) => t({ sub: id, role: 'evaluator' })),
  };
}

export const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/**
 * What an officer sends to draft a tender: an open tender for elderly home care, 1,000,000.00 CNY,
 * price 40 and quality 60, for social organisations rated 3A or better. `overrides` replace fields.
 */
export function tenderDraft(budgetLineId: string, overrides: object = {}) {
  return {
    budgetLineId,
    method: 'open',
    title: 'Home care for elderly residents',
    serviceCategory: 'elderly_care',
    estimatedValue: CNY(100_000_000),
    criteria: [
      { criterionId: 'price', name: 'Price', weight: 40 },
      { criterionId: 'quality', name: 'Service quality plan', weight: 60 },
    ],
    eligibility: {
      minRating: '3A',
      supplierKinds: ['social_organisation'],
      invitedSupplierIds: [],
    },
    contractType: 'short_term_project',
    paymentModel: 'outcome_based',
    ...overrides,
  };
}

/**
 * A competitive negotiation's draft: one criterion (quality), open to every supplier kind and
 * rating, the method whose short periods the complaint, clarification and sandbox specs use.
 */
export function negotiationDraft(
  budgetLineId: string,
  { title, serviceCategory }: { title: string; serviceCategory: string },
) {
  return tenderDraft(budgetLineId, {
    method: 'competitive_negotiation',
    title,
    serviceCategory,
    criteria: [{ criterionId: 'quality', name: 'Service quality plan', weight: 100 }],
    eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
  });
}

/**
 * A market to tender in, set up through the API: agency A's budget line of 10,000,000.00 CNY for
 * `category`, and `suppliers` of the actors' suppliers registered as social organisations
 * (`Org 0`, `Org 1`...), the first `rated` of them with a qualification review valid for a year.
 * Every step must answer 201. Returns the budget line's id.
 */
export async function openMarket(
  ledger: LedgerApp,
  a: ReturnType<typeof actors>,
  { category, suppliers = 3, rated = 0 }: { category: string; suppliers?: number; rated?: number },
): Promise<string> {
  const post = (path: string, auth: string, body: object) =>
    ledger.http().post(path).set('Authorization', auth).send(body).expect(201);
  const line = await post('/api/v1/budget-lines', a.financeA, {
    fiscalYear: 2026,
    category,
    amount: CNY(1_000_000_000),
  });
  for (let i = 0; i < suppliers; i++) {
    await post('/api/v1/suppliers', a.supplier[i]!, {
      kind: 'social_organisation',
      name: `Org ${i}`,
      registrationNumber: `R-${i}`,
    });
    if (i < rated)
      await post(`/api/v1/suppliers/${a.supplierIds[i]}/qualification`, a.supervisor, {
        governanceScore: 85,
        financeScore: 85,
        serviceQualityScore: 85,
        assessor: 'Assessment Centre',
        validUntil: ledger.clock.iso(365),
      });
  }
  return line.body.id as string;
}
