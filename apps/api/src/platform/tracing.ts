import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { CORRELATION_ATTRIBUTE, type Tracing } from '@contract-ledger/runtime';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const TRACING = Symbol('TRACING');

/** The process's tracing (LEDGER_TRACING), for the store, the runners and the command routes. */
@Global()
@Module({})
export class TracingModule implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing) {}

  static forRoot(tracing: Tracing): DynamicModule {
    return {
      module: TracingModule,
      providers: [{ provide: TRACING, useValue: tracing }],
      exports: [TRACING],
    };
  }

  // After the store and the runners closed (their spans are the last ones), flush what is buffered.
  async onApplicationShutdown(): Promise<void> {
    await this.tracing.shutdown();
  }
}

const requestSpans = new WeakMap<object, { span: Span; tracing: Tracing }>();

/**
 * One SERVER span per request, named by its route once routed, with the correlation id and the
 * status. It is not made the active context here: Fastify parses a body on the socket's callbacks,
 * which would lose it; the command route opens its child span explicitly (httpSpanOf).
 */
export function traceHttp(fastify: FastifyInstance, tracing: Tracing): void {
  if (!tracing.enabled) return;
  fastify.addHook('onRequest', (request, _reply, done) => {
    const span = tracing.tracer.startSpan(`HTTP ${request.method}`, {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': request.method,
        'url.path': request.url.split('?')[0] ?? '',
        [CORRELATION_ATTRIBUTE]: request.id,
      },
    });
    requestSpans.set(request.raw, { span, tracing });
    done();
  });
  const end = (request: FastifyRequest, status: number | undefined): void => {
    const entry = requestSpans.get(request.raw);
    if (entry === undefined) return;
    requestSpans.delete(request.raw);
    const route = request.routeOptions.url;
    if (route !== undefined) {
      entry.span.updateName(`HTTP ${request.method} ${route}`);
      entry.span.setAttribute('http.route', route);
    }
    if (status === undefined)
      entry.span.setStatus({ code: SpanStatusCode.ERROR, message: 'aborted by the client' });
    else {
      entry.span.setAttribute('http.response.status_code', status);
      if (status >= 500) entry.span.setStatus({ code: SpanStatusCode.ERROR });
    }
    entry.span.end();
  };
  fastify.addHook('onResponse', (request, reply, done) => {
    end(request, reply.statusCode);
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    end(request, undefined);
    done();
  });
}

/** The request's span and tracing, where tracing is on. */
export function httpSpanOf(request: FastifyRequest): { span: Span; tracing: Tracing } | undefined {
  return requestSpans.get(request.raw);
}

/** The context a command runs in: a child of the request's span (or the active context without tracing). */
export function commandSpan(
  request: FastifyRequest,
  name: string,
): { span: Span; context: ReturnType<typeof context.active> } | undefined {
  const entry = httpSpanOf(request);
  if (entry === undefined) return undefined;
  const parent = trace.setSpan(context.active(), entry.span);
  const span = entry.tracing.tracer.startSpan(
    name,
    { attributes: { [CORRELATION_ATTRIBUTE]: request.id } },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}
