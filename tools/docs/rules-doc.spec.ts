// docs/rules.md must name every code the domain can refuse with, so the page an auditor reads
// cannot fall behind the code: scans every `refuse('CODE', ...)` in libs/domain.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('docs/rules.md', () => {
  const codes = new Set(
    sources(path.join(root, 'libs/domain/src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/refuse\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!),
    ),
  );
  const rules = readFileSync(path.join(root, 'docs/rules.md'), 'utf8');

  it('finds the domain codes it checks', () => {
    expect(codes.size).toBeGreaterThan(100);
  });

  it('names every code the domain refuses with', () => {
    expect([...codes].filter((code) => !rules.includes(`\`${code}\``)).sort()).toEqual([]);
  });
});
