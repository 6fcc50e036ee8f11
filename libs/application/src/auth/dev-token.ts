import { actorFromClaims, type Role } from './actor';
import { signHs256 } from './jwt';

export interface DevTokenRequest {
  readonly role: Role;
  readonly sub: string;
  readonly agencyId?: string;
  readonly supplierId?: string;
  readonly ttlSeconds: number;
  /** Seconds since the epoch. */
  readonly now: number;
}

/** The issuer of tokens minted with the embedded secret; tells them apart in logs. */
export const DEV_TOKEN_ISSUER = 'contract-ledger-dev';

/**
 * Mints an HS256 token exactly as the embedded API expects it. The claims go through the same
 * `actorFromClaims` the API applies, so a token the CLI prints is never one the API refuses.
 */
export function mintDevToken(request: DevTokenRequest, secret: Buffer): string {
  const claims = {
    sub: request.sub,
    role: request.role,
    ...(request.agencyId === undefined ? {} : { agencyId: request.agencyId }),
    ...(request.supplierId === undefined ? {} : { supplierId: request.supplierId }),
    iss: DEV_TOKEN_ISSUER,
    iat: request.now,
    exp: request.now + request.ttlSeconds,
  };
  actorFromClaims(claims);
  return signHs256(claims, secret);
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90s`, `15m`, `8h`, `7d` to seconds; undefined when it is none of those. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})([smhd])$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]!]!;
  return seconds > 0 ? seconds : undefined;
}
