import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { ProbeModule } from './support/probe.module';
import { es256, hs256, inOneHour, rs256, USERS } from './support/tokens';

describe('authentication with a JWKS (production mode)', () => {
  let app: NestFastifyApplication;
  let jwks: Server;
  let dataDir: string;
  let fetches = 0;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const claims = {
    sub: USERS.supervisor,
    role: 'supervisor',
    iss: 'https://idp.test/',
    aud: 'contract-ledger',
    exp: inOneHour(),
  };
  const jwk = (key: KeyObject, kid: string) => ({
    ...key.export({ format: 'jwk' }),
    kid,
    use: 'sig',
  });
  const get = (token: string) =>
    request(app.getHttpServer()).get('/probe/public').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    jwks = createServer((_req, res) => {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk(rsa.publicKey, 'rsa-1'), jwk(ec.publicKey, 'ec-1')] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-jwks-'));
    ({ app } = await createApp(
      {
        LEDGER_DATA_DIR: dataDir,
        LEDGER_STORE: 'memory',
        LOG_LEVEL: 'silent',
        AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
        AUTH_ISSUER: 'https://idp.test/',
        AUTH_AUDIENCE: 'contract-ledger',
      },
      { imports: [ProbeModule] },
    ));
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwks.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts RS256 and ES256 tokens signed by keys of the JWKS, fetching it once', async () => {
    expect((await get(rs256(claims, rsa.privateKey, 'rsa-1')).expect(200)).body.actor).toEqual({
      id: USERS.supervisor,
      role: 'supervisor',
    });
    expect((await get(es256(claims, ec.privateKey, 'ec-1')).expect(200)).body.actor.role).toBe(
      'supervisor',
    );
    // No kid: the keys that fit the algorithm are tried.
    await get(es256(claims, ec.privateKey)).expect(200);
    expect(fetches).toBe(1);
  });

  it.each([
    [
      'a key not in the JWKS',
      () => es256(claims, stranger.privateKey, 'ec-1'),
      'signature is invalid',
    ],
    [
      'an unknown kid',
      () => es256(claims, stranger.privateKey, 'ec-9'),
      'no signing key with kid "ec-9"',
    ],
    [
      'a wrong issuer',
      () => rs256({ ...claims, iss: 'https://evil.test/' }, rsa.privateKey, 'rsa-1'),
      'not issued by https://idp.test/',
    ],
    [
      'a wrong audience',
      () => rs256({ ...claims, aud: 'other' }, rsa.privateKey, 'rsa-1'),
      'not meant for audience contract-ledger',
    ],
    ['an expired token', () => rs256({ ...claims, exp: 1000 }, rsa.privateKey, 'rsa-1'), 'expired'],
    // The classic confusion attack: HS256 "signed" with the public key the server trusts.
    [
      'HS256 with the RSA public key as secret',
      () => hs256(claims, Buffer.from(rsa.publicKey.export({ format: 'pem', type: 'spki' }))),
      'algorithm "HS256" is not accepted',
    ],
  ])('refuses %s with 401', async (_name, token, detail) => {
    const res = await get(token()).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    expect(res.body.detail).toContain(detail);
  });
});
