import type { paths } from './openapi';
import { ApiError, failureOf, networkFailure } from '../lib/problem';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : unknown;
type Method = 'get' | 'post';
/** Paths of the API that have an operation for `M` (from the generated OpenAPI types). */
export type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = Extract<
  paths[P][M],
  { responses: unknown }
>;
type Responses<P extends keyof paths, M extends Method> = Operation<P, M>['responses'];
/** The body of a 200 (or 201) answer. */
export type Ok<P extends keyof paths, M extends Method = 'get'> =
  Responses<P, M> extends { 200: infer R }
    ? Json<R>
    : Responses<P, M> extends { 201: infer R }
      ? Json<R>
      : unknown;
export type QueryOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type BodyOf<P extends keyof paths> =
  Operation<P, 'post'> extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;

export interface CallOptions<Q> {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Q;
  readonly token?: string | undefined;
  readonly signal?: AbortSignal;
}

/** `/api/v1/tenders/{id}` + { id } -> `/api/v1/tenders/<id>`, each segment escaped. */
export function urlOf(
  template: string,
  params: Readonly<Record<string, string>> = {},
  query?: object,
): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function send(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(networkFailure(error));
  }
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = /json/.test(type)
    ? await response.json().catch(() => undefined)
    : await response.text();
  if (!response.ok) throw new ApiError(failureOf(response.status, body, response.statusText));
  return body;
}

function headers(token: string | undefined, json: boolean): HeadersInit {
  return {
    Accept: 'application/json',
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
}

export function apiGet<P extends PathWith<'get'>>(
  path: P,
  options: CallOptions<QueryOf<P>> = {},
): Promise<Ok<P>> {
  return send(urlOf(path, options.path, options.query as object | undefined), {
    headers: headers(options.token, false),
    ...(options.signal ? { signal: options.signal } : {}),
  }) as Promise<Ok<P>>;
}

export function apiPost<P extends PathWith<'post'>>(
  path: P,
  body: BodyOf<P>,
  options: CallOptions<never> = {},
): Promise<Ok<P, 'post'>> {
  return send(urlOf(path, options.path), {
    method: 'POST',
    headers: { ...headers(options.token, true), 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  }) as Promise<Ok<P, 'post'>>;
}

/** The console's own routes (apps/api/src/console), not API operations: no OpenAPI types. */
export async function consoleConfig(): Promise<{ devLogin: boolean }> {
  return (await send('/console/config.json', { headers: headers(undefined, false) })) as {
    devLogin: boolean;
  };
}

export async function devToken(claims: {
  role: string;
  agencyId?: string;
  supplierId?: string;
}): Promise<string> {
  const body = (await send('/console/dev-token', {
    method: 'POST',
    headers: headers(undefined, true),
    body: JSON.stringify(claims),
  })) as { token: string };
  return body.token;
}
