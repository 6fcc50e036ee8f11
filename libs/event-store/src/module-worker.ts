import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const REGISTER = path.resolve(__dirname, '../../../tools/register.js');

/**
 * A worker thread running the module `name` beside the caller (`dir`, the caller's __dirname): its
 * compiled .js in a build; from the sources (tools/register.js, jest) the .ts through the same
 * register hook, since a worker thread does not inherit the parent's module loader.
 */
export function moduleWorker(dir: string, name: string, options: WorkerOptions): Worker {
  const compiled = path.join(dir, `${name}.js`);
  if (existsSync(compiled)) return new Worker(compiled, options);
  return new Worker(path.join(dir, `${name}.ts`), {
    ...options,
    execArgv: [...(options.execArgv ?? []), '-r', REGISTER],
  });
}
