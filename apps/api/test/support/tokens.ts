import { createHmac, sign, type KeyObject } from 'node:crypto';

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Signs independently of the code under test, so a bug there cannot cancel out here. */
export function hs256(
  claims: object,
  secret: Buffer,
  header: object = { alg: 'HS256', typ: 'JWT' },
): string {
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

/**
 * Token subjects of the tests' users: fixed UUIDs (the API refuses any other subject, docs/adr/0005),
 * readable in a failing assertion by their last digits.
 */
export const USERS = {
  officerA: '00000000-0000-7000-8000-0000000000a1',
  officerA2: '00000000-0000-7000-8000-0000000000a2',
  officerB: '00000000-0000-7000-8000-0000000000b1',
  financeA: '00000000-0000-7000-8000-0000000000f1',
  financeB: '00000000-0000-7000-8000-0000000000f2',
  supervisor: '00000000-0000-7000-8000-000000000051',
  auditor: '00000000-0000-7000-8000-0000000000ad',
  supplierUser: (i: number) => `00000000-0000-7000-8000-0000000005${String(i).padStart(2, '0')}`,
} as const;
