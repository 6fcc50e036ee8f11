// npm run contract:generate: writes docs/schemas/<EventType>.json and docs/asyncapi.yaml from
// libs/domain/src/feed (contract.ts), and docs/examples/audit-bundle.json from the exporter
// (audit-bundle-example.ts); contract.spec.ts fails while they differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_BUNDLE_EXAMPLE_FILE, renderAuditBundleExample } from './audit-bundle-example';
import { ASYNCAPI_FILE, renderAsyncApi, renderSchemas, SCHEMA_DIR } from './contract';

mkdirSync(SCHEMA_DIR, { recursive: true });
const schemas = renderSchemas();
// A schema of an event type that no longer exists must not linger as if it were still published.
for (const file of readdirSync(SCHEMA_DIR))
  if (file.endsWith('.json') && !schemas.has(file)) rmSync(path.join(SCHEMA_DIR, file));
for (const [file, text] of schemas) writeFileSync(path.join(SCHEMA_DIR, file), text);
writeFileSync(ASYNCAPI_FILE, renderAsyncApi());
void renderAuditBundleExample().then((example) => {
  writeFileSync(AUDIT_BUNDLE_EXAMPLE_FILE, example);
  process.stdout.write(
    `wrote ${schemas.size} schemas to docs/schemas, docs/asyncapi.yaml and docs/examples/audit-bundle.json\n`,
  );
});
