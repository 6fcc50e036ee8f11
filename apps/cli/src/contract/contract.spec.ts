import { Parser } from '@asyncapi/parser';
import { categoryOf, EVENT_DATA_SCHEMAS, LEDGER_EVENT_TYPES } from '@contract-ledger/domain';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_BUNDLE_EXAMPLE_FILE, renderAuditBundleExample } from './audit-bundle-example';
import { ASYNCAPI_FILE, GENERATE, renderAsyncApi, renderSchemas, SCHEMA_DIR } from './contract';

describe('the published event contract', () => {
  it(`docs/schemas holds one current schema per event type (else run ${GENERATE})`, () => {
    const expected = renderSchemas();
    expect(
      readdirSync(SCHEMA_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected)
      expect({ file, text: readFileSync(path.join(SCHEMA_DIR, file), 'utf8') }).toEqual({
        file,
        text,
      });
  });

  it(`docs/asyncapi.yaml is current (else run ${GENERATE})`, () => {
    expect(readFileSync(ASYNCAPI_FILE, 'utf8')).toBe(renderAsyncApi());
  });

  it(`docs/examples/audit-bundle.json is what the exporter writes for the example log (else run ${GENERATE})`, async () => {
    const example = await renderAuditBundleExample();
    expect(readFileSync(AUDIT_BUNDLE_EXAMPLE_FILE, 'utf8')).toBe(example);
    const bundle = JSON.parse(example);
    // The fields docs/audit-bundle.md §1 describes, each present and not trivially empty.
    expect(Object.keys(bundle)).toEqual([
      'format',
      'origin',
      'scope',
      'keys',
      'witnesses',
      'requiredCosignatures',
      'checkpoint',
      'consistency',
      'events',
    ]);
    expect(bundle.witnesses).toHaveLength(1);
    expect(bundle.requiredCosignatures).toBe(1);
    expect(bundle.consistency).toHaveLength(1);
    expect(bundle.events).toHaveLength(3);
  });

  it('is a valid AsyncAPI 3.0 document: four event topics and the checkpoints topic, every published event type a message with the feed headers', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(ASYNCAPI_FILE, 'utf8'));
    // Severity 0 is an error; warnings and hints (e.g. style advice) do not make the document invalid.
    expect(
      diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`),
    ).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    expect(
      document!
        .channels()
        .all()
        .map((c) => c.address())
        .sort(),
    ).toEqual([
      '{prefix}.budgets',
      '{prefix}.checkpoints',
      '{prefix}.contracts',
      '{prefix}.suppliers',
      '{prefix}.tenders',
    ]);
    const messages = document!.components().messages().all();
    // An evaluator's conflict register is on no topic (docs/kafka.md): it is no message either.
    const published = LEDGER_EVENT_TYPES.filter((type) => categoryOf(type) !== 'evaluators');
    expect(published).not.toContain('ConflictOfInterestRegistered');
    expect(messages.map((m) => m.id()).sort()).toEqual([...published, 'Checkpoint'].sort());
    const checkpoint = messages.find((m) => m.id() === 'Checkpoint')!;
    expect(Object.keys(checkpoint.payload()?.properties() ?? {}).sort()).toEqual([
      'createdAt',
      'key',
      'note',
      'size',
    ]);
    for (const message of messages.filter((m) => m.id() !== 'Checkpoint')) {
      const headers = Object.keys(message.headers()?.properties() ?? {}).sort();
      expect(headers).toEqual([
        'correlation-id',
        'event-id',
        'event-type',
        'hash',
        'position',
        'redacted',
        'sandbox',
        'schema-version',
      ]);
    }
  });

  it('every data schema is closed and names every field it declares as required, except the sealed ones in feeds', () => {
    for (const type of LEDGER_EVENT_TYPES) {
      const schema = EVENT_DATA_SCHEMAS[type] as {
        additionalProperties?: boolean;
        properties: object;
        required: string[];
      };
      expect({ type, closed: schema.additionalProperties }).toEqual({ type, closed: false });
      expect({ type, required: [...schema.required].sort() }).toEqual({
        type,
        required: Object.keys(schema.properties).sort(),
      });
    }
    const published = JSON.parse(readFileSync(path.join(SCHEMA_DIR, 'BidSubmitted.json'), 'utf8'));
    expect(published.required).not.toContain('price');
    expect(published.required).not.toContain('proposalDigest');
  });
});
