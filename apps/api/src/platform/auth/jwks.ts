import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { JwtAlgorithm } from '@contract-ledger/application';

/** The identity provider's JWKS could not be fetched and no cached keys remain: 503 AUTH_UNAVAILABLE. */
export class JwksUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JwksUnavailableError';
  }
}

interface CachedKey {
  readonly kid: string | undefined;
  readonly jwk: JsonWebKey & { kid?: string; alg?: string; use?: string };
  readonly key: KeyObject;
}

function fits(entry: CachedKey, alg: JwtAlgorithm): boolean {
  const { jwk } = entry;
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  if (alg === 'RS256') return jwk.kty === 'RSA';
  if (alg === 'ES256') return jwk.kty === 'EC' && jwk.crv === 'P-256';
  return false;
}

export interface JwksOptions {
  readonly url: string;
  readonly ttlMs: number;
  /** A token with an unknown kid triggers a refetch (key rotation), but not more often than this. */
  readonly minRefetchMs?: number;
  readonly timeoutMs?: number;
}

/**
 * Signing keys from the identity provider, cached for a TTL. An unknown kid refetches (rate-limited,
 * so junk tokens cannot hammer the provider); a failed refetch keeps serving the last good keys.
 */
export class JwksKeySource {
  private keys: readonly CachedKey[] = [];
  private fetchedAt = -Infinity;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly options: JwksOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  async keysFor(kid: string | undefined, alg: JwtAlgorithm): Promise<readonly KeyObject[]> {
    const age = this.clock() - this.fetchedAt;
    if (age > this.options.ttlMs) await this.refresh(this.keys.length === 0);
    let found = this.select(kid, alg);
    if (found.length === 0 && this.clock() - this.fetchedAt > (this.options.minRefetchMs ?? 10_000)) {
      await this.refresh(false);
      found = this.select(kid, alg);
    }
    return found;
  }

  private select(kid: string | undefined, alg: JwtAlgorithm): readonly KeyObject[] {
    return this.keys.filter((entry) => (kid === undefined || entry.kid === kid) && fits(entry, alg)).map((entry) => entry.key);
  }

  private refresh(mustSucceed: boolean): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = undefined));
    return this.inFlight.catch((error: unknown) => {
      if (mustSucceed || this.keys.length === 0) throw error;
    });
  }

  private async fetchKeys(): Promise<void> {
    let body: unknown;
    try {
      const response = await fetch(this.options.url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      // Remember the attempt so a failing provider is not asked again on every request.
      this.fetchedAt = this.clock();
      throw new JwksUnavailableError(`JWKS ${this.options.url} unavailable: ${(error as Error).message}`, { cause: error });
    }
    const list = (body as { keys?: unknown }).keys;
    if (!Array.isArray(list)) throw new JwksUnavailableError(`JWKS ${this.options.url} has no "keys" array`);
    const keys: CachedKey[] = [];
    for (const jwk of list as CachedKey['jwk'][]) {
      try {
        // Only the public members: a JWKS that leaks "d" must not make us hold a private key.
        const { kty, n, e, crv, x, y } = jwk;
        keys.push({ kid: jwk.kid, jwk, key: createPublicKey({ key: { kty, n, e, crv, x, y } as JsonWebKey, format: 'jwk' }) });
      } catch {
        // An unusable key (unknown kty, bad encoding) is skipped; the others still serve.
      }
    }
    this.keys = keys;
    this.fetchedAt = this.clock();
  }
}
