/** A read-your-writes wait that ran out of time; the API maps it to 504. */
export class ProjectionTimeoutError extends Error {
  readonly code = 'PROJECTION_TIMEOUT';

  constructor(
    readonly projection: string,
    readonly minPosition: number,
    readonly reached: number,
    readonly timeoutMs: number,
  ) {
    super(
      `Projection ${projection} reached position ${reached}, not ${minPosition}, within ${timeoutMs} ms; retry later or without minPosition`,
    );
    this.name = 'ProjectionTimeoutError';
  }
}

export class UnknownProjectionError extends Error {
  readonly code = 'UNKNOWN_PROJECTION';

  constructor(readonly projection: string) {
    super(`Projection ${projection} has never run in this read store`);
    this.name = 'UnknownProjectionError';
  }
}

/**
 * The log no longer holds, at a projection's checkpoint, the event the read model was built on: its
 * tail was cut (truncated by hand, or an older backup restored) and maybe grown again at reused
 * positions. Applying on would index the new events on top of deleted ones, so the runner stops
 * (docs/runbooks/read-model-divergence.md).
 */
export class LogDivergedError extends Error {
  readonly code = 'LOG_DIVERGED';

  constructor(
    readonly projection: string,
    readonly version: number,
    readonly checkpoint: number,
    /** What the log has instead: its head when it ends before the checkpoint, else the hash found there. */
    readonly found: { readonly head: number } | { readonly hash: string },
  ) {
    super(
      'head' in found
        ? `${projection} v${version}: the log ends at position ${found.head}, before the read model's checkpoint ${checkpoint} (truncated, or an older backup restored); rebuild the read model or restore the backup it was built on`
        : `${projection} v${version}: the log's event at the read model's checkpoint ${checkpoint} is not the one it was built on (hash ${found.hash.slice(0, 12)}...; rewritten, or an older backup restored and written again); rebuild the read model or restore the backup it was built on`,
    );
    this.name = 'LogDivergedError';
  }
}
