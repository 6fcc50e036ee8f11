// HTTP plumbing shared by the load tools (bench:api, soak): a free port, keep-alive requests, the
// API started as a child process from source, and per-process CPU and memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { freePort } from '@contract-ledger/runtime';

export const repoRoot = path.resolve(__dirname, '../../../..');

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** One request on a keep-alive agent; the body is read whole (the answers are small JSON). */
export function send(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  url: string,
  auth: string | undefined,
  body?: object,
  extraHeaders: Record<string, string> = {},
): Promise<HttpAnswer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string | number> = { ...extraHeaders };
  if (auth !== undefined) headers['authorization'] = auth;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: url, method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export interface ApiProcess {
  readonly port: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts apps/api (or another entry) from source with `env` on a free port and waits for
 * /health/ready. `preload` modules are required after the TypeScript hook, with an IPC channel open
 * to them (the soak's memory probe).
 */
export async function startApi(
  env: Record<string, string>,
  options: {
    entry?: string;
    extraArgs?: string[];
    preload?: string[];
    readyTimeoutMs?: number;
  } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const entry = options.entry ?? 'apps/api/src/main.ts';
  const child = spawn(
    process.execPath,
    [
      ...(options.extraArgs ?? []),
      '-r',
      path.join(repoRoot, 'tools/register.js'),
      ...(options.preload ?? []).flatMap((module) => ['-r', module]),
      path.join(repoRoot, entry),
    ],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: options.preload?.length
        ? ['ignore', 'ignore', 'inherit', 'ipc']
        : ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  const until = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { port, child, stop };
    if (child.exitCode !== null)
      throw new Error(`${entry} exited with ${child.exitCode} before it was ready`);
    if (Date.now() > until) {
      await stop();
      throw new Error(`${entry} was not ready in ${options.readyTimeoutMs ?? 60_000} ms`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** User + system CPU seconds of a process so far, from /proc (Linux); NaN elsewhere. */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * User + system CPU seconds so far of a process's main thread alone (the thread id equal to the
 * process id), from /proc (Linux); NaN elsewhere. Requests run there; worker threads (the
 * projection thread), V8's compiler and GC threads and libuv's pool are the rest of the process.
 */
export function mainThreadCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds so far of each thread of a process, by thread id, from /proc (Linux); empty elsewhere. */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
          .split(') ')[1]!
          .split(' ');
        threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  } catch {
    // Not Linux, or the process is gone.
  }
  return threads;
}

/** Resident set size of a process in bytes, from /proc (Linux); NaN elsewhere. */
/**
 * The machine's CPU time from /proc/stat, in clock ticks: all of it, and the part "stolen" (a
 * virtual CPU ready to run while the hypervisor ran something else). On the shared VMs this runs
 * on, the same code has run at half the speed of an hour before; steal is the part of such a
 * slowdown a guest can see. It does not see all of it: neighbours that slow our cores through
 * shared caches and memory do not show as steal (bench:api's in-process side once ran at 6,530
 * and 9,391 commands/s ten minutes apart, both at 0.0 % steal). Undefined without /proc/stat.
 */
export function machineCpuTicks(): { total: number; steal: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    const ticks = fields.slice(1, 9).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/** The share of the machine's CPU time stolen between two readings of `machineCpuTicks`, percent. */
export function stealPercent(
  before: ReturnType<typeof machineCpuTicks>,
  after: ReturnType<typeof machineCpuTicks>,
): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (100 * (after.steal - before.steal)) / (after.total - before.total);
}

export function processRssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

export const percentile = (sorted: ArrayLike<number>, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
