import { integer, json, nullable, table, text } from '../schema';
import { MemoryProjectionTx } from './memory-projection-tx';

const rows = table({
  name: 'rows',
  columns: { position: integer(), note: nullable(text()), data: json<unknown>() },
  key: ['position'],
});

describe('MemoryProjectionTx insert', () => {
  it('adds a row that reads back like a put one, as a copy', async () => {
    const tx = new MemoryProjectionTx();
    const row = { position: 2, note: null, data: { a: [1] } };
    await tx.insert(rows, row);
    await tx.put(rows, { position: 1, note: 'put', data: {} });
    row.data.a.push(2);
    expect(await tx.get(rows, { position: 2 })).toEqual({
      position: 2,
      note: null,
      data: { a: [1] },
    });
    expect(tx.rows(rows).map((r) => r.position)).toEqual([1, 2]);
  });

  it('refuses a key that exists, whether inserted or put, and checks the row like put', async () => {
    const tx = new MemoryProjectionTx();
    await tx.insert(rows, { position: 1, note: null, data: {} });
    await tx.put(rows, { position: 2, note: null, data: {} });
    await expect(tx.insert(rows, { position: 1, note: 'again', data: {} })).rejects.toThrow(
      'rows: insert of existing key [1]',
    );
    await expect(tx.insert(rows, { position: 2, note: 'again', data: {} })).rejects.toThrow(
      'insert of existing key [2]',
    );
    await expect(tx.insert(rows, { position: 3, note: null } as never)).rejects.toThrow(
      'rows.data: missing',
    );
    // A deleted key may be inserted again.
    await tx.delete(rows, { position: 1 });
    await tx.insert(rows, { position: 1, note: 'back', data: {} });
    expect(tx.rows(rows).map((r) => [r.position, r.note])).toEqual([
      [1, 'back'],
      [2, null],
    ]);
  });
});
