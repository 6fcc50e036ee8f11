/** The response remembered for a key, replayed byte for byte. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type BeginResult =
  /** The caller owns the key now: run the command, then complete() or release(). */
  | { readonly kind: 'started' }
  | { readonly kind: 'completed'; readonly fingerprint: string; readonly response: StoredResponse }
  /** Another request with this key is running (or crashed and its lease has not run out yet). */
  | { readonly kind: 'in-progress'; readonly fingerprint: string };

export interface BeginOptions {
  /** Epoch milliseconds. */
  readonly now: number;
  /** How long a completed response is remembered. */
  readonly ttlMs: number;
  /**
   * How long an unfinished claim blocks the key unless renewed: its owner renews it while the
   * request runs, so only a claim whose process died (SIGKILL, crash) runs out, and frees the key.
   */
  readonly leaseMs: number;
}

/**
 * Idempotency keys per (scope, key): the scope is the caller (token sub), so two callers can never
 * see each other's responses even with the same key. One contract suite
 * (idempotency-store.contract.ts) runs against every implementation.
 */
export interface IdempotencyStore {
  begin(
    scope: string,
    key: string,
    fingerprint: string,
    options: BeginOptions,
  ): Promise<BeginResult>;
  /** Remembers the response until `expiresAt` (epoch ms); only the owner of a started claim calls it. */
  complete(
    scope: string,
    key: string,
    fingerprint: string,
    response: StoredResponse,
    expiresAt: number,
  ): Promise<void>;
  /** Extends an unfinished claim of this fingerprint to `until` (epoch ms); a completed or taken-over one is left alone. */
  renew(scope: string, key: string, fingerprint: string, until: number): Promise<void>;
  /** Forgets an unfinished claim so the key can be used again (the command did not run to an outcome). */
  release(scope: string, key: string, fingerprint: string): Promise<void>;
  /** Deletes expired entries; returns how many. */
  purgeExpired(now: number): Promise<number>;
  close(): Promise<void>;
}
