import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { actors, startLedger, type LedgerApp } from './support/ledger';

const register = {
  kind: 'social_organisation',
  name: 'Traced care centre',
  registrationNumber: 'REG-1',
};

// The real processes exporting OTLP to a real OpenTelemetry Collector: tracing-collector.int.spec.ts.
describe('tracing: HTTP -> command -> append, and projection batches', () => {
  let ledger: LedgerApp;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    ledger = await startLedger({ spanExporter: exporter });
  });
  afterAll(() => ledger.close());

  it('nests the command and its append under the request span, with the correlation id', async () => {
    const a = actors(ledger);
    await ledger
      .http()
      .post('/api/v1/suppliers')
      .set('Authorization', a.supplier[0]!)
      .set('X-Correlation-Id', 'trace-me-1')
      .send(register)
      .expect(201);
    const spans = exporter.getFinishedSpans();
    const http = spans.find((s) => s.name === 'HTTP POST /api/v1/suppliers');
    expect(http).toBeDefined();
    expect(http!.attributes).toMatchObject({
      'ledger.correlation_id': 'trace-me-1',
      'http.response.status_code': 201,
      'http.route': '/api/v1/suppliers',
    });
    const command = spans.find(
      (s) => s.name.startsWith('command ') && parentOf(s) === http!.spanContext().spanId,
    );
    expect(command).toBeDefined();
    expect(command!.attributes['ledger.correlation_id']).toBe('trace-me-1');
    const append = spans.find(
      (s) => s.name === 'eventstore.append' && parentOf(s) === command!.spanContext().spanId,
    );
    expect(append).toBeDefined();
    expect(append!.attributes).toMatchObject({
      'ledger.correlation_id': 'trace-me-1',
      'ledger.events': 1,
      'ledger.streams': `supplier-${a.supplierIds[0]}`,
    });
    expect(new Set([http, command, append].map((s) => s!.spanContext().traceId)).size).toBe(1);
  });

  it('records a span per projection batch with the positions it covered', async () => {
    const deadline = Date.now() + 10_000;
    let batch: ReadableSpan | undefined;
    while (batch === undefined && Date.now() < deadline) {
      batch = exporter.getFinishedSpans().find((s) => s.name === 'projection audit');
      if (batch === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(batch?.attributes).toMatchObject({
      'ledger.projection': 'audit',
      'ledger.from_position': expect.any(Number),
      'ledger.to_position': expect.any(Number),
    });
  });
});

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}
