import { Logger } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import { routePermissions, type RoutePermission } from '../src/platform';
import { startLedger, type LedgerApp } from './support/ledger';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  type?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  format?: string;
}
interface MediaType {
  schema?: Schema;
  example?: unknown;
}
interface Operation {
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  'x-permission'?: { name: string; public: boolean };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const PROBLEM = 'application/problem+json';

/**
 * The OpenAPI document is the contract clients generate code from: every route in it, summarised,
 * every request field with an example, the success answer and each problem it can give.
 */
describe('OpenAPI document (/docs-json) is complete for every /api/v1 route', () => {
  let ledger: LedgerApp;
  let doc: OpenApi;
  let routes: RoutePermission[];

  beforeAll(async () => {
    ledger = await startLedger();
    routes = routePermissions(ledger.app).filter((r) => r.path.startsWith('/api/'));
    doc = (await ledger.http().get('/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => ledger.close());

  const operationOf = (route: RoutePermission): Operation | undefined =>
    doc.paths[route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
  const name = (route: RoutePermission) => `${route.method} ${route.path}`;

  function resolve(schema: Schema | undefined): Schema | undefined {
    if (schema?.$ref !== undefined)
      return resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
    return schema;
  }

  /** Paths of request properties without an example (their own, or their parent's covering them). */
  let checkedFields = 0;
  function missingExamples(schema: Schema | undefined, path: string, seen: Set<Schema>): string[] {
    const resolved = resolve(schema);
    if (resolved === undefined || seen.has(resolved)) return [];
    seen.add(resolved);
    const out: string[] = [];
    for (const [key, property] of Object.entries(resolved.properties ?? {})) {
      const field = path === '' ? key : `${path}.${key}`;
      checkedFields++;
      const target = resolve(property.allOf?.[0] ?? property);
      const nested =
        target?.properties !== undefined || resolve(target?.items)?.properties !== undefined;
      if (property.example === undefined && target?.example === undefined && !nested)
        out.push(field);
      if (nested)
        out.push(
          ...missingExamples(
            target?.properties !== undefined ? target : target?.items,
            field,
            new Set(seen),
          ),
        );
    }
    seen.delete(resolved);
    return out;
  }

  it('lists every route with its method, a summary and its x-permission', () => {
    expect(routes.length).toBeGreaterThan(0);
    const problems = routes.flatMap((route) => {
      const op = operationOf(route);
      if (op === undefined) return [`${name(route)}: missing from the document`];
      const out: string[] = [];
      if (!op.summary?.trim()) out.push(`${name(route)}: no summary`);
      if (op['x-permission']?.name !== route.permission)
        out.push(
          `${name(route)}: x-permission ${op['x-permission']?.name} is not ${route.permission}`,
        );
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('gives every request body property an example', () => {
    const problems = routes.flatMap((route) => {
      const body = operationOf(route)?.requestBody?.content?.['application/json'];
      if (body === undefined || body.example !== undefined) return [];
      return missingExamples(body.schema, '', new Set()).map(
        (field) => `${name(route)}: body field ${field} has no example`,
      );
    });
    expect(problems).toEqual([]);
    expect(checkedFields).toBeGreaterThan(50);
  });

  /**
   * Known gap, a ratchet: these views answer a description only, no schema or example yet (owners:
   * the supplier/budget/tender, contract, event-feed and read-side slices). The list must match
   * exactly, so a new undocumented route fails, and so does one documented but still listed here.
   */
  const VIEWS_WITHOUT_SCHEMA = [
    'GET /api/v1/accountability/agencies',
    'GET /api/v1/accountability/agencies/:id',
    'GET /api/v1/accountability/contracts',
    'GET /api/v1/accountability/contracts/:id',
    'GET /api/v1/accountability/suppliers/:id',
    'GET /api/v1/budget-lines/:id',
    'GET /api/v1/contracts/:contractId',
    'GET /api/v1/events',
    'GET /api/v1/public/contracts/:contractId',
    'GET /api/v1/public/tenders/:id',
    'GET /api/v1/suppliers/:id',
    'GET /api/v1/tenders/:id',
    'GET /api/v1/tenders/:id/bids',
  ];

  it('documents the success response of every route with a JSON schema or example (known gaps listed)', () => {
    const missing: string[] = [];
    const problems = routes.flatMap((route) => {
      const responses = operationOf(route)?.responses ?? {};
      const success = Object.entries(responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) return [`${name(route)}: no 2xx response`];
      const described = success.some(([, r]) =>
        Object.values(r.content ?? {}).some(
          (m) => m.schema !== undefined || m.example !== undefined,
        ),
      );
      if (!described) missing.push(name(route));
      return [];
    });
    expect(problems).toEqual([]);
    expect(missing.sort()).toEqual([...VIEWS_WITHOUT_SCHEMA].sort());
  });

  it('documents the problem+json errors each route can answer', () => {
    const problems = routes.flatMap((route) => {
      const op = operationOf(route);
      const responses = op?.responses ?? {};
      const expected = ['500'];
      if (op?.['x-permission']?.public !== true) expected.push('401', '403');
      const hasPathParams = /:/.test(route.path);
      if (
        hasPathParams ||
        op?.requestBody !== undefined ||
        (op?.parameters ?? []).some((p) => p.in === 'query')
      )
        expected.push('400');
      if (hasPathParams) expected.push('404');
      if (route.method === 'POST') expected.push('409', '415');
      return expected
        .filter((status) => responses[status]?.content?.[PROBLEM]?.schema === undefined)
        .map((status) => `${name(route)}: no ${status} application/problem+json response`);
    });
    expect(problems).toEqual([]);
  });

  // Two DTO classes of one name share one schema (the second silently loses its own rules, e.g.
  // format: uuid), and @nestjs/swagger only warns "Duplicate DTO detected" on start.
  it('gives every DTO class a schema of its own', () => {
    const warnings: string[] = [];
    const collect = (message: unknown) => void warnings.push(String(message));
    Logger.overrideLogger({ log: () => undefined, error: collect, warn: collect });
    try {
      SwaggerModule.createDocument(ledger.app, new DocumentBuilder().build());
    } finally {
      ledger.app.useLogger(ledger.app.get(PinoLogger));
    }
    expect(warnings).toEqual([]);
    for (const path of ['/api/v1/tenders/{id}/evaluators', '/api/v1/contracts/{contractId}/evaluators']) {
      const body = resolve(doc.paths[path]?.post?.requestBody?.content?.['application/json']?.schema);
      expect({ path, evaluatorId: body?.properties?.evaluatorId }).toMatchObject({ path, evaluatorId: { format: 'uuid' } });
    }
  });
});
