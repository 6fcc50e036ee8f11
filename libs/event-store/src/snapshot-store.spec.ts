import { serialize } from 'node:v8';
import { decodeSnapshot, encodeSnapshot, snapshotDigest } from './snapshot-store';

const ref = {
  revision: 1_000,
  position: 4_321,
  hash: 'a'.repeat(64),
  recordedAt: '2026-12-06T00:00:00.000Z',
};
const roundTrip = (state: unknown) => {
  const row = encodeSnapshot('f@1', 's', ref, state)!;
  return { row, decoded: decodeSnapshot('f@1', 's', row)?.state };
};

describe('stored snapshot encoding', () => {
  it('stores plain data as JSON and gives back an equal state', () => {
    const state = {
      status: 'active',
      n: 0,
      share: 0.25,
      flags: [true, false],
      none: null,
      milestones: [
        { terms: { id: 'm1', amount: { amountMinor: 5, currency: 'EUR' } }, delivery: null },
      ],
      byId: Object.assign(Object.create(null) as object, { x: { y: 'z' } }),
    };
    const { row, decoded } = roundTrip(state);
    expect(Buffer.from(row.state).toString('utf8')).toBe(JSON.stringify(state));
    expect(decoded).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it.each([
    ['a Set', { seen: new Set([1, 2]) }],
    ['a Map', { byId: new Map([['a', 1]]) }],
    ['a Date', { at: new Date(0) }],
    ['an undefined value', { a: undefined as unknown }],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
    ['a hole', { list: [1, , 3] }],
    ['NaN', { n: Number.NaN }],
    ['-0', { n: -0 }],
  ])('keeps %s exactly: v8 structured clone, not JSON', (_name, state) => {
    const { row, decoded } = roundTrip(state);
    expect(row.state[0]).toBe(0xff);
    expect(decoded).toStrictEqual(state);
  });

  it('does not store a class instance or a symbol-keyed object as JSON', () => {
    class Tally {
      n = 1;
    }
    expect(roundTrip({ t: new Tally() }).row.state[0]).toBe(0xff);
    expect(roundTrip({ [Symbol('k')]: 1 }).row.state[0]).toBe(0xff);
  });

  it('still reads a row stored in v8 form before JSON', () => {
    const state = { total: 3, items: ['a'] };
    const bytes = serialize(state);
    const row = { ...ref, state: bytes, digest: snapshotDigest('f@1', 's', ref, bytes) };
    expect(decodeSnapshot('f@1', 's', row)?.state).toEqual(state);
  });

  it('refuses a JSON row whose bytes changed or do not parse', () => {
    const { row } = roundTrip({ total: 3 });
    const changed = Buffer.from('{"total":4}');
    expect(decodeSnapshot('f@1', 's', { ...row, state: changed })).toBeUndefined();
    const broken = Buffer.from('{"total":');
    expect(
      decodeSnapshot('f@1', 's', {
        ...row,
        state: broken,
        digest: snapshotDigest('f@1', 's', ref, broken),
      }),
    ).toBeUndefined();
  });
});
