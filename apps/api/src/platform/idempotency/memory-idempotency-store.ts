import type {
  BeginOptions,
  BeginResult,
  IdempotencyStore,
  StoredResponse,
} from './idempotency-store';

interface Entry {
  readonly fingerprint: string;
  readonly response: StoredResponse | undefined;
  /** For a pending claim: when its lease runs out; for a completed one: when it expires. */
  readonly until: number;
}

/** For LEDGER_STORE=memory and tests: one process, nothing survives a restart. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  async begin(
    scope: string,
    key: string,
    fingerprint: string,
    options: BeginOptions,
  ): Promise<BeginResult> {
    const id = JSON.stringify([scope, key]);
    const entry = this.entries.get(id);
    if (entry !== undefined && entry.until > options.now) {
      return entry.response === undefined
        ? { kind: 'in-progress', fingerprint: entry.fingerprint }
        : { kind: 'completed', fingerprint: entry.fingerprint, response: entry.response };
    }
    this.entries.set(id, {
      fingerprint,
      response: undefined,
      until: options.now + options.leaseMs,
    });
    return { kind: 'started' };
  }

  async complete(
    scope: string,
    key: string,
    fingerprint: string,
    response: StoredResponse,
    expiresAt: number,
  ): Promise<void> {
    const id = JSON.stringify([scope, key]);
    const entry = this.entries.get(id);
    if (entry?.fingerprint === fingerprint && entry.response === undefined)
      this.entries.set(id, { fingerprint, response, until: expiresAt });
  }

  async renew(scope: string, key: string, fingerprint: string, until: number): Promise<void> {
    const id = JSON.stringify([scope, key]);
    const entry = this.entries.get(id);
    if (entry?.fingerprint === fingerprint && entry.response === undefined)
      this.entries.set(id, { ...entry, until });
  }

  async release(scope: string, key: string, fingerprint: string): Promise<void> {
    const id = JSON.stringify([scope, key]);
    const entry = this.entries.get(id);
    if (entry?.fingerprint === fingerprint && entry.response === undefined) this.entries.delete(id);
  }

  async purgeExpired(now: number): Promise<number> {
    let purged = 0;
    for (const [id, entry] of this.entries) {
      if (entry.until <= now) {
        this.entries.delete(id);
        purged++;
      }
    }
    return purged;
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
