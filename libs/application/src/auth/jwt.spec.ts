import { createHmac } from 'node:crypto';
import { actorFromClaims } from './actor';
import { mintDevToken, parseDuration } from './dev-token';
import { signHs256 } from './jwt';

const secret = Buffer.alloc(32, 7);

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

// Verification (jose) is tested with the API's TokenVerifier: apps/api/src/platform/auth/token-verifier.spec.ts.
describe('HS256 minting', () => {
  it('signs the claims under an HS256 header, matching an independent HMAC computation', () => {
    const token = signHs256({ sub: 'u1', exp: 100 }, secret);
    const [h, p, s] = token.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(claimsOf(token)).toEqual({ sub: 'u1', exp: 100 });
    expect(s).toBe(createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
  });
});

describe('actorFromClaims', () => {
  it('reads scoped and global actors', () => {
    expect(actorFromClaims({ sub: 'u', role: 'agency_officer', agencyId: 'a1' })).toEqual({
      id: 'u',
      role: 'agency_officer',
      agencyId: 'a1',
    });
    expect(actorFromClaims({ sub: 'u', role: 'supplier', supplierId: 's1' })).toEqual({
      id: 'u',
      role: 'supplier',
      supplierId: 's1',
    });
    expect(actorFromClaims({ sub: 'u', role: 'evaluator' })).toEqual({
      id: 'u',
      role: 'evaluator',
    });
  });

  it("an evaluator's token may name the agency it works for (EVALUATOR_IS_BUYER judges it)", () => {
    expect(actorFromClaims({ sub: 'u', role: 'evaluator', agencyId: 'a1' })).toEqual({
      id: 'u',
      role: 'evaluator',
      agencyId: 'a1',
    });
    expect(() => actorFromClaims({ sub: 'u', role: 'evaluator', supplierId: 's1' })).toThrow(
      '"supplierId" is not allowed for role evaluator',
    );
  });

  it.each([
    [{ role: 'auditor' }, 'claim "sub"'],
    [{ sub: 'u', role: 'king' }, 'claim "role" must be one of'],
    [{ sub: 'u', role: 'agency_officer' }, 'needs claim "agencyId"'],
    [{ sub: 'u', role: 'supplier' }, 'needs claim "supplierId"'],
    [
      { sub: 'u', role: 'supplier', supplierId: 's', agencyId: 'a' },
      '"agencyId" is not allowed for role supplier',
    ],
    [
      { sub: 'u', role: 'supervisor', agencyId: 'a' },
      '"agencyId" is not allowed for role supervisor',
    ],
    [{ sub: 'u', role: 'finance_officer', agencyId: 'a b' }, 'claim "agencyId" must be an id'],
  ])('refuses %j', (claims, message) => {
    expect(() => actorFromClaims(claims)).toThrow(message);
  });
});

describe('dev tokens', () => {
  it('mints a token carrying the role, scope, issuer and expiry', () => {
    const token = mintDevToken(
      { role: 'finance_officer', agencyId: 'a1', sub: 'dev', ttlSeconds: 60, now: 1000 },
      secret,
    );
    expect(claimsOf(token)).toEqual({
      sub: 'dev',
      role: 'finance_officer',
      agencyId: 'a1',
      iss: 'contract-ledger-dev',
      iat: 1000,
      exp: 1060,
    });
  });

  it('refuses to mint what the API would refuse', () => {
    expect(() =>
      mintDevToken({ role: 'supplier', sub: 'dev', ttlSeconds: 60, now: 0 }, secret),
    ).toThrow('needs claim "supplierId"');
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
