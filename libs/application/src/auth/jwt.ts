import { createHmac } from 'node:crypto';

/**
 * Verification lives in apps/api (jose, apps/api/src/platform/auth/token-verifier.ts). What stays
 * here is what the CLI and the demo share with it: the error a bad token raises, and HS256 minting
 * for the embedded mode, kept synchronous with node:crypto (jose's SignJWT is async, and the demo
 * mints hundreds of tokens inline).
 */

/** The token is not acceptable; the message says why (it becomes the 401 detail). */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** HS256-signs claims (RFC 7515 compact form): what the CLI mints and the embedded API verifies. */
export function signHs256(claims: Readonly<Record<string, unknown>>, secret: Buffer): string {
  const signingInput = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(claims)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}
