import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../src/app';

// The web console (apps/console) in real Chromium, Debian's package (no browser download:
// .ci/run installs it), over the API serving it on the demo's data. Screenshots go to
// reports/console/ (CI artifacts); docs/images holds two of them for the README.
const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'reports', 'console');

// Each scenario drives a real browser over several pages; the default 5 s is for unit tests.
jest.setTimeout(60_000);

let work: string;
let app: NestFastifyApplication;
let base: string;
let browser: Browser;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

async function signIn(page: Page, role: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Sign in as this role' }).click();
  await page.getByTestId('signed-in-role').filter({ hasText: role }).waitFor();
}

/** The demo's tender with a signed contract (so its history crosses tender, bid, budget and contract streams). */
async function contractedTender(): Promise<{ tenderId: string; title: string }> {
  const response = await fetch(`${base}/api/v1/public/board/awards?limit=50`);
  const body = (await response.json()) as {
    items: { tenderId: string; title: string; contractId: string | null; method: string }[];
  };
  const row = body.items.find((r) => r.contractId !== null && r.method === 'open');
  if (!row) throw new Error('the demo signed no contract on an open tender');
  return row;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  work = mkdtempSync(path.join(tmpdir(), 'console-browser-'));
  const consoleDir = path.join(work, 'console');
  const dataDir = path.join(work, 'data');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/console/vite.config.mjs',
      '--outDir',
      consoleDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  // The demo programme (30 tenders, contracts, payments, a debarment) written by the CLI into dataDir.
  execFileSync(
    process.execPath,
    [
      '-r',
      './tools/register.js',
      'apps/cli/src/main.ts',
      'demo',
      '--data-dir',
      dataDir,
      '--json',
      '--deadline-seconds',
      '25',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  ({ app } = await createApp(
    {
      LEDGER_DATA_DIR: dataDir,
      LEDGER_POLICY_FILE: path.join(ROOT, 'apps/cli/demo-policy.json'),
      LOG_LEVEL: 'silent',
    },
    { consoleDir },
  ));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

let page: Page;
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
});
afterEach(async () => {
  await page?.close();
});

describe('the public pages', () => {
  it('shows the demo tenders on the board, filters them, and opens one', async () => {
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { name: 'Tender board' }).isVisible()).resolves.toBe(
      true,
    );
    await page.getByText('30 tenders shown').waitFor();
    await shot(page, 'board');
    await page.getByLabel('Search titles').fill('lot 29');
    await page.getByText('1 tenders shown').waitFor();
    await page.getByLabel('Search titles').fill('');
    await page.getByLabel('Procurement method').selectOption('direct_commission');
    await page.getByText('5 tenders shown').waitFor();

    const { tenderId, title } = await contractedTender();
    await page.goto(`${base}/tenders/${tenderId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('heading', { name: 'Milestones' }).waitFor();
    await expect(
      page.getByRole('link', { name: /OCDS record/ }).getAttribute('href'),
    ).resolves.toMatch(new RegExp(`^/api/v1/ocds/records/.+-${tenderId}$`));
    await shot(page, 'tender');
  });

  it('lists the blacklist with grounds and period, and speaks Chinese on request', async () => {
    await page.goto(`${base}/blacklist`);
    await page.getByRole('cell', { name: /terminated for default/ }).waitFor();
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '黑名单' }).waitFor();
    await shot(page, 'blacklist-zh');
  });

  it('shows a retry when the network is lost, and the board once it is back', async () => {
    await page.route('**/api/v1/public/tenders?*', (route) => route.abort('internetdisconnected'));
    await page.goto(`${base}/`);
    await page.getByText('The server could not be reached.').waitFor();
    await page.unroute('**/api/v1/public/tenders?*');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('30 tenders shown').waitFor();
  });
});

describe('the auditor', () => {
  it('is sent to sign in first, then moves the slider back to an earlier state', async () => {
    const { tenderId } = await contractedTender();
    await page.goto(`${base}/audit/tenders/${tenderId}`);
    await page.getByText('This page needs a signed-in auditor / supervisor.').waitFor();
    await signIn(page, 'auditor');
    await page.goto(`${base}/audit/tenders/${tenderId}`);
    const status = page.getByTestId('state-status');
    await status.filter({ hasText: 'awarded' }).waitFor();
    await expect(page.getByTestId('history-view').textContent()).resolves.toMatch(/^Full view/);
    await shot(page, 'timeline');
    // Keyboard only: Home takes the slider to the first event, the draft.
    await page.getByLabel(/State as of event/).focus();
    await page.keyboard.press('Home');
    await page.getByTestId('slider-position').filter({ hasText: /^1$/ }).waitFor();
    await status.filter({ hasText: 'draft' }).waitFor();
    await expect(page.locator('.timeline li.future').count()).resolves.toBeGreaterThan(3);
    await shot(page, 'timeline-earlier');
  });

  it('verifies the chain, then finds the broken position in a tampered database', async () => {
    await signIn(page, 'auditor');
    await page.goto(`${base}/audit`);
    await page.getByRole('button', { name: 'Verify the hash chain' }).click();
    await page.getByTestId('verify-ok').waitFor();
    await expect(page.getByTestId('verify-ok').textContent()).resolves.toMatch(/Chain intact/);
    await expect(page.getByTestId('checkpoint-covers').textContent()).resolves.toMatch(
      /covers the first \d+ events/,
    );
    await shot(page, 'verify-ok');

    // Someone with write access to the file edits one event (dropping the append-only trigger first).
    const db = new Database(path.join(work, 'data', 'ledger.sqlite'));
    const position = db
      .prepare("SELECT min(position) FROM events WHERE type = 'TenderDrafted'")
      .pluck()
      .get() as number;
    db.exec('DROP TRIGGER events_no_update');
    // The title is edited whatever it is: the demo drafts its tenders eight at a time, so which
    // one comes first in the log varies (a replace of one title's text once left the row as it was).
    db.prepare(
      "UPDATE events SET data = json_set(data, '$.title', json_extract(data, '$.title') || ' (edited)') WHERE position = ?",
    ).run(position);
    db.close();

    await page.getByRole('button', { name: 'Verify the hash chain' }).click();
    const broken = page.getByTestId('verify-broken');
    await broken.waitFor();
    await expect(broken.textContent()).resolves.toContain(`Chain broken at position ${position}`);
    await shot(page, 'verify-broken');
  });
});

describe('the supervisor', () => {
  it('sees a red flag and follows it to its events in the timeline', async () => {
    await signIn(page, 'supervisor');
    await page.goto(`${base}/supervisor/red-flags`);
    const link = page
      .getByTestId('red-flags')
      .getByRole('link', { name: /in the timeline/ })
      .first();
    await link.waitFor();
    await shot(page, 'red-flags');
    await link.click();
    await page.getByRole('heading', { name: 'Procurement timeline' }).waitFor();
    const flagged = page.locator('.timeline li.flagged');
    await flagged.first().waitFor();
    await expect(page.getByTestId('history-view').textContent()).resolves.toMatch(/^Redacted view/);
    await expect(flagged.first().getByText('raised a red flag').isVisible()).resolves.toBe(true);
  });

  it('is sent to sign in when the API refuses its token (401)', async () => {
    // A token the console can read but the API did not sign (or one revoked by a secret rotation).
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const forged = `${part({ alg: 'HS256' })}.${part({ sub: '0190f5a2-0000-7000-8000-000000000001', role: 'supervisor', exp: Math.floor(Date.now() / 1000) + 600 })}.forged`;
    // As text: this file is type-checked for Node, without the DOM's types.
    await page.addInitScript({
      content: `sessionStorage.setItem('contract-ledger.session', ${JSON.stringify(JSON.stringify({ token: forged, dev: false }))})`,
    });
    await page.goto(`${base}/supervisor/red-flags`);
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/supervisor/red-flags');
  });

  it('gets a domain refusal as a readable message', async () => {
    const response = await fetch(`${base}/api/v1/blacklist`);
    const { items } = (await response.json()) as { items: { supplierId: string }[] };
    await signIn(page, 'supervisor');
    await page.goto(`${base}/supervisor/suppliers/${items[0]!.supplierId}`);
    await page.getByLabel('Grounds').fill('Falsified visit logs');
    await page.getByRole('button', { name: 'Debar', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toMatch(/[A-Z_]{6,}/);
    expect(text).not.toMatch(/[{}]/);
    await shot(page, 'refusal');
  });

  it('sees accountability per agency and supplier with charts', async () => {
    await signIn(page, 'supervisor');
    await page.goto(`${base}/supervisor/accountability`);
    await page.getByRole('heading', { name: 'Agencies' }).waitFor();
    await expect(page.locator('canvas').count()).resolves.toBe(2);
    // Enhanced monitoring per agency: a column of the agencies' table.
    await page
      .getByRole('columnheader', {
        name: 'Monitored contracts (now / ever; ended early)',
      })
      .waitFor();
    await shot(page, 'accountability');
  });
});

describe('a sandbox deployment (ADR 0010)', () => {
  // A second app on the same console bundle, over a new (empty) sandbox store: cheap to start.
  let sandbox: NestFastifyApplication;
  let sandboxBase: string;
  beforeAll(async () => {
    ({ app: sandbox } = await createApp(
      {
        LEDGER_DATA_DIR: path.join(work, 'sandbox-data'),
        LEDGER_SANDBOX: 'true',
        LEDGER_SANDBOX_DAY_SECONDS: '30',
        LOG_LEVEL: 'silent',
      },
      { consoleDir: path.join(work, 'console') },
    ));
    await sandbox.listen({ port: 0, host: '127.0.0.1' });
    const address = sandbox.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    sandboxBase = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('says so on every page, in the title too, in both languages', async () => {
    await page.goto(`${sandboxBase}/`);
    const banner = page.getByRole('status').filter({ hasText: /^Sandbox: a training ledger/ });
    await banner.waitFor();
    await expect(page.locator('html').getAttribute('data-deployment')).resolves.toBe('sandbox');
    await expect(banner.textContent()).resolves.toContain('One policy day lasts 30 seconds');
    await expect(page.title()).resolves.toBe('Sandbox · Contract Ledger');
    await shot(page, 'sandbox');
    await page.getByRole('link', { name: 'Blacklist' }).click();
    await page.getByRole('heading', { name: 'Blacklist' }).waitFor();
    await expect(banner.isVisible()).resolves.toBe(true);
    await page.goto(`${sandboxBase}/sign-in`);
    await banner.waitFor();
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByTestId('sandbox-banner').filter({ hasText: '一个政策日只有 30 秒' }).waitFor();
  });

  it('shows no banner on the production ledger once it has said it is none', async () => {
    await page.goto(`${base}/`);
    await page.locator('html[data-deployment="production"]').waitFor({ state: 'attached' });
    await page.getByText('30 tenders shown').waitFor();
    await expect(page.getByTestId('sandbox-banner').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toBe('Contract Ledger');
  });
});
