import type { KeyObject } from 'node:crypto';
import {
  actorFromClaims,
  assertHeaderAcceptable,
  checkClaims,
  decodeJwt,
  InvalidClaimsError,
  TokenError,
  verifySignature,
  type Actor,
  type JwtAlgorithm,
} from '@contract-ledger/application';
import type { JwksKeySource } from './jwks';

export interface VerifierOptions {
  readonly issuer?: string;
  readonly audience?: string;
  readonly clock?: () => number;
}

/** Turns a bearer token into the actor it stands for, or throws TokenError (401). */
export class TokenVerifier {
  constructor(
    private readonly algorithms: readonly JwtAlgorithm[],
    private readonly keys: (kid: string | undefined, alg: JwtAlgorithm) => Promise<readonly (Buffer | KeyObject)[]>,
    private readonly options: VerifierOptions = {},
  ) {}

  /** Embedded mode: HS256 with the generated secret and nothing else. */
  static embedded(secret: Buffer, options?: VerifierOptions): TokenVerifier {
    return new TokenVerifier(['HS256'], async () => [secret], options);
  }

  /** Production: RS256/ES256 with the identity provider's published keys; HS256 is refused. */
  static jwks(source: JwksKeySource, options?: VerifierOptions): TokenVerifier {
    return new TokenVerifier(['RS256', 'ES256'], (kid, alg) => source.keysFor(kid, alg), options);
  }

  async verify(token: string): Promise<Actor> {
    const decoded = decodeJwt(token);
    const alg = assertHeaderAcceptable(decoded.header, this.algorithms);
    const candidates = await this.keys(decoded.header.kid, alg);
    if (candidates.length === 0) throw new TokenError(`no signing key${decoded.header.kid ? ` with kid "${decoded.header.kid}"` : ''} for ${alg}`);
    if (!candidates.some((key) => verifySignature(alg, key, decoded.signingInput, decoded.signature))) {
      throw new TokenError('the token signature is invalid');
    }
    checkClaims(decoded.claims, {
      now: Math.floor((this.options.clock ?? Date.now)() / 1000),
      ...(this.options.issuer === undefined ? {} : { issuer: this.options.issuer }),
      ...(this.options.audience === undefined ? {} : { audience: this.options.audience }),
    });
    try {
      return actorFromClaims(decoded.claims);
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new TokenError(error.message);
      throw error;
    }
  }
}
