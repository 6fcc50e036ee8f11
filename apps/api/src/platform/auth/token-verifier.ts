import {
  actorFromClaims,
  InvalidClaimsError,
  TokenError,
  type Actor,
} from '@contract-ledger/application';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
  type ProtectedHeaderParameters,
} from 'jose';

/** The identity provider's JWKS could not be fetched: 503 AUTH_UNAVAILABLE (the ProblemFilter maps the code). */
export class JwksUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JwksUnavailableError';
  }
}

export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256';

export interface VerifierOptions {
  readonly issuer?: string;
  readonly audience?: string;
  /** Milliseconds since the epoch; the system clock when absent. */
  readonly clock?: () => number;
  /**
   * How long a verified token is answered from memory at most (it never outlives its `exp`); none:
   * until `exp`. With a JWKS, the key set's TTL, so a key the provider withdrew stops being
   * honoured no later than it would without the cache refetching the set.
   */
  readonly verifiedMaxAgeMs?: number;
}

/** Tokens kept verified at once: a client reuses its token for many requests, so a few thousand active users fit. */
const VERIFIED_CAPACITY = 10_000;

export interface JwksOptions {
  readonly url: string;
  /** How long fetched keys are used before the set is fetched again. */
  readonly ttlMs: number;
  /** A token with an unknown kid refetches (key rotation), but not more often than this. */
  readonly minRefetchMs?: number;
  readonly timeoutMs?: number;
}

/** Allowed clock difference with the issuer, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * The identity provider's key set through jose's remote JWKS (cached for ttlMs; an unknown kid
 * refetches after the cooldown, which is how a rotated key is picked up). Whatever goes wrong
 * fetching it is AUTH_UNAVAILABLE; a set without a fitting key is the token's fault (401).
 */
export function remoteKeySet(options: JwksOptions): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(options.url), {
    cacheMaxAge: options.ttlMs,
    cooldownDuration: options.minRefetchMs ?? 10_000,
    timeoutDuration: options.timeoutMs ?? 5000,
    headers: { accept: 'application/json' },
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      )
        throw error;
      throw new JwksUnavailableError(
        `JWKS ${options.url} unavailable: ${(error as Error).message}`,
        { cause: error },
      );
    }
  };
}

/**
 * Turns a bearer token into the actor it stands for, or throws TokenError (401) saying why. jose
 * verifies the signature and the registered claims; the algorithms a verifier accepts are decided by
 * its configuration, never by the token (`none` least of all), and exp is required (a token without
 * an end is a permanent credential).
 */
export class TokenVerifier {
  /**
   * Token -> actor and the instant (ms) the answer stops holding. Verifying costs a signature check
   * (HS256 through WebCrypto was a fifth of the API's CPU under SubmitBid load), and a client sends
   * the same token with every request. Only tokens that passed every check get in, keyed by the
   * whole token (signature included), so a cached answer is exactly the one jose gave; it ends
   * where jose's would (exp plus the tolerance). Insertion order makes the Map an LRU.
   */
  private readonly verified = new Map<string, { readonly actor: Actor; readonly until: number }>();

  constructor(
    private readonly algorithms: readonly JwtAlgorithm[],
    private readonly key: Uint8Array | JWTVerifyGetKey,
    private readonly options: VerifierOptions = {},
  ) {}

  /** Embedded mode: HS256 with the generated secret and nothing else. */
  static embedded(secret: Buffer, options?: VerifierOptions): TokenVerifier {
    return new TokenVerifier(['HS256'], new Uint8Array(secret), options);
  }

  /** Production: RS256/ES256 with the identity provider's published keys; HS256 is refused. */
  static jwks(keys: JWTVerifyGetKey, options?: VerifierOptions): TokenVerifier {
    return new TokenVerifier(['RS256', 'ES256'], keys, options);
  }

  async verify(token: string): Promise<Actor> {
    const known = this.verifiedBefore(token);
    if (known !== undefined) return known;
    const now = (this.options.clock ?? Date.now)();
    const { actor, exp } = await this.verifyAnew(token);
    this.remember(token, actor, exp, now);
    return actor;
  }

