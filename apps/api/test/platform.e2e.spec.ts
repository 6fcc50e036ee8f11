import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { deflateSync, gzipSync } from 'node:zlib';
import { createApp } from '../src/app';
import { routePermissions } from '../src/platform';
import { ProbeModule, probeState } from './support/probe.module';
import { hs256, inOneHour, unsigned, USERS } from './support/tokens';

/** Every problem response has the RFC 9457 members, our code, and nothing of the server's insides. */
function expectProblem(res: Response, status: number, code: string, instance?: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: `urn:contract-ledger:problem:${code}`,
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
    instance: instance ?? expect.stringMatching(/^\//),
    correlationId: res.headers['x-correlation-id'],
  });
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|"stack"|node_modules/);
}

describe('the HTTP platform', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let secret: Buffer;
  const http = () => request(app.getHttpServer());
  const token = (claims: object) => `Bearer ${hs256({ exp: inOneHour(), ...claims }, secret)}`;
  const officerA = () =>
    token({ sub: USERS.officerA, role: 'agency_officer', agencyId: 'agency-a' });
  const officerB = () =>
    token({ sub: USERS.officerB, role: 'agency_officer', agencyId: 'agency-b' });
  const auditor = () => token({ sub: USERS.auditor, role: 'auditor' });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-platform-'));
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      { imports: [ProbeModule] },
    ));
    await app.getHttpAdapter().getInstance().ready();
    secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => Object.assign(probeState, { runs: 0, revision: 3, delayMs: 0 }));

  describe('embedded authentication', () => {
    it('generates the HS256 secret on first start, mode 0600, and reuses it on the next start', async () => {
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(statSync(path.join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
      const second = await createApp(
        { LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent', LEDGER_STORE: 'memory' },
        { imports: [ProbeModule] },
      );
      try {
        await second.app.getHttpAdapter().getInstance().ready();
        await request(second.app.getHttpServer())
          .get('/probe/audit')
          .set('Authorization', auditor())
          .expect(200);
      } finally {
        await second.app.close();
      }
    });

    it('accepts a valid token and exposes the actor', async () => {
      const res = await http().get('/probe/audit').set('Authorization', auditor()).expect(200);
      expect(res.body.actor).toEqual({ id: USERS.auditor, role: 'auditor' });
    });

    it('answers 401 without a token, with a Bearer challenge', async () => {
      const res = await http().get('/probe/audit');
      expectProblem(res, 401, 'UNAUTHENTICATED', '/probe/audit');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it.each([
      [
        'a non-bearer scheme',
        () => 'Basic dXNlcjpwYXNz',
        'expected "Authorization: Bearer <token>"',
      ],
      ['a malformed token', () => 'Bearer abc.def', 'malformed token'],
      [
        'a bad signature',
        () =>
          `Bearer ${hs256({ sub: 'x', role: 'auditor', exp: inOneHour() }, Buffer.alloc(32, 1))}`,
        'signature is invalid',
      ],
      [
        'an expired token',
        () =>
          `Bearer ${hs256({ sub: 'x', role: 'auditor', exp: Math.floor(Date.now() / 1000) - 120 }, secret)}`,
        'expired',
      ],
      [
        'a token without exp',
        () => `Bearer ${hs256({ sub: 'x', role: 'auditor' }, secret)}`,
        'no numeric "exp"',
      ],
      [
        'alg none',
        () => `Bearer ${unsigned({ sub: 'x', role: 'auditor', exp: inOneHour() })}`,
        'algorithm "none" is not accepted',
      ],
      ['an unknown role', () => token({ sub: 'x', role: 'admin' }), 'claim "role" must be one of'],
      [
        'a supplier without supplierId',
        () => token({ sub: 'x', role: 'supplier' }),
        'needs claim "supplierId"',
      ],
    ])('answers 401 for %s', async (_name, header, detail) => {
      const res = await http().get('/probe/audit').set('Authorization', header());
      expectProblem(res, 401, 'UNAUTHENTICATED');
      expect(res.body.detail).toContain(detail);
      if (_name !== 'a non-bearer scheme')
        expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    });

    it.each([
      ['a readable name', 'alice'],
      ['an e-mail address', 'alice@agency.example.gov'],
      ['a UUID with a suffix', `${USERS.auditor}-x`],
    ])(
      'answers 401 TOKEN_SUBJECT_INVALID for a valid token whose sub is %s, before any route runs',
      async (_name, sub) => {
        const before = probeState.runs;
        const res = await http()
          .post('/probe/agencies/agency-a/things')
          .set('Authorization', token({ sub, role: 'agency_officer', agencyId: 'agency-a' }))
          .send({ name: 'x' });
        expectProblem(res, 401, 'TOKEN_SUBJECT_INVALID');
        expect(res.body.detail).toContain('subjects must be UUIDs');
        expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
        expect(probeState.runs).toBe(before);
        // Public routes verify a token sent to them too, so the same token is refused there.
        expectProblem(
          await http()
            .get('/probe/public')
            .set('Authorization', token({ sub, role: 'auditor' })),
          401,
          'TOKEN_SUBJECT_INVALID',
        );
      },
    );

    it('answers 403 FORBIDDEN when the role may never call the route', async () => {
      const res = await http().get('/probe/audit').set('Authorization', officerA());
      expectProblem(res, 403, 'FORBIDDEN');
      expect(res.body.detail).toBe('role agency_officer may not audit.read');
    });

    it('answers 403 FORBIDDEN when the role may, but not for this resource (officer of another agency)', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerB())
        .send({ name: 'x' });
      expectProblem(res, 403, 'FORBIDDEN');
      expect(res.body.detail).toBe('agency_officer acts only for agency agency-b');
      expect(probeState.runs).toBe(0);
    });

    it('serves public routes without a token, and still checks a token that is sent', async () => {
      expect((await http().get('/probe/public').expect(200)).body).toEqual({ actor: null });
      expect(
        (await http().get('/probe/public').set('Authorization', auditor()).expect(200)).body.actor
          .role,
      ).toBe('auditor');
      expectProblem(
        await http().get('/probe/public').set('Authorization', 'Bearer x.y.z'),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('fails closed on a route that declares no permission', async () => {
      const res = await http().get('/probe/undeclared').set('Authorization', auditor());
      expectProblem(res, 500, 'INTERNAL');
      expect(res.text).not.toContain('leaked');
    });

    it('keeps /health public', async () => {
      await http().get('/health/live').expect(200);
    });
  });

  describe('problem responses', () => {
    it('400 VALIDATION_FAILED lists every failing field, nested ones by path, unknown ones too', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .send({ name: 5, milestones: [{ amount: -1 }], extra: true });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'name', messages: expect.arrayContaining(['name must be a string']) },
          { field: 'milestones.0.amount', messages: ['amount must not be less than 0'] },
          { field: 'extra', messages: ['property extra should not exist'] },
        ]),
      );
      expect(probeState.runs).toBe(0);
    });

    it('400 MALFORMED_JSON for a body that does not parse', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('Content-Type', 'application/json')
        .send('{"name": ');
      expectProblem(res, 400, 'MALFORMED_JSON');
    });

    it('400 for a prototype-poisoning body', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('Content-Type', 'application/json')
        .send('{"name":"x","__proto__":{"admin":true}}');
      expectProblem(res, 400, 'MALFORMED_JSON');
    });

    it('404 NOT_FOUND for an unknown route and for a missing entity', async () => {
      expectProblem(await http().get('/nowhere'), 404, 'NOT_FOUND', '/nowhere');
      expectProblem(
        await http().get('/probe/agencies/agency-a/things/unknown').set('Authorization', auditor()),
        404,
        'NOT_FOUND',
      );
    });

    it('404 with the domain code for a rule that says the entity does not exist', async () => {
      expectProblem(
        await http().post('/probe/failures/missing').set('Authorization', auditor()),
        404,
        'TENDER_NOT_FOUND',
      );
    });

    it('409 with the domain code and message for a rule refusal', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .send({ name: 'refuse' });
      expectProblem(res, 409, 'TENDER_CLOSED');
      expect(res.body.detail).toBe('The tender no longer accepts this');
    });

    it('409 WRONG_EXPECTED_REVISION for a conflict the client did not pin', async () => {
      expectProblem(
        await http()
          .post('/probe/agencies/agency-a/things')
          .set('Authorization', officerA())
          .send({ name: 'conflict' }),
        409,
        'WRONG_EXPECTED_REVISION',
      );
    });

    it('413 PAYLOAD_TOO_LARGE over 1 MiB', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .send({ name: 'x'.repeat(1024 * 1024) });
      expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('431 REQUEST_HEADERS_TOO_LARGE as problem+json for headers over the limit', async () => {
      const res = await http()
        .get('/probe/audit')
        .set('X-Padding', 'x'.repeat(20 * 1024));
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toBe('application/problem+json');
      const body = JSON.parse(res.text);
      expect(body).toEqual({
        type: 'urn:contract-ledger:problem:REQUEST_HEADERS_TOO_LARGE',
        title: 'Request Header Fields Too Large',
        status: 431,
        detail: expect.stringContaining('headers exceed'),
        code: 'REQUEST_HEADERS_TOO_LARGE',
        instance: '/probe/audit',
        correlationId: res.headers['x-correlation-id'],
      });
    });

    it.each([
      ['text/plain', 'name=x'],
      ['application/x-www-form-urlencoded', 'name=x'],
      [undefined, '{"name":"x"}'],
    ])('415 UNSUPPORTED_MEDIA_TYPE for a %s body', async (type, body) => {
      let req = http().post('/probe/agencies/agency-a/things').set('Authorization', officerA());
      if (type) req = req.set('Content-Type', type);
      else req = req.unset('Content-Type');
      const res = await req.send(Buffer.from(body));
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(probeState.runs).toBe(0);
    });

    it('400 MALFORMED_JSON for a body that is not valid UTF-8, not a Content-Length mismatch', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('Content-Type', 'application/json')
        // As bytes: superagent would serialise a Buffer as JSON.
        .serialize((bytes: Buffer) => bytes as unknown as string)
        .send(
          Buffer.concat([Buffer.from('{"name":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
        );
      expectProblem(res, 400, 'MALFORMED_JSON');
      expect(res.body.detail).toMatch(/not valid UTF-8/);
      expect(probeState.runs).toBe(0);
    });

    it.each([
      ['gzip', gzipSync(Buffer.from('{"name":"x"}'))],
      ['deflate', deflateSync(Buffer.from('{"name":"x"}'))],
      ['br', Buffer.from('{"name":"x"}')],
      ['foo', Buffer.from('{"name":"x"}')],
      ['gzip, identity', gzipSync(Buffer.from('{"name":"x"}'))],
    ])('415 UNSUPPORTED_MEDIA_TYPE for a body with Content-Encoding: %s', async (coding, body) => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', coding)
        .serialize((bytes: Buffer) => bytes as unknown as string)
        .send(body);
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(res.body.detail).toContain('Content-Encoding');
      expect(res.headers['accept-encoding']).toBe('identity');
      expect(probeState.runs).toBe(0);
    });

    it('accepts Content-Encoding: identity', async () => {
      await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'identity')
        .send('{"name":"x"}')
        .expect(201);
    });

    it('reads an empty application/json body as no body: a route that takes none runs', async () => {
      const res = await http()
        .post('/probe/failures/missing')
        .set('Authorization', auditor())
        .set('Content-Type', 'application/json')
        .send('');
      expectProblem(res, 404, 'TENDER_NOT_FOUND');
      // Zero bytes are no body whatever the Content-Type (curl -d '' sends a form type).
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const other = await http()
          .post('/probe/failures/missing')
          .set('Authorization', auditor())
          .set('Content-Type', type)
          .send('');
        expectProblem(other, 404, 'TENDER_NOT_FOUND');
      }
      const withBody = await http()
        .post('/probe/failures/missing')
        .set('Authorization', auditor())
        .set('Content-Type', 'text/plain')
        .send('x');
      expectProblem(withBody, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('400 VALIDATION_FAILED naming each query parameter a route does not declare', async () => {
      const read = await http()
        .get('/probe/agencies/agency-a/things/known?zzz=1&yyy=')
        .set('Authorization', auditor());
      expectProblem(read, 400, 'VALIDATION_FAILED');
      expect(read.body.errors).toEqual([
        { field: 'zzz', messages: ['query parameter zzz should not exist'] },
        { field: 'yyy', messages: ['query parameter yyy should not exist'] },
      ]);
      const command = await http()
        .post('/probe/agencies/agency-a/things?dryRun=true')
        .set('Authorization', officerA())
        .send({ name: 'a' });
      expectProblem(command, 400, 'VALIDATION_FAILED');
      expect(command.body.errors).toEqual([
        { field: 'dryRun', messages: ['query parameter dryRun should not exist'] },
      ]);
      expect(probeState.runs).toBe(0);
      // Authentication first, as for a body: an anonymous caller learns nothing of the route.
      expectProblem(await http().get('/probe/audit?zzz=1'), 401, 'UNAUTHENTICATED');
    });

    it('503 STORE_UNAVAILABLE for a store outage or a refused connection, without the internal detail', async () => {
      for (const kind of ['store-down', 'refused']) {
        const res = await http().post(`/probe/failures/${kind}`).set('Authorization', auditor());
        expectProblem(res, 503, 'STORE_UNAVAILABLE');
        expect(res.headers['retry-after']).toBe('5');
        expect(res.text).not.toMatch(/10\.0\.0\.5|5432/);
      }
    });

    it('500 INTERNAL for a bug: generic detail, no stack, the correlation id to quote', async () => {
      const res = await http()
        .post('/probe/failures/bug')
        .set('Authorization', auditor())
        .set('X-Correlation-Id', 'report-me-1');
      expectProblem(res, 500, 'INTERNAL');
      expect(res.body.correlationId).toBe('report-me-1');
      expect(res.text).not.toMatch(/secret-path|TypeError|Cannot read/);
    });
  });

  describe('ETag and If-Match', () => {
    it('answers a command and a read about one entity with ETag "<revision>"', async () => {
      const created = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .send({ name: 'a' })
        .expect(201);
      expect(created.headers.etag).toBe('"4"');
      const read = await http()
        .get('/probe/agencies/agency-a/things/known')
        .set('Authorization', auditor())
        .expect(200);
      expect(read.headers.etag).toBe('"4"');
    });

    it('honours a current If-Match and answers 412 PRECONDITION_FAILED for a stale one', async () => {
      await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('If-Match', '"3"')
        .send({ name: 'a' })
        .expect(201);
      const stale = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .set('If-Match', '"3"')
        .send({ name: 'b' });
      expectProblem(stale, 412, 'PRECONDITION_FAILED');
      expect(stale.body.currentRevision).toBe(4);
      expect(probeState.runs).toBe(1);
    });

    it('tells a caller who may not know what moves a sealed stream no revision: no field, no ETag, no pin, a conflict without one', async () => {
      const supplier = () =>
        token({
          sub: USERS.supplierUser(1),
          role: 'supplier',
          supplierId: '00000000-0000-7000-8000-000000000901',
        });
      const ask = (name: string, ifMatch?: string) => {
        const req = http().post('/probe/sealed/t-1/asks').set('Authorization', supplier());
        return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send({ name });
      };
      const answered = await ask('a').expect(201);
      expect(answered.body).toEqual({ id: 't-1', position: 1042, receipt: { events: [] } });
      expect(answered.headers.etag).toBeUndefined();
      for (const pin of ['"3"', '"4"']) {
        const res = await ask('a', pin);
        expectProblem(res, 400, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'If-Match', messages: [expect.any(String)] }]);
      }
      expect(probeState.runs).toBe(1);
      // A conflict the server gave up retrying names no revision, with `*` or without If-Match.
      for (const pin of [undefined, '*']) {
        const res = await ask('conflict', pin);
        expectProblem(res, 409, 'WRONG_EXPECTED_REVISION');
        expect(res.body).not.toHaveProperty('currentRevision');
        expect(res.body.detail).not.toMatch(/\d/);
      }
    });

    it.each(['3', 'W/"3"', '"3", "4"', '"abc"', '"-1"'])(
      'answers 400 for the malformed If-Match %s',
      async (value) => {
        const res = await http()
          .post('/probe/agencies/agency-a/things')
          .set('Authorization', officerA())
          .set('If-Match', value)
          .send({ name: 'a' });
        expectProblem(res, 400, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'If-Match', messages: [expect.any(String)] }]);
        expect(probeState.runs).toBe(0);
      },
    );
  });

  describe('Idempotency-Key', () => {
    const post = (key: string, body: object, auth = officerA()) =>
      http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', auth)
        .set('Idempotency-Key', key)
        .send(body);

    it('replays the first response (status, body, ETag) without running the command again', async () => {
      const first = await post('key-replay', { name: 'a', milestones: [{ amount: 1 }] }).expect(
        201,
      );
      // Same body with another key order: still the same request.
      const again = await post('key-replay', { milestones: [{ amount: 1 }], name: 'a' }).expect(
        201,
      );
      expect(again.body).toEqual(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(first.body.commandId).toBe('key-replay');
      expect(probeState.runs).toBe(1);
    });

    it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
      await post('key-reused', { name: 'a' }).expect(201);
      expectProblem(await post('key-reused', { name: 'b' }), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(probeState.runs).toBe(1);
    });

    it('makes concurrent duplicates wait for the first and share its response', async () => {
      probeState.delayMs = 300;
      const [a, b, c] = await Promise.all([
        post('key-concurrent', { name: 'c' }),
        post('key-concurrent', { name: 'c' }),
        post('key-concurrent', { name: 'c' }),
      ]);
      expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
      expect(new Set([a.text, b.text, c.text]).size).toBe(1);
      expect(probeState.runs).toBe(1);
    });

    it('keeps keys per caller: another actor with the same key runs its own command', async () => {
      const officerA2 = token({
        sub: USERS.officerA2,
        role: 'agency_officer',
        agencyId: 'agency-a',
      });
      await post('key-shared', { name: 'a' }).expect(201);
      const other = await post('key-shared', { name: 'a' }, officerA2).expect(201);
      expect(other.headers['idempotent-replayed']).toBeUndefined();
      expect(probeState.runs).toBe(2);
    });

    it('remembers a rule refusal, but frees the key after invalid input or a stale If-Match', async () => {
      const refused = await post('key-refused', { name: 'refuse' });
      expectProblem(refused, 409, 'TENDER_CLOSED');
      const replayed = await post('key-refused', { name: 'refuse' });
      expect(replayed.status).toBe(409);
      expect(replayed.body).toEqual(refused.body);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(probeState.runs).toBe(1);

      expectProblem(await post('key-invalid', { name: 7 }), 400, 'VALIDATION_FAILED');
      // A corrected body may reuse the key: nothing ran the first time.
      await post('key-invalid', { name: 'fixed' }).expect(201);
      expect(probeState.runs).toBe(2);

      const stale = () => post('key-stale', { name: 's' }).set('If-Match', '"1"');
      expectProblem(await stale(), 412, 'PRECONDITION_FAILED');
      expect((await stale()).headers['idempotent-replayed']).toBeUndefined();
      expect(probeState.runs).toBe(2);
    });

    it('refuses a malformed key', async () => {
      const res = await post('x'.repeat(256), { name: 'a' });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('Idempotency-Key');
    });
  });

  describe('event metadata', () => {
    it('carries actor, role, scope, correlation, causation and command ids and the instant', async () => {
      const before = new Date().toISOString();
      const res = await http()
        .get('/probe/audit')
        .set('Authorization', auditor())
        .set('X-Correlation-Id', 'corr-42')
        .set('X-Causation-Id', 'evt-41')
        .set('Idempotency-Key', 'cmd-43')
        .expect(200);
      expect(res.body.metadata).toEqual({
        actor: USERS.auditor,
        role: 'auditor',
        correlationId: 'corr-42',
        causationId: 'evt-41',
        commandId: 'cmd-43',
        occurredAt: expect.any(String),
      });
      expect(res.body.metadata.occurredAt >= before).toBe(true);
    });

    it('puts the scope of a scoped role, and generates a UUIDv7 command id without a key', async () => {
      const res = await http()
        .post('/probe/agencies/agency-a/things')
        .set('Authorization', officerA())
        .send({ name: 'm' })
        .expect(201);
      expect(res.body.scope).toBe('agency:agency-a');
      expect(res.body.commandId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });
  });

  it('enumerates every route with its permission for the role matrix', () => {
    const routes = routePermissions(app);
    expect(routes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          method: 'GET',
          path: '/health/live',
          public: true,
          permission: undefined,
        }),
        expect.objectContaining({
          method: 'POST',
          path: '/probe/agencies/:agencyId/things',
          permission: 'tender.publish',
          public: false,
        }),
        expect.objectContaining({
          method: 'GET',
          path: '/probe/public',
          permission: 'tender.read-public',
        }),
      ]),
    );
    const undeclared = routes
      .filter((r) => !r.public && r.permission === undefined)
      .map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual(['GET /probe/undeclared']);
  });
});
