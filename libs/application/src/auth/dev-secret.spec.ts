import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_SECRET_FILE, loadOrCreateDevSecret } from './dev-secret';

describe('loadOrCreateDevSecret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ledger-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a 32-byte secret with mode 0600 on first use and reuses it after', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const first = loadOrCreateDevSecret(dataDir);
    expect(first).toHaveLength(32);
    const file = path.join(dataDir, DEV_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateDevSecret(dataDir).equals(first)).toBe(true);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url').equals(first)).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    loadOrCreateDevSecret(dir);
    expect(require('node:fs').readdirSync(dir)).toEqual([DEV_SECRET_FILE]);
  });

  it('refuses a truncated secret instead of signing with it', () => {
    writeFileSync(path.join(dir, DEV_SECRET_FILE), 'c2hvcnQ\n');
    expect(() => loadOrCreateDevSecret(dir)).toThrow('less than 32 bytes');
  });
});
