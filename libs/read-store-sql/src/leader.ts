import { Client } from 'pg';

/** First half of every advisory-lock key we take, so ours never collide with another tool's. */
const LOCK_NAMESPACE = 0x6c646772; // 'ldgr'

export interface LeaderElection {
  readonly url: string;
  /** How often a standby retries the lock and a leader checks its lock connection (default 1000 ms). */
  readonly intervalMs?: number;
}

/**
 * Runs `work` while this process holds a PostgreSQL session advisory lock named `name`, on a
 * dedicated connection: if that connection dies (process killed, backend terminated, network cut),
 * PostgreSQL releases the lock and a standby's next try takes it. `work` gets a signal that aborts
 * as soon as this side notices the loss; the read store's checkpoint row lock fences the overlap.
 */
export async function whileLeader(
  election: LeaderElection,
  name: string,
  stop: AbortSignal,
  onState: (state: 'leader' | 'standby') => void,
  work: (lost: AbortSignal) => Promise<void>,
): Promise<void> {
  const intervalMs = election.intervalMs ?? 1000;
  while (!stop.aborted) {
    const client = new Client({
      connectionString: election.url,
      keepAlive: true,
      application_name: `ledger-leader:${name}`,
    });
    const lost = new AbortController();
    client.on('error', () => lost.abort());
    client.on('end', () => lost.abort());
    let acquired = false;
    try {
      await client.connect();
      const result = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock($1, hashtext($2)) as locked',
        [LOCK_NAMESPACE, name],
      );
      acquired = result.rows[0]?.locked === true;
    } catch {
      acquired = false;
    }
    if (!acquired) {
      await client.end().catch(() => undefined);
      onState('standby');
      await sleep(intervalMs, stop);
      continue;
    }
    onState('leader');
    const heartbeat = setInterval(() => {
      client.query('select 1').catch(() => lost.abort());
    }, intervalMs);
    const onStop = (): void => lost.abort();
    stop.addEventListener('abort', onStop, { once: true });
    try {
      await work(lost.signal);
    } finally {
      clearInterval(heartbeat);
      stop.removeEventListener('abort', onStop);
      // Ending the session releases the lock; an explicit unlock would only race with that.
      await client.end().catch(() => undefined);
    }
    if (!stop.aborted) onState('standby');
    // Work that returns by itself (a superseded version) must not spin on the lock, and a leader
    // that lost its connection lets a standby take over rather than racing it for the lock.
    await sleep(2 * intervalMs, stop);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
