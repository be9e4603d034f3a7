// Reading LaunchDarkly's rate-limit headers. LaunchDarkly publishes no numbers, only these headers:
// X-Ratelimit-Global-Remaining, X-Ratelimit-Route-Remaining, X-Ratelimit-Reset (epoch ms) and, for IP-based
// limits, Retry-After (seconds).

export type HeaderValue = string | string[] | undefined;
export type ResponseHeaders = Record<string, HeaderValue>;

export interface RateLimitInfo {
  globalRemaining?: number;
  routeRemaining?: number;
  /** Epoch ms at which the current window resets. */
  resetAt?: number;
  /** From Retry-After, in ms. */
  retryAfterMs?: number;
}

function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed === "" ? undefined : trimmed;
}

function nonNegativeInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Header names are matched in lower case (undici and Node deliver them lower-cased). */
export function parseRateLimitHeaders(headers: ResponseHeaders, now: number): RateLimitInfo {
  const info: RateLimitInfo = {};
  const global = nonNegativeInt(header(headers, "x-ratelimit-global-remaining"));
  if (global !== undefined) info.globalRemaining = global;
  const route = nonNegativeInt(header(headers, "x-ratelimit-route-remaining"));
  if (route !== undefined) info.routeRemaining = route;
  const reset = nonNegativeInt(header(headers, "x-ratelimit-reset"));
  if (reset !== undefined) info.resetAt = reset;
  const retryAfter = parseRetryAfterMs(header(headers, "retry-after"), now);
  if (retryAfter !== undefined) info.retryAfterMs = retryAfter;
  return info;
}

/**
 * How long a 429 tells us to wait. When a budget header says a window is used up, until that window resets (and
 * at least Retry-After); otherwise the 429 is an IP-based limit and Retry-After alone applies. `undefined` when the
 * response says nothing (the caller falls back to exponential backoff). Capped so a skewed clock cannot stall a run.
 */
export function rateLimitWaitMs(info: RateLimitInfo, now: number, maxWaitMs: number): number | undefined {
  const windowSpent = info.routeRemaining === 0 || info.globalRemaining === 0;
  const budgetKnown = info.routeRemaining !== undefined || info.globalRemaining !== undefined;
  const candidates: number[] = [];
  if (info.resetAt !== undefined && (windowSpent || !budgetKnown || info.retryAfterMs === undefined)) {
    candidates.push(info.resetAt - now);
  }
  if (info.retryAfterMs !== undefined) candidates.push(info.retryAfterMs);
  if (candidates.length === 0) return undefined;
  return Math.min(maxWaitMs, Math.max(0, ...candidates));
}
