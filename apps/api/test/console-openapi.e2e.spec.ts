import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLedger, type LedgerApp } from './support/ledger';

const ROOT = path.resolve(__dirname, '../../..');
const TYPES = path.join(ROOT, 'apps/console/src/api/openapi.d.ts');

// The console calls the API through types generated from /docs-json, never hand-copied: this
// regenerates them from the running app's document and fails when the committed file is stale.
describe('console API types', () => {
  let ledger: LedgerApp;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('apps/console/src/api/openapi.d.ts is what /docs-json generates (UPDATE_CONSOLE_TYPES=1 rewrites it)', async () => {
    const response = await ledger.http().get('/docs-json').expect(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'console-openapi-'));
    try {
      const spec = path.join(dir, 'openapi.json');
      const out = path.join(dir, 'openapi.d.ts');
      writeFileSync(spec, JSON.stringify(response.body));
      execFileSync(process.execPath, [
        path.join(ROOT, 'tools/console/openapi-types.mjs'),
        spec,
        out,
      ]);
      const generated = readFileSync(out, 'utf8');
      if (process.env.UPDATE_CONSOLE_TYPES === '1') writeFileSync(TYPES, generated);
      // Not toBe: a 700 kB diff would bury the one line that matters.
      const stale = readFileSync(TYPES, 'utf8') !== generated;
      expect(
        stale
          ? 'stale: the API changed; run UPDATE_CONSOLE_TYPES=1 npx jest apps/api/test/console-openapi.e2e.spec.ts and commit apps/console/src/api/openapi.d.ts (then npm run typecheck)'
          : 'up to date',
      ).toBe('up to date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
