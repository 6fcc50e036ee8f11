import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const ALICE = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';
const AGENCY = '0190f5a2-0000-7000-8000-0000000000a7';

function ledger(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/cli/src/main.ts'), ...args],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ledger token', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-cli-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints only the token, and creates the shared secret with mode 0600', () => {
    const run = ledger(
      'token',
      '--role',
      'agency_officer',
      '--agency',
      AGENCY,
      '--sub',
      ALICE,
      '--ttl',
      '15m',
      '--data-dir',
      dataDir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = JSON.parse(Buffer.from(run.stdout.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: ALICE, role: 'agency_officer', agencyId: AGENCY });
    expect(claims.exp - claims.iat).toBe(900);
    expect(statSync(path.join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    // (apps/api/test/cli-token.e2e.spec.ts uses such tokens against the API.)
  });

  it.each([
    [[], '--role is required'],
    [['--role', 'king'], '--role must be one of agency_officer, supplier'],
    [['--role', 'supplier'], '--supplier is required for role supplier'],
    [['--role', 'finance_officer'], '--agency is required for role finance_officer'],
    [['--role', 'auditor', '--agency', AGENCY], '--agency does not apply to role auditor'],
    [
      ['--role', 'agency_officer', '--agency', 'not-a-uuid'],
      '--agency must be a UUID, got "not-a-uuid"',
    ],
    [['--role', 'supplier', '--supplier', 'acme'], '--supplier must be a UUID, got "acme"'],
    [['--role', 'auditor', '--role', 'supervisor'], '--role given twice'],
    [['--role='], '--role needs a value'],
    [['--role', 'auditor', 'extra'], 'unexpected argument "extra"'],
    [['--role', 'auditor', '--ttl', 'forever'], '--ttl must look like 90s, 15m, 8h or 7d'],
    [['--role', 'auditor', '--sub', 'a b'], '--sub must be a UUID'],
    [['--role', 'auditor', '--sub', 'alice'], '--sub must be a UUID'],
    [['--role', 'auditor', '--colour', 'red'], 'unknown argument "--colour"'],
    [['--role'], '--role needs a value'],
  ])('refuses %j with exit code 2, a clear message and nothing on stdout', (args, message) => {
    const run = ledger('token', ...args, '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: ledger token');
    expect(existsSync(path.join(dataDir, 'jwt-secret'))).toBe(false);
  });

  it('defaults the subject to a fresh UUIDv7, another on every call', () => {
    const subs = [1, 2].map(() => {
      const run = ledger('token', '--role', 'auditor', '--data-dir', dataDir);
      expect(run.code).toBe(0);
      return JSON.parse(Buffer.from(run.stdout.split('.')[1]!, 'base64url').toString('utf8'))
        .sub as string;
    });
    for (const sub of subs)
      expect(sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(subs[0]).not.toBe(subs[1]);
  });

  it.each(['token', 'demo', 'verify', 'rebuild', 'backup'])(
    'prints the usage of %s for --help, with exit code 0',
    (command) => {
      const run = ledger(command, '--help');
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^Usage: ledger ${command}`));
    },
  );

  it('lists every command with a pointer to its --help', () => {
    const run = ledger('--help');
    expect(run.code).toBe(0);
    for (const command of ['token', 'demo', 'verify', 'rebuild', 'backup'])
      expect(run.stdout).toContain(`ledger ${command} --help`);
  });

  it('refuses an unknown command', () => {
    const run = ledger('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });
});
