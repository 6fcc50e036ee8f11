import { describeEventStoreContract, memoryTamperHooks } from '@contract-ledger/event-store/testing';
import { createMemoryEventStore } from '@contract-ledger/event-store';

describeEventStoreContract('memory', async (options) => {
  const store = createMemoryEventStore(options);
  return { store, tamper: memoryTamperHooks(store), dispose: () => store.close() };
});
