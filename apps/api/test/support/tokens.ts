import { createHmac, sign, type KeyObject } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Signs independently of the code under test, so a bug there cannot cancel out here. */
export function hs256(claims: object, secret: Buffer, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export function rs256(claims: object, key: KeyObject, kid?: string): string {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

export function es256(claims: object, key: KeyObject, kid?: string): string {
  const input = `${b64({ alg: 'ES256', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

export function unsigned(claims: object): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

export const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;
