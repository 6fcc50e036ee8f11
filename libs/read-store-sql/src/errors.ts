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
