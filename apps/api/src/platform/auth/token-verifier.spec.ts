import { TokenError } from '@contract-ledger/application';
import { createLocalJWKSet } from 'jose';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { es256, hs256, rs256, unsigned, USERS } from '../../../test/support/tokens';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwksUnavailableError, remoteKeySet, TokenVerifier } from './token-verifier';

const secret = Buffer.alloc(32, 7);
const NOW = 1_000_000;
const at = (seconds: number) => () => seconds * 1000;
const auditor = { sub: USERS.auditor, role: 'auditor' };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('TokenVerifier (jose)', () => {
  const embedded = (options = {}) => TokenVerifier.embedded(secret, { clock: at(NOW), ...options });

  it('verifies an HS256 token of the embedded secret and refuses another secret', async () => {
    await expect(embedded().verify(hs256({ ...auditor, exp: NOW + 60 }, secret))).resolves.toEqual({
      id: USERS.auditor,
      role: 'auditor',
    });
    await expect(
      embedded().verify(hs256({ ...auditor, exp: NOW + 60 }, Buffer.alloc(32, 8))),
    ).rejects.toThrow('the token signature is invalid');
  });

  describe('with a JWKS', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = (key: KeyObject, kid: string) => ({
      ...key.export({ format: 'jwk' }),
      kid,
      use: 'sig',
    });
    const verifier = (keys: object[]) =>
      TokenVerifier.jwks(createLocalJWKSet({ keys }), { clock: at(NOW) });
    const claims = { ...auditor, exp: NOW + 60 };

    it('verifies RS256 and ES256 with the key of their kid, and refuses a key of the wrong type', async () => {
      const both = verifier([jwk(rsa.publicKey, 'rsa-1'), jwk(ec.publicKey, 'ec-1')]);
      await expect(both.verify(rs256(claims, rsa.privateKey, 'rsa-1'))).resolves.toMatchObject({
        role: 'auditor',
      });
      await expect(both.verify(es256(claims, ec.privateKey, 'ec-1'))).resolves.toMatchObject({
        role: 'auditor',
      });
      // An ES256 token where the set holds only an RSA key: no key fits.
      await expect(
        verifier([jwk(rsa.publicKey, 'k')]).verify(es256(claims, ec.privateKey, 'k')),
      ).rejects.toThrow('no signing key with kid "k" for ES256');
      await expect(
        verifier([jwk(ec.publicKey, 'k')]).verify(rs256(claims, rsa.privateKey, 'k')),
      ).rejects.toThrow('no signing key with kid "k" for RS256');
      // A DER signature is not a JWS one.
      const input = `${b64({ alg: 'ES256', kid: 'ec-1' })}.${b64(claims)}`;
      await expect(
        both.verify(
          `${input}.${sign('sha256', Buffer.from(input), ec.privateKey).toString('base64url')}`,
        ),
      ).rejects.toThrow(TokenError);
    });

    it('refuses HS256 whatever the secret: the public key can never serve as an HMAC secret', async () => {
      const token = hs256(
        claims,
        Buffer.from(rsa.publicKey.export({ format: 'pem', type: 'spki' })),
      );
      await expect(verifier([jwk(rsa.publicKey, 'rsa-1')]).verify(token)).rejects.toThrow(
        'algorithm "HS256" is not accepted here (allowed: RS256, ES256)',
      );
    });
  });

  describe('with a remote JWKS', () => {
    const first = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const second = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    let published: { keys: object[] } | undefined;
    let fetches = 0;
    let server: Server;
    let url: string;
    const claims = () => ({ ...auditor, exp: Math.floor(Date.now() / 1000) + 60 });
    const jwk = (key: KeyObject, kid: string) => ({
      ...key.export({ format: 'jwk' }),
      kid,
      use: 'sig',
    });

    beforeAll(async () => {
      server = createServer((_req, res) => {
        fetches++;
        if (published === undefined) {
          res.statusCode = 500;
          res.end();
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(published));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));
    beforeEach(() => (fetches = 0));

    it('caches the set, and picks up a rotated key on its unknown kid after the cooldown', async () => {
      published = { keys: [jwk(first.publicKey, 'k1')] };
      const verifier = TokenVerifier.jwks(remoteKeySet({ url, ttlMs: 60_000, minRefetchMs: 200 }));
      await verifier.verify(es256(claims(), first.privateKey, 'k1'));
      await verifier.verify(es256(claims(), first.privateKey, 'k1'));
      expect(fetches).toBe(1);
      // The provider rotates: k2 replaces k1.
      published = { keys: [jwk(second.publicKey, 'k2')] };
      await new Promise((resolve) => setTimeout(resolve, 250));
      await expect(
        verifier.verify(es256(claims(), second.privateKey, 'k2')),
      ).resolves.toMatchObject({ role: 'auditor' });
      expect(fetches).toBe(2);
      await expect(verifier.verify(es256(claims(), first.privateKey, 'k1'))).rejects.toThrow(
        'no signing key with kid "k1"',
      );
    });

    it('answers AUTH_UNAVAILABLE, not 401, when the set cannot be fetched', async () => {
      published = undefined;
      const verifier = TokenVerifier.jwks(remoteKeySet({ url, ttlMs: 60_000 }));
      const refused = verifier.verify(es256(claims(), first.privateKey, 'k1'));
      await expect(refused).rejects.toThrow(JwksUnavailableError);
      await expect(refused).rejects.toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    });
  });

  it.each(['abc', 'a.b', 'a.b.c.d', '!!.e30.x', '.e30.x'])(
    'refuses the malformed token %j',
    async (token) => {
      await expect(embedded().verify(token)).rejects.toThrow(/^malformed token/);
    },
  );

  it('refuses alg none and "crit" extensions', async () => {
    await expect(embedded().verify(unsigned({ ...auditor, exp: NOW + 60 }))).rejects.toThrow(
      'algorithm "none" is not accepted',
    );
    await expect(
      embedded().verify(
        hs256({ ...auditor, exp: NOW + 60 }, secret, { alg: 'HS256', crit: ['b64'], b64: false }),
      ),
    ).rejects.toThrow('crit');
  });

  it('requires exp and checks exp, nbf, iss and aud with a 30 s tolerance', async () => {
    const token = (claims: object) => hs256({ ...auditor, ...claims }, secret);
    await expect(embedded().verify(token({}))).rejects.toThrow('no numeric "exp"');
    await expect(embedded().verify(token({ exp: 'soon' }))).rejects.toThrow('no numeric "exp"');
    await expect(embedded().verify(token({ exp: NOW - 100 }))).rejects.toThrow('expired');
    await expect(embedded().verify(token({ exp: NOW - 10 }))).resolves.toBeDefined();
    await expect(embedded().verify(token({ exp: NOW + 1000, nbf: NOW + 100 }))).rejects.toThrow(
      'not valid yet',
    );
    await expect(
      embedded({ issuer: 'y' }).verify(token({ exp: NOW + 1000, iss: 'x' })),
    ).rejects.toThrow('not issued by y');
    await expect(
      embedded({ audience: 'b' }).verify(token({ exp: NOW + 1000, aud: ['a', 'b'] })),
    ).resolves.toBeDefined();
    await expect(
      embedded({ audience: 'b' }).verify(token({ exp: NOW + 1000, aud: 'a' })),
    ).rejects.toThrow('audience b');
  });

  describe('verified tokens are remembered', () => {
    it('answers a token again without verifying it, until its exp plus the tolerance', async () => {
      let now = NOW * 1000;
      let verifications = 0;
      const key = new Uint8Array(secret);
      // Counts what reaches the signature check; jose asks for the key once per verification.
      const verifier = new TokenVerifier(
        ['HS256'],
        () => {
          verifications++;
          return key;
        },
        { clock: () => now },
      );
      const token = hs256({ ...auditor, exp: NOW + 60 }, secret);
      // Synchronously (the AuthGuard's path): nothing before a first verification.
      expect(verifier.verifiedBefore(token)).toBeUndefined();
      const actor = await verifier.verify(token);
      await expect(verifier.verify(token)).resolves.toBe(actor);
      expect(verifier.verifiedBefore(token)).toBe(actor);
      expect(verifications).toBe(1);
      // Another token (even with the same claims but another signature) is verified on its own.
      await expect(
        verifier.verify(hs256({ ...auditor, exp: NOW + 60 }, Buffer.alloc(32, 8))),
      ).rejects.toThrow('the token signature is invalid');
      expect(verifications).toBe(2);
      // The last millisecond jose would still accept, then the first it refuses: so does the cache.
      now = (NOW + 60 + 30) * 1000 - 1;
      await expect(verifier.verify(token)).resolves.toBe(actor);
      expect(verifications).toBe(2);
      now += 1;
      expect(verifier.verifiedBefore(token)).toBeUndefined();
      await expect(verifier.verify(token)).rejects.toThrow('the token has expired');
      expect(verifications).toBe(3);
    });

    it('never remembers a refusal, and keeps an answer no longer than verifiedMaxAgeMs', async () => {
      let now = NOW * 1000;
      let verifications = 0;
      let key = new Uint8Array(Buffer.alloc(32, 8));
      const verifier = new TokenVerifier(
        ['HS256'],
        () => {
          verifications++;
          return key;
        },
        { clock: () => now, verifiedMaxAgeMs: 1000 },
      );
      const token = hs256({ ...auditor, exp: NOW + 3600 }, secret);
      await expect(verifier.verify(token)).rejects.toThrow('the token signature is invalid');
      key = new Uint8Array(secret);
      await expect(verifier.verify(token)).resolves.toMatchObject({ role: 'auditor' });
      now += 999;
      await verifier.verify(token);
      expect(verifications).toBe(2);
      // Past the maximum age the key is asked again: a key withdrawn meanwhile would refuse it.
      now += 1;
      key = new Uint8Array(Buffer.alloc(32, 9));
      await expect(verifier.verify(token)).rejects.toThrow('the token signature is invalid');
      expect(verifications).toBe(3);
    });
  });

  it('refuses claims the API cannot act on, as a TokenError', async () => {
    await expect(
      embedded().verify(hs256({ sub: USERS.auditor, role: 'king', exp: NOW + 60 }, secret)),
    ).rejects.toThrow(TokenError);
  });
});
