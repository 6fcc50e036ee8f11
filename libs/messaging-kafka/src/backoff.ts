export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
  /** 0..1: the share of the delay that is randomised, so restarted relays do not retry in step. */
  readonly jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  initialMs: 200,
  maxMs: 10_000,
  factor: 2,
  jitter: 0.2,
};

/** Delay before retry number `attempt` (1-based). `random` is injected so tests are deterministic. */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  const base = Math.min(options.maxMs, options.initialMs * options.factor ** exponent);
  const spread = base * options.jitter;
  return Math.round(base - spread + spread * 2 * random());
}
