import {
  isActorId,
  isRole,
  loadOrCreateDevSecret,
  mintDevToken,
  SCOPED_ROLES,
  type Role,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config';
import type { FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { forbidden, notFound, validationFailed } from '../platform/errors/problem';

/** The repository root, whether this file runs compiled (<root>/dist/apps/api/src/console) or from source. */
function repositoryRoot(): string {
  const compiled = __dirname.lastIndexOf(`${path.sep}dist${path.sep}apps${path.sep}`);
  return compiled >= 0 ? __dirname.slice(0, compiled) : path.resolve(__dirname, '../../../..');
}

/** Where `npm run build` puts the console (tools/build.mjs). */
export const DEFAULT_CONSOLE_DIR = path.join(repositoryRoot(), 'dist', 'apps', 'console');

/**
 * The console's client-side routes. Only these answer index.html: a fallback on everything else
 * would turn an API typo (/api/v1/tendres) into a 200 HTML page instead of a problem+json 404.
 */
export const CONSOLE_ROUTES = [
  '/',
  '/tenders/*',
  '/blacklist',
  '/sign-in',
  '/audit',
  '/audit/*',
  '/supervisor',
  '/supervisor/*',
] as const;

const DEV_TOKEN_TTL_SECONDS = 8 * 3600;

function isLoopback(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/**
 * Serves the web console (apps/console, built by `npm run build`) when it has been built: assets
 * under /assets/, index.html on the client routes, and GET /console/config.json. Without a
 * build (an API-only image, most tests) nothing is registered. In the embedded mode (no
 * AUTH_JWKS_URL) it also mints development tokens at POST /console/dev-token, for callers on this
 * machine only: the embedded secret already lets anyone with a shell here mint any role
 * (`ledger token`); the network does not get that power. These routes are Fastify's, outside
 * Nest, so they are not API operations: no OpenAPI entry, no permission, no role-matrix row.
 */
export async function installConsole(
  app: NestFastifyApplication,
  config: AppConfig,
  dir: string,
): Promise<boolean> {
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const devLogin = config.authJwksUrl === undefined;
  const fastify = app.getHttpAdapter().getInstance();

  // wildcard: false registers one route per file found now, so /assets/* never catches anything else.
  await app.register(fastifyStatic as never, {
    root: path.join(dir, 'assets'),
    prefix: '/assets/',
    wildcard: false,
    immutable: true,
    maxAge: '365d',
  });
  for (const url of CONSOLE_ROUTES) {
    fastify.get(url, (_request, reply) => {
      void reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
    });
  }
  fastify.get('/console/config.json', (_request, reply) => {
    void reply.header('Cache-Control', 'no-store').send({ devLogin });
  });
  if (devLogin) {
    const secret = loadOrCreateDevSecret(config.dataDir);
    fastify.post('/console/dev-token', (request, reply) => {
      if (!isLoopback(request))
        throw forbidden('Development sign-in is only offered to a browser on the server itself');
      const body = (request.body ?? {}) as Record<string, unknown>;
      const role = body.role;
      if (!isRole(role))
        throw validationFailed([{ field: 'role', messages: ['role must be a known role'] }]);
      const scope = SCOPED_ROLES[role as Role];
      const scoped: { agencyId?: string; supplierId?: string } = {};
      if (scope !== undefined) {
        const id = body[scope];
        if (!isActorId(id))
          throw validationFailed([{ field: scope, messages: [`${scope} must be a UUID`] }]);
        scoped[scope] = id;
      }
      const now = Math.floor(Date.now() / 1000);
      const token = mintDevToken(
        { role, sub: uuidv7(), ...scoped, ttlSeconds: DEV_TOKEN_TTL_SECONDS, now },
        secret,
      );
      void reply.header('Cache-Control', 'no-store').send({
        token,
        role,
        ...scoped,
        expiresAt: new Date((now + DEV_TOKEN_TTL_SECONDS) * 1000).toISOString(),
      });
    });
  } else {
    fastify.post('/console/dev-token', () => {
      throw notFound('Development sign-in is off: AUTH_JWKS_URL is set');
    });
  }
  return true;
}
