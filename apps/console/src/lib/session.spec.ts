import { sessionFromToken } from './session';

const jwt = (claims: object) =>
  ['{"alg":"HS256"}', JSON.stringify(claims)]
    .map((p) => Buffer.from(p).toString('base64url'))
    .join('.') + '.sig';

describe('sessionFromToken', () => {
  const now = 1_800_000_000;
  it('reads role, subject, scope and expiry from a pasted token, with or without "Bearer "', () => {
    const token = jwt({ sub: 'u1', role: 'agency_officer', agencyId: 'a1', exp: now + 60 });
    expect(sessionFromToken(`Bearer ${token}`, now)).toEqual({
      token,
      role: 'agency_officer',
      sub: 'u1',
      agencyId: 'a1',
      exp: now + 60,
      dev: false,
    });
  });

  it('refuses what is not a live token with a role', () => {
    expect(sessionFromToken('not a token', now)).toBeUndefined();
    expect(sessionFromToken(jwt({ sub: 'u1', exp: now + 60 }), now)).toBeUndefined();
    expect(sessionFromToken(jwt({ sub: 'u1', role: 'auditor', exp: now }), now)).toBeUndefined();
    expect(sessionFromToken('a.%%%.c', now)).toBeUndefined();
  });

  it('keeps non-ASCII claims intact', () => {
    const token = jwt({ sub: '审计员', role: 'auditor', exp: now + 1 });
    expect(sessionFromToken(token, now)?.sub).toBe('审计员');
  });
});
