import { spawn } from 'node:child_process';
import path from 'node:path';
import type { EventStore } from '../types';

/** One append the child saw committed: `stream` reached `revision` at global `position`. */
export interface CrashAck {
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
}

const WORKERS = 4;
const metadata = {
  actor: 'crash-test',
  role: 'system',
  correlationId: 'crash',
  commandId: 'crash',
  occurredAt: '2026-11-26T00:00:00.000Z',
};

/**
 * Child side: WORKERS concurrent loops (so group commit is in play), each appending its own
 * stream one event at a time with `data.seq` = the revision it expects to create. Prints
 * `ack <stream> <revision> <position>` only after append() resolved, i.e. after the commit.
 */
export async function runCrashAppender(store: EventStore): Promise<never> {
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      const stream = `crash-${w}`;
      for (let seq = (await store.streamRevision(stream)) + 1; ; seq++) {
        const result = await store.append(
          stream,
          [{ type: 'Appended', data: { seq, pad: 'x'.repeat(200) }, metadata }],
          { expectedRevision: seq - 1 },
        );
        process.stdout.write(`ack ${stream} ${result.revision} ${result.position}\n`);
      }
    }),
  );
  throw new Error('unreachable');
}

/**
 * Parent side: runs `node -r tools/register.js <script> <args>`, kills it with SIGKILL once it
 * has acknowledged `killAfterAcks` appends, and returns every acknowledgement it printed.
 */
export function crashAndCollect(
  script: string,
  args: readonly string[],
  killAfterAcks: number,
  timeoutMs = 30_000,
): Promise<CrashAck[]> {
  const root = path.resolve(__dirname, '../../../..');
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'tools/register.js'), script, ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const acks: CrashAck[] = [];
  let stderr = '';
  let buffer = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `crash child acknowledged only ${acks.length} appends in ${timeoutMs} ms; stderr: ${stderr}`,
        ),
      );
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [tag, stream, revision, position] = line.split(' ');
        if (tag === 'ack')
          acks.push({ stream: stream!, revision: Number(revision), position: Number(position) });
      }
      if (acks.length >= killAfterAcks && child.exitCode === null && !child.killed)
        child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`crash child exited by itself (code ${code}); stderr: ${stderr}`));
    });
  });
}

/**
 * After the crash: every acknowledged append is there at the position it was acknowledged with,
 * each stream holds exactly seq 1..n in order (a prefix of what its worker attempted), global
 * positions are 1..head without a gap, and the hash chain verifies.
 */
export async function assertRecoveredAfterCrash(
  store: EventStore,
  acks: readonly CrashAck[],
): Promise<{ head: number; acknowledged: number }> {
  const all = await store.readAll();
  const head = await store.head();
  const fail = (message: string): never => {
    throw new Error(`crash recovery: ${message}`);
  };
  all.forEach((e, i) => e.position !== i + 1 && fail(`position ${i + 1} holds ${e.position}`));
  if (head.position !== all.length) fail(`head ${head.position} but ${all.length} events`);
  const byPosition = new Map(all.map((e) => [e.position, e]));
  for (const ack of acks) {
    const stored = byPosition.get(ack.position);
    if (!stored || stored.stream !== ack.stream || stored.revision !== ack.revision)
      fail(`acknowledged ${JSON.stringify(ack)} is missing`);
  }
  const seen = new Map<string, number>();
  for (const e of all) {
    const expected = (seen.get(e.stream) ?? 0) + 1;
    const seq = (e.data as { seq?: number }).seq;
    if (e.revision !== expected || seq !== expected)
      fail(`${e.stream} has revision ${e.revision} seq ${seq}, expected ${expected}`);
    seen.set(e.stream, expected);
  }
  const verified = await store.verify();
  if (!verified.ok) fail(`chain broken at ${verified.position}: ${verified.reason}`);
  return { head: head.position, acknowledged: acks.length };
}
