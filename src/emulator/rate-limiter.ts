// LaunchDarkly-style rate limits: fixed 10-second windows, a global budget per token and a budget per route
// (method + path template) shared by all tokens. Answers carry X-Ratelimit-* headers.

export const RATE_LIMIT_WINDOW_MS = 10_000;

/** Reported as "remaining" when no limit is configured: the client has no reason to slow down. */
const UNLIMITED_REMAINING = 1_000_000;

export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** Seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private windowStart = 0;
  private readonly globalCounts = new Map<string, number>();
  private readonly routeCounts = new Map<string, number>();

  /** Counts one request and says whether it is allowed under the limits. */
  take(
    tokenId: string,
    route: string,
    globalLimit: number | null,
    routeLimit: number | null,
    now: number,
  ): RateLimitDecision {
    const start = now - (now % RATE_LIMIT_WINDOW_MS);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.globalCounts.clear();
      this.routeCounts.clear();
    }
    const reset = start + RATE_LIMIT_WINDOW_MS;
    const globalUsed = (this.globalCounts.get(tokenId) ?? 0) + 1;
    const routeUsed = (this.routeCounts.get(route) ?? 0) + 1;
    const allowed =
      (globalLimit === null || globalUsed <= globalLimit) && (routeLimit === null || routeUsed <= routeLimit);
    // A refused request does not use up budget.
    if (allowed) {
      this.globalCounts.set(tokenId, globalUsed);
      this.routeCounts.set(route, routeUsed);
    }
    const remaining = (limit: number | null, used: number): number =>
      limit === null ? UNLIMITED_REMAINING : Math.max(0, limit - (allowed ? used : used - 1));
    return {
      allowed,
      headers: {
        "X-Ratelimit-Global-Remaining": String(remaining(globalLimit, globalUsed)),
        "X-Ratelimit-Route-Remaining": String(remaining(routeLimit, routeUsed)),
        "X-Ratelimit-Reset": String(reset),
      },
      retryAfterSeconds: Math.max(1, Math.ceil((reset - now) / 1000)),
    };
  }
}
