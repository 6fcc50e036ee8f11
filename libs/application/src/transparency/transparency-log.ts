import {
  assertTreeMatchesLog,
  checkpointText,
  CorruptEventError,
  interleavedKeys,
  openStoredCheckpoint,
  MerkleLog,
  parseCheckpoint,
  parseNote,
  type CosignatureVerifier,
  parseVerifierKey,
  signNote,
  type CheckpointStore,
  type MerkleTileStore,
  type NoteSigner,
  type StoredCheckpoint,
} from '@contract-ledger/event-store';

export type TransparencyStore = MerkleTileStore & CheckpointStore;

/**
 * Which stored checkpoints are final (LEDGER_WITNESS_REQUIRED cosignatures of the configured
 * witnesses; every signed one when 0). Needs no signing key, so a process that only publishes
 * checkpoints (the Kafka relay, also in the worker) reads them with the API's rule.
 */
export class FinalCheckpoints {
  constructor(
    private readonly store: Pick<CheckpointStore, 'latestCheckpoint' | 'listCheckpoints'>,
    readonly witnesses: readonly CosignatureVerifier[],
    readonly requiredCosignatures: number,
  ) {}

  /** The configured witnesses whose valid cosignature a stored checkpoint carries. */
  witnessedBy(checkpoint: StoredCheckpoint): string[] {
    const { text, signatures } = parseNote(checkpoint.note);
    parseCheckpoint(text);
    return this.witnesses
      .filter((w) => signatures.some((s) => w.verify(text, s) !== undefined))
      .map((w) => w.key);
  }

  isFinal(checkpoint: StoredCheckpoint): boolean {
    return (
      this.requiredCosignatures === 0 ||
      this.witnessedBy(checkpoint).length >= this.requiredCosignatures
    );
  }

  /**
   * The final checkpoints of size >= fromSize, ascending, at most `limit`: what the feeds send, in
   * order, so a subscriber holds every one (docs/kafka.md "Checkpoints on the SSE feed"). Skips
   * the checkpoints no witness quorum cosigned (witnesses cosign the latest, so most in between are
   * never final).
   */
  async finalFrom(fromSize: number, limit = 100): Promise<StoredCheckpoint[]> {
    const found: StoredCheckpoint[] = [];
    for (let from = fromSize; found.length < limit;) {
      const page = await this.store.listCheckpoints({
        fromSize: from,
        limit: Math.max(limit, 100),
      });
      for (const c of page) {
        if (found.length === limit) break;
        if (this.isFinal(c)) found.push(c);
      }
      if (page.length < Math.max(limit, 100)) break;
      from = page[page.length - 1]!.size + 1;
    }
    return found;
  }

