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
 *
 * Every append runs this over data and metadata, so it is written for speed: one output string
 * built by appending, the path kept as a stack of segments and only formatted when refusing, and
 * strings without anything to escape quoted directly (see quote()).
 */
export function canonicalJson(value: unknown): string {
  const writer = new Writer();
  writer.write(value);
  return writer.text();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Anything JSON.stringify would escape, plus surrogates (which need the lone-surrogate check). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
export const NEEDS_CARE = /[\u0000-\u001f"\\\uD800-\uDFFF]/;

export function canonicalString(text: string, path = '$'): string {
  const quoted = quote(text);
  if (quoted === undefined) throw new EventNotSerializableError(path, 'lone UTF-16 surrogate');
  return quoted;
}

/** The JCS text of a string, or undefined when it holds a lone surrogate. */
function quote(text: string): string | undefined {
  // Most strings (ids, codes, ASCII prose) need no escape: quoting them is the whole job.
  if (!NEEDS_CARE.test(text)) return `"${text}"`;
  if (LONE_SURROGATE.test(text)) return undefined;
  // ECMAScript's JSON string escaping is exactly the one RFC 8785 §3.2.2.2 prescribes.
  return JSON.stringify(text);
}

class Writer {
  /** Pieces joined once at the end: a flat string, which hashing and JSON.parse read faster than a rope. */
  private readonly out: string[] = [];
  /** Property names and array indexes from the root down to the value being written. */
  private readonly path: (string | number)[] = [];
  /** Objects and arrays being written, for cycle detection (depth is small, a scan is cheapest). */
  private readonly ancestors: object[] = [];

  text(): string {
    return this.out.join('');
  }

  write(value: unknown): void {
    switch (typeof value) {
      case 'string': {
        const quoted = quote(value);
        if (quoted === undefined) this.refuse('lone UTF-16 surrogate');
        this.out.push(quoted);
        return;
      }
      case 'number':
        if (!Number.isFinite(value)) this.refuse(`non-finite number ${value}`);
        // Number#toString is the ECMAScript shortest round-trip form RFC 8785 §3.2.2.3 requires; -0 becomes 0.
        this.out.push(value === 0 ? '0' : String(value));
        return;
      case 'boolean':
        this.out.push(value ? 'true' : 'false');
        return;
      case 'object':
        break;
      default:
        this.refuse(`${typeof value} is not JSON`);
    }
    if (value === null) {
      this.out.push('null');
      return;
    }
    if (this.ancestors.includes(value)) this.refuse('cycle');
    this.ancestors.push(value);
    if (Array.isArray(value)) this.writeArray(value);
    else this.writeObject(value);
    this.ancestors.pop();
  }

  private writeArray(value: readonly unknown[]): void {
    this.out.push('[');
    const path = this.path;
    for (let i = 0; i < value.length; i++) {
      if (i > 0) this.out.push(',');
      path.push(i);
      const item = value[i];
      if (item === undefined) this.refuse('undefined is not JSON');
      this.write(item);
      path.pop();
    }
    this.out.push(']');
  }

  private writeObject(value: object): void {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      this.refuse(`${kind} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 specifies.
    if (!isSorted(keys)) keys.sort();
    const path = this.path;
    this.out.push('{');
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      path.push(key);
      let prefix = MEMBER_PREFIX.get(key);
      if (prefix === undefined) {
        const quotedKey = quote(key);
        if (quotedKey === undefined) this.refuse('lone UTF-16 surrogate');
        prefix = `${quotedKey}:`;
        if (MEMBER_PREFIX.size >= MEMBER_PREFIX_LIMIT) MEMBER_PREFIX.clear();
        MEMBER_PREFIX.set(key, prefix);
      }
      if (!first) this.out.push(',');
      this.out.push(prefix);
      first = false;
      this.write(member);
      path.pop();
    }
    this.out.push('}');
  }

  private refuse(reason: string): never {
    let path = '$';
    for (const segment of this.path)
      path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    throw new EventNotSerializableError(path, reason);
  }
}

/**
 * `"key":` per property name already seen: events reuse a small vocabulary of keys, and the
 * lookup is cheaper than checking and quoting the key again. Bounded, so arbitrary keys in
 * payloads cannot grow it without limit.
 */
const MEMBER_PREFIX = new Map<string, string>();
const MEMBER_PREFIX_LIMIT = 4096;

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
