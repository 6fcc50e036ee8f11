// Type-checks every project with its own tsconfig (the pure libs compile with "types": [], so a
// stray `process` or `node:fs` fails here), as many at once as there are cores; exits non-zero if
// any fails.
import { execFile } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

function check(config) {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsc, '-p', config, '--noEmit'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const ms = Date.now() - started;
        if (error) process.stdout.write(`${stdout}${stderr}typecheck FAIL ${config} (${ms} ms)\n`);
        else process.stdout.write(`typecheck ok   ${config} (${ms} ms)\n`);
        resolve(!error);
      },
    );
  });
}

const queue = [...configs];
let failed = 0;
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
    for (let config = queue.shift(); config; config = queue.shift())
      if (!(await check(config))) failed++;
  }),
);
process.stdout.write(`typecheck: ${configs.length - failed} of ${configs.length} projects ok\n`);
process.exit(failed ? 1 : 0);
