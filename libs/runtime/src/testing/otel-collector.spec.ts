import { parseCollectorOutput } from './otel-collector';

const line = (name: string, spanId: string, parentSpanId = '') =>
  JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
        scopeSpans: [
          {
            scope: {},
            spans: [
              {
                traceId: 't1',
                spanId,
                parentSpanId,
                name,
                kind: 2,
                attributes: [
                  { key: 'ledger.position', value: { intValue: '42' } },
                  { key: 'ledger.correlation_id', value: { stringValue: 'c-1' } },
                ],
              },
            ],
          },
        ],
      },
    ],
  });

describe("parseCollectorOutput (the file exporter's OTLP JSON lines)", () => {
  it('reads every complete line, with service, parent and typed attributes', () => {
    const spans = parseCollectorOutput(`${line('a', 's1')}\n${line('b', 's2', 's1')}\n`);
    expect(spans).toEqual([
      {
        service: 'svc',
        traceId: 't1',
        spanId: 's1',
        name: 'a',
        kind: 2,
        attributes: { 'ledger.position': 42, 'ledger.correlation_id': 'c-1' },
      },
      expect.objectContaining({ name: 'b', parentSpanId: 's1' }),
    ]);
  });

  it('leaves a line the collector is still writing for the next read', () => {
    const whole = line('a', 's1');
    expect(parseCollectorOutput(`${whole}\n${whole.slice(0, 40)}`)).toHaveLength(1);
    expect(parseCollectorOutput('')).toEqual([]);
  });
});
