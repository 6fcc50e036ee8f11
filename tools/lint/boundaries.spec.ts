// Proves the module-boundary rules fire: lints deliberate violations as if they were files in
// libs/domain (nothing is written to disk) and asserts which rule refuses each one. They are
// presented under lint-probe/, which eslint.config.mjs lints without type information (no
// TypeScript program holds a file that is not on disk).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Runs the ESLint CLI exactly as `npm run lint` does, on `code` presented as `file`. */
async function lintAs(file: string, code: string): Promise<string[]> {
  let stdout: string;
  try {
    stdout = execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
        '--format',
        'json',
      ],
      { cwd: root, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
    );
  } catch (error) {
    // exit code 1 = lint errors found; the JSON report is still on stdout
    stdout = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  beforeAll(() => {
    // @nx/enforce-module-boundaries reads the cached project graph; `npm run lint` builds it the same way.
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'],
      {
        cwd: root,
        env: { ...process.env, NX_DAEMON: 'false' },
        stdio: 'ignore',
      },
    );
  }, 60_000);

  it('refuses libs/domain importing @nestjs/common', async () => {
    const messages = await lintAs(
      'libs/domain/src/lint-probe/violation.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(messages).toContain(
      '@nx/enforce-module-boundaries: A project tagged with "type:domain" is not allowed to import "@nestjs/common"',
    );
  }, 30_000);

  it.each(['node:fs', 'fs', 'node:crypto'])(
    'refuses libs/domain importing the built-in %s',
    async (builtin) => {
      const messages = await lintAs(
        'libs/domain/src/lint-probe/violation.ts',
        `import * as m from '${builtin}';\nexport const x = m;\n`,
      );
      expect(messages).toContain(
        `no-restricted-imports: '${builtin}' import is restricted from being used. Pure libs may not use Node built-ins.`,
      );
    },
    30_000,
  );

  it('refuses libs/domain importing a library of another layer', async () => {
    const messages = await lintAs(
      'libs/domain/src/lint-probe/violation.ts',
      "import type { EventStore } from '@contract-ledger/event-store';\nexport type X = EventStore;\n",
    );
    expect(
      messages.some((m) =>
        m.startsWith(
          '@nx/enforce-module-boundaries: A project tagged with "type:domain" can only depend on libs tagged with "type:domain"',
        ),
      ),
    ).toBe(true);
  }, 30_000);

  it('refuses the clock and randomness in the domain', async () => {
    const messages = await lintAs(
      'libs/domain/src/lint-probe/violation.ts',
      'export const a = Date.now();\nexport const b = new Date();\nexport const c = Math.random();\n',
    );
    expect(messages).toEqual([
      'no-restricted-syntax: Time comes in with the command.',
      'no-restricted-syntax: Time comes in with the command.',
      'no-restricted-syntax: Randomness comes in with the command.',
    ]);
  }, 30_000);

  it('lets a domain spec use a test-only library that domain code may not', async () => {
    const code = "import fc from 'fast-check';\nexport const arb = fc.integer();\n";
    expect(await lintAs('libs/domain/src/lint-probe/money.spec.ts', code)).toEqual([]);
    expect(await lintAs('libs/domain/src/lint-probe/money.ts', code)).toContain(
      '@nx/enforce-module-boundaries: A project tagged with "type:domain" is not allowed to import "fast-check"',
    );
  }, 30_000);

  it('accepts a domain file that keeps the rules', async () => {
    const messages = await lintAs(
      'libs/domain/src/lint-probe/ok.ts',
      "import { money } from '../shared/money';\nexport const fee = money(100, 'EUR');\nexport const at = new Date(0).toISOString();\n",
    );
    expect(messages).toEqual([]);
  }, 30_000);
});
