// Preloaded (`node -r`) by the soak into every process it watches (the APIs and the worker), over
// an IPC channel the soak opens; without a channel it does nothing. On `{ soakMeasure: id }` it
// runs a full collection and answers with the live heap left after it. A heap sampled without one
// is the live data plus whatever garbage the last collection had not reached: in a 2-minute run
// with few major collections that floor swung by +-20 % between runs of the same code, so a
// flat process could fail the 20 % growth check and a leaking one pass it.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

if (typeof process.send === 'function') {
  setFlagsFromString('--expose-gc');
  // `gc` exists in contexts made after the flag is set, not in the one already running.
  const collect = runInNewContext('gc') as () => void;
  process.on('message', (message: { soakMeasure?: unknown }) => {
    if (typeof message?.soakMeasure !== 'number') return;
    collect();
    process.send?.({
      soakMeasured: message.soakMeasure,
      liveHeap: getHeapStatistics().used_heap_size,
    });
  });
  // The channel must not keep the process alive: it stops on SIGTERM as it does without the soak.
  process.channel?.unref();
}
