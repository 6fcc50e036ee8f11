import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { problemType, titleOf, type ProblemDocument } from './problem';

/** What Node's HTTP parser reports before Fastify sees a request, with the problem it becomes. */
const CLIENT_ERRORS: Readonly<Record<string, { status: number; code: string; detail: string }>> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_HEADERS_TOO_LARGE',
    detail: 'The request headers exceed the size this server accepts (16 KiB in all)',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'REQUEST_TIMEOUT',
    detail: 'The request was not received in full within 30 s',
  },
};
const MALFORMED = {
  status: 400,
  code: 'MALFORMED_REQUEST',
  detail: 'The request is not valid HTTP/1.1',
};

/** The request target, when the parser got as far as the request line (rawPacket holds it). */
function instanceOf(error: { rawPacket?: unknown }): string {
  // Fastify types it as a serialised Buffer; Node passes the Buffer itself.
  const line = Buffer.isBuffer(error.rawPacket)
    ? (error.rawPacket.subarray(0, 2048).toString('latin1').split('\r\n', 1)[0] ?? '')
    : '';
  const target = /^[A-Z]+ (\/[^\s?#]*)/.exec(line)?.[1];
  return target !== undefined && target.length <= 512 ? target : '/';
}

/**
 * Fastify's clientErrorHandler: errors Node raises while parsing a request (headers too large, a
 * request that never completes, garbage on the socket) get the same problem+json as every other
 * error, instead of Fastify's own `{"error":...,"statusCode":431}`. No route ran, so there is no
 * request id yet: a fresh correlation id is made for the response.
 */
export function clientErrorHandler(
  error: Error & { code?: string; rawPacket?: unknown },
  socket: Socket,
): void {
  // A reset connection has nobody left to answer (Node's own default does the same).
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const known = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
    const correlationId = randomUUID();
    const problem: ProblemDocument = {
      type: problemType(known.code),
      title: titleOf(known.status),
      status: known.status,
      detail: known.detail,
      code: known.code,
      instance: instanceOf(error),
      correlationId,
    };
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${known.status} ${titleOf(known.status)}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Correlation-Id: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
