// One jest run over every project; the tier is chosen by file suffix (docs/architecture.md §Tests).
const { readFileSync } = require('node:fs');
const path = require('node:path');

const { compilerOptions } = JSON.parse(
  readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8'),
);

// tsconfig paths -> jest moduleNameMapper, so tests import libs exactly as the apps do.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/.]/g, '\\$&')}$`,
    `<rootDir>/${target}`,
  ]),
);

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

// jose ships ES modules only; Node (>= 20.19) requires them natively, Jest's CommonJS runtime does
// not (before Node 24.9), so jest compiles them like our sources.
transform['/node_modules/jose/.+\\.js$'] = ['@swc/jest', { module: { type: 'commonjs' } }];

const common = {
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

/** A tier's test and hook timeout (a project's `testTimeout` is not applied: tools/jest/tier-timeout.js). */
const timeout = (ms) => ({
  globals: { __TIER_TIMEOUT_MS__: ms },
  setupFilesAfterEnv: ['<rootDir>/tools/jest/tier-timeout.js'],
});

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '\\.int\\.spec\\.ts$',
        '\\.e2e\\.spec\\.ts$',
        '\\.browser\\.spec\\.ts$',
      ],
    },
    // End-to-end and integration files build whole worlds in beforeAll over HTTP or real servers;
    // jest's 5 s default for hooks fails them on a busy 2-core machine without anything being wrong.
    { ...common, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'], ...timeout(30_000) },
    { ...common, displayName: 'integration', testMatch: ['**/*.int.spec.ts'], ...timeout(30_000) },
    // The web console in real Chromium (Debian's package; `npm run test:browser`, its own CI step).
    { ...common, displayName: 'browser', testMatch: ['**/*.browser.spec.ts'], ...timeout(60_000) },
  ],
};
