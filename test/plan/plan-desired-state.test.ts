import { describe, expect, it } from "vitest";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import {
  checkDeleteThreshold,
  DeleteThresholdError,
  parseDeleteThreshold,
  parseDeleteThresholds,
} from "../../src/plan/delete-threshold.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import { desiredState, emptyLiveFor, liveSegment, SOURCE, segmentDefinition } from "./support/desired.js";

const owned = (key: string): LdSegment => liveSegment({ key, name: key, version: 1 });

describe("planDesiredState", () => {
  const desired = desiredState({
    segments: [
      segmentDefinition({ key: "b", environments: ["production", "test"] }),
      segmentDefinition({ key: "a" }),
    ],
    metrics: [
      {
        key: "m",
        project: "default",
        kind: "pageview",
        urls: [{ kind: "exact", url: "https://x" }],
        source: SOURCE,
      },
    ],
    roles: [{ key: "r", name: "R", policy: [], source: SOURCE }],
  });

  it("sorts roles, metrics, segments by project/environment/key and summarises", () => {
    const plan = planDesiredState(desired, emptyLiveFor(desired));
    expect(
      plan.changes.map(
        (c) => `${c.resourceType}:${[c.project, c.environment, c.key].filter(Boolean).join("/")}`,
      ),
    ).toEqual([
      "role:r",
      "metric:default/m",
      "segment:default/production/a",
      "segment:default/production/b",
      "segment:default/test/b",
    ]);
    expect(plan.summary).toEqual({ create: 5, update: 0, delete: 0, unchanged: 0 });
    expect(plan.version).toBe(2);
  });

  it("the hash is stable across runs and input order, and changes with the plan", () => {
    const again = desiredState({ ...desired, segments: [...desired.segments].reverse() });
    const first = planDesiredState(desired, emptyLiveFor(desired));
    expect(planDesiredState(again, emptyLiveFor(again)).hash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const other = desiredState({ segments: [segmentDefinition({ key: "a", name: "Other" })] });
    expect(planDesiredState(other, emptyLiveFor(other)).hash).not.toBe(first.hash);
  });

  it("warns when owned resources are left behind without prune", () => {
    const live = emptyLiveFor(desired);
    live.segments.set("default/production", [owned("gone")]);
    const plan = planDesiredState(desired, live);
    expect(plan.warnings.join(" ")).toMatch(/--prune/);
    expect(plan.unmanaged).toEqual([
      {
        resourceType: "segment",
        project: "default",
        environment: "production",
        key: "gone",
        name: "gone",
        owned: true,
      },
    ]);
  });

  it("refuses a prune over the delete threshold, unless overridden", () => {
    const only = desiredState({ segments: [segmentDefinition({ key: "keep" })] });
    const live = emptyLiveFor(only);
    live.segments.set("default/production", [
      owned("keep"),
      ...Array.from({ length: 11 }, (_, i) => owned(`old-${i}`)),
    ]);
    expect(() => planDesiredState(only, live, { prune: true })).toThrow(DeleteThresholdError);
    expect(() => planDesiredState(only, live, { prune: true })).toThrow(
      /delete 11 of 12 resources managed by ld-gitops \(92%\), more than the limit of 10 deletes and the limit of 25% of them\. .*allow this plan with --delete-threshold 11,92%\.$/,
    );
    const plan = planDesiredState(only, live, {
      prune: true,
      deleteThreshold: { maxCount: 20, maxPercent: 100 },
    });
    expect(plan.summary.delete).toBe(11);
  });
});

describe("delete threshold", () => {
  it("parses counts and percentages", () => {
    expect(parseDeleteThreshold("5")).toEqual({ maxCount: 5 });
    expect(parseDeleteThreshold("40%")).toEqual({ maxPercent: 40 });
    expect(() => parseDeleteThreshold("lots")).toThrow(/--delete-threshold/);
  });

  it("parses both limits in one value, as the Action's input does, and repeated values", () => {
    expect(parseDeleteThreshold("10,25%")).toEqual({ maxCount: 10, maxPercent: 25 });
    expect(parseDeleteThreshold(" 40% , 3 ")).toEqual({ maxCount: 3, maxPercent: 40 });
    expect(parseDeleteThresholds(["10,25%", "50%"])).toEqual({ maxCount: 10, maxPercent: 50 });
    expect(parseDeleteThresholds([])).toBeUndefined();
    expect(() => parseDeleteThreshold("1,2,3%")).toThrow(/e\.g\. 10,25%/);
    expect(() => parseDeleteThreshold("10,")).toThrow(/got "10,"/);
    expect(() => parseDeleteThreshold("x", 'Input "delete-threshold"')).toThrow(
      /^Input "delete-threshold" must/,
    );
  });

  it("names the limit that was hit and the value that allows the plan", () => {
    // QA: `--delete-threshold 50` raises only the count; the 25% limit is the one hit.
    const refusal = () => checkDeleteThreshold(4, 4, { maxCount: 50 });
    expect(refusal).toThrow(
      /delete 4 of 4 resources managed by ld-gitops \(100%\), more than the limit of 25% of them\./,
    );
    expect(refusal).toThrow(/allow this plan with --delete-threshold 100%\.$/);
    expect(refusal).not.toThrow(/limit of 50/);
    expect(() => checkDeleteThreshold(12, 1000)).toThrow(
      /more than the limit of 10 deletes\. .*--delete-threshold 12\.$/,
    );
    // 2 of 3 is 66.7%: 67% allows it, and does.
    expect(() => checkDeleteThreshold(2, 3)).toThrow(/--delete-threshold 67%\.$/);
    expect(() => checkDeleteThreshold(2, 3, { maxPercent: 67 })).not.toThrow();
    expect(() => checkDeleteThreshold(1, 1, { maxPercent: 50 })).toThrow(/1 of 1 resource managed/);
  });

  it("defaults: more than 10, or more than 25% of owned, is refused", () => {
    expect(() => checkDeleteThreshold(3, 100)).not.toThrow();
    expect(() => checkDeleteThreshold(11, 1000)).toThrow(/limit of 10/);
    expect(() => checkDeleteThreshold(3, 10)).toThrow(/3 of 10 .*30%.*limit of 25%/);
    expect(() => checkDeleteThreshold(3, 10, { maxPercent: 50 })).not.toThrow();
    expect(() => checkDeleteThreshold(0, 0)).not.toThrow();
  });
});
