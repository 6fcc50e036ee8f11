import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { scopeOf, type Actor, type Permission } from '@contract-ledger/application';
import type { EventMetadata } from '@contract-ledger/event-store';
import { uuidv7 } from '@contract-ledger/event-store';
import type { FastifyRequest } from 'fastify';
import { validationFailed } from '../errors/problem';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the AuthGuard from a verified bearer token; undefined on public routes without one. */
    actor?: Actor;
    /** The route's @Permission, set by the AuthGuard. */
    permission?: Permission;
    /** Built once per request so every event of one command carries the same ids and instant. */
    eventMetadata?: EventMetadata;
  }
}

const IDEMPOTENCY_HEADER = 'idempotency-key';
const CAUSATION_HEADER = 'x-causation-id';
/** Visible ASCII, as the IETF Idempotency-Key draft; it ends up in event metadata and logs. */
const KEY = /^[\x21-\x7e]{1,255}$/;
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's Idempotency-Key; undefined when absent, 400 VALIDATION_FAILED when malformed. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !KEY.test(raw)) {
    throw validationFailed([
      { field: 'Idempotency-Key', messages: ['must be 1-255 visible ASCII characters, sent once'] },
    ]);
  }
  return raw;
}

/**
 * What every event a request causes carries (libs/event-store EventMetadata): who (actor, role,
 * scope), the trail (correlation id = the request id of app.ts, causation id = the caller's
 * X-Causation-Id when it continues a chain, else the command itself) and the command id (the
 * Idempotency-Key, so a replayed command is recognisable in the log, else a fresh UUIDv7).
 */
export function eventMetadataOf(
  request: FastifyRequest,
  now: () => Date = () => new Date(),
): EventMetadata {
  if (request.eventMetadata) return request.eventMetadata;
  const actor = request.actor;
  const commandId = idempotencyKeyOf(request) ?? uuidv7();
  const causation = request.headers[CAUSATION_HEADER];
  const scope = actor === undefined ? undefined : scopeOf(actor);
  const metadata: EventMetadata = {
    actor: actor?.id ?? 'anonymous',
    role: actor?.role ?? 'public',
    ...(scope === undefined ? {} : { scope }),
    correlationId: request.id,
    causationId: typeof causation === 'string' && SAFE_ID.test(causation) ? causation : commandId,
    commandId,
    occurredAt: now().toISOString(),
  };
  request.eventMetadata = metadata;
  return metadata;
}

/** `@RequestMetadata() metadata: EventMetadata`: the request's event metadata (a command route gets it in `@CommandContextOf()`). */
export const RequestMetadata = createParamDecorator((_: unknown, context: ExecutionContext) =>
  eventMetadataOf(context.switchToHttp().getRequest<FastifyRequest>()),
);

/** `@CurrentActor() actor: Actor | undefined`: undefined only on public routes called without a token. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<FastifyRequest>().actor,
);
