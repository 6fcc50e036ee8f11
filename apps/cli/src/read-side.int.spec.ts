import { createReadStore } from '@contract-ledger/read-store-sql';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import { expectRebuildEqualsRunners } from '../test/rebuild-check';

jest.setTimeout(120_000);

describe('rebuild on PostgreSQL', () => {
  it('in transactions of several batches, indexes built at the end, equals the runners applying batch by batch', async () => {
    const [a, b] = [await createTestDatabase('rebuild_a'), await createTestDatabase('rebuild_b')];
    const incremental = await createReadStore({ kind: 'postgres', url: a.url });
    const rebuilt = await createReadStore({ kind: 'postgres', url: b.url });
    try {
      await expectRebuildEqualsRunners(incremental, rebuilt);
    } finally {
      await incremental.close();
      await rebuilt.close();
      await a.drop();
      await b.drop();
    }
  });
});
