import { DynamicModule, Inject, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { loadOrCreateDevSecret } from '@contract-ledger/application';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { AuthGuard } from './auth/auth.guard';
import { remoteKeySet, TokenVerifier } from './auth/token-verifier';
import { RouteInputCheck } from './errors/route-input';
import { ProblemFilter } from './errors/problem.filter';
import { createValidationPipe } from './errors/validation';
import {
  IDEMPOTENCY_LEASE_MS,
  IDEMPOTENCY_OPTIONS,
  IDEMPOTENCY_STORE,
  IDEMPOTENCY_WAIT_MS,
  Idempotency,
  type IdempotencyOptions,
} from './idempotency/idempotency';
import type { IdempotencyStore } from './idempotency/idempotency-store';
import { PlatformGuard } from './platform.guard';
import { MemoryIdempotencyStore } from './idempotency/memory-idempotency-store';
import { PostgresIdempotencyStore } from './idempotency/postgres-idempotency-store';
import { SqliteIdempotencyStore } from './idempotency/sqlite-idempotency-store';

/** The idempotency keys live where the events do (one file per data dir, or the shared database); with KurrentDB, beside the read models. */
export function createIdempotencyStore(config: AppConfig): IdempotencyStore {
  switch (config.store) {
    case 'sqlite':
      return new SqliteIdempotencyStore(path.join(config.dataDir, 'idempotency.sqlite'));
    case 'postgres':
      return PostgresIdempotencyStore.fromUrl(config.databaseUrl!);
    case 'memory':
      return new MemoryIdempotencyStore();
    case 'kurrentdb':
      // KurrentDB holds the log only: the keys go where the read models do.
      return config.databaseUrl === undefined
        ? new SqliteIdempotencyStore(path.join(config.dataDir, 'idempotency.sqlite'))
        : PostgresIdempotencyStore.fromUrl(config.databaseUrl);
  }
}

export function createTokenVerifier(config: AppConfig): TokenVerifier {
  const options = {
    ...(config.authIssuer === undefined ? {} : { issuer: config.authIssuer }),
    ...(config.authAudience === undefined ? {} : { audience: config.authAudience }),
  };
  if (config.authJwksUrl !== undefined) {
    return TokenVerifier.jwks(
      remoteKeySet({ url: config.authJwksUrl, ttlMs: config.authJwksCacheTtlMs }),
      { ...options, verifiedMaxAgeMs: config.authJwksCacheTtlMs },
    );
  }
  return TokenVerifier.embedded(loadOrCreateDevSecret(config.dataDir), options);
}

const PURGE_EVERY_MS = 10 * 60 * 1000;

class IdempotencyHousekeeping implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.store.purgeExpired(Date.now()).catch(() => undefined),
      PURGE_EVERY_MS,
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.store.close();
  }
}

/**
 * The cross-cutting HTTP platform (docs/api.md): authentication and the policy guard, problem
 * responses, validation, Idempotency-Key, ETag. Routes only declare @Permission and use the
 * decorators of ./index.ts.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    const idempotency: IdempotencyOptions = {
      ttlMs: config.idempotencyTtlMs,
      leaseMs: IDEMPOTENCY_LEASE_MS,
      waitMs: IDEMPOTENCY_WAIT_MS,
    };
    return {
      module: PlatformModule,
      providers: [
        { provide: TokenVerifier, useFactory: () => createTokenVerifier(config) },
        { provide: IDEMPOTENCY_STORE, useFactory: () => createIdempotencyStore(config) },
        { provide: IDEMPOTENCY_OPTIONS, useValue: idempotency },
        IdempotencyHousekeeping,
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Two global guards, in this order: authentication, then the Idempotency-Key claim and the
        // route-input check (PlatformGuard). No global interceptor: the ETag is a Fastify hook
        // (installHttpPlatform), the command span an interceptor only where tracing is on (app.ts).
        { provide: APP_GUARD, useClass: AuthGuard },
        Idempotency,
        RouteInputCheck,
        { provide: APP_GUARD, useClass: PlatformGuard },
      ],
      exports: [TokenVerifier, IDEMPOTENCY_STORE],
    };
  }
}
