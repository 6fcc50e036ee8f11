// Preloaded (`node -r`) into the soak's worker only. The worker serves no HTTP, so it has no
// /metrics to read its live heap from as the soak does for the APIs; it sends the figure over the
// IPC channel the soak opened instead, every half second. Without a channel it does nothing.
import { getHeapStatistics } from 'node:v8';

if (typeof process.send === 'function') {
  // The channel must not keep the worker alive: it stops on SIGTERM as it does without the soak.
  process.channel?.unref();
  setInterval(() => {
    process.send?.({ soakHeapUsed: getHeapStatistics().used_heap_size });
  }, 500).unref();
}
