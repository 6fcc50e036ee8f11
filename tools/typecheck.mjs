// Type-checks every project with its own tsconfig (the pure libs compile with "types": [], so a
// stray `process` or `node:fs` fails here) and exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(import.meta.dirname);
const configs = [];
for (const group of ['apps', 'libs']) {
  const dir = path.join(root, group);
  if (!existsSync(dir)) continue;
  for (const project of readdirSync(dir)) {
    for (const file of readdirSync(path.join(dir, project))) {
      if (/^tsconfig(\.[\w-]+)?\.json$/.test(file)) configs.push(path.join(group, project, file));
    }
  }
}
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
for (const config of configs) {
  const started = Date.now();
  try {
    execFileSync(process.execPath, [tsc, '-p', config, '--noEmit'], { cwd: root, stdio: 'inherit' });
    process.stdout.write(`typecheck ok   ${config} (${Date.now() - started} ms)\n`);
  } catch {
    failed++;
    process.stdout.write(`typecheck FAIL ${config}\n`);
  }
}
process.exit(failed ? 1 : 0);
