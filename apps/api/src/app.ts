import type { ModuleMetadata } from '@nestjs/common';
import type { Clock } from '@contract-ledger/application';
import type { Policy } from '@contract-ledger/domain';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { AppModule } from './app.module';
import { installCheapAsyncResourceBind } from './platform/async-resource-bind';
import { installConsole } from './console/console';
import { validateConfig, type AppConfig } from './config/config';
import { clientErrorHandler } from './platform/errors/client-error';
import { documentProblems } from './platform/errors/openapi-problems';
import { documentResponseSchemas } from './platform/openapi-schemas';
import { installHttpPlatform } from './platform/http';
import { CommandTracingInterceptor } from './platform/command-route';
import { traceHttp, TracingModule } from './platform/tracing';
import { checkStoreMode, startTracing } from '@contract-ledger/runtime';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

const CORRELATION_HEADER = 'x-correlation-id';
/** Probed every few seconds by orchestrators: not logged (they log nothing themselves either). */
const UNLOGGED = new Set(['/health/live', '/health/ready']);
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is sane (it ends up in logs and event metadata), else a fresh one. */
function correlationId(req: { headers: IncomingHttpHeaders }): string {
  const given = req.headers[CORRELATION_HEADER];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

export interface CreatedApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
}

export interface CreateAppOptions {
  /** Extra modules, for tests that need routes of their own to exercise the platform. */
  readonly imports?: NonNullable<ModuleMetadata['imports']>;
  /**
   * The clock commands act at, instead of the system clock: tests pass deadlines by moving it.
   * Give it here, not as a provider of CLOCK in `imports`: that would be a second global provider
   * of the token, and which one Nest injects depends on module order.
   */
  readonly clock?: Clock;
  /** The policy in force, instead of the one of LEDGER_POLICY_FILE (or the defaults). */
  readonly policy?: Policy;
  /** Spans go here instead of OTLP, whatever LEDGER_TRACING says (tests read them back). */
  readonly spanExporter?: SpanExporter;
  /** The built web console to serve at / (main.ts gives dist/apps/console); absent: none. */
  readonly consoleDir?: string;
  /** Log lines go here instead of stdout (tests read them back). */
  readonly logDestination?: DestinationStream;
}

/**
 * Builds the application from an environment (validated first: a ConfigValidationError names every
 * bad variable) without listening, so tests drive the same app over HTTP as production does.
 */
export async function createApp(
  env: Readonly<Record<string, string | undefined>>,
  options: CreateAppOptions = {},
): Promise<CreatedApp> {
  const config = validateConfig(env);
  // Before Fastify parses a first body: its parser binds a fresh AsyncResource per request.
  installCheapAsyncResourceBind();
  if (
    config.store === 'sqlite' ||
    (config.store === 'kurrentdb' && config.databaseUrl === undefined)
  )
    mkdirSync(config.dataDir, { recursive: true });

  await checkStoreMode(config);

  const tracing = startTracing(config, 'contract-ledger-api', options.spanExporter);
  // One pino logger for the process: Fastify's per-request child (request.log, bound to the
  // correlation id) and Nest's own lines (nestjs-pino) both write to it.
  const logOptions = {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  const logger =
    options.logDestination === undefined
      ? pino(logOptions)
      : pino(logOptions, options.logDestination);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(
      config,
      logger,
      [TracingModule.forRoot(tracing), ...(options.imports ?? [])],
      {
        ...(options.clock === undefined ? {} : { clock: options.clock }),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
      },
    ),
    // requestTimeout: a client trickling its body cannot hold a connection forever. clientErrorHandler:
    // what Node refuses before routing (431, 408, 400) is problem+json too. Fastify's own two
    // lines per request are off: the onResponse hook below writes one.
    new FastifyAdapter({
      bodyLimit: 1024 * 1024,
      requestTimeout: 30_000,
      genReqId: correlationId,
      requestIdHeader: false,
      clientErrorHandler,
      loggerInstance: logger,
      requestIdLogLabel: 'correlationId',
      disableRequestLogging: true,
    }),
    // bodyParser: false, the platform installs the only (JSON) parser.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('X-Correlation-Id', request.id);
      done();
    })
    // One line per request, as pino-http wrote before, with the correlation id bound by Fastify.
    .addHook('onResponse', (request, reply, done) => {
      if (logger.isLevelEnabled('info') && !UNLOGGED.has(request.url.split('?')[0]!)) {
        request.log.info(
          {
            req: { method: request.method, url: request.url, remoteAddress: request.ip },
            res: { statusCode: reply.statusCode },
            responseTime: Math.round(reply.elapsedTime),
          },
          'request completed',
        );
      }
      done();
    });
  traceHttp(app.getHttpAdapter().getInstance(), tracing);
  if (tracing.enabled) app.useGlobalInterceptors(new CommandTracingInterceptor());
  installHttpPlatform(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Contract Ledger API')
      .setDescription(
        'Government purchase of public services: tenders, bids, contracts, milestones, payments, audit.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, documentResponseSchemas(documentProblems(document)), {
    jsonDocumentUrl: 'docs-json',
  });

  if (options.consoleDir !== undefined) await installConsole(app, config, options.consoleDir);

  await app.init();
  return { app, config };
}
