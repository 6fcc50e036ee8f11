// A runner in its own process for the failover test: `node -r ./tools/register.js worker-process.ts`
// with READ_STORE_URL, EVENTS and SEED; it rebuilds the same in-memory log as the test from the seed
// (same ids and clock, so the same hashes: the runners check the one at their checkpoint).
import { createMemoryEventStore } from '@contract-ledger/event-store';
import { createReadStore, startProjections } from '../index';
import { appendTallyEvents, TALLY_CLOCK, tallyProjection } from './tally.projection';

async function main(): Promise<void> {
  const url = process.env['READ_STORE_URL']!;
  const store = createMemoryEventStore({ clock: TALLY_CLOCK });
  await appendTallyEvents(store, Number(process.env['EVENTS']), Number(process.env['SEED']), {
    sameLog: true,
  });
  const readStore = await createReadStore({ kind: 'postgres', url });
  await startProjections(store, readStore, [tallyProjection()], {
    batchSize: 5,
    leaderElection: { url, intervalMs: 200 },
    // Slow enough that the test can kill it while it leads.
    onBatch: () => {
      const until = Date.now() + 20;
      while (Date.now() < until);
    },
  });
  process.send?.('started');
}

void main();
