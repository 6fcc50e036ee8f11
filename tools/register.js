// `node -r ./tools/register.js some.ts`: runs TypeScript from source (swc, with decorator metadata)
// and resolves the @contract-ledger/* aliases of tsconfig.base.json. For child processes in tests,
// scripts and benchmarks; production runs the swc build in dist/ (npm run build).
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

const root = path.dirname(__dirname);
const { paths } = JSON.parse(
  fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
).compilerOptions;
const aliases = new Map(
  Object.entries(paths).map(([alias, [target]]) => [alias, path.join(root, target)]),
);

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const aliased = aliases.get(request);
  if (aliased) return aliased;
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (error) {
    // Extension-less relative imports of .ts files.
    if (request.startsWith('.') && parent && parent.filename) {
      for (const candidate of [`${request}.ts`, `${request}/index.ts`]) {
        const full = path.resolve(path.dirname(parent.filename), candidate);
        if (fs.existsSync(full)) return full;
      }
    }
    throw error;
  }
};

require.extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
