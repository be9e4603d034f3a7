import { describe, expect, it } from "vitest";
import { backoffDelayMs, withJitter } from "../../src/launchdarkly/backoff.js";

const options = { baseDelayMs: 100, maxDelayMs: 1_000 };

describe("backoffDelayMs", () => {
  it("doubles per retry, half fixed and half random", () => {
    expect(backoffDelayMs(0, options, () => 0)).toBe(50);
    expect(backoffDelayMs(0, options, () => 1)).toBe(100);
    expect(backoffDelayMs(1, options, () => 0)).toBe(100);
    expect(backoffDelayMs(2, options, () => 0.5)).toBe(300);
  });

  it("is capped by maxDelayMs", () => {
    expect(backoffDelayMs(10, options, () => 1)).toBe(1_000);
    expect(backoffDelayMs(10, options, () => 0)).toBe(500);
  });

  it("stays within bounds for any random value", () => {
    for (let retry = 0; retry < 8; retry++) {
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const step = Math.min(1_000, 100 * 2 ** retry);
        const delay = backoffDelayMs(retry, options, () => r);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }
    }
  });
});

describe("withJitter", () => {
  it("adds up to the jitter", () => {
    expect(withJitter(1_000, 200, () => 0)).toBe(1_000);
    expect(withJitter(1_000, 200, () => 0.5)).toBe(1_100);
    expect(withJitter(-5, 0, () => 0)).toBe(0);
  });
});
