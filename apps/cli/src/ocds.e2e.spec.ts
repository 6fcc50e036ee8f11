import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { demoProgramme, ocdsValidator } from '@contract-ledger/ocds/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLedger } from '../test/ledger-process';

// From the data dir: `--out releases.json` is relative to where the user stands.
const ledger = (args: string[], dataDir: string) =>
  runLedger(args, {
    cwd: dataDir,
    env: {
      LEDGER_DATA_DIR: dataDir,
      LEDGER_STORE: 'sqlite',
      OCDS_PUBLISHER_NAME: 'Civil Affairs Bureau',
      OCDS_BASE_URI: 'https://open.example.gov',
    },
  });

/** `ledger ocds export` as a user runs it, on a SQLite log holding the demo-like programme; no projection runner has run. */
describe('ledger ocds export (CLI process)', () => {
  let dataDir: string;
  let head = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-ocds-cli-'));
    const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
    for (const e of demoProgramme()) {
      head = (
        await store.append(
          e.stream,
          [
            {
              type: e.type,
              data: e.data,
              metadata: { ...e.metadata, commandId: `${e.stream}-${e.revision}` },
            },
          ],
          { expectedRevision: 'any' },
        )
      ).position;
    }
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('catches the read model up and writes a valid release package, with progress and a rate', () => {
    const run = ledger(['ocds', 'export', '--out', 'releases.json'], dataDir);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/ocds catch-up .*events/);
    expect(run.stdout).toMatch(
      /ocds export: \d+ releases to .*releases\.json \(release package\) in [\d.]+ s, [\d,]+ releases\/s/,
    );
    expect(run.stdout).not.toContain('\r');
    const pkg = JSON.parse(readFileSync(path.join(dataDir, 'releases.json'), 'utf8'));
    expect(ocdsValidator().errors('release-package', pkg)).toEqual([]);
    expect(pkg).toMatchObject({
      uri: 'https://open.example.gov/api/v1/ocds/bulk',
      publisher: { name: 'Civil Affairs Bureau' },
    });
    expect(pkg.releases.length).toBeGreaterThan(30);
  }, 120_000);

  it('writes JSON Lines, one valid release per line, and only the newer ones with --since', () => {
    expect(
      ledger(['ocds', 'export', '--format', 'jsonl', '--out', 'releases.jsonl'], dataDir).status,
    ).toBe(0);
    const lines = readFileSync(path.join(dataDir, 'releases.jsonl'), 'utf8').trimEnd().split('\n');
    const releases = lines.map((l) => JSON.parse(l));
    for (const release of releases) expect(ocdsValidator().errors('release', release)).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(dataDir, 'releases.json'), 'utf8'));
    expect(releases).toEqual(pkg.releases);
    expect(
      ledger(
        ['ocds', 'export', '--format', 'jsonl', '--since', String(head), '--out', 'none.jsonl'],
        dataDir,
      ).status,
    ).toBe(0);
    expect(readFileSync(path.join(dataDir, 'none.jsonl'), 'utf8')).toBe('');
  }, 120_000);

  it('refuses wrong arguments with exit 2 and the usage', () => {
    for (const args of [
      ['ocds'],
      ['ocds', 'import', '--out', 'x'],
      ['ocds', 'export'],
      ['ocds', 'export', '--out', 'x', '--format', 'xml'],
      ['ocds', 'export', '--out', 'x', '--since', '-1'],
    ]) {
      const run = ledger(args, dataDir);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toContain('Usage: ledger ocds export');
    }
  }, 120_000);
});
