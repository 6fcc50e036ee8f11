import { EventNotSerializableError } from './errors';

/**
 * RFC 8785 (JCS) serialisation: object keys sorted by UTF-16 code units, numbers in ECMAScript
 * shortest form, no whitespace. The hash chain is defined over these bytes, so an auditor can
 * recompute it with any JCS library.
 *
 * Refuses what JSON cannot carry faithfully (non-finite numbers, bigint, functions, symbols,
 * undefined outside an object property, cycles, non-plain objects such as Date or Map, lone
 * surrogates), naming the path. An object property whose value is undefined is omitted, as in
 * JSON.stringify: with optional TypeScript properties `{ scope: undefined }` and `{}` mean the same.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$', []);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalString(text: string, path = '$'): string {
  if (LONE_SURROGATE.test(text)) throw new EventNotSerializableError(path, 'lone UTF-16 surrogate');
  // ECMAScript's JSON string escaping is exactly the one RFC 8785 §3.2.2.2 prescribes.
  return JSON.stringify(text);
}

function serialise(value: unknown, path: string, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return canonicalString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new EventNotSerializableError(path, `non-finite number ${value}`);
      // Number#toString is the ECMAScript shortest round-trip form RFC 8785 §3.2.2.3 requires; -0 becomes 0.
      return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new EventNotSerializableError(path, `${typeof value} is not JSON`);
  }
  if (value === null) return 'null';
  if (ancestors.includes(value)) throw new EventNotSerializableError(path, 'cycle');
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i++) {
        if (value[i] === undefined) throw new EventNotSerializableError(`${path}[${i}]`, 'undefined is not JSON');
        items.push(serialise(value[i], `${path}[${i}]`, ancestors));
      }
      return `[${items.join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new EventNotSerializableError(path, `${kind} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 specifies.
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      const memberPath = `${path}.${key}`;
      members.push(`${canonicalString(key, memberPath)}:${serialise(member, memberPath, ancestors)}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.pop();
  }
}
