import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { EventNotSerializableError } from './errors';
import { hashedText } from './hash-chain';
import { uuidv7 } from './uuid';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    // RFC 8785 §3.2.3 sorting example: code-unit order, not code-point or locale order.
    const value = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    // Checked on the text: JSON.parse would move the integer-like key "1" first.
    const keys = [...canonicalJson(value).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(keys).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":null,"d":true}]}');
  });

  it('formats numbers and strings as ECMAScript does (RFC 8785 §3.2.2)', () => {
    expect(canonicalJson([333333333.3333333, 1e30, 4.5, 0.002, 1e-27, -0, 9007199254740991])).toBe('[333333333.3333333,1e+30,4.5,0.002,1e-27,0,9007199254740991]');
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
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))));
  });

  it('the hash chain text equals canonicalJson of the hashed fields', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.string(), fc.string(), fc.nat(), fc.nat(), (data, metadata, stream, type, position, revision) => {
        const fields = { position, stream, revision, eventId: uuidv7(), type, schemaVersion: 1, data, metadata, recordedAt: '2026-11-26T10:00:00.000Z' };
        expect(hashedText({ ...fields, data: canonicalJson(data), metadata: canonicalJson(metadata) })).toBe(canonicalJson(fields));
      }),
    );
  });
});

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID, sorted in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
