import {
  context,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { EventStore, NewEvent } from '@contract-ledger/event-store';
import type { RelayBatchReport } from '@contract-ledger/messaging-kafka';
import type { BatchReport } from '@contract-ledger/read-store-sql';
import type { AppConfig } from './config';

/**
 * OpenTelemetry tracing of one process: HTTP request -> command -> append on the API, and one span
 * per projection or relay batch where those run. Off by default (LEDGER_TRACING): the tracer is
 * then the API's no-op one and costs nothing. With `otlp`, spans go in batches to the OTLP/HTTP
 * endpoint the standard OTEL_EXPORTER_OTLP_ENDPOINT / _TRACES_ENDPOINT variables name (default
 * http://localhost:4318/v1/traces). Every span carries the request's correlation id where there is one.
 */
export interface Tracing {
  readonly tracer: Tracer;
  readonly enabled: boolean;
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

export const CORRELATION_ATTRIBUTE = 'ledger.correlation_id';

let contextManagerInstalled = false;

/** Spans follow async calls only with a context manager; one per process, whoever starts tracing first. */
function installContextManager(): void {
  if (contextManagerInstalled) return;
  contextManagerInstalled = context.setGlobalContextManager(
    new AsyncLocalStorageContextManager().enable(),
  );
}

/**
 * `exporter` replaces the OTLP exporter (tests pass an in-memory one; spans are then exported one
 * by one, not batched). The provider is not registered globally: each app holds its tracer, so
 * several apps in one process (tests) do not share spans.
 */
export function startTracing(
  config: Pick<AppConfig, 'tracing'>,
  serviceName: string,
  exporter?: SpanExporter,
): Tracing {
  if (config.tracing === 'off' && exporter === undefined) {
    return {
      tracer: trace.getTracer('contract-ledger'),
      enabled: false,
      shutdown: async () => undefined,
    };
  }
  installContextManager();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [
      exporter === undefined
        ? new BatchSpanProcessor(new OTLPTraceExporter())
        : new SimpleSpanProcessor(exporter),
    ],
  });
  return {
    tracer: provider.getTracer('contract-ledger'),
    enabled: true,
    shutdown: () => provider.shutdown(),
  };
}

/** Runs `work` in a span that ends with it, marked as an error when it throws. */
export async function inSpan<T>(
  tracer: Tracer,
  name: string,
  attributes: Record<string, string | number>,
  work: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  const span = tracer.startSpan(name, { attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
    throw error;
  } finally {
    span.end();
  }
}

/** The events' correlation ids, each once: the span of an append made outside a request still has one. */
const correlationOf = (events: readonly NewEvent[]): string =>
  [...new Set(events.map((e) => e.metadata.correlationId))].join(',');

/**
 * The event store with a span around every append: which streams, how many events, their
 * correlation id, the position reached.
 */
export function tracedEventStore(store: EventStore, tracing: Tracing): EventStore {
  if (!tracing.enabled) return store;
  const { tracer } = tracing;
  const appendMulti: EventStore['appendMulti'] = (batch) =>
    inSpan(
      tracer,
      'eventstore.append',
      {
        'ledger.streams': batch.map((b) => b.stream).join(','),
        'ledger.events': batch.reduce((n, b) => n + b.events.length, 0),
        [CORRELATION_ATTRIBUTE]: correlationOf(batch.flatMap((b) => b.events)),
      },
      async (span) => {
        const results = await store.appendMulti(batch);
        span.setAttribute('ledger.position', Math.max(0, ...results.map((r) => r.position)));
        return results;
      },
    );
  const append: EventStore['append'] = (stream, events, options) =>
    inSpan(
      tracer,
      'eventstore.append',
      {
        'ledger.streams': stream,
        'ledger.events': events.length,
        [CORRELATION_ATTRIBUTE]: correlationOf(events),
      },
      async (span) => {
        const result = await store.append(stream, events, options);
        span.setAttribute('ledger.position', result.position);
        return result;
      },
    );
  return new Proxy(store, {
    get: (target, key: keyof EventStore) => {
      if (key === 'appendMulti') return appendMulti;
      if (key === 'append') return append;
      const value = target[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A span for work that already happened (a projection or relay batch reports its duration when done). */
export function recordSpan(
  tracer: Tracer,
  name: string,
  durationMs: number,
  attributes: Record<string, string | number>,
): void {
  const end = Date.now();
  tracer
    .startSpan(name, { kind: SpanKind.CONSUMER, startTime: end - durationMs, attributes })
    .end(end);
}

/**
 * The projection runners' onBatch where tracing is on: a `projection <name>` span per batch, in the
 * API (in-process projections) and the worker alike. Nothing where it is off.
 */
export function projectionBatchSpans(tracing: Tracing | undefined): {
  onBatch?: (batch: BatchReport) => void;
} {
  if (!tracing?.enabled) return {};
  return {
    onBatch: (batch) =>
      recordSpan(tracing.tracer, `projection ${batch.projection}`, batch.ms, {
        'ledger.projection': batch.projection,
        'ledger.from_position': batch.from,
        'ledger.to_position': batch.to,
        'ledger.events': batch.events,
      }),
  };
}

/** The relay's onBatch where tracing is on: a `relay <name>` span per batch the broker acknowledged. */
export function relayBatchSpans(
  tracing: Tracing | undefined,
  relay: string,
): { onBatch?: (batch: RelayBatchReport) => void } {
  if (!tracing?.enabled) return {};
  return {
    onBatch: (batch) =>
      recordSpan(tracing.tracer, `relay ${relay}`, batch.ms, {
        'ledger.relay': relay,
        'ledger.from_position': batch.from,
        'ledger.to_position': batch.to,
        'ledger.messages': batch.messages,
      }),
  };
}
