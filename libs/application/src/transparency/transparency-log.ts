import {
  checkpointText,
  MerkleLog,
  parseVerifierKey,
  signNote,
  type CheckpointStore,
  type MerkleTileStore,
  type NoteSigner,
  type StoredCheckpoint,
} from '@contract-ledger/event-store';

export type TransparencyStore = MerkleTileStore & CheckpointStore;

/** A log key as published at the keys route: it signs checkpoints of sizes validFromSize <= size < validUntilSize. */
export interface PublishedKey {
  /** Verifier key, sumdb/note format: name+id+base64(0x01 || Ed25519 public key). */
  readonly key: string;
  readonly name: string;
  readonly keyId: string;
  readonly current: boolean;
  readonly validFromSize: number;
  /** The first size the next key signed; null for the key in use. */
  readonly validUntilSize: number | null;
  readonly firstSignedAt: string | null;
  readonly lastSignedAt: string | null;
}

/**
 * The transparency log of docs/transparency-log.md: signed checkpoints over the adapter's Merkle
 * tree, and the proofs outsiders check them with.
 */
export class TransparencyLog {
  readonly merkle: MerkleLog;

  constructor(
    private readonly store: TransparencyStore,
    readonly origin: string,
    private readonly signer: NoteSigner,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.merkle = new MerkleLog(store);
  }

  /** Signs and stores a checkpoint of the tree as it is now, unless the latest checkpoint already covers it. */
  async checkpoint(): Promise<StoredCheckpoint> {
    const size = await this.merkle.size();
    const latest = await this.store.latestCheckpoint();
    if (latest && latest.size >= size) return latest;
    const root = Buffer.from(await this.merkle.root(size));
    const note = signNote(checkpointText({ origin: this.origin, size, root }), [this.signer]);
    return this.store.saveCheckpoint({
      size,
      note,
      key: this.signer.verifier.key,
      createdAt: this.clock().toISOString(),
    });
  }

  latest(): Promise<StoredCheckpoint | undefined> {
    return this.store.latestCheckpoint();
  }

  at(size: number): Promise<StoredCheckpoint | undefined> {
    return this.store.checkpointAt(size);
  }

  list(fromSize: number, limit: number): Promise<readonly StoredCheckpoint[]> {
    return this.store.listCheckpoints({ fromSize, limit });
  }

  /** Every key that signed a checkpoint, and the one in use, with the sizes each may sign. */
  async keys(): Promise<PublishedKey[]> {
    const uses = [...(await this.store.checkpointKeys())];
    const current = this.signer.verifier.key;
    if (!uses.some((u) => u.key === current)) {
      const next = Math.max(0, ...uses.map((u) => u.lastSize + 1));
      uses.push({ key: current, firstSize: next, lastSize: next, firstAt: '', lastAt: '' });
    }
    return uses.map((use, i) => {
      const verifier = parseVerifierKey(use.key);
      return {
        key: use.key,
        name: verifier.name,
        keyId: verifier.keyId.toString(16).padStart(8, '0'),
        current: use.key === current,
        validFromSize: use.firstSize,
        validUntilSize: use.key === current ? null : (uses[i + 1]?.firstSize ?? use.lastSize + 1),
        firstSignedAt: use.firstAt || null,
        lastSignedAt: use.lastAt || null,
      };
    });
  }
}

export interface CheckpointCadence {
  /** Take a checkpoint once this many events are not covered (0: never for this reason). */
  readonly everyEvents: number;
  /** Take a checkpoint when the latest is this old and events are not covered (0: never for this reason). */
  readonly everyMs: number;
  /** How often the cadence is checked (default 1000 ms). */
  readonly pollMs?: number;
}

/** Takes checkpoints at the configured cadence; one timer, never two checkpoints at once. */
export class CheckpointScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly log: TransparencyLog,
    private readonly cadence: CheckpointCadence,
    private readonly onError: (error: unknown) => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  start(): void {
    if (this.timer || (this.cadence.everyEvents === 0 && this.cadence.everyMs === 0)) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .then(() => undefined, this.onError)
        .finally(() => (this.running = undefined));
    }, this.cadence.pollMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Whether a checkpoint is due now; takes it if so. */
  async tick(): Promise<boolean> {
    const size = await this.log.merkle.size();
    const latest = await this.log.latest();
    const covered = latest?.size ?? 0;
    if (size <= covered) return false;
    const byEvents = this.cadence.everyEvents > 0 && size - covered >= this.cadence.everyEvents;
    const byTime =
      this.cadence.everyMs > 0 &&
      (!latest || this.clock().getTime() - Date.parse(latest.createdAt) >= this.cadence.everyMs);
    if (!byEvents && !byTime) return false;
    await this.log.checkpoint();
    return true;
  }
}
