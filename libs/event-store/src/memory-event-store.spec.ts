import { createMemoryEventStore } from './memory-event-store';
import {
  describeEventStoreContract,
  describeMerkleTreeContract,
  memoryTamperHooks,
} from './testing';

describeEventStoreContract('memory', async (options) => {
  const store = createMemoryEventStore(options);
  return { store, tamper: memoryTamperHooks(store), dispose: () => store.close() };
});

describeMerkleTreeContract('memory', async (options) => {
  const store = createMemoryEventStore(options);
  return { store, dispose: () => store.close() };
});
