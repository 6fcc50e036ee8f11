import { createMemoryEventStore } from './memory-event-store';
import { describeEventStoreContract, memoryTamperHooks } from './testing';

describeEventStoreContract('memory', async (options) => {
  const store = createMemoryEventStore(options);
  return { store, tamper: memoryTamperHooks(store), dispose: () => store.close() };
});
