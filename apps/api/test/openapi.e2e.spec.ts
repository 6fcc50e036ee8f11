import { Logger } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import Ajv, { type ValidateFunction } from 'ajv';
import { routePermissions, type RoutePermission } from '../src/platform';
import { startLedger, type LedgerApp } from './support/ledger';
import { buildWorld, callersFor, routeKey, urlOf } from './support/world';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

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
  nullable?: boolean;
}
interface MediaType {
  schema?: Schema;
  example?: unknown;
}
interface Operation {
  summary?: string;
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  parameters?: { in: string; name: string; schema?: object }[];
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

  const JSON_MEDIA = /^application\/(problem\+)?json/;
  const described = (schema: Schema | undefined) =>
    schema !== undefined &&
    (schema.type !== undefined ||
      schema.$ref !== undefined ||
      schema.allOf !== undefined ||
      schema.oneOf !== undefined);

  it('documents every response of every route with a schema, not only an example', () => {
    const problems = routes.flatMap((route) => {
      const responses = operationOf(route)?.responses ?? {};
      const out: string[] = [];
      if (!Object.keys(responses).some((status) => /^2\d\d$/.test(status)))
        out.push(`${name(route)}: no 2xx response`);
      for (const [status, response] of Object.entries(responses)) {
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) out.push(`${name(route)} ${status}: no content`);
        for (const [type, m] of media)
          if (!described(m.schema)) out.push(`${name(route)} ${status} ${type}: no schema`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('types path parameters as validated: ids as uuid, positions as integers >= 0', () => {
    // Not ids: the kind of an audited stream and an OCDS ocid.
    const NOT_UUID = new Set(['kind', 'ocid']);
    const problems = routes.flatMap((route) =>
      (operationOf(route)?.parameters ?? []).flatMap((p) => {
        const schema =
          (p as { schema?: { type?: string; format?: string; minimum?: number } }).schema ?? {};
        if (p.in === 'path' && !NOT_UUID.has(p.name) && schema.format !== 'uuid')
          return [`${name(route)}: path parameter ${p.name} is not format uuid`];
        if (
          p.in === 'query' &&
          p.name === 'minPosition' &&
          (schema.type !== 'integer' || schema.minimum !== 0)
        )
          return [`${name(route)}: minPosition is not an integer >= 0`];
        if (
          p.in === 'query' &&
          p.name === 'minPosition' &&
          operationOf(route)?.responses?.['504'] === undefined
        )
          return [`${name(route)}: takes minPosition but documents no 504`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  /**
   * The contract test: every route of the role-matrix world, called by every caller of its row, and
   * each answer checked against what the document says of its status code: the status must be
   * documented, and the body must validate against the schema of its media type.
   */
  it('answers every route and caller of a driven lifecycle only as documented', async () => {
    const { world, ids } = await buildWorld(ledger);
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      formats: { uuid: UUID, 'date-time': INSTANT },
    });
    const validators = new Map<Schema, ValidateFunction>();
    const validate = (schema: Schema) => {
      if (!validators.has(schema)) validators.set(schema, ajv.compile(toJsonSchema(schema)));
      return validators.get(schema)!;
    };
    const mismatches: string[] = [];
    const seen = new Set<string>();
    let checked = 0;
    for (const route of routes) {
      const fixture = world.get(routeKey(route.method, route.path));
      if (fixture === undefined) continue; // the role-matrix e2e reports a route without a fixture
      const url = urlOf(route.path, fixture.params) + (fixture.query ? `?${fixture.query}` : '');
      for (const caller of callersFor(ledger, ids, fixture.facts)) {
        let req = route.method === 'GET' ? ledger.http().get(url) : ledger.http().post(url);
        if (caller.authorization !== undefined)
          req = req.set('Authorization', caller.authorization);
        const res = fixture.body === undefined ? await req : await req.send(fixture.body);
        const where = `${name(route)} as ${caller.label}: ${res.status}`;
        const documented = operationOf(route)?.responses?.[String(res.status)];
        if (documented === undefined) {
          mismatches.push(`${where} is not documented`);
          continue;
        }
        const type = String(res.headers['content-type'] ?? '').split(';')[0]!;
        const media = documented.content?.[type];
        if (media?.schema === undefined) {
          mismatches.push(
            `${where} answered ${type}, documented: ${Object.keys(documented.content ?? {}).join(', ')}`,
          );
          continue;
        }
        if (!JSON_MEDIA.test(type)) continue;
        const check = validate(media.schema);
        checked++;
        seen.add(`${name(route)} ${res.status}`);
        if (!check(res.body)) mismatches.push(`${where} ${ajv.errorsText(check.errors)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Every route was checked with a success of its own.
    expect(
      routes
        .filter(
          (r) =>
            r.path !== '/api/v1/events' &&
            ![...seen].some((s) =>
              new RegExp(`^${name(r).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 2\\d\\d$`).test(s),
            ),
        )
        .map(name),
    ).toEqual([]);
    expect(checked).toBeGreaterThan(routes.length * 5);
  }, 120_000);

  /** OpenAPI 3.0 to the JSON Schema ajv reads: references inlined, `nullable` as a null type. */
  function toJsonSchema(schema: Schema): object {
    const convert = (s: Schema | undefined): unknown => {
      const resolved = resolve(s);
      if (resolved === undefined) return {};
      const out: Record<string, unknown> = { ...resolved };
      delete out.example;
      if (resolved.properties !== undefined)
        out.properties = Object.fromEntries(
          Object.entries(resolved.properties).map(([k, v]) => [k, convert(v)]),
        );
      if (resolved.items !== undefined) out.items = convert(resolved.items);
      for (const key of ['allOf', 'oneOf', 'anyOf'] as const)
        if (resolved[key] !== undefined) out[key] = resolved[key]!.map(convert);
      if (out.nullable === true) {
        delete out.nullable;
        if (typeof out.type === 'string') out.type = [out.type, 'null'];
      }
      return out;
    };
    return convert(schema) as object;
  }

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
    for (const path of [
      '/api/v1/tenders/{id}/evaluators',
      '/api/v1/contracts/{contractId}/evaluators',
    ]) {
      const body = resolve(
        doc.paths[path]?.post?.requestBody?.content?.['application/json']?.schema,
      );
      expect({ path, evaluatorId: body?.properties?.evaluatorId }).toMatchObject({
        path,
        evaluatorId: { format: 'uuid' },
      });
    }
  });
});
