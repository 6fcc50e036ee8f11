import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE } from '@contract-ledger/application';
import {
  EVENT_DATA_SCHEMAS,
  LEDGER_EVENT_TYPES,
  type LedgerEventType,
} from '@contract-ledger/domain';
import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';
import { ocdsValidator } from '@contract-ledger/ocds/testing';
import Ajv from 'ajv';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';

const root = path.resolve(__dirname, '../../..');

/**
 * `npm run demo -- ...` as a user runs it, in a child process: asynchronously, since the API it
 * drives runs in this process and must keep answering.
 */
function ledgerDemo(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        path.join(root, 'tools/register.js'),
        path.join(root, 'apps/cli/src/main.ts'),
        'demo',
        ...args,
      ],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function readAll(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let from = 1; ;) {
    const page = await store.readAll({ fromPosition: from, limit: 10_000 });
    if (page.length === 0) return events;
    events.push(...page);
    from = page[page.length - 1]!.position + 1;
  }
}

/**
 * `ledger demo` against the real API listening on a port (embedded SQLite store in a temp data
 * dir, started with the demo policy file as the README says), then the store itself is checked:
 * the demo's summary must be what the ledger recorded, not what the demo believes it sent.
 */
describe('ledger demo against a running API', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-demo-'));
    ({ app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LEDGER_POLICY_FILE: path.join(root, 'apps/cli/demo-policy.json'),
    }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    url = `http://127.0.0.1:${address.port}`;
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the whole programme, reports it, and the store holds the story it tells', async () => {
    const run = await ledgerDemo(
      '--url',
      url,
      '--data-dir',
      dataDir,
      '--deadline-seconds',
      '15',
      '--json',
    );
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    const summary = JSON.parse(run.stdout);
    const output = run.stderr;

    expect(summary).toMatchObject({
      agencies: 3,
      budgetLines: 12,
      suppliers: 40,
      tenders: 30,
      tendersByMethod: { open: 12, invited: 8, competitive_negotiation: 5, direct_commission: 5 },
      tendersFailed: 1,
      awards: 29,
      overrides: 1,
      contracts: 29,
      lateDeliveries: 5,
      amendments: 1,
      terminations: 1,
      debarments: 1,
      debarmentCorrections: 1,
      clarifications: 2,
      complaints: { upheld: 2, dismissed: 2 },
      standstills: 5,
    });
    expect(summary.evaluations.rejected).toBe(3);
    expect(summary.refusals.map((r: { code: string }) => r.code).sort()).toEqual(
      [
        'AMENDMENT_NEEDS_SUPERVISOR_APPROVAL',
        'AWARD_RATIONALE_REQUIRED',
        'BIDS_OPENED_BEFORE_DEADLINE',
        'BID_RATING_TOO_LOW',
        'CONTRACT_COMPLAINT_PENDING',
        'CONTRACT_STANDSTILL_RUNNING',
        'DIRECT_COMMISSION_RATING_TOO_LOW',
        'MILESTONE_NOT_ACCEPTED',
      ].sort(),
    );
    expect(output).toContain('suppliers registered, rated');
    expect(output).toContain('Summary');
    expect(output).toContain('money disbursed');
    expect(output).not.toContain('\r');

    const events = await readAll(app.get<EventStore>(EVENT_STORE));
    const of = (type: string) => events.filter((e) => e.type === type);
    const data = (e: RecordedEvent) => e.data as Record<string, unknown>;
    expect(of('SupplierRegistered')).toHaveLength(40);
    expect(of('TenderPublished')).toHaveLength(30);
    expect(of('TenderFailed')).toHaveLength(1);
    expect(of('BidSubmitted')).toHaveLength(summary.bids);
    expect(of('TenderAwarded').filter((e) => data(e).override === true)).toHaveLength(1);
    expect(of('ContractSigned')).toHaveLength(29);
    expect(of('DeliveryReported').filter((e) => data(e).late === true)).toHaveLength(5);
    expect(of('MilestoneEvaluated').filter((e) => data(e).verdict === 'rejected')).toHaveLength(3);
    expect(of('FundsDisbursed')).toHaveLength(summary.disbursements);
    expect(of('ContractAmended').filter((e) => data(e).supervisorApprovalId !== null)).toHaveLength(
      1,
    );
    expect(of('ContractTerminated').map((e) => data(e).reason)).toEqual(['for_default']);
    const proposed = of('DebarmentProposed');
    expect(proposed).toHaveLength(1);
    expect(proposed[0]!.metadata.actor).toBe('system');
    const debarred = of('SupplierDebarred');
    expect(debarred).toHaveLength(1);
    expect(data(debarred[0]!)).toMatchObject({ proposalId: data(proposed[0]!).proposalId });
    // Issue 13: the corrected debarment, the clarifications (one amending the conditions), one
    // upheld and one dismissed complaint, and completed contracts returning their unpaid rest.
    expect(of('DebarmentCorrected').map((e) => data(e).debarmentId)).toEqual([
      data(debarred[0]!).debarmentId,
    ]);
    expect(of('QuestionAsked')).toHaveLength(2);
    expect(of('QuestionAnswered').map((e) => data(e).amendsConditions)).toEqual([false, true]);
    // Complaints: about the conditions before the deadline (no standstill to resume), and against
    // an award during the standstill of the competitive negotiations (demo policy: 0.0001 day).
    expect(of('StandstillStarted').map((e) => data(e).standstillDays)).toEqual(
      Array<number>(6).fill(0.0001),
    );
    const filed = of('ComplaintFiled');
    expect(filed.map((e) => data(e).subject)).toEqual([
      'conditions',
      'conditions',
      'award',
      'award',
    ]);
    const [, , upheldAward, dismissedAward] = filed.map((e) => data(e).complaintId);
    expect(of('ComplaintDismissed').map((e) => data(e).standstillEndsAt === null)).toEqual([
      true,
      false,
    ]);
    expect(of('ComplaintUpheld').map((e) => data(e).remedy)).toEqual([
      'amend_conditions',
      'reopen_evaluation',
    ]);
    // Upheld against the award: the award fell, the winner's bid was disqualified, the next best
    // awarded (a new standstill), and that is the contract signed.
    const upheld = of('ComplaintUpheld')[1]!;
    expect(data(upheld).complaintId).toBe(upheldAward);
    const reopened = events.filter((e) => e.stream === upheld.stream);
    const after = reopened.filter((e) => e.position > upheld.position).map((e) => e.type);
    expect(after).toEqual(['BidDisqualified', 'TenderAwarded', 'StandstillStarted']);
    const reaward = data(
      reopened.find((e) => e.type === 'TenderAwarded' && e.position > upheld.position)!,
    );
    expect(reaward.override).toBe(false);
    expect(data(reopened.find((e) => e.type === 'BidDisqualified')!).bidId).toBe(
      data(upheld).awardBidId,
    );
    const signedOn = (stream: string) =>
      of('ContractSigned').filter((e) => data(e).tenderId === stream.replace(/^tender-/, ''));
    expect(signedOn(upheld.stream).map((e) => data(e).supplierId)).toEqual([reaward.supplierId]);
    // Dismissed: the standstill resumed and the contract was signed after it ended, not before.
    const dismissed = of('ComplaintDismissed')[1]!;
    expect(data(dismissed).complaintId).toBe(dismissedAward);
    const signedAfterDismissal = signedOn(dismissed.stream);
    expect(signedAfterDismissal).toHaveLength(1);
    expect(Date.parse(data(signedAfterDismissal[0]!).signedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(data(dismissed).standstillEndsAt as string),
    );
    // Completed contracts: the unpaid rest (a partly accepted milestone) returned to the budget
    // line in the completion's append (CommitmentReduced to what was paid), as much as the demo
    // reports the lines gave back; the contract terminated for default released its whole rest.
    expect(of('CommitmentReleased').map((e) => data(e).contractId)).toEqual(
      of('ContractTerminated').map((e) => data(e).contractId),
    );
    const completed = of('ContractCompleted');
    expect(completed).toHaveLength(summary.completed);
    // Same append: the release is recorded next to the completion, for the same contract.
    const releasedOnCompletion = completed.flatMap((done) =>
      of('CommitmentReduced').filter(
        (e) =>
          data(e).contractId === data(done).contractId &&
          Math.abs(e.position - done.position) === 1,
      ),
    );
    const unpaid = completed.reduce(
      (n, e) =>
        n +
        (data(e).value as { amountMinor: number }).amountMinor -
        (data(e).amountPaid as { amountMinor: number }).amountMinor,
      0,
    );
    expect(unpaid).toBeGreaterThan(0);
    expect(
      releasedOnCompletion.reduce(
        (n, e) => n + (data(e).amount as { amountMinor: number }).amountMinor,
        0,
      ),
    ).toBe(unpaid);
    expect(summary.releasedMinor).toBe(unpaid);
    // The money reported is the money the ledger moved.
    const disbursed = of('FundsDisbursed').reduce(
      (n, e) => n + (data(e).cashPaid as { amountMinor: number }).amountMinor,
      0,
    );
    expect(summary.disbursedMinor).toBe(disbursed);
    expect(summary.disbursedMinor).toBeGreaterThan(0);
    expect(summary.committedMinor).toBeGreaterThan(summary.disbursedMinor);
  }, 120_000);

  // The published contract (docs/schemas) against what a realistic programme really recorded, so
  // a schema that drifts from the deciders' output (an extra, renamed or retyped field) fails here.
  it('records only events whose data validates against the published JSON Schema of its type', async () => {
    const events = await readAll(app.get<EventStore>(EVENT_STORE));
    expect(events.length).toBeGreaterThan(500);
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      // The two formats the contract uses, as the domain writes them (instants always in UTC).
      formats: {
        uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
      },
    });
    const validators = new Map(
      LEDGER_EVENT_TYPES.map((type) => [type, ajv.compile(EVENT_DATA_SCHEMAS[type])]),
    );
    // Refusal records (refusals-<id> streams) are internal oversight records, not part of the
    // published feed (the relay routes only these four stream kinds), so they have no feed schema.
    const published = events.filter((e) => /^(tender|contract|supplier|budget)-/.test(e.stream));
    expect(new Set(events.filter((e) => !published.includes(e)).map((e) => e.type))).toEqual(
      new Set(['DisbursementRefused']),
    );
    const invalid = published.flatMap((event) => {
      const validate = validators.get(event.type as LedgerEventType);
      if (!validate) return [`${event.type} at ${event.position}: no published schema`];
      return validate(event.data)
        ? []
        : [`${event.type} at ${event.position}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
    // The demo must exercise most of the contract for this check to mean something (28 of the
    // 39 published types when written; the rest are rarer paths such as lifted debarments).
    const seen = new Set(published.map((e) => e.type));
    expect(seen.size).toBeGreaterThanOrEqual(25);
    // Issue 13's events among them: the standstill and complaints against the award and the
    // conditions, clarifications, the debarment's correction, and money returned to budget lines.
    for (const type of [
      'StandstillStarted',
      'ComplaintFiled',
      'ComplaintUpheld',
      'ComplaintDismissed',
      'BidDisqualified',
      'QuestionAsked',
      'QuestionAnswered',
      'DebarmentCorrected',
      'CommitmentReduced',
      'CommitmentReleased',
    ])
      expect(seen).toContain(type);
  });

  // Open data: what the programme published as OCDS passes the official 1.1.5 schemas (ajv, draft-04)
  // and the community's own checker (lib-cove-ocds and ocdskit from PyPI, tools/ocds/community-check.sh).
  it('publishes the programme as OCDS that the official schemas and the community checker accept', async () => {
    const { position: head } = await app.get<EventStore>(EVENT_STORE).head();
    const bulk = await fetch(`${url}/api/v1/ocds/bulk?minPosition=${head}`);
    expect(bulk.status).toBe(200);
    const releasePackage = (await bulk.json()) as { releases: { ocid: string; tag: string[] }[] };
    const validator = ocdsValidator();
    expect(validator.errors('release-package', releasePackage)).toEqual([]);
    for (const release of releasePackage.releases)
      expect([
        ...validator.errors('release', release),
        ...validator.errors('extended-release', release),
      ]).toEqual([]);
    const ocids = [...new Set(releasePackage.releases.map((r) => r.ocid))];
    expect(ocids).toHaveLength(30);
    const tags = new Set(releasePackage.releases.flatMap((r) => r.tag));
    for (const tag of [
      'tender',
      'planningUpdate',
      'tenderUpdate',
      'award',
      'contract',
      'contractAmendment',
      'implementation',
      'contractTermination',
    ])
      expect(tags).toContain(tag);
    const records: unknown[] = [];
    let recordPackage: Record<string, unknown> = {};
    for (const ocid of ocids) {
      const res = await fetch(`${url}/api/v1/ocds/records/${ocid}`);
      expect(res.status).toBe(200);
      recordPackage = (await res.json()) as Record<string, unknown>;
      expect(validator.errors('record-package', recordPackage)).toEqual([]);
      records.push(...(recordPackage.records as unknown[]));
    }
    // The two clarifications as tender.enquiries (Enquiries extension), answered, the asker anonymous.
    const enquiries = records.flatMap(
      (r) =>
        (r as { compiledRelease: { tender?: { enquiries?: Record<string, unknown>[] } } })
          .compiledRelease.tender?.enquiries ?? [],
    );
    expect(enquiries).toHaveLength(2);
    for (const enquiry of enquiries) {
      expect(Object.keys(enquiry).sort()).toEqual(
        ['answer', 'date', 'dateAnswered', 'description', 'id'].sort(),
      );
    }
    const out = mkdtempSync(path.join(tmpdir(), 'ledger-demo-ocds-'));
    try {
      writeFileSync(path.join(out, 'releases.json'), JSON.stringify(releasePackage));
      writeFileSync(path.join(out, 'records.json'), JSON.stringify({ ...recordPackage, records }));
      const check = spawnSync(
        'bash',
        [
          path.join(root, 'tools/ocds/community-check.sh'),
          path.join(out, 'releases.json'),
          path.join(out, 'records.json'),
        ],
        {
          encoding: 'utf8',
          timeout: 600_000,
        },
      );
      expect({ status: check.status, output: check.stdout + check.stderr }).toEqual({
        status: 0,
        output: expect.stringContaining(
          'ocdskit compile (ocdsmerge) equals our compiledRelease for all 30 record(s)',
        ),
      });
      expect(check.stdout).not.toContain('FAIL');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 660_000);

  // The newcomer's path: `npm run demo` on a fresh clone, no server started, no flags.
  it('with no --url starts its own API with the demo policy in a scratch dir, runs, and removes the dir', async () => {
    const run = await ledgerDemo('--json');
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ tenders: 30, contracts: 29, debarments: 1 });
    const scratch = /data in (\S+) \(removed at the end\)/.exec(run.stderr)?.[1];
    expect(scratch).toBeDefined();
    expect(existsSync(scratch!)).toBe(false);
  }, 120_000);

  it('stops before writing anything, saying how to start the server, when it runs without the demo policy', async () => {
    const plainDir = mkdtempSync(path.join(tmpdir(), 'ledger-demo-plain-'));
    const plain = (
      await createApp({ LEDGER_DATA_DIR: plainDir, LOG_LEVEL: 'silent', LEDGER_STORE: 'memory' })
    ).app;
    try {
      await plain.listen({ port: 0, host: '127.0.0.1' });
      const { port } = plain.getHttpServer().address() as { port: number };
      const run = await ledgerDemo('--url', `http://127.0.0.1:${port}`, '--data-dir', plainDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('LEDGER_POLICY_FILE=apps/cli/demo-policy.json');
      expect(run.stderr).toContain('minSubmissionDays.open is 20, the demo needs 0');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      // Checked before the first write: the server's log is as empty as it was.
      expect((await plain.get<EventStore>(EVENT_STORE).head()).position).toBe(0);
    } finally {
      await plain.close();
      rmSync(plainDir, { recursive: true, force: true });
    }
  }, 30_000);

  it("refuses a data dir without the server's secret, and a server that is not there", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ledger-demo-empty-'));
    try {
      const noSecret = await ledgerDemo('--url', url, '--data-dir', empty);
      expect(noSecret.code).toBe(1);
      expect(noSecret.stderr).toContain(`no jwt-secret in ${empty}`);
      const noServer = await ledgerDemo('--url', 'http://127.0.0.1:1', '--data-dir', dataDir);
      expect(noServer.code).toBe(1);
      expect(noServer.stderr).toContain('cannot reach http://127.0.0.1:1');
      const usage = await ledgerDemo('--deadline-seconds', 'soon');
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('--deadline-seconds must be a whole number');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 30_000);
});
