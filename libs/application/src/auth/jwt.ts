import { createHmac, timingSafeEqual, verify, type KeyObject } from 'node:crypto';

/**
 * JSON Web Tokens (RFC 7519) with node:crypto only: HS256 for the embedded mode (API and CLI share
 * the secret), RS256 and ES256 for keys published through a JWKS. Nothing else is accepted, `none`
 * least of all: the algorithm a verifier allows is decided by its configuration, never by the token.
 */
export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256';

export interface JwtHeader {
  readonly alg: string;
  readonly typ?: string;
  readonly kid?: string;
  readonly crit?: unknown;
}

export type JwtClaims = Readonly<Record<string, unknown>>;

/** The token is not acceptable; the message says why (it becomes the 401 detail). */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

export function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

const SEGMENT = /^[A-Za-z0-9_-]*$/;

export interface DecodedJwt {
  readonly header: JwtHeader;
  readonly claims: JwtClaims;
  readonly signingInput: string;
  readonly signature: Buffer;
}

function parseSegment(segment: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError(`malformed token: the ${what} is not base64url JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TokenError(`malformed token: the ${what} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/** Splits and parses a compact JWS without trusting anything in it yet. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p)) || parts[0] === '' || parts[1] === '') {
    throw new TokenError('malformed token: expected three base64url segments');
  }
  const header = parseSegment(parts[0]!, 'header');
  if (typeof header.alg !== 'string') throw new TokenError('malformed token: the header has no "alg"');
  if (header.kid !== undefined && typeof header.kid !== 'string') throw new TokenError('malformed token: "kid" must be a string');
  return {
    header: header as unknown as JwtHeader,
    claims: parseSegment(parts[1]!, 'payload'),
    signingInput: `${parts[0]}.${parts[1]}`,
    signature: Buffer.from(parts[2]!, 'base64url'),
  };
}

/** HS256-signs claims: what the CLI mints and the embedded API verifies. */
export function signHs256(claims: JwtClaims, secret: Buffer): string {
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** Checks the signature with a key the verifier chose for the algorithm it allows. */
export function verifySignature(alg: JwtAlgorithm, key: Buffer | KeyObject, signingInput: string, signature: Buffer): boolean {
  const data = Buffer.from(signingInput);
  switch (alg) {
    case 'HS256': {
      if (!Buffer.isBuffer(key)) return false;
      const expected = createHmac('sha256', key).update(data).digest();
      return signature.length === expected.length && timingSafeEqual(signature, expected);
    }
    case 'RS256':
      if (Buffer.isBuffer(key) || key.asymmetricKeyType !== 'rsa') return false;
      return verify('sha256', data, key, signature);
    case 'ES256':
      if (Buffer.isBuffer(key) || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') return false;
      // JWS carries the raw r||s pair (RFC 7518 §3.4), not DER.
      if (signature.length !== 64) return false;
      return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
  }
}

export interface ClaimChecks {
  /** Seconds since the epoch. */
  readonly now: number;
  readonly issuer?: string;
  readonly audience?: string;
  /** Allowed clock difference with the issuer, in seconds. */
  readonly clockToleranceSeconds?: number;
}

/** exp is required (a token without an end is a permanent credential); nbf, iss and aud when relevant. */
export function checkClaims(claims: JwtClaims, checks: ClaimChecks): void {
  const tolerance = checks.clockToleranceSeconds ?? 30;
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) throw new TokenError('the token has no numeric "exp"');
  if (claims.exp + tolerance <= checks.now) throw new TokenError('the token has expired');
  if (claims.nbf !== undefined) {
    if (typeof claims.nbf !== 'number') throw new TokenError('"nbf" must be numeric');
    if (claims.nbf - tolerance > checks.now) throw new TokenError('the token is not valid yet');
  }
  if (checks.issuer !== undefined && claims.iss !== checks.issuer) throw new TokenError(`the token was not issued by ${checks.issuer}`);
  if (checks.audience !== undefined) {
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(checks.audience)) throw new TokenError(`the token is not meant for audience ${checks.audience}`);
  }
}

/** Refuses what no verifier here understands, before any key is looked up. */
export function assertHeaderAcceptable(header: JwtHeader, allowed: readonly JwtAlgorithm[]): JwtAlgorithm {
  if (!(allowed as readonly string[]).includes(header.alg)) {
    throw new TokenError(`algorithm "${header.alg}" is not accepted here (allowed: ${allowed.join(', ')})`);
  }
  // RFC 7515 §4.1.11: extensions we do not implement must make the token invalid.
  if (header.crit !== undefined) throw new TokenError('the token header has "crit" extensions this server does not support');
  return header.alg as JwtAlgorithm;
}
