import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { validationFailed } from '../errors/problem';

/**
 * A response about one entity: the body plus the stream revision it reflects. Return
 * `versioned(body, revision)` from a handler and the platform's `unversion` hook answers with the body and
 * `ETag: "<revision>"` (docs/architecture.md: the revision is the ETag).
 */
export class Versioned<Body> {
  constructor(
    readonly body: Body,
    /** null: the validator is the body's digest (contentTagged). */
    readonly revision: number | null,
  ) {}
}

export function versioned<Body>(body: Body, revision: number): Versioned<Body> {
  return new Versioned(body, revision);
}

/**
 * A response to a caller who may not see every change of the stream (a bid before opening, ADR
 * 0006 decision 6): its ETag is a weak tag of the body's digest, so it moves only when what the
 * caller sees moves. Weak, so never an If-Match pin (a weak tag there is 400): such a caller acts
 * without one (or with `*`).
 */
export function contentTagged<Body>(body: Body): Versioned<Body> {
  return new Versioned(body, null);
}

function contentTag(body: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
  return `W/"${digest.slice(0, 22)}"`;
}

/** `"<revision>"`: strong, because a revision names exactly one state of the stream. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

const STRONG_TAG = /^"(0|[1-9]\d{0,14})"$/;

/**
 * The revision an If-Match header pins, the command pipeline's expectedRevision; undefined when the
 * header is absent or `*` (any current state will do). A weak tag, a list or anything else is 400:
 * silently ignoring it would drop the client's concurrency check.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header.join(',') : header.trim();
  if (value === '*') return undefined;
  const match = STRONG_TAG.exec(value);
  if (!match) {
    throw validationFailed([
      {
        field: 'If-Match',
        messages: [
          'must be one strong ETag of this resource, e.g. "7", as sent in its ETag header',
        ],
      },
    ]);
  }
  return Number(match[1]);
}

/** `@IfMatch() expectedRevision: number | undefined`; a stale one surfaces as 412 PRECONDITION_FAILED. */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/**
 * A `preSerialization` hook (installHttpPlatform): the body of a Versioned answer is sent with
 * `ETag: "<revision>"`. A Fastify hook rather than a Nest interceptor: Nest wraps every global
 * interceptor in rxjs and AsyncResource.bind on every request, a hook is one function call.
 */
export function unversion(reply: FastifyReply, payload: unknown): unknown {
  if (!(payload instanceof Versioned)) return payload;
  void reply.header(
    'ETag',
    payload.revision === null ? contentTag(payload.body) : etagOf(payload.revision),
  );
  return payload.body;
}