  /**
   * The actor of a token verified before whose answer still holds, without a promise (the
   * AuthGuard answers most requests synchronously with it); undefined: verify() must check it.
   */
  verifiedBefore(token: string): Actor | undefined {
    const known = this.verified.get(token);
    if (known === undefined) return undefined;
    this.verified.delete(token);
    if ((this.options.clock ?? Date.now)() >= known.until) return undefined;
    this.verified.set(token, known);
    return known.actor;
  }

  private remember(token: string, actor: Actor, exp: number, verifiedAt: number): void {
    const maxAge = this.options.verifiedMaxAgeMs;
    if (maxAge === 0) return;
    // jose refuses once its clock (whole seconds) reaches exp + tolerance: the same instant here.
    const until = Math.min(
      (exp + CLOCK_TOLERANCE_SECONDS) * 1000,
      maxAge === undefined ? Infinity : verifiedAt + maxAge,
    );
    if (this.verified.size >= VERIFIED_CAPACITY) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, { actor, until });
  }

  /** jose's verification and our claim rules: the actor, and the `exp` jose required. */
  private async verifyAnew(token: string): Promise<{ actor: Actor; exp: number }> {
    const header = this.acceptableHeader(token);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key as JWTVerifyGetKey, {
        algorithms: [...this.algorithms],
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        ...(this.options.issuer === undefined ? {} : { issuer: this.options.issuer }),
        ...(this.options.audience === undefined ? {} : { audience: this.options.audience }),
        ...(this.options.clock === undefined
          ? {}
          : { currentDate: new Date(this.options.clock()) }),
      }));
    } catch (error) {
      throw this.reason(error, header);
    }
    try {
      return { actor: actorFromClaims(payload), exp: payload['exp'] as number };
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new TokenError(error.message);
      throw error;
    }
  }

  /** What no verifier here accepts is refused in our words before jose looks at the rest. */
  private acceptableHeader(token: string): ProtectedHeaderParameters {
    let header: ProtectedHeaderParameters;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new TokenError(
        'malformed token: expected three base64url segments, the first a JSON header',
      );
    }
    if (token.split('.').length !== 3)
      throw new TokenError('malformed token: expected three base64url segments');
    if (
      typeof header.alg !== 'string' ||
      !(this.algorithms as readonly string[]).includes(header.alg)
    ) {
      throw new TokenError(
        `algorithm "${String(header.alg)}" is not accepted here (allowed: ${this.algorithms.join(', ')})`,
      );
    }
    // RFC 7515 §4.1.11: extensions we do not implement must make the token invalid.
    if (header.crit !== undefined)
      throw new TokenError('the token header has "crit" extensions this server does not support');
    return header;
  }

  /** jose's error as the 401 detail clients and docs/api.md know. */
  private reason(error: unknown, header: ProtectedHeaderParameters): Error {
    if (error instanceof JwksUnavailableError) return error;
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return new TokenError('the token signature is invalid');
    if (error instanceof errors.JWTExpired) return new TokenError('the token has expired');
    if (error instanceof errors.JWKSNoMatchingKey)
      return new TokenError(
        `no signing key${header.kid ? ` with kid "${header.kid}"` : ''} for ${header.alg}`,
      );
    if (error instanceof errors.JWTClaimValidationFailed) {
      switch (error.claim) {
        case 'exp':
          return new TokenError('the token has no numeric "exp"');
        case 'nbf':
          return new TokenError('the token is not valid yet');
        case 'iss':
          return new TokenError(`the token was not issued by ${this.options.issuer}`);
        case 'aud':
          return new TokenError(`the token is not meant for audience ${this.options.audience}`);
        default:
          return new TokenError(`claim "${error.claim}" is invalid: ${error.message}`);
      }
    }
    if (error instanceof errors.JOSEError)
      return new TokenError(`malformed token: ${error.message}`);
    return error as Error;
  }
}
