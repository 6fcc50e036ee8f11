import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReadStore } from '@contract-ledger/read-store-sql';
import { expectRebuildEqualsRunners } from '../test/rebuild-check';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rebuild-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rebuild on SQLite', () => {
  it('in transactions of several batches, indexes built at the end, equals the runners applying batch by batch', async () => {
    const incremental = await createReadStore({
      kind: 'sqlite',
      file: path.join(dir, 'incremental.sqlite'),
    });
    const rebuilt = await createReadStore({
      kind: 'sqlite',
      file: path.join(dir, 'rebuilt.sqlite'),
    });
    try {
      await expectRebuildEqualsRunners(incremental, rebuilt);
    } finally {
      await incremental.close();
      await rebuilt.close();
    }
  });
});
