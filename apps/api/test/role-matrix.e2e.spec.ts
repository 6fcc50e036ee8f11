import { POLICY, type Permission } from '@contract-ledger/application';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { readFileSync } from 'node:fs';
import type { Response } from 'supertest';
import { routePermissions, type RoutePermission } from '../src/platform';
import { PERMISSION_KEY } from '../src/platform/auth/decorators';
import { TendersController } from '../src/tenders/tenders.controller';
import { startLedger, type LedgerApp } from './support/ledger';
import {
  isPublicPermission,
  REGENERATE,
  renderRoleMatrix,
  ROLE_MATRIX_DOC,
  ruleFor,
} from './support/role-matrix';
import {
  buildWorld,
  callersFor,
  routeKey,
  urlOf,
  type Caller,
  type Fixture,
  type Identities,
  type World,
} from './support/world';

type Expected = 'allowed' | 401 | 403;

/**
 * What POLICY says a caller gets, written out from the table's data rather than by calling
 * authorize(), so a bug in the code under test cannot agree with itself here.
 */
function expected(permission: Permission, caller: Caller, fixture: Fixture): Expected {
  if (isPublicPermission(permission)) return 'allowed';
  if (caller.role === undefined) return 401;
  const rule = ruleFor(permission, caller.role);
  if (rule === undefined) return 403;
  if (rule === 'any' || caller.inScope) return 'allowed';
  return fixture.selfScoped?.[caller.role] !== undefined ? 'allowed' : 403;
}

const STACK = /\bat .+\.(ts|js):\d+|"stack"|node_modules/;

/** A cell's disagreement with the policy, as one readable line; undefined when it agrees. */
function judge(res: Response, want: Expected, method: string, wrote: boolean): string | undefined {
  const got = `${res.status}${res.body?.code ? ` ${res.body.code}` : ''}`;
  if (want === 'allowed') {
    if (res.status === 401 || res.status === 403)
      return `expected allowed, got ${got}: ${res.body?.detail}`;
    // Allowed still runs the command: it may succeed or be refused by a rule (409), nothing else.
    const ok = method === 'GET' ? res.status === 200 : res.status < 300 || res.status === 409;
    return ok
      ? undefined
      : `expected allowed (2xx or a rule's 409), got ${got}: ${res.body?.detail}`;
  }
  // A supplier on another supplier's bid gets the domain's documented BID_NOT_OWNED (still 403).
  const codes = want === 401 ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'BID_NOT_OWNED'];
  if (res.status !== want || !codes.includes(res.body?.code))
    return `expected ${want} ${codes.join(' or ')}, got ${got}`;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
    return `refusal is not problem+json: ${res.headers['content-type']}`;
  if (typeof res.body.detail !== 'string' || STACK.test(res.text))
    return 'refusal without a detail, or with a stack trace';
  if (wrote) return 'refused, but events were written';
  return undefined;
}

// 451 requests plus the world's setup: seconds, more on a loaded machine than jest's default 5.
jest.setTimeout(60_000);

describe('role matrix: every route x every role, in and out of scope, against POLICY', () => {
  let ledger: LedgerApp;
  let routes: RoutePermission[];
  let world: World;
  let ids: Identities;

  beforeAll(async () => {
    ledger = await startLedger();
    routes = routePermissions(ledger.app);
    ({ world, ids } = await buildWorld(ledger));
  });
  afterAll(() => ledger.close());

  const apiRoutes = () => routes.filter((r) => r.path.startsWith('/api/'));

  it('gives every route a permission of the POLICY table; only infrastructure outside /api is @Public()', () => {
    expect(apiRoutes().length).toBeGreaterThan(0);
    const without = routes.filter(
      (r) => r.permission === undefined && !(r.public && !r.path.startsWith('/api/')),
    );
    expect(without.map((r) => routeKey(r.method, r.path))).toEqual([]);
    for (const route of apiRoutes()) expect(Object.keys(POLICY)).toContain(route.permission);
  });

  it("withholds a tender's revision from whoever may not read the tender (ADR 0006 decision 6): every tender command names tender.read as its revision readers, and a role the command admits reads the tender in the same scope or wider", () => {
    const readers = POLICY['tender.read'].roles as Readonly<Record<string, string>>;
    const commands = Object.getOwnPropertyNames(TendersController.prototype)
      .map((name) => (TendersController.prototype as unknown as Record<string, object>)[name]!)
      .filter(
        (handler) =>
          Reflect.getMetadata(METHOD_METADATA, handler) !== undefined &&
          Reflect.getMetadata(PATH_METADATA, handler) !== undefined &&
          (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as object | undefined) !==
            undefined,
      );
    expect(commands.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const handler of commands) {
      const config = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as Record<
        string,
        unknown
      >;
      const permission = Reflect.getMetadata(PERMISSION_KEY, handler) as Permission;
      if (config.ledgerRevisionReaders !== 'tender.read')
        wrong.push(`${permission}: revisionReaders ${String(config.ledgerRevisionReaders)}`);
      // The route decides from the role (no read): sound only if holding tender.read at all
      // means holding it on every tender the command admits the caller to.
      for (const [role, scope] of Object.entries(POLICY[permission].roles as object)) {
        const read = readers[role];
        if (read !== undefined && read !== 'any' && read !== scope)
          wrong.push(`${permission}: ${role} acts in scope ${String(scope)}, reads in ${read}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a real resource for every route, and for no route that no longer exists', () => {
    const keys = apiRoutes().map((r) => routeKey(r.method, r.path));
    expect(keys.filter((k) => !world.has(k))).toEqual([]);
    expect([...world.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('answers every cell as POLICY says: allowed is never 401/403, refused is 401/403 with a problem and no new event', async () => {
    const mismatches: string[] = [];
    const succeeded = new Set<string>();
    let cells = 0;
    for (const route of apiRoutes()) {
      const key = routeKey(route.method, route.path);
      const fixture = world.get(key);
      if (fixture === undefined || route.permission === undefined) continue; // reported by the tests above
      const url = urlOf(route.path, fixture.params) + (fixture.query ? `?${fixture.query}` : '');
      for (const caller of callersFor(ledger, ids, fixture.facts)) {
        const want = expected(route.permission, caller, fixture);
        const before = (await ledger.store.head()).position;
        let req = route.method === 'GET' ? ledger.http().get(url) : ledger.http().post(url);
        if (caller.authorization !== undefined)
          req = req.set('Authorization', caller.authorization);
        const res = fixture.body === undefined ? await req : await req.send(fixture.body);
        const wrote = (await ledger.store.head()).position !== before;
        cells++;
        if (want === 'allowed' && res.status < 300) succeeded.add(key);
        const problem = judge(res, want, route.method, wrote);
        if (problem !== undefined)
          mismatches.push(`${key} [${route.permission}] as ${caller.label}: ${problem}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Each fixture is real: some allowed caller got through to a success, so refusals are about the caller.
    expect(
      apiRoutes()
        .map((r) => routeKey(r.method, r.path))
        .filter((k) => !succeeded.has(k)),
    ).toEqual([]);
    expect(cells).toBe(apiRoutes().length * 12);
  });

  it(`keeps docs/role-matrix.md in step with the routes and POLICY (regenerate: ${REGENERATE})`, () => {
    expect(readFileSync(ROLE_MATRIX_DOC, 'utf8')).toBe(renderRoleMatrix(routes));
  });
});
