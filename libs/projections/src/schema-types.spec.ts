import { integer, json, nullable, table, text, type KeyOf, type Row } from './schema';

const things = table({
  name: 'things',
  columns: { id: text(), count: integer(), note: nullable(text()), tags: json<string[]>() },
  key: ['id'],
});

describe('table rows are typed from their columns', () => {
  it('accepts a row of the declared types and rejects others at compile time', () => {
    const row: Row<typeof things> = { id: 'a', count: 1, note: null, tags: ['x'] };
    const key: KeyOf<typeof things> = { id: 'a' };
    // @ts-expect-error a non-nullable column cannot be undefined
    const missing: Row<typeof things> = { id: undefined, count: 1, note: null, tags: [] };
    // @ts-expect-error count is a number
    const wrong: Row<typeof things> = { id: 'b', count: '1', note: null, tags: [] };
    expect([row, key, missing, wrong]).toHaveLength(4);
    expect(things.key).toEqual(['id']);
  });

  it('refuses keys and indexes on undeclared columns', () => {
    expect(() => table({ name: 'bad', columns: { id: text() }, key: ['nope' as 'id'] })).toThrow(
      'has no column nope',
    );
    expect(() => table({ name: 'Bad', columns: { id: text() }, key: ['id'] })).toThrow(
      'snake_case',
    );
  });
});
