// Compiles apps/ and libs/ to dist/ with swc (keeps decorator metadata for Nest DI, rewrites the
// tsconfig path aliases to relative requires), then bundles the web console (apps/console, a
// browser app) with Vite into dist/apps/console, which the API serves at /. Type-checking is
// `npm run typecheck`, not this.
import { transformFile } from '@swc/core';
import { mkdir, readdir, writeFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const root = path.dirname(import.meta.dirname);
const out = path.join(root, 'dist');
const { compilerOptions } = JSON.parse(
  await readFile(path.join(root, 'tsconfig.base.json'), 'utf8'),
);

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // apps/console runs in the browser: Vite bundles it below, swc must not compile it for Node.
      if (entry.name !== 'node_modules' && full !== path.join(root, 'apps', 'console'))
        yield* sources(full);
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !/\.spec\.ts$/.test(entry.name)
    ) {
      yield full;
    }
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
let count = 0;
for (const group of ['apps', 'libs']) {
  for await (const file of sources(path.join(root, group))) {
    const { code, map } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        baseUrl: root,
        paths: compilerOptions.paths,
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: true,
    });
    const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count++;
  }
}
process.stderr.write(`build: ${count} files to dist/ in ${Date.now() - started} ms\n`);

const bundled = Date.now();
const { build } = await import('vite');
await build({
  configFile: path.join(root, 'apps', 'console', 'vite.config.mjs'),
  logLevel: 'warn',
});
process.stderr.write(`build: web console to dist/apps/console in ${Date.now() - bundled} ms\n`);
