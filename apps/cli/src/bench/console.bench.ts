// `npm run bench:console`: the web console's budget (issue 12). Builds it into dist/apps/console
// as `npm start` does, runs the demo against an embedded API that serves it, then in Debian's
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium; playwright-core, no download) measures:
// - the board's first contentful paint, cold (a new browser context each run) and warm;
// - the gzipped JavaScript the public pages load (the supervisor's chart chunk is lazy, listed apart);
// - a 1,000-event procurement timeline: from the history answer reaching the page to 1,000 rows
//   rendered, and one slider step. The history is synthetic (served by the page's route handler):
//   the demo's largest procurement has ~40 events, and what is measured is the console's work.
// BENCH_CONSOLE_RUNS (default 5) runs each; medians and maxima. Not a test.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { runDemo } from '../demo';
import { startEmbeddedApi } from '../embedded-api';

const ROOT = path.resolve(__dirname, '../../../..');
const DIST = path.join(ROOT, 'dist/apps/console');
const RUNS = Number(process.env['BENCH_CONSOLE_RUNS'] ?? 5);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const EVENTS = 1000;
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]): number => Math.max(...xs);
const verdict = (value: number, limit: number): string => (value < limit ? 'ok' : 'OVER BUDGET');

function bundle(): { publicGz: number; lazy: { file: string; gz: number }[] } {
  const index = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const loaded = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) =>
    gzipSync(readFileSync(path.join(DIST, 'assets', file)), { level: 9 }).length;
  const lazy = readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !loaded.includes(f))
    .map((file) => ({ file, gz: gz(file) }));
  return { publicGz: loaded.reduce((sum, f) => sum + gz(f), 0), lazy };
}

async function boardPaint(
  browser: Browser,
  url: string,
): Promise<{ cold: number[]; warm: number[]; rows: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const rows: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    for (const bucket of [cold, warm]) {
      await page.goto(`${url}/`);
      await page.getByText(/tenders shown/).waitFor();
      const [fcp, shown] = (await page.evaluate(
        "[performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, performance.now()]",
      )) as [number, number];
      bucket.push(fcp!);
      if (bucket === cold) rows.push(shown!);
    }
    await context.close();
  }
  return { cold, warm, rows };
}

function syntheticHistory(tenderId: string) {
  const streams = ['tender', 'budget', 'contract'];
  const start = Date.parse('2026-03-02T09:00:00.000Z');
  return Array.from({ length: EVENTS }, (_, i) => ({
    position: 100 + i * 3,
    eventId: `0190f5a2-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    type:
      i === 0
        ? 'TenderDrafted'
        : ['BidSubmitted', 'DeliveryReported', 'EvaluationRecorded', 'DisbursementRecorded'][i % 4],
    stream: `${streams[i % 3]}-${tenderId}`,
    at: new Date(start + i * 60_000).toISOString(),
    recordedAt: new Date(start + i * 60_000 + 5).toISOString(),
    who: {
      actor: `0190f5a2-0000-7000-8000-${(i % 50).toString(16).padStart(12, '0')}`,
      role: 'agency_officer',
      scope: null,
    },
    why: i % 10 === 0 ? { comments: `Reason ${i}` } : null,
    data: {
      title: `Event ${i}`,
      amount: { amountMinor: 100_000 + i, currency: 'CNY' },
      reason: i % 7 === 0 ? 'late' : undefined,
    },
    correlationId: `c${i}`,
  }));
}

async function timeline(
  browser: Browser,
  url: string,
): Promise<{ render: number[]; step: number[] }> {
  const token = (
    (await (
      await fetch(`${url}/console/dev-token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'auditor' }),
      })
    ).json()) as { token: string }
  ).token;
  const tenderId = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';
  const body = JSON.stringify({
    tenderId,
    view: 'full',
    items: syntheticHistory(tenderId),
    nextCursor: null,
  });
  const render: number[] = [];
  const step: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // Browser-side code as text: this file is type-checked for Node, without the DOM's types.
    await context.addInitScript({
      content: `sessionStorage.setItem('contract-ledger.session', JSON.stringify({ token: ${JSON.stringify(token)}, dev: true }));
        const original = window.fetch.bind(window);
        window.fetch = async (...args) => {
          const response = await original(...args);
          // When the history answer reaches the page: the start of the console's own work.
          if (String(args[0]).includes('/history')) window.historyAt = performance.now();
          return response;
        };`,
    });
    const page = await context.newPage();
    await page.route('**/api/v1/audit/tenders/*/history*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.route('**/api/v1/audit/tender/*/state*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ revision: 1, state: { status: 'draft' } }),
      }),
    );
    await page.goto(`${url}/audit/tenders/${tenderId}`);
    await page.waitForFunction(
      `(() => {
        if (document.querySelectorAll('.timeline li').length !== ${EVENTS}) return false;
        window.renderedAt ??= performance.now();
        return true;
      })()`,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = (await page.evaluate('window.renderedAt - window.historyAt')) as number;
    render.push(ms);
    // One slider step back: the 1,000 rows re-render (the later ones dim).
    await page.getByLabel(/State as of event/).focus();
    const before = await page.getByTestId('slider-position').textContent();
    const t0 = Date.now();
    await page.keyboard.press('ArrowLeft');
    await page.locator('.timeline li.future').first().waitFor();
    await page
      .getByTestId('slider-position')
      .filter({ hasNotText: before ?? '' })
      .waitFor();
    const stepMs = Date.now() - t0;
    step.push(stepMs);
    await context.close();
  }
  return { render, step };
}

async function main(): Promise<void> {
  const built = Date.now();
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/console/vite.config.mjs',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  out(`console built into dist/apps/console in ${Date.now() - built} ms`);
  const { publicGz, lazy } = bundle();
  out(
    `JavaScript of the public pages: ${(publicGz / 1024).toFixed(1)} kB gzipped (budget 300 kB: ${verdict(publicGz, 300 * 1024)})`,
  );
  for (const l of lazy)
    out(`  lazy chunk ${l.file}: ${(l.gz / 1024).toFixed(1)} kB gzipped (supervisor pages only)`);

  const api = await startEmbeddedApi(undefined, { write: () => true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    out('running the demo against it (about a minute)...');
    await runDemo({
      url: api.url,
      dataDir: api.dataDir,
      deadlineSeconds: 20,
      out: { write: () => true },
      tty: false,
    });
    const board = await boardPaint(browser, api.url);
    out(
      `board first contentful paint, cold: median ${median(board.cold).toFixed(0)} ms, max ${max(board.cold).toFixed(0)} ms (budget 1000 ms, median: ${verdict(median(board.cold), 1000)})`,
    );
    out(
      `board first contentful paint, warm: median ${median(board.warm).toFixed(0)} ms, max ${max(board.warm).toFixed(0)} ms`,
    );
    out(
      `board with its 30 demo tenders on screen, cold: median ${median(board.rows).toFixed(0)} ms`,
    );
    // A second slider step is not needed: each step re-renders the same 1,000 rows.
    const t = await timeline(browser, api.url);
    out(
      `timeline of ${EVENTS} events, answer to rows rendered: median ${median(t.render).toFixed(0)} ms, max ${max(t.render).toFixed(0)} ms (budget 500 ms, median: ${verdict(median(t.render), 500)})`,
    );
    out(
      `timeline slider step over ${EVENTS} rows: median ${median(t.step).toFixed(0)} ms, max ${max(t.step).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
