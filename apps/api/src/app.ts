import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { AppModule } from './app.module';
import { validateConfig, type AppConfig } from './config/config';

const CORRELATION_HEADER = 'x-correlation-id';
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

/**
 * Builds the application from an environment (validated first: a ConfigValidationError names every
 * bad variable) without listening, so tests drive the same app over HTTP as production does.
 */
export async function createApp(env: Readonly<Record<string, string | undefined>>): Promise<CreatedApp> {
  const config = validateConfig(env);
  if (config.store === 'sqlite') mkdirSync(config.dataDir, { recursive: true });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({ bodyLimit: 1024 * 1024, genReqId: correlationId, requestIdHeader: false }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('X-Correlation-Id', request.id);
      done();
    });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Contract Ledger API')
      .setDescription('Government purchase of public services: tenders, bids, contracts, milestones, payments, audit.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });

  await app.init();
  return { app, config };
}
