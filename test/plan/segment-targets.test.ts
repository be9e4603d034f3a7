import { describe, expect, it } from "vitest";
import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../../src/launchdarkly/limits.js";
import {
  bigSegmentTargetUpdates,
  diffTargets,
  targetInstructionBatches,
} from "../../src/plan/segment-targets.js";

const keys = (n: number, prefix = "user-") =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, "0")}`);

describe("segment target changes", () => {
  it("diffs targets as sets per context kind", () => {
    expect(diffTargets("included", { user: ["a", "b"], org: ["x"] }, { user: ["b", "c"] })).toEqual([
      { list: "included", contextKind: "org", added: [], removed: ["x"] },
      { list: "included", contextKind: "user", added: ["c"], removed: ["a"] },
    ]);
  });

  it("splits into requests of at most 1,500 target operations, removals first", () => {
    const changes = [
      { list: "included" as const, contextKind: "user", added: keys(2000), removed: [] },
      { list: "excluded" as const, contextKind: "user", added: [], removed: keys(1000, "ex-") },
    ];
    const batches = targetInstructionBatches(changes);
    const sizes = batches.map((batch) => batch.reduce((n, i) => n + (i.values as string[]).length, 0));
    expect(sizes).toEqual([1500, 1500]);
    expect(sizes.every((size) => size <= MAX_TARGET_OPERATIONS_PER_PATCH)).toBe(true);
    expect(batches[0]?.[0]).toMatchObject({ kind: "removeExcludedTargets", contextKind: "user" });
    expect(batches[0]?.[1]).toMatchObject({ kind: "addIncludedTargets" });
    const allAdded = batches
      .flat()
      .filter((i) => i.kind === "addIncludedTargets")
      .flatMap((i) => i.values as string[]);
    expect(allAdded).toEqual(keys(2000));
  });

  it("a key moving from excluded to included is removed before it is added", () => {
    const batches = targetInstructionBatches(
      [
        { list: "included", contextKind: "user", added: ["k"], removed: [] },
        { list: "excluded", contextKind: "user", added: [], removed: ["k"] },
      ],
      1,
    );
    expect(batches.map((b) => b[0]?.kind)).toEqual(["removeExcludedTargets", "addIncludedTargets"]);
  });

  it("batches big-segment membership updates", () => {
    const updates = bigSegmentTargetUpdates([
      { list: "included", contextKind: "user", added: keys(3001), removed: [] },
    ]);
    expect(updates.map((u) => u.included?.add?.length)).toEqual([1500, 1500, 1]);
  });
});
