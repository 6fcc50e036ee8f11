// Flat config. The module-boundary rules are the architecture (docs/architecture.md §Boundaries):
// tags in each project.json, constraints here; tools/lint/boundaries.spec.ts proves they fire.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const DRIVERS = ['better-sqlite3', 'pg', 'kysely', 'kafkajs', '@kurrent/kurrentdb-client'];
// Libraries a test may use whatever layer it tests; never in production code.
const TEST_ONLY = [
  'fast-check',
  '@jest/globals',
  'supertest',
  'ajv',
  'ajv-draft-04',
  'ajv-formats',
];

const PRODUCTION_CONSTRAINTS = [
  // What a layer may import.
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: ['*'],
  },
  {
    sourceTag: 'type:core',
    onlyDependOnLibsWithTags: ['type:domain', 'type:core'],
    bannedExternalImports: ['*'],
  },
  {
    sourceTag: 'type:read-model',
    onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:read-model'],
    bannedExternalImports: ['*'],
  },
  {
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:read-model', 'type:application'],
    allowedExternalImports: ['@nestjs/common', '@nestjs/cqrs'],
  },
  {
    sourceTag: 'type:adapter',
    onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:read-model'],
    allowedExternalImports: DRIVERS,
  },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
  // Second dimension: pure code never depends on code that needs Node; each adapter owns one driver.
  { sourceTag: 'platform:pure', onlyDependOnLibsWithTags: ['platform:pure'] },
  // The web console runs in a browser: pure libs at most, never code that needs Node.
  {
    sourceTag: 'platform:browser',
    onlyDependOnLibsWithTags: ['platform:pure', 'platform:browser'],
  },
  { sourceTag: 'driver:better-sqlite3', allowedExternalImports: ['better-sqlite3'] },
  { sourceTag: 'driver:pg', allowedExternalImports: ['pg'] },
  { sourceTag: 'driver:kysely', allowedExternalImports: ['kysely', 'better-sqlite3', 'pg'] },
  { sourceTag: 'driver:kafkajs', allowedExternalImports: ['kafkajs'] },
  { sourceTag: 'driver:kurrentdb', allowedExternalImports: ['@kurrent/kurrentdb-client'] },
];

/** The same layering for specs, where the pure layers may also use the test-only libraries. */
const TEST_CONSTRAINTS = PRODUCTION_CONSTRAINTS.map((c) =>
  c.bannedExternalImports
    ? { ...c, bannedExternalImports: undefined, allowedExternalImports: TEST_ONLY }
    : c.allowedExternalImports
      ? { ...c, allowedExternalImports: [...c.allowedExternalImports, ...TEST_ONLY] }
      : c,
);

function boundaryOptions(depConstraints) {
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    banTransitiveDependencies: true,
    depConstraints,
  };
}

export default [
  // What .gitignore keeps out of the repository: installed tools (Python venvs of the OCDS checker and
  // the deployment linters), reports and the Kafka jars are not ours to lint.
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'coverage/**',
      '.nx/**',
      'tmp/**',
      'reports/**',
      '.run/**',
      'tools/ocds/.venv/**',
      'infra/local/kafka/**',
      // Generated from the API's OpenAPI document (apps/api/test/console-openapi.e2e.spec.ts).
      'apps/console/src/api/openapi.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(PRODUCTION_CONSTRAINTS)],
    },
  },
  {
    // Type-aware rules. One program over the whole tree (tsconfig.eslint.json) gives every file,
    // specs included, its types at the cost of a single type-check; per-project programs (or the
    // project service, which the per-project tsconfigs' spec excludes defeat) cost one each.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection: await it, or `void` it saying why.
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union names every member unless it has a default on purpose.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // The web console runs in the browser (DOM types, JSX): its own program, the same type-aware rules.
    files: ['apps/console/**/*.ts', 'apps/console/**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: {
        project: ['./apps/console/tsconfig.spec.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(PRODUCTION_CONSTRAINTS)],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // Code linted as if it were a file there, never on disk (tools/lint/boundaries.spec.ts, and
    // the example in docs/architecture.md): no program holds it, so no type-aware rules.
    files: ['**/lint-probe/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Pure libs: no Node built-ins (tsconfig "types": [] is the second net), no clock, no randomness.
    files: [
      'libs/domain/**/*.ts',
      'libs/projections/**/*.ts',
      'libs/feed/**/*.ts',
      'libs/ocds/**/*.ts',
    ],
    // ocds/testing/schemas.ts reads the official OCDS schemas from disk for the specs (never imported by production code).
    ignores: ['**/*.spec.ts', 'libs/ocds/src/testing/schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Pure libs may not use Node built-ins.',
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes in with the command.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes in with the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes in with the command.',
        },
        {
          selector: "CallExpression[callee.name='randomUUID']",
          message: 'Ids come in with the command.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(TEST_CONSTRAINTS)] },
  },
  {
    files: ['**/*.spec.ts', 'tools/**', '**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
  },
  prettier,
];
