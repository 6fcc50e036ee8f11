/** The signed-in user as the console knows it: the bearer token and what its claims say. */
export interface Session {
  readonly token: string;
  readonly role: string;
  readonly sub: string;
  readonly agencyId?: string;
  readonly supplierId?: string;
  /** Seconds since the epoch. */
  readonly exp: number;
  readonly dev: boolean;
}

function base64UrlDecode(text: string): string {
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  return decodeURIComponent(
    Array.from(atob(padded), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
  );
}

/**
 * Reads a JWT's claims without verifying it (the API verifies every request; the console only
 * needs to know which pages to offer). Undefined when it is not a JWT with a role and a subject.
 */
export function sessionFromToken(token: string, now: number, dev = false): Session | undefined {
  const parts = token
    .trim()
    .replace(/^Bearer\s+/i, '')
    .split('.');
  if (parts.length !== 3) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(base64UrlDecode(parts[1] ?? '')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { role, sub, exp, agencyId, supplierId } = claims;
  if (typeof role !== 'string' || typeof sub !== 'string' || typeof exp !== 'number')
    return undefined;
  if (exp <= now) return undefined;
  return {
    token: parts.join('.'),
    role,
    sub,
    exp,
    dev,
    ...(typeof agencyId === 'string' ? { agencyId } : {}),
    ...(typeof supplierId === 'string' ? { supplierId } : {}),
  };
}
