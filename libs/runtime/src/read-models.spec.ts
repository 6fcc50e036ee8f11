import { makePolicy } from '@contract-ledger/domain';
import { redFlags } from '@contract-ledger/projections';
import { id, project, Procurement } from '@contract-ledger/projections/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateConfig } from './config';
import { readModels } from './read-models';

const START = '2026-01-05T09:00:00.000Z';

describe('readModels: red flags judged against the reference policy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ledger-read-models-'));
    writeFileSync(
      path.join(dir, 'relaxed.json'),
      JSON.stringify({ minSubmissionDays: { open: 5 } }),
    );
    writeFileSync(
      path.join(dir, 'reference.json'),
      JSON.stringify({ minSubmissionDays: { open: 6 } }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A 6-day open tender, accepted by the deciders under a jurisdiction's 5-day minimum. */
  function relaxedJurisdiction(): Procurement {
    const w = new Procurement(
      makePolicy({
        minSubmissionDays: {
          open: 5,
          invited: 10,
          competitive_negotiation: 10,
          direct_commission: 0,
        },
      }),
    );
    const [agency, line] = [id(0xa1), id(0xb1)];
    w.openBudgetLine(line, agency, START);
    const suppliers = [id(0x51), id(0x52), id(0x53)];
    for (const s of suppliers) w.registerSupplier(s, START);
    w.runTender({
      tenderId: id(0x701),
      agencyId: agency,
      budgetLineId: line,
      draftedAt: START,
      estimateMinor: 1_000_000,
      submissionDays: 6,
      stopAfterOpening: true,
      bids: suppliers.map((supplierId, i) => ({
        supplierId,
        priceMinor: 1_000_000 + i,
        score: 90 - i,
      })),
    });
    return w;
  }

  async function shortPeriodFlags(env: Record<string, string>) {
    const projection = readModels(validateConfig(env, dir)).find((p) => p.name === 'red_flags')!;
    const rows = (await project(projection, relaxedJurisdiction().events)).rows(redFlags);
    return rows.filter((r) => r.code === 'SHORT_SUBMISSION_PERIOD').map((r) => r.details);
  }

  it('a jurisdiction that relaxed its policy in force still sees SHORT_SUBMISSION_PERIOD (reference: the defaults)', async () => {
    expect(await shortPeriodFlags({ LEDGER_POLICY_FILE: 'relaxed.json' })).toEqual([
      expect.objectContaining({ submissionDays: 6, minimumDays: 20 }),
    ]);
  });

  it('LEDGER_REFERENCE_POLICY_FILE sets the reference independently of the policy in force', async () => {
    expect(
      await shortPeriodFlags({
        LEDGER_POLICY_FILE: 'relaxed.json',
        LEDGER_REFERENCE_POLICY_FILE: 'reference.json',
      }),
    ).toEqual([]);
  });
});
