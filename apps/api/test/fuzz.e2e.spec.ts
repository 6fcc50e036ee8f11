import { POLICY, type Permission } from '@contract-ledger/application';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { routePermissions, type RoutePermission } from '../src/platform';
import { startLedger, type LedgerApp } from './support/ledger';
import {
  buildWorld,
  callersFor,
  routeKey,
  urlOf,
  type Fixture,
  type Identities,
  type World,
} from './support/world';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  required?: string[];
  minimum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
}

/** One field of a valid body, with what its schema says about it. */
interface Field {
  readonly path: Path;
  readonly value: Json;
  readonly required: boolean;
  readonly schema: Schema | undefined;
}

const HUGE = 'x'.repeat(100 * 1024);
const STACK = /\bat .+\.(ts|js):\d+|"stack"|node_modules|\/srv\/|\/work\//;
const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

function resolve(doc: OpenApi, schema: Schema | undefined): Schema | undefined {
  if (schema === undefined) return undefined;
  if (schema.$ref !== undefined)
    return resolve(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1)
    return { ...resolve(doc, schema.allOf[0]), ...schema, allOf: undefined };
  return schema;
}

/** Every field of the valid body, depth first, arrays through their first element. */
function fieldsOf(doc: OpenApi, value: Json, schema: Schema | undefined, path: Path = []): Field[] {
  const out: Field[] = [];
  const resolved = resolve(doc, schema);
  if (Array.isArray(value)) {
    if (value.length > 0) {
      const item = value[0]!;
      out.push({
        path: [...path, 0],
        value: item,
        required: true,
        schema: resolve(doc, resolved?.items),
      });
      out.push(
        ...fieldsOf(doc, item, resolved?.items, [...path, 0]).filter(
          (f) => f.path.length > path.length + 1,
        ),
      );
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = resolve(doc, resolved?.properties?.[key]);
      out.push({
        path: [...path, key],
        value: child,
        required: resolved?.required?.includes(key) ?? false,
        schema: childSchema,
      });
      out.push(
        ...fieldsOf(doc, child, childSchema, [...path, key]).filter(
          (f) => f.path.length > path.length + 1,
        ),
      );
    }
  }
  return out;
}

function setAt(body: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy as Json;
}

function deeplyNested(depth: number): Json {
  let value: Json = { leaf: 1 };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Values that no validator of this field may accept, by the field's own type and schema. */
function invalidValues(field: Field): { label: string; value: Json | undefined }[] {
  const { value, schema } = field;
  const out: { label: string; value: Json | undefined }[] = [];
  if (field.required) out.push({ label: 'missing', value: undefined });
  if (field.required && schema?.nullable !== true && value !== null)
    out.push({ label: 'null', value: null });
  if (typeof value === 'string') {
    out.push(
      { label: 'number for a string', value: 42 },
      { label: 'boolean', value: true },
      { label: 'object', value: {} },
      { label: 'array', value: [value] },
    );
    out.push({ label: '100 KB string', value: HUGE });
    if (schema?.format === 'uuid' || UUID_LIKE.test(value))
      out.push(
        { label: 'bad UUID', value: 'not-a-uuid' },
        { label: 'UUID with SQL', value: "' OR 1=1 --" },
      );
    if (schema?.enum !== undefined)
      out.push({ label: 'unknown enum value', value: 'no_such_value' });
  } else if (typeof value === 'number') {
    out.push(
      { label: 'numeric string', value: String(value) },
      { label: 'boolean', value: false },
      { label: 'object', value: {} },
      { label: 'array', value: [value] },
    );
    out.push(
      { label: 'fraction', value: value + 0.5 },
      { label: '1e308', value: 1e308 },
      { label: 'unsafe integer', value: 2 ** 60 },
    );
    if (schema?.minimum !== undefined)
      out.push({ label: 'below minimum', value: schema.minimum - 1 });
    if (field.path[field.path.length - 1] === 'amountMinor')
      out.push(
        { label: 'negative money', value: -1 },
        { label: 'money 1.5', value: 1.5 },
        { label: 'money "100"', value: '100' },
      );
  } else if (typeof value === 'boolean') {
    out.push({ label: 'string for a boolean', value: 'true' }, { label: 'number', value: 1 });
  } else if (Array.isArray(value)) {
    out.push(
      { label: 'object for an array', value: {} },
      { label: 'string', value: 'x' },
      { label: 'number', value: 7 },
    );
  } else if (value !== null) {
    out.push(
      { label: 'string for an object', value: 'x' },
      { label: 'number', value: 7 },
      { label: 'empty array for an object', value: [] },
    );
    out.push(
      { label: 'array of the object', value: [value] },
      { label: 'deeply nested object', value: deeplyNested(500) },
    );
  } else {
    out.push(
      { label: 'number for a nullable', value: 42 },
      { label: 'object', value: { unexpected: true } },
    );
  }
  return out;
}

/** A value of another JSON type than the field's, generated (the fast-check half of the fuzz). */
function wrongTypeArb(field: Field): fc.Arbitrary<Json> {
  const object = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    { minKeys: 1, maxKeys: 3 },
  );
  const array = fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxLength: 3 });
  const { value } = field;
  if (typeof value === 'string') return fc.oneof(fc.integer(), fc.boolean(), object, array);
  if (typeof value === 'number') {
    return fc.oneof(
      fc.string(),
      fc.boolean(),
      object,
      array,
      fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
      fc.integer({ max: -1 }),
      fc.double({ min: 2 ** 53, max: 1e308, noNaN: true }),
    );
  }
  if (typeof value === 'boolean') return fc.oneof(fc.string(), fc.integer(), object, array);
  if (Array.isArray(value)) return fc.oneof(fc.string(), fc.integer(), fc.boolean(), object);
  if (value === null) return fc.oneof(fc.integer(), fc.boolean(), object);
  return fc.oneof(fc.string(), fc.integer(), fc.boolean(), array);
}

