/**
 * A real OpenTelemetry Collector for integration tests (infra/local/otelcol.sh: the OTLP receiver
 * and the contrib file exporter, built from the official Go modules). The test starts it and stops
 * it: nothing assumes one is running. Node-only; never imported by production code.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const REPO = path.resolve(__dirname, '../../../..');
const OTELCOL_SH = path.join(REPO, 'infra/local/otelcol.sh');
const run = promisify(execFile);

type AttributeValue = string | number | boolean;

/** One span as the collector wrote it (OTLP JSON), with its resource's service.name. */
export interface CollectedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  /** Absent on a root span. */
  readonly parentSpanId?: string;
  readonly name: string;
  /** OTLP SpanKind: 2 SERVER, 5 CONSUMER... */
  readonly kind: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface Collector {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT: http://127.0.0.1:<port>. */
  readonly endpoint: string;
  /** Every span the collector has written out so far. */
  spans(): CollectedSpan[];
  /** Stops the collector (it flushes on SIGTERM) and deletes its directory. */
  stop(): Promise<void>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpLine {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: OtlpValue }[] };
    scopeSpans?: {
      spans?: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind?: number;
        attributes?: { key: string; value: OtlpValue }[];
      }[];
    }[];
  }[];
}

const valueOf = (v: OtlpValue): AttributeValue =>
  v.intValue !== undefined
    ? Number(v.intValue)
    : (v.stringValue ?? v.doubleValue ?? v.boolValue ?? '');

const attributesOf = (list: { key: string; value: OtlpValue }[] | undefined) =>
  Object.fromEntries((list ?? []).map((a) => [a.key, valueOf(a.value)]));

/** Parses the file exporter's output: one OTLP JSON document per line; a line still being written is left for later. */
export function parseCollectorOutput(text: string): CollectedSpan[] {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) =>
      ((JSON.parse(line) as OtlpLine).resourceSpans ?? []).flatMap((rs) => {
        const service = String(attributesOf(rs.resource?.attributes)['service.name'] ?? '');
        return (rs.scopeSpans ?? []).flatMap((ss) =>
          (ss.spans ?? []).map((s) => ({
            service,
            traceId: s.traceId,
            spanId: s.spanId,
            ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
            name: s.name,
            kind: s.kind ?? 0,
            attributes: attributesOf(s.attributes),
          })),
        );
      }),
    );
}

/**
 * Builds the collector if this source was never built (minutes: give the calling hook a long
 * timeout; CI builds it in its own step first), starts it on a free port and waits until it accepts.
 */
export async function startCollector(): Promise<Collector> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-otelcol-'));
  let endpoint: string;
  try {
    endpoint = (await run('bash', [OTELCOL_SH, 'start', dir], { timeout: 900_000 })).stdout.trim();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const output = path.join(dir, 'traces.jsonl');
  return {
    endpoint,
    spans: () => parseCollectorOutput(readFileSync(output, 'utf8')),
    stop: async () => {
      await run('bash', [OTELCOL_SH, 'stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
