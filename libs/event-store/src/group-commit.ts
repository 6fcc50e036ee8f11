/**
 * Group commit: requests that arrive while a flush is running (or in the same event-loop turn)
 * are written by the next flush in one transaction, so the fsync / round-trip cost is shared.
 * `flush` returns one outcome per request; throwing fails the whole batch (nothing was committed).
 */
export type Outcome<Result> =
  { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: Error };

export class GroupCommitter<Request, Result> {
  private queue: {
    request: Request;
    resolve: (result: Result) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private draining = false;

  constructor(
    private readonly flush: (requests: Request[]) => Promise<Outcome<Result>[]> | Outcome<Result>[],
    private readonly maxBatch = 1000,
  ) {}

  submit(request: Request): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // setImmediate, not a microtask: lets every append issued in this turn join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves once everything submitted so far is settled. */
  async idle(): Promise<void> {
    while (this.draining) await new Promise((resolve) => setImmediate(resolve));
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        let outcomes: Outcome<Result>[];
        try {
          outcomes = await this.flush(batch.map((entry) => entry.request));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
          continue;
        }
        batch.forEach((entry, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) entry.resolve(outcome.value);
          else entry.reject(outcome.error);
        });
      }
    } finally {
      this.draining = false;
    }
  }
}