  /**
   * The latest final checkpoint. Witnesses cosign the latest signed checkpoint, so the final one
   * is usually the latest or just before it; the walk back reads pages of older ones only when
   * witnesses fell behind.
   */
  async latestFinal(): Promise<StoredCheckpoint | undefined> {
    const latest = await this.store.latestCheckpoint();
    if (!latest || this.isFinal(latest)) return latest;
    let found: StoredCheckpoint | undefined;
    for (let from = 0; from < latest.size;) {
      const page = await this.store.listCheckpoints({ fromSize: from, limit: 1000 });
      if (page.length === 0) break;
      for (const c of page) if (c.size < latest.size && this.isFinal(c)) found = c;
      from = page[page.length - 1]!.size + 1;
    }
    return found;
  }
}

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
    /** Witnesses whose cosignatures the log accepts and serves (LEDGER_WITNESS_KEYS). */
    readonly witnesses: readonly CosignatureVerifier[] = [],
    /** Cosignatures of those witnesses a checkpoint needs to be final (LEDGER_WITNESS_REQUIRED). */
    readonly requiredCosignatures = 0,
  ) {
    this.merkle = new MerkleLog(store);
    this.finals = new FinalCheckpoints(store, witnesses, requiredCosignatures);
  }

  private readonly finals: FinalCheckpoints;

  /** Final: cosigned by at least requiredCosignatures of the configured witnesses (any signed one when 0). */
  isFinal(checkpoint: StoredCheckpoint): boolean {
    return this.finals.isFinal(checkpoint);
  }

  /** The latest final checkpoint: what bundles are proven against. */
  latestFinal(): Promise<StoredCheckpoint | undefined> {
    return this.finals.latestFinal();
  }

  /** The final checkpoints from a size on, ascending: what the feeds send (FinalCheckpoints.finalFrom). */
  finalFrom(fromSize: number, limit?: number): Promise<StoredCheckpoint[]> {
    return this.finals.finalFrom(fromSize, limit);
  }

  /**
   * Stores a witness's cosignature line beside the checkpoint of `size` when it is a valid
   * cosignature/v1 of that checkpoint by a configured witness; says why not otherwise.
   */
  async addCosignature(
    size: number,
    line: string,
  ): Promise<
    { ok: true; witness: string } | { ok: false; status: 400 | 403 | 404; reason: string }
  > {
    const stored = await this.store.checkpointAt(size);
    if (!stored) return { ok: false, status: 404, reason: `no checkpoint of size ${size}` };
    const text = stored.note.slice(0, stored.note.lastIndexOf('\n\n') + 1);
    let signature;
    try {
      [signature] = parseNote(`${text}\n${line.endsWith('\n') ? line : `${line}\n`}`).signatures;
    } catch (error) {
      return {
        ok: false,
        status: 400,
        reason: `not a signature line: ${(error as Error).message}`,
      };
    }
    const witness = this.witnesses.find(
      (w) => w.name === signature!.name && w.keyId === signature!.keyId,
    );
    if (!witness)
      return {
        ok: false,
        status: 403,
        reason: `${signature!.name} is not a witness of this log (LEDGER_WITNESS_KEYS)`,
      };
    if (witness.verify(text, signature!) === undefined)
      return {
        ok: false,
        status: 400,
        reason: `the cosignature by ${witness.key} does not verify for the checkpoint of size ${size}`,
      };
    await this.store.addCosignature(size, `${signature!.line}\n`);
    return { ok: true, witness: witness.key };
  }

  /** The witnesses among the configured ones whose valid cosignature a stored checkpoint carries. */
  witnessedBy(checkpoint: StoredCheckpoint): string[] {
    return this.finals.witnessedBy(checkpoint);
  }

  /** Signs and stores a checkpoint of the tree as it is now, unless the latest checkpoint already covers it. */
  async checkpoint(): Promise<StoredCheckpoint> {
    // A log the tree does not match (events added or rewritten outside the store) is damaged:
    // signing it would put the log key's signature on the damage.
    const recorded = await this.store.treeHead();
    assertTreeMatchesLog(recorded.tree, recorded.log);
    const size = recorded.log.position;
    const latest = await this.store.latestCheckpoint();
    if (latest) await this.assertExtends(latest, size);
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

  /**
   * The latest checkpoint must still be what it says and a root of this tree: a new one signed
   * over a tree its predecessor does not agree with (rows or tiles altered) would certify the
   * damage. Cheap: one note and one root. The full check of every tile and checkpoint is
   * verifyLog (GET /api/v1/audit/verify, ledger verify).
   */
  private async assertExtends(latest: StoredCheckpoint, size: number): Promise<void> {
    const opened = openStoredCheckpoint(latest, size);
    if ('ok' in opened)
      throw new CorruptEventError(
        opened.position,
        `the latest stored checkpoint is filed as size ${latest.size}: ${opened.reason}; no checkpoint is signed over it (ledger verify)`,
      );
    if (Buffer.compare(Buffer.from(await this.merkle.root(opened.size)), opened.root) !== 0)
      throw new CorruptEventError(
        1,
        `the latest stored checkpoint (size ${opened.size}) has another root than the tree at that size: the tree or the log before it was altered; no checkpoint is signed over it (ledger verify)`,
      );
    // Keys only replace one another: the configured key's run extended to this checkpoint must
    // not take in another key's (a checkpoint re-signed under a key not the log's, or a rotation
    // back to a retired key, which GET /log/keys cannot express).
    const current = this.signer.verifier.key;
    const uses = (await this.store.checkpointKeys()).map((use) =>
      use.key === current ? { ...use, lastSize: size } : use,
    );
    const interleaved = interleavedKeys(uses);
    if (interleaved)
      throw new CorruptEventError(
        Math.min(interleaved.size, size) || 1,
        `the checkpoints' keys interleave: ${interleaved.other} signed size ${interleaved.size} after ${interleaved.key} had signed; a key only ever replaces the one before it, so no checkpoint is signed (ledger verify)`,
      );
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
