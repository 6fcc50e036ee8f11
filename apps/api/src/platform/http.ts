import { isUtf8 } from 'node:buffer';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { commandAnswer } from './command-route';
import { parseIfMatch, unversion } from './concurrency/etag';
import { checkJsonShape } from './errors/body-shape';
import { ProblemException } from './errors/problem';
import { replayableHeaders } from './idempotency/idempotency';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;
const IDENTITY = /^\s*identity\s*$/i;

function malformedJson(reason: string): ProblemException {
  return new ProblemException({
    status: 400,
    code: 'MALFORMED_JSON',
    detail: `The request body is not valid JSON: ${reason}`,
    errors: [],
  });
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (
    (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
  );
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the ProblemFilter: the outcome was a rule's refusal, which an idempotent repeat must see again. */
    refusedByRule?: boolean;
  }
}

/**
 * Fastify-level parts of the platform, installed by createApp before init: JSON-only, unencoded bodies (415),
 * malformed JSON as a problem (400 MALFORMED_JSON), an early If-Match check on writes, the ETag of
 * versioned answers, and the hook that settles Idempotency-Key claims with the response actually sent.
 */
export function installHttpPlatform(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

  // Nest's own parsers are off (bodyParser: false in app.ts): one JSON parser with Fastify's
  // prototype-poisoning protection, no urlencoded, no text/plain. Read as bytes, not as a string:
  // Fastify's string reader counts the decoded length, so invalid UTF-8 (each bad byte decoded to
  // a 3-byte U+FFFD) was refused as a Content-Length mismatch instead of as what it is.
  const defaultJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    const bytes = raw as Buffer;
    // Zero bytes are no body, whatever the Content-Type says: a route that takes none runs, one
    // that takes one refuses its missing fields.
    if (bytes.length === 0) return done(null, undefined);
    if (!isUtf8(bytes)) return done(malformedJson('the body is not valid UTF-8'), undefined);
    // Given a callback, Fastify's parser answers through it and returns nothing; its type also
    // admits the promise of an async parser, which this one is not.
    void defaultJson(request, bytes.toString('utf8'), (error, parsed) => {
      if (error) {
        // Fastify's own 413 and friends stay as they are; only a parse failure is reworded.
        const statusCode = (error as { statusCode?: number }).statusCode;
        if (statusCode !== undefined && statusCode !== 400) return done(error, undefined);
        return done(malformedJson(error.message), undefined);
      }
      try {
        checkJsonShape(parsed);
      } catch (shapeError) {
        return done(shapeError as Error, undefined);
      }
      done(null, parsed);
    });
  });

  // Any other Content-Type reaches a parser only with zero bytes (onRequest below refuses a body
  // of another type): no body, as the JSON parser says, so `curl -d ''` on a route that takes none
  // runs. The 415 here is for a body onRequest could not see coming.
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (request, raw, done) => {
    if ((raw as Buffer).length === 0) return done(null, undefined);
    done(
      new ProblemException({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: `Request bodies must be application/json, got ${JSON.stringify(request.headers['content-type'])}`,
        headers: { 'Accept-Post': 'application/json' },
      }),
      undefined,
    );
  });

  fastify.addHook('onRequest', (request, _reply, done) => {
    if (WITH_BODY.has(request.method) && hasBody(request)) {
      const type = request.headers['content-type'];
      if (type === undefined || !JSON_MEDIA_TYPE.test(type)) {
        return done(
          new ProblemException({
            status: 415,
            code: 'UNSUPPORTED_MEDIA_TYPE',
            detail: `Request bodies must be application/json, got ${type === undefined ? 'no Content-Type' : JSON.stringify(type)}`,
            headers: { 'Accept-Post': 'application/json' },
          }),
        );
      }
      // No decoding is done: a gzip body would reach the JSON parser as bytes, and an unknown
      // coding on a plain body would be ignored. RFC 9110 §15.5.16 and RFC 7694: 415, naming what is accepted.
      const coding = request.headers['content-encoding'];
      if (coding !== undefined && !IDENTITY.test(coding)) {
        return done(
          new ProblemException({
            status: 415,
            code: 'UNSUPPORTED_MEDIA_TYPE',
            detail: `Request bodies must not be encoded, got Content-Encoding ${JSON.stringify(coding)}`,
            headers: { 'Accept-Encoding': 'identity' },
          }),
        );
      }
    }
    try {
      // Rejected before anything runs, whether or not the route reads it: a check the client asked for is never skipped.
      if (request.method !== 'GET' && request.method !== 'HEAD')
        parseIfMatch(request.headers['if-match']);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });

  // Runs for object payloads only, before they are serialised: a Versioned answer's ETag, and a
  // command route's CommandResult (its revision is the ETag).
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    done(null, unversion(reply, commandAnswer(request, reply.statusCode, payload)));
  });

  // A callback hook, not an async one: most requests hold no claim and go on without a promise.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.idempotencyClaim === undefined) return done(null, payload);
    settleClaim(request, reply, payload).then(
      () => done(null, payload),
      (error: unknown) => done(error as Error),
    );
  });
}

/** Settles the request's Idempotency-Key claim with the response actually sent; never throws. */
async function settleClaim(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<void> {
  const claim = request.idempotencyClaim!;
  request.idempotencyClaim = undefined;
  // Remember outcomes: a success, or a rule's refusal (the same command would be refused again).
  // Anything else (invalid input, stale If-Match, conflicts, outages, bugs) frees the key for a retry.
  const remember = reply.statusCode < 300 || request.refusedByRule === true;
  const body =
    typeof payload === 'string'
      ? payload
      : Buffer.isBuffer(payload)
        ? payload.toString('utf8')
        : '';
  try {
    await claim.settle(
      { status: reply.statusCode, headers: replayableHeaders(reply.getHeaders()), body },
      remember,
    );
  } catch (error) {
    // The response is already decided; a failed write only means a repeat runs as a new request.
    request.log.error(
      { err: error, correlationId: request.id },
      'could not settle the idempotency key',
    );
  }
}
