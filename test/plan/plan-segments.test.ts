import { describe, expect, it } from "vitest";
import { resolveSegment } from "../../src/model/segment.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import { planSegmentCreate, planSegments, planSegmentUpdate } from "../../src/plan/plan-segments.js";
import { describeFinding } from "../../src/render/finding-messages.js";
import { liveSegment, segmentDefinition } from "./support/desired.js";

const desired = (fields: Parameters<typeof segmentDefinition>[0]) =>
  resolveSegment(segmentDefinition(fields))[0] as ReturnType<typeof resolveSegment>[number];

describe("segment plans", () => {
  it("create is a POST of SegmentBody fields, then one semantic patch for rules and targets", () => {
    const change = planSegmentCreate(
      desired({
        key: "beta",
        name: "Beta",
        description: "testers",
        tags: ["qa"],
        included: ["u1"],
        rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: ["@x.com"] }] }],
      }),
    );
    expect(change.action).toBe("create");
    expect(change.source).toBe("config/segments.yaml:3");
    expect(change.operations[0]).toEqual({
      kind: "createSegment",
      body: { key: "beta", name: "Beta", description: "testers", tags: [OWNERSHIP_TAG, "qa"] },
    });
    expect(change.operations[1]).toEqual({
      kind: "patchSegmentSemantic",
      instructions: [
        {
          kind: "addRule",
          clauses: [
            { contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: ["@x.com"] },
          ],
        },
        { kind: "addIncludedTargets", contextKind: "user", values: ["u1"] },
      ],
    });
    expect(change.operations).toHaveLength(2);
  });

  it("a big segment's membership goes through the contexts endpoint on create", () => {
    const change = planSegmentCreate(
      desired({ key: "big", name: "Big", unbounded: true, included: ["a", "b"] }),
    );
    expect(change.operations).toEqual([
      {
        kind: "createSegment",
        body: {
          key: "big",
          name: "Big",
          tags: [OWNERSHIP_TAG],
          unbounded: true,
          unboundedContextKind: "user",
        },
      },
      { kind: "updateBigSegmentTargets", update: { included: { add: ["a", "b"] } } },
    ]);
  });

  it("an unchanged segment is not a change", () => {
    expect(planSegmentUpdate(desired({ key: "beta", name: "Beta" }), liveSegment())).toBeUndefined();
  });

  it("update: name by updateName, tags by add/removeTags, description by JSON Patch, with the live version", () => {
    const change = planSegmentUpdate(
      desired({ key: "beta", name: "Beta testers", description: "new", tags: ["qa"] }),
      liveSegment({ tags: [OWNERSHIP_TAG, "old"], description: "old" }),
    );
    expect(change?.liveVersion).toBe(4);
    expect(change?.fields).toEqual([
      { path: "/name", before: "Beta", after: "Beta testers" },
      { path: "/description", before: "old", after: "new" },
      {
        path: "/tags",
        before: [OWNERSHIP_TAG, "old"],
        after: [OWNERSHIP_TAG, "qa"],
        added: ["qa"],
        removed: ["old"],
      },
    ]);
    expect(change?.operations).toEqual([
      {
        kind: "patchSegmentSemantic",
        instructions: [
          { kind: "updateName", value: "Beta testers" },
          { kind: "addTags", values: ["qa"] },
          { kind: "removeTags", values: ["old"] },
        ],
      },
      { kind: "patchSegmentJson", patch: [{ op: "replace", path: "/description", value: "new" }] },
    ]);
  });

  it("target changes are split into requests of at most 1,500 targets", () => {
    const keys = Array.from({ length: 3200 }, (_, i) => `u${i}`);
    const change = planSegmentUpdate(
      desired({ key: "beta", name: "Beta", included: keys }),
      liveSegment({ included: ["gone"] }),
    );
    const sizes = change?.operations.map((op) =>
      op.kind === "patchSegmentSemantic"
        ? op.instructions.reduce((n, i) => n + (i.values as string[]).length, 0)
        : 0,
    );
    expect(sizes).toEqual([1500, 1500, 201]);
    expect(change?.fields).toContainEqual(
      expect.objectContaining({ path: "/included/user", removed: ["gone"] }),
    );
  });

  it("other instructions ride in the first of the split requests, not in one of their own", () => {
    const keys = Array.from({ length: 1600 }, (_, i) => `u${i}`);
    const change = planSegmentUpdate(
      desired({ key: "beta", name: "Beta renamed", included: keys }),
      liveSegment({ included: [] }),
    );
    const semantic = change?.operations.filter((op) => op.kind === "patchSegmentSemantic") ?? [];
    expect(semantic).toHaveLength(2);
    expect(semantic[0]?.instructions[0]).toEqual({ kind: "updateName", value: "Beta renamed" });
    expect(semantic[1]?.instructions.map((i) => i.kind)).toEqual(["addIncludedTargets"]);
  });

  it("unmanaged segments are listed, never deleted without prune; owned ones are deleted with prune", () => {
    const live = new Map([
      ["default/production", [liveSegment({ key: "owned" }), liveSegment({ key: "manual", tags: [] })]],
    ]);
    const without = planSegments([], live, false);
    expect(without.changes).toEqual([]);
    expect(without.unmanaged.map((u) => [u.key, u.owned])).toEqual([
      ["owned", true],
      ["manual", false],
    ]);
    const withPrune = planSegments([], live, true);
    expect(withPrune.changes).toEqual([
      expect.objectContaining({
        action: "delete",
        key: "owned",
        operations: [{ kind: "deleteSegment" }],
        liveVersion: 4,
      }),
    ]);
    expect(withPrune.unmanaged.map((u) => u.key)).toEqual(["manual"]);
  });

  it("warns about big-segment membership only for existing big segments the repo lists members for, naming them", () => {
    const big = (key: string, fields: Partial<Parameters<typeof segmentDefinition>[0]> = {}) =>
      desired({ key, name: key, unbounded: true, ...fields });
    const liveBig = (key: string) => liveSegment({ key, name: key, unbounded: true });
    const live = new Map([["default/production", [liveBig("big-a"), liveBig("big-b"), liveBig("empty")]]]);
    // QA: printed on every plan. A plan with no big segment, or only a big segment being created (whose
    // membership the create writes), or one with no members in the repo, says nothing.
    const noBig = planSegments([desired({ key: "beta", name: "Beta" })], live, false);
    expect(noBig.warnings).toEqual([]);
    const created = planSegments([big("new-big", { included: ["u1"] })], live, false);
    expect(created.changes.map((change) => change.action)).toEqual(["create"]);
    expect(created.warnings).toEqual([]);
    expect(planSegments([big("empty")], live, false).warnings).toEqual([]);

    const existing = planSegments(
      [big("big-b", { excluded: ["u9"] }), big("big-a", { included: ["u1"] }), big("empty")],
      live,
      false,
    );
    expect(existing.warnings).toHaveLength(1);
    expect(describeFinding(existing.warnings[0]!)).toMatch(
      /^The membership the repo lists for the big \(unbounded\) segments default\/production\/big-a, default\/production\/big-b is not compared: /,
    );
    expect(describeFinding(existing.warnings[0]!)).not.toContain("empty");
  });
});
