import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { EventNotSerializableError } from './errors';
import { hashedText } from './hash-chain';
import { uuidv7 } from './uuid';

/**
 * The straightforward JCS serialiser canonicalJson replaced (join per level, JSON.stringify for
 * every string): kept here as the reference the optimised one must match byte for byte.
 */
function referenceJcs(value: unknown): string {
  if (typeof value === 'string') {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value))
      throw new Error('lone surrogate');
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(referenceJcs).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${referenceJcs(key)}:${referenceJcs(record[key])}`);
  return `{${members.join(',')}}`;
}

const outcome = (serialise: (value: unknown) => string, value: unknown): string => {
  try {
    return serialise(value);
  } catch {
    return '<refused>';
  }
};

describe('canonicalJson (RFC 8785)', () => {
  it('equals the reference serialiser on random JSON, including any code unit in strings and keys', () => {
    // 'binary' draws any code point, so escapes, astral characters and lone surrogates all occur.
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) =>
        expect(outcome(canonicalJson, value)).toBe(outcome(referenceJcs, value)),
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expect(canonicalJson(value)).toBe(referenceJcs(value)),
      ),
      { numRuns: 2000 },
    );
    // jsonValue never draws lone surrogates: mix them in with escapes and pairs explicitly.
    const tricky = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '"',
        '\\',
        '\u0001',
        '\u001f',
        '\u00e9',
        '\ud800',
        '\udc00',
        '\ud83d\ude00',
        '\u2028',
      ),
    });
    fc.assert(
      fc.property(
        fc.dictionary(tricky, fc.oneof(tricky, fc.array(tricky), fc.dictionary(tricky, tricky))),
        (value) => expect(outcome(canonicalJson, value)).toBe(outcome(referenceJcs, value)),
      ),
      { numRuns: 2000 },
    );
  });

  it('quotes strings without escapes directly and escapes the rest as JSON.stringify does', () => {
    for (const text of [
      '',
      'plain ascii',
      'caf\u00e9',
      '\ud83d\ude00',
      'a"b',
      'a\\b',
      '\u0000\u001f',
      '\u007f',
      '\u2028\u2029',
    ]) {
      expect(canonicalJson(text)).toBe(JSON.stringify(text));
      expect(canonicalJson({ [text]: text })).toBe(
        `{${JSON.stringify(text)}:${JSON.stringify(text)}}`,
      );
    }
  });

  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    // RFC 8785 §3.2.3 sorting example: code-unit order, not code-point or locale order.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Checked on the text: JSON.parse would move the integer-like key "1" first.
    const keys = [...canonicalJson(value).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map(
      (m) => JSON.parse(`"${m[1]}"`) as string,
    );
    expect(keys).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'x' })).toBe(
      '{"a":"x","b":[1,{"c":null,"d":true}]}',
    );
  });

  it('formats numbers and strings as ECMAScript does (RFC 8785 §3.2.2)', () => {
    expect(canonicalJson([333333333.3333333, 1e30, 4.5, 0.002, 1e-27, -0, 9007199254740991])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0,9007199254740991]',
    );
    expect(canonicalJson('\u20ac$\u000f\nA\'B"\\\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
  });

  it('omits undefined object properties, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it.each([
    ['NaN', { n: Number.NaN }, '$.n'],
    ['a bigint', [BigInt(2)], '$[0]'],
    ['a function', { f: () => 0 }, '$.f'],
    ['a symbol', { s: Symbol('x') }, '$.s'],
    ['a Date', { d: new Date(0) }, '$.d'],
    ['a lone surrogate', { s: '\ud800' }, '$.s'],
  ])('refuses %s, naming the path', (_label, value, path) => {
    expect(() => canonicalJson(value)).toThrow(EventNotSerializableError);
    try {
      canonicalJson(value);
    } catch (error) {
      expect((error as EventNotSerializableError).path).toBe(path);
    }
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value))),
      ),
    );
  });

  it('the hash chain text equals canonicalJson of the hashed fields', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.nat(),
        fc.nat(),
        (data, metadata, stream, type, position, revision) => {
          const fields = {
            position,
            stream,
            revision,
            eventId: uuidv7(),
            type,
            schemaVersion: 1,
            data,
            metadata,
            recordedAt: '2026-11-26T10:00:00.000Z',
          };
          expect(
            hashedText({ ...fields, data: canonicalJson(data), metadata: canonicalJson(metadata) }),
          ).toBe(canonicalJson(fields));
        },
      ),
    );
  });
});

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID, sorted in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
