// The console's API types from the API's own OpenAPI document (what /docs-json serves):
//   node tools/console/openapi-types.mjs <openapi.json> <out.d.ts>
// apps/api/test/console-openapi.e2e.spec.ts builds the document from the app, runs this and holds
// apps/console/src/api/openapi.d.ts to it byte for byte (UPDATE_CONSOLE_TYPES=1 rewrites it).
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const document = JSON.parse(readFileSync(input, 'utf8'));
const ast = await openapiTS(document, { alphabetize: true });
writeFileSync(
  output,
  `// Generated from the API's OpenAPI document by tools/console/openapi-types.mjs; do not edit.\n${astToString(ast)}`,
);
