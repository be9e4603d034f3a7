import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type BudgetSnapshot,
  decidePace,
  estimateRemaining,
  isNewerBudget,
  type PaceInput,
  RateLimitPacer,
} from "../../src/launchdarkly/pacer.js";

const T0 = 1_700_000_000_000; // a multiple of 10 s, like LaunchDarkly's windows

function input(overrides: Partial<PaceInput>): PaceInput {
  return {
    now: T0,
    snapshot: undefined,
    issued: 0,
    unobserved: 0,
    waiting: 1,
    lastGrantAt: 0,
    maxUnobserved: 8,
    ...overrides,
  };
}

describe("decidePace", () => {
  it("probes a bounded number of requests while the budget is unknown", () => {
    expect(decidePace(input({ unobserved: 7 }))).toEqual({ kind: "go" });
    expect(decidePace(input({ unobserved: 8 }))).toEqual({ kind: "await" });
  });

  it("treats a budget whose reset has passed as unknown", () => {
    const snapshot = { remaining: 0, resetAt: T0 - 1, observedSeq: 0 };
    expect(decidePace(input({ snapshot }))).toEqual({ kind: "go" });
  });

  it("sends at once when everything waiting fits in the budget", () => {
    const snapshot = { remaining: 10, resetAt: T0 + 5_000, observedSeq: 5 };
    expect(decidePace(input({ snapshot, issued: 6, waiting: 9, lastGrantAt: T0 }))).toEqual({ kind: "go" });
  });

  it("spreads the remaining budget over the time to reset when demand exceeds it", () => {
    const snapshot = { remaining: 4, resetAt: T0 + 5_000, observedSeq: 5 };
    // 4 left, 5 s to go: 5 equal intervals, so the last one lands a second before the reset.
    expect(decidePace(input({ snapshot, issued: 5, waiting: 50, lastGrantAt: T0 }))).toEqual({
      kind: "wait",
      ms: 1_000,
      untilReset: false,
    });
    expect(decidePace(input({ snapshot, issued: 5, waiting: 50, lastGrantAt: T0 - 1_000 }))).toEqual({
      kind: "go",
    });
  });

  it("waits for the reset when the budget is spent, counting requests granted since the report", () => {
    const snapshot = { remaining: 3, resetAt: T0 + 2_500, observedSeq: 10 };
    expect(decidePace(input({ snapshot, issued: 13, waiting: 1 }))).toEqual({
      kind: "wait",
      ms: 2_500,
      untilReset: true,
    });
  });
});

describe("budget bookkeeping", () => {
  it("estimates the remaining budget from later grants", () => {
    expect(estimateRemaining({ remaining: 10, resetAt: T0, observedSeq: 4 }, 9)).toBe(5);
  });

  it("keeps the newest report: later window, or later request in the same window", () => {
    const held: BudgetSnapshot = { remaining: 5, resetAt: T0 + 10_000, observedSeq: 7 };
    expect(isNewerBudget(held, { remaining: 9, resetAt: T0 + 10_000, observedSeq: 6 }, T0)).toBe(false);
    expect(isNewerBudget(held, { remaining: 4, resetAt: T0 + 10_000, observedSeq: 8 }, T0)).toBe(true);
    expect(isNewerBudget(held, { remaining: 19, resetAt: T0 + 20_000, observedSeq: 2 }, T0)).toBe(true);
    expect(isNewerBudget(held, { remaining: 1, resetAt: T0, observedSeq: 1 }, T0 + 10_001)).toBe(true);
    expect(isNewerBudget(undefined, { remaining: 1, resetAt: T0, observedSeq: 1 }, T0)).toBe(true);
  });
});

describe("RateLimitPacer against a fixed-window limiter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  /** A LaunchDarkly-like route limit: `limit` requests per 10 s window aligned to the epoch. */
  function fixedWindowServer(limit: number) {
    const used = new Map<number, number>();
    return (now: number) => {
      const window = now - (now % 10_000);
      const count = (used.get(window) ?? 0) + 1;
      const allowed = count <= limit;
      if (allowed) used.set(window, count);
      return { allowed, remaining: Math.max(0, limit - Math.min(count, limit)), resetAt: window + 10_000 };
    };
  }

  it("sends 200 requests through a 20-per-window limit with no 429 in the minimum number of windows", async () => {
    const server = fixedWindowServer(20);
    const pacer = new RateLimitPacer({ maxUnobserved: 8, resetJitterMs: 100, maxWaitMs: 60_000 });
    let rejected = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const finishedAt: number[] = [];
    const one = async () => {
      for (;;) {
        const ticket = await pacer.acquire("PATCH /segments");
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30)); // network latency
        const answer = server(Date.now());
        inFlight--;
        if (answer.allowed) {
          pacer.complete(ticket, answer.remaining, answer.resetAt);
          finishedAt.push(Date.now());
          return;
        }
        rejected++;
        pacer.complete(ticket, 0, answer.resetAt);
        pacer.block("PATCH /segments", answer.resetAt);
      }
    };
    const all = Promise.all(Array.from({ length: 200 }, one));
    await vi.runAllTimersAsync();
    await all;
    expect(rejected).toBe(0);
    expect(finishedAt).toHaveLength(200);
    expect(maxInFlight).toBeLessThanOrEqual(20);
    // 200 requests at 20 per window need 10 windows: the last starts at +90 s.
    const elapsed = Math.max(...finishedAt) - T0;
    expect(elapsed).toBeGreaterThanOrEqual(90_000);
    expect(elapsed).toBeLessThan(91_000);
    pacer.dispose();
  });

  it("paces instead of bursting when the remaining budget is lower than the demand", async () => {
    const pacer = new RateLimitPacer({ maxUnobserved: 8, resetJitterMs: 0, maxWaitMs: 60_000 });
    // Learn a budget of 4 left with 8 s to go.
    const probe = await pacer.acquire("r");
    pacer.complete(probe, 4, T0 + 8_000);
    const grantedAt: number[] = [];
    const waiting = Array.from({ length: 6 }, async () => {
      const ticket = await pacer.acquire("r");
      grantedAt.push(Date.now() - T0);
      return ticket;
    });
    await vi.advanceTimersByTimeAsync(7_999);
    // The 4 left are spread evenly across the 8 s (every 1.6 s), the other 2 are held for the next window.
    expect(grantedAt).toEqual([1_600, 3_200, 4_800, 6_400]);
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(waiting);
    expect(grantedAt.slice(4)).toEqual([8_000, 8_000]);
    pacer.dispose();
  });

  it("holds a bucket after block() until the given time", async () => {
    const pacer = new RateLimitPacer({ maxUnobserved: 8, resetJitterMs: 0, maxWaitMs: 60_000 });
    pacer.block("r", T0 + 3_000);
    let granted = false;
    const pending = pacer.acquire("r").then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await pending;
    expect(granted).toBe(true);
    pacer.dispose();
  });
});