// Hundreds of requests per test, in-process: seconds, not the default 5.
jest.setTimeout(60_000);

describe('fuzz: malformed bodies on every POST route are a 4xx problem and write nothing', () => {
  let ledger: LedgerApp;
  let routes: RoutePermission[];
  let world: World;
  let ids: Identities;
  let doc: OpenApi;

  beforeAll(async () => {
    ledger = await startLedger();
    routes = routePermissions(ledger.app).filter(
      (r) => r.method === 'POST' && r.path.startsWith('/api/'),
    );
    ({ world, ids } = await buildWorld(ledger));
    doc = (await ledger.http().get('/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => ledger.close());

  /** An in-scope caller the policy allows on the route: the guard lets it through to validation. */
  function allowedToken(permission: Permission, fixture: Fixture): string {
    const roles = Object.keys(POLICY[permission].roles);
    const caller = callersFor(ledger, ids, fixture.facts).find(
      (c) => c.inScope && c.role !== undefined && roles.includes(c.role),
    );
    if (caller?.authorization === undefined) throw new Error(`no allowed role for ${permission}`);
    return caller.authorization;
  }

  interface Target {
    readonly route: RoutePermission;
    readonly url: string;
    readonly token: string;
    readonly body: Json | undefined;
    readonly schema: Schema | undefined;
  }

  function targets(): Target[] {
    return routes.map((route) => {
      const fixture = world.get(routeKey(route.method, route.path));
      if (fixture === undefined || route.permission === undefined)
        throw new Error(
          `no fixture for ${routeKey(route.method, route.path)} (see role-matrix.e2e.spec.ts)`,
        );
      const openApiPath = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const schema =
        doc.paths[openApiPath]?.post?.requestBody?.content?.['application/json']?.schema;
      return {
        route,
        url: urlOf(route.path, fixture.params),
        token: allowedToken(route.permission, fixture),
        body: fixture.body as Json | undefined,
        schema,
      };
    });
  }

  /** Sends one request; a mismatch is returned as a line for the report, not thrown, so one run lists them all. */
  async function attempt(
    target: Target,
    label: string,
    send: { body?: Json | string; contentType?: string; url?: string },
    allowed: readonly number[],
  ): Promise<string | undefined> {
    const before = (await ledger.store.head()).position;
    let req = ledger
      .http()
      .post(send.url ?? target.url)
      .set('Authorization', target.token);
    if (send.contentType !== undefined) req = req.set('Content-Type', send.contentType);
    let res: Response;
    try {
      res =
        send.body === undefined
          ? await req
          : await req.send(
              typeof send.body === 'string' && send.contentType !== undefined
                ? send.body
                : JSON.stringify(send.body),
            );
    } catch (error) {
      return `${target.route.path} ${label}: request failed (${String(error)})`;
    }
    const after = (await ledger.store.head()).position;
    const where = `${routeKey(target.route.method, target.route.path)} ${label}`;
    if (after !== before)
      return `${where}: answered ${res.status} and wrote ${after - before} event(s)`;
    if (!allowed.includes(res.status))
      return `${where}: expected ${allowed.join('/')}, got ${res.status} ${res.body?.code ?? ''} ${res.body?.detail ?? res.text.slice(0, 200)}`;
    if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
      return `${where}: not problem+json (${res.headers['content-type']})`;
    if (typeof res.body?.code !== 'string' || typeof res.body?.detail !== 'string')
      return `${where}: problem without code or detail`;
    if (STACK.test(res.text)) return `${where}: stack trace or server path in the body`;
    return undefined;
  }

  const asJson = (body: Json | undefined) => ({
    body: JSON.stringify(body ?? null),
    contentType: 'application/json',
  });

  it('covers every POST route, each with an allowed caller and a real resource', () => {
    const all = targets();
    expect(all.length).toBe(routes.length);
    expect(all.length).toBeGreaterThan(0);
  });

  it('refuses each invalid field (wrong type, missing, null, 100 KB, bad UUID, bad money, unknown enum, deep nesting) with 400 and writes nothing', async () => {
    const mismatches: string[] = [];
    let sent = 0;
    for (const target of targets()) {
      if (target.body === undefined) continue;
      for (const field of fieldsOf(doc, target.body, target.schema)) {
        for (const { label, value } of invalidValues(field)) {
          sent++;
          const problem = await attempt(
            target,
            `${field.path.join('.')}: ${label}`,
            asJson(setAt(target.body, field.path, value)),
            [400],
          );
          if (problem !== undefined) mismatches.push(problem);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  });

  it('refuses bodies of the wrong shape: null, arrays, scalars, {}, unknown fields, prototype keys, deep nesting', async () => {
    const mismatches: string[] = [];
    for (const target of targets()) {
      const base = (target.body ?? {}) as Record<string, Json>;
      const shapes: [string, Json | string][] = [
        ['null body', null],
        ['array body', [base]],
        ['empty array body', []],
        ['string body', 'hello'],
        ['number body', 42],
        ['boolean body', true],
        ['unknown field', { ...base, unexpectedField: 1 }],
        ['unknown nested object', { ...base, extra: { deep: [1, 2, 3] } }],
        [
          '__proto__ key',
          `{"__proto__":{"polluted":true}${Object.keys(base).length > 0 ? `,${JSON.stringify(base).slice(1)}` : '}'}`,
        ],
        ['constructor.prototype key', `{"constructor":{"prototype":{"polluted":true}}}`],
        // Built as text: 5000 levels are past what JSON.stringify (and a naive recursive parser) survives.
        ['5000-deep nested body key', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
      ];
      // An empty object is valid where the route takes no body, or only optional fields.
      if (target.body !== undefined) shapes.push(['empty object', {}]);
      for (const [label, body] of shapes) {
        const send =
          typeof body === 'string' && label.endsWith('key')
            ? { body, contentType: 'application/json' }
            : asJson(body as Json);
        const problem = await attempt(target, label, send, [400]);
        if (problem !== undefined) mismatches.push(problem);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses what is not a JSON body: other media types (415), malformed JSON (400), over 1 MiB (413)', async () => {
    const mismatches: string[] = [];
    for (const target of targets()) {
      const json = JSON.stringify(target.body ?? {});
      const cases: [string, { body: string; contentType: string }, number[]][] = [
        ['text/plain', { body: json, contentType: 'text/plain' }, [415]],
        [
          'form-urlencoded',
          { body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
          [415],
        ],
        [
          'multipart',
          { body: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x' },
          [415],
        ],
        ['xml', { body: '<a/>', contentType: 'application/xml' }, [415]],
        ['truncated JSON', { body: json.slice(0, -1), contentType: 'application/json' }, [400]],
        [
          'JSON with a trailing comma',
          { body: '{"a":1,}', contentType: 'application/json' },
          [400],
        ],
        ['not UTF-8 JSON', { body: '\u0000\u0001', contentType: 'application/json' }, [400]],
        [
          '2 MiB body',
          {
            body: JSON.stringify({
              ...((target.body ?? {}) as object),
              padding: 'y'.repeat(2 * 1024 * 1024),
            }),
            contentType: 'application/json',
          },
          [413],
        ],
      ];
      for (const [label, send, allowed] of cases) {
        const problem = await attempt(target, label, send, allowed);
        if (problem !== undefined) mismatches.push(problem);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses malformed ids in the path with 400', async () => {
    const mismatches: string[] = [];
    for (const target of targets()) {
      const fixture = world.get(routeKey(target.route.method, target.route.path))!;
      for (const name of Object.keys(fixture.params)) {
        for (const bad of ['not-a-uuid', '12345', "1'%20OR%201=1", '%00']) {
          const url = urlOf(target.route.path, { ...fixture.params, [name]: bad });
          const send = target.body === undefined ? { url } : { ...asJson(target.body), url };
          const problem = await attempt(target, `:${name}=${bad}`, send, [400]);
          if (problem !== undefined) mismatches.push(problem);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses generated mutations of the valid body (fast-check, 30 per route) with 400 and writes nothing', async () => {
    for (const target of targets()) {
      const base = target.body;
      const fields = base === undefined ? [] : fieldsOf(doc, base, target.schema);
      const known = new Set(fields.map((f) => String(f.path[f.path.length - 1])));
      const notAnObject = fc
        .jsonValue({ maxDepth: 3 })
        .filter(
          (v) => v === null || typeof v !== 'object' || Array.isArray(v),
        ) as fc.Arbitrary<Json>;
      const extraKey = fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((k) => !known.has(k) && k !== '__proto__');
      const withExtra = fc
        .tuple(extraKey, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>)
        .map(
          ([key, value]) => ({ ...((base ?? {}) as Record<string, Json>), [key]: value }) as Json,
        );
      const arbitraries: fc.Arbitrary<Json>[] = [notAnObject, withExtra];
      if (base !== undefined && fields.length > 0) {
        arbitraries.push(
          fc
            .constantFrom(...fields)
            .chain((field) => wrongTypeArb(field).map((value) => setAt(base, field.path, value))),
        );
        // Two unrelated fields broken at once: validation must report, not trip over the first.
        const key = (f: Field) => f.path.join('.');
        const pairs = fields.flatMap((a, i) =>
          fields
            .slice(i + 1)
            .filter((b) => !key(b).startsWith(key(a)) && !key(a).startsWith(key(b)))
            .map((b) => [a, b] as const),
        );
        if (pairs.length > 0) {
          arbitraries.push(
            fc
              .constantFrom(...pairs)
              .chain(([a, b]) =>
                fc
                  .tuple(wrongTypeArb(a), wrongTypeArb(b))
                  .map(([va, vb]) => setAt(setAt(base, a.path, va), b.path, vb)),
              ),
          );
        }
      }
      await fc.assert(
        fc.asyncProperty(fc.oneof(...arbitraries), async (body) => {
          const problem = await attempt(
            target,
            `generated ${JSON.stringify(body).slice(0, 300)}`,
            asJson(body),
            [400],
          );
          if (problem !== undefined) throw new Error(problem);
        }),
        { numRuns: 30 },
      );
    }
  });
  it('refuses an unknown query parameter on every route with 400 naming it, and writes nothing', async () => {
    const mismatches: string[] = [];
    const all = routePermissions(ledger.app).filter((r) => r.path.startsWith('/api/'));
    for (const route of all) {
      const fixture = world.get(routeKey(route.method, route.path));
      if (fixture === undefined)
        throw new Error(`no fixture for ${routeKey(route.method, route.path)}`);
      const url = `${urlOf(route.path, fixture.params)}?${fixture.query ? `${fixture.query}&` : ''}zzz=1`;
      const before = (await ledger.store.head()).position;
      let req = route.method === 'POST' ? ledger.http().post(url) : ledger.http().get(url);
      if (route.permission !== undefined && !('public' in POLICY[route.permission]))
        req = req.set('Authorization', allowedToken(route.permission, fixture));
      const res = fixture.body === undefined ? await req : await req.send(fixture.body);
      const where = routeKey(route.method, route.path);
      if ((await ledger.store.head()).position !== before)
        mismatches.push(`${where}: wrote events`);
      if (res.status !== 400 || res.body?.code !== 'VALIDATION_FAILED')
        mismatches.push(
          `${where}: ${res.status} ${res.body?.code ?? ''} ${res.body?.detail ?? ''}`,
        );
      else if (!res.body.errors?.some((e: { field: string }) => e.field === 'zzz'))
        mismatches.push(`${where}: errors do not name zzz: ${JSON.stringify(res.body.errors)}`);
    }
    expect(mismatches).toEqual([]);
    expect(all.filter((r) => r.method === 'GET').length).toBeGreaterThan(30);
  });

  // Last: these run the commands, which moves the world on.
  it('runs the routes that take no body with an empty application/json body, as with none', async () => {
    const bodyless = targets().filter((target) => target.body === undefined);
    expect(bodyless.map((target) => target.route.path)).toEqual(
      expect.arrayContaining([
        '/api/v1/log/checkpoints',
        '/api/v1/tenders/:id/bids/:bidId/withdraw',
        '/api/v1/tenders/:id/bids/:bidId/confirm',
        '/api/v1/tenders/:id/open-bids',
      ]),
    );
    const refused: string[] = [];
    for (const target of bodyless) {
      const res = await ledger
        .http()
        .post(target.url)
        .set('Authorization', target.token)
        .set('Content-Type', 'application/json')
        .send('');
      if (res.status === 400 || res.status === 415 || res.status >= 500)
        refused.push(`${target.route.path}: ${res.status} ${res.body?.code} ${res.body?.detail}`);
    }
    expect(refused).toEqual([]);
  });
});
