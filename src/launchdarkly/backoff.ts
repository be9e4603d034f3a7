// How long to wait before trying again. Pure: the random source is passed in so tests can pin it.

export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseDelayMs: number;
  /** Upper bound of any single delay, before jitter. */
  maxDelayMs: number;
}

export type RandomSource = () => number;

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, the other half random, so retries
 * from many concurrent requests spread out but each still waits a meaningful minimum.
 * `retry` is 0 for the first retry.
 */
export function backoffDelayMs(
  retry: number,
  options: BackoffOptions,
  random: RandomSource = Math.random,
): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Adds up to `maxJitterMs` of random delay, so clients released at the same instant do not stampede. */
export function withJitter(delayMs: number, maxJitterMs: number, random: RandomSource = Math.random): number {
  return Math.max(0, Math.round(delayMs + random() * maxJitterMs));
}
