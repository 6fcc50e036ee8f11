import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { canonicalJson } from '@contract-ledger/event-store';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { idempotencyKeyOf } from '../context/request-context';
import { ProblemException } from '../errors/problem';
import type { IdempotencyStore, StoredResponse } from './idempotency-store';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');

/**
 * A claim's lease. Renewed every third of it while its request runs, so it only runs out when the
 * process holding it died: a client retrying after a crash (SIGKILL, OOM) waits at most this long,
 * within the duplicate's wait, instead of getting 409 for a command that never ran to an outcome.
 */
export const IDEMPOTENCY_LEASE_MS = 5_000;
/** How long a duplicate waits for the first request (docs/api.md). */
export const IDEMPOTENCY_WAIT_MS = 10_000;
/** A request still running after this stops renewing its claim (a backstop: commands take milliseconds). */
const MAX_RENEWAL_MS = 10 * 60_000;

export interface IdempotencyOptions {
  readonly ttlMs: number;
  /** A claim whose owner died blocks its key this long at most; a live owner renews it every third of it. */
  readonly leaseMs: number;
  /** How long a duplicate waits for the first request before answering 409 IDEMPOTENCY_KEY_IN_PROGRESS. */
  readonly waitMs: number;
  readonly clock?: () => number;
}

/** Set on a request that owns an idempotency claim; the onSend hook (http.ts) settles it with the response. */
export interface IdempotencyClaim {
  settle(response: StoredResponse, remember: boolean): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: IdempotencyClaim;
  }
}

/** Response headers that describe this transmission, not the outcome, and so are not replayed. */
const NOT_REPLAYED = new Set([
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-correlation-id',
  'idempotent-replayed',
  'set-cookie',
]);

export function replayableHeaders(
  headers: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** Same route, same body (canonical JSON, so key order and spacing do not matter). */
function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
    .digest('base64url');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Thrown by `Idempotency.claim` when the key's first request already has its outcome: the
 * ProblemFilter answers with that response as stored (status, headers, body), plus
 * `Idempotent-Replayed: true`, and nothing after the guards runs.
 */
export class IdempotentReplay extends Error {
  constructor(readonly response: StoredResponse) {
    super('idempotent replay');
  }
}

/**
 * Idempotency-Key on POST: the first request with a key runs; a repeat with the same body gets the
 * first response again (status, body, ETag and the other outcome headers, plus
 * `Idempotent-Replayed: true`) without the command running twice; a repeat with another body is
 * 422 IDEMPOTENCY_KEY_REUSED; a repeat while the first still runs waits for its outcome.
 * Called by the PlatformGuard, after authentication (the key's scope is the caller) and before
 * validation and the handler.
 */
@Injectable()
export class Idempotency {
  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: IdempotencyOptions,
  ) {}

  /**
   * Claims the request's key (undefined, nothing to wait for, when it has none): resolves once this
   * request owns the key (settled by the onSend hook, http.ts), throws IdempotentReplay when the
   * first request's outcome is known, or a problem (422 reused, 409 still running).
   */
  claim(context: ExecutionContext): Promise<void> | undefined {
    if (context.getType() !== 'http') return undefined;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'POST') return undefined;
    const key = idempotencyKeyOf(request);
    if (key === undefined) return undefined;
    return this.begin(request, key);
  }

  private async begin(request: FastifyRequest, key: string): Promise<void> {
    const clock = this.options.clock ?? Date.now;
    const scope = request.actor?.id ?? 'anonymous';
    const fingerprint = fingerprintOf(request);
    const giveUpAt = clock() + this.options.waitMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      const now = clock();
      const begun = await this.store.begin(scope, key, fingerprint, {
        now,
        ttlMs: this.options.ttlMs,
        leaseMs: this.options.leaseMs,
      });
      if (begun.kind === 'started') {
        request.idempotencyClaim = this.ownClaim(scope, key, fingerprint);
        return;
      }
      if (begun.fingerprint !== fingerprint) {
        throw new ProblemException({
          status: 422,
          code: 'IDEMPOTENCY_KEY_REUSED',
          detail: `Idempotency-Key ${JSON.stringify(key)} was already used with another request body or route; use a new key for a new request`,
        });
      }
      if (begun.kind === 'completed') throw new IdempotentReplay(begun.response);
      if (clock() >= giveUpAt) {
        throw new ProblemException({
          status: 409,
          code: 'IDEMPOTENCY_KEY_IN_PROGRESS',
          detail: `A request with Idempotency-Key ${JSON.stringify(key)} is still running; retry later`,
          headers: { 'Retry-After': '1' },
        });
      }
      await sleep(pause);
    }
  }

  private ownClaim(scope: string, key: string, fingerprint: string): IdempotencyClaim {
    let settled = false;
    const clock = this.options.clock ?? Date.now;
    const startedAt = Date.now();
    const renewal = setInterval(
      () => {
        if (Date.now() - startedAt > MAX_RENEWAL_MS) return clearInterval(renewal);
        // A failed renewal (database briefly away) lets a duplicate start once the lease is out, as a crash would.
        this.store
          .renew(scope, key, fingerprint, clock() + this.options.leaseMs)
          .catch(() => undefined);
      },
      Math.max(1, Math.floor(this.options.leaseMs / 3)),
    );
    renewal.unref();
    return {
      settle: async (response, remember) => {
        if (settled) return;
        settled = true;
        clearInterval(renewal);
        if (remember)
          await this.store.complete(
            scope,
            key,
            fingerprint,
            response,
            (this.options.clock ?? Date.now)() + this.options.ttlMs,
          );
        else await this.store.release(scope, key, fingerprint);
      },
    };
  }
}
