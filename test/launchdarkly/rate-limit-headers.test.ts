import { describe, expect, it } from "vitest";
import {
  parseRateLimitHeaders,
  parseRetryAfterMs,
  rateLimitWaitMs,
} from "../../src/launchdarkly/rate-limit-headers.js";

const now = 1_700_000_000_000;

describe("parseRateLimitHeaders", () => {
  it("reads LaunchDarkly's headers", () => {
    const info = parseRateLimitHeaders(
      {
        "x-ratelimit-global-remaining": "120",
        "x-ratelimit-route-remaining": "3",
        "x-ratelimit-reset": String(now + 4_000),
        "retry-after": "2",
      },
      now,
    );
    expect(info).toEqual({
      globalRemaining: 120,
      routeRemaining: 3,
      resetAt: now + 4_000,
      retryAfterMs: 2_000,
    });
  });

  it("ignores absent and malformed values", () => {
    expect(
      parseRateLimitHeaders({ "x-ratelimit-route-remaining": "-1", "x-ratelimit-reset": "soon" }, now),
    ).toEqual({});
    expect(parseRateLimitHeaders({}, now)).toEqual({});
  });

  it("takes the first of repeated headers", () => {
    expect(parseRateLimitHeaders({ "x-ratelimit-route-remaining": ["5", "9"] }, now).routeRemaining).toBe(5);
  });
});

describe("parseRetryAfterMs", () => {
  it("accepts seconds and HTTP dates", () => {
    expect(parseRetryAfterMs("3", now)).toBe(3_000);
    expect(parseRetryAfterMs("0.5", now)).toBe(500);
    expect(parseRetryAfterMs(new Date(now + 7_000).toUTCString(), now)).toBe(7_000);
    expect(parseRetryAfterMs("later", now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe("rateLimitWaitMs", () => {
  it("waits for the reset and at least Retry-After", () => {
    expect(rateLimitWaitMs({ resetAt: now + 400, retryAfterMs: 1_000 }, now, 60_000)).toBe(1_000);
    expect(rateLimitWaitMs({ resetAt: now + 4_000, retryAfterMs: 1_000 }, now, 60_000)).toBe(4_000);
    expect(rateLimitWaitMs({ resetAt: now - 50 }, now, 60_000)).toBe(0);
  });

  it("is capped and undefined without headers", () => {
    expect(rateLimitWaitMs({ resetAt: now + 3_600_000 }, now, 60_000)).toBe(60_000);
    expect(rateLimitWaitMs({ routeRemaining: 0 }, now, 60_000)).toBeUndefined();
  });
});

describe("rateLimitWaitMs for IP-based limits", () => {
  it("uses Retry-After alone when the budgets are not spent", () => {
    const info = { routeRemaining: 12, globalRemaining: 400, resetAt: now + 9_000, retryAfterMs: 1_000 };
    expect(rateLimitWaitMs(info, now, 60_000)).toBe(1_000);
  });

  it("waits for the reset when a budget is spent", () => {
    const info = { routeRemaining: 0, globalRemaining: 400, resetAt: now + 9_000, retryAfterMs: 1_000 };
    expect(rateLimitWaitMs(info, now, 60_000)).toBe(9_000);
  });
});
