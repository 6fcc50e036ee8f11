import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/**
 * A clone holds the repository only: every relative link of the docs (and every `../path` they
 * cite in backticks) must name a file inside it that exists, not the workspace around it.
 */
describe('links in README.md and docs/', () => {
  const files = [
    path.join(root, 'README.md'),
    ...markdownFiles(path.join(root, 'docs')),
    ...markdownFiles(path.join(root, 'apps')).filter((f) => !f.includes('node_modules')),
  ];

  it('resolve inside the repository, to files that exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const targets = [
        ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
        ...[...text.matchAll(/`(\.\.\/[^`\s]+)`/g)].map((m) => m[1]!),
      ].filter((target) => !/^(https?:|mailto:|#)/.test(target));
      for (const target of targets) {
        const resolved = path.resolve(path.dirname(file), target.replace(/#.*$/, ''));
        const inside = resolved === root || resolved.startsWith(`${root}${path.sep}`);
        if (!inside || !existsSync(resolved))
          broken.push(
            `${path.relative(root, file)}: ${target}${inside ? '' : ' (outside the repository)'}`,
          );
      }
    }
    expect(broken).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });
});
