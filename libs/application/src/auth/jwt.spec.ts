import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { actorFromClaims } from './actor';
import { mintDevToken, parseDuration } from './dev-token';
import { assertHeaderAcceptable, base64url, checkClaims, decodeJwt, signHs256, TokenError, verifySignature } from './jwt';

const secret = Buffer.alloc(32, 7);

describe('JWT primitives', () => {
  it('round-trips an HS256 token and verifies its signature', () => {
    const token = signHs256({ sub: 'u1', exp: 100 }, secret);
    const decoded = decodeJwt(token);
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decoded.claims).toEqual({ sub: 'u1', exp: 100 });
    expect(verifySignature('HS256', secret, decoded.signingInput, decoded.signature)).toBe(true);
    expect(verifySignature('HS256', Buffer.alloc(32, 8), decoded.signingInput, decoded.signature)).toBe(false);
  });

  it('matches an independent HMAC computation', () => {
    const token = signHs256({ a: 1 }, secret);
    const [h, p, s] = token.split('.');
    expect(s).toBe(createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
  });

  it('verifies RS256 and ES256 and refuses a key of the wrong type', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const input = `${base64url('{"alg":"RS256"}')}.${base64url('{}')}`;
    const rsaSig = sign('sha256', Buffer.from(input), rsa.privateKey);
    const ecSig = sign('sha256', Buffer.from(input), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
    expect(verifySignature('RS256', rsa.publicKey, input, rsaSig)).toBe(true);
    expect(verifySignature('ES256', ec.publicKey, input, ecSig)).toBe(true);
    expect(verifySignature('ES256', rsa.publicKey, input, rsaSig)).toBe(false);
    expect(verifySignature('RS256', ec.publicKey, input, ecSig)).toBe(false);
    // A DER signature is not a JWS one.
    expect(verifySignature('ES256', ec.publicKey, input, sign('sha256', Buffer.from(input), ec.privateKey))).toBe(false);
  });

  it.each(['abc', 'a.b', 'a.b.c.d', '!!.e30.x', '.e30.x'])('refuses the malformed token %j', (token) => {
    expect(() => decodeJwt(token)).toThrow(TokenError);
  });

  it('refuses alg none and anything outside the allowed list', () => {
    expect(() => assertHeaderAcceptable({ alg: 'none' }, ['HS256'])).toThrow('algorithm "none" is not accepted');
    expect(() => assertHeaderAcceptable({ alg: 'HS256' }, ['RS256', 'ES256'])).toThrow(TokenError);
    expect(() => assertHeaderAcceptable({ alg: 'HS256', crit: ['b64'] }, ['HS256'])).toThrow('crit');
    expect(assertHeaderAcceptable({ alg: 'ES256' }, ['RS256', 'ES256'])).toBe('ES256');
  });

  it('requires exp and checks exp, nbf, iss and aud with a tolerance', () => {
    expect(() => checkClaims({}, { now: 1000 })).toThrow('no numeric "exp"');
    expect(() => checkClaims({ exp: 900 }, { now: 1000 })).toThrow('expired');
    expect(() => checkClaims({ exp: 990 }, { now: 1000 })).not.toThrow();
    expect(() => checkClaims({ exp: 2000, nbf: 1100 }, { now: 1000 })).toThrow('not valid yet');
    expect(() => checkClaims({ exp: 2000, iss: 'x' }, { now: 1000, issuer: 'y' })).toThrow('not issued by y');
    expect(() => checkClaims({ exp: 2000, aud: ['a', 'b'] }, { now: 1000, audience: 'b' })).not.toThrow();
    expect(() => checkClaims({ exp: 2000, aud: 'a' }, { now: 1000, audience: 'b' })).toThrow('audience b');
  });
});

describe('actorFromClaims', () => {
  it('reads scoped and global actors', () => {
    expect(actorFromClaims({ sub: 'u', role: 'agency_officer', agencyId: 'a1' })).toEqual({ id: 'u', role: 'agency_officer', agencyId: 'a1' });
    expect(actorFromClaims({ sub: 'u', role: 'supplier', supplierId: 's1' })).toEqual({ id: 'u', role: 'supplier', supplierId: 's1' });
    expect(actorFromClaims({ sub: 'u', role: 'evaluator' })).toEqual({ id: 'u', role: 'evaluator' });
  });

  it.each([
    [{ role: 'auditor' }, 'claim "sub"'],
    [{ sub: 'u', role: 'king' }, 'claim "role" must be one of'],
    [{ sub: 'u', role: 'agency_officer' }, 'needs claim "agencyId"'],
    [{ sub: 'u', role: 'supplier' }, 'needs claim "supplierId"'],
    [{ sub: 'u', role: 'supplier', supplierId: 's', agencyId: 'a' }, '"agencyId" is not allowed for role supplier'],
    [{ sub: 'u', role: 'supervisor', agencyId: 'a' }, '"agencyId" is not allowed for role supervisor'],
    [{ sub: 'u', role: 'finance_officer', agencyId: 'a b' }, 'claim "agencyId" must be an id'],
  ])('refuses %j', (claims, message) => {
    expect(() => actorFromClaims(claims)).toThrow(message);
  });
});

describe('dev tokens', () => {
  it('mints a token carrying the role, scope, issuer and expiry', () => {
    const token = mintDevToken({ role: 'finance_officer', agencyId: 'a1', sub: 'dev', ttlSeconds: 60, now: 1000 }, secret);
    expect(decodeJwt(token).claims).toEqual({ sub: 'dev', role: 'finance_officer', agencyId: 'a1', iss: 'contract-ledger-dev', iat: 1000, exp: 1060 });
  });

  it('refuses to mint what the API would refuse', () => {
    expect(() => mintDevToken({ role: 'supplier', sub: 'dev', ttlSeconds: 60, now: 0 }, secret)).toThrow('needs claim "supplierId"');
  });

  it.each([
    ['90s', 90],
    ['15m', 900],
    ['8h', 28_800],
    ['7d', 604_800],
    ['0h', undefined],
    ['8', undefined],
    ['-1h', undefined],
    ['1.5h', undefined],
  ])('parses the duration %s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
});
