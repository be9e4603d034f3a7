import { describe, expect, it } from "vitest";
import { resourceAddress } from "../../src/model/resource-identity.js";
import { resolveSegment } from "../../src/model/segment.js";
import { MEMBERSHIP_PENDING_TAG, OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import {
  planEarlySegmentUpdates,
  planSegmentCreate,
  planSegments,
  planSegmentUpdate,
} from "../../src/plan/plan-segments.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import { liveSegment, segmentDefinition } from "./support/desired.js";

const desired = (fields: Parameters<typeof segmentDefinition>[0]) =>
  resolveSegment(segmentDefinition(fields))[0] as ReturnType<typeof resolveSegment>[number];

describe("segment plans", () => {
  it("create is a POST of SegmentBody fields, then a JSON Patch for rules and a semantic patch for targets", () => {
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
    // No version in the plan: apply tests the version the create answered with.
    expect(change.operations[1]).toEqual({
      kind: "patchSegmentJson",
      patch: [
        {
          op: "replace",
          path: "/rules",
          value: [
            {
              clauses: [
                {
                  contextKind: "user",
                  attribute: "email",
                  op: "endsWith",
                  negate: false,
                  values: ["@x.com"],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(change.operations[2]).toEqual({
      kind: "patchSegmentSemantic",
      instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u1"] }],
    });
    expect(change.operations).toHaveLength(3);
  });

  it("a big segment's membership goes through the contexts endpoint on create, marked pending until written", () => {
    const change = planSegmentCreate(
      desired({ key: "big", name: "Big", unbounded: true, included: ["a", "b"] }),
    );
    expect(change.operations).toEqual([
      {
        kind: "createSegment",
        body: {
          key: "big",
          name: "Big",
          tags: [MEMBERSHIP_PENDING_TAG, OWNERSHIP_TAG],
          unbounded: true,
          unboundedContextKind: "user",
        },
      },
      { kind: "updateBigSegmentTargets", update: { included: { add: ["a", "b"] } } },
      {
        kind: "patchSegmentSemantic",
        instructions: [{ kind: "removeTags", values: [MEMBERSHIP_PENDING_TAG] }],
      },
    ]);
    expect(change.fields.find((field) => field.path === "/tags")?.after).toEqual([OWNERSHIP_TAG]);
  });

  it("a big segment still marked pending is planned again: every member, then the mark removed", () => {
    const live = liveSegment({
      unbounded: true,
      unboundedContextKind: "user",
      tags: [MEMBERSHIP_PENDING_TAG, OWNERSHIP_TAG],
    });
    const change = planSegmentUpdate(
      desired({ key: "beta", name: "Beta", unbounded: true, included: ["a"] }),
      live,
    );
    expect(change?.operations).toEqual([
      { kind: "updateBigSegmentTargets", update: { included: { add: ["a"] } } },
      {
        kind: "patchSegmentSemantic",
        instructions: [{ kind: "removeTags", values: [MEMBERSHIP_PENDING_TAG] }],
      },
    ]);
    expect(change?.fields).toContainEqual(
      expect.objectContaining({ path: "/tags", removed: [MEMBERSHIP_PENDING_TAG] }),
    );
    // Without the mark the membership is not compared: nothing to do.
    expect(
      planSegmentUpdate(
        desired({ key: "beta", name: "Beta", unbounded: true, included: ["a"] }),
        liveSegment({ unbounded: true, unboundedContextKind: "user" }),
      ),
    ).toBeUndefined();
  });

  it("an unchanged segment is not a change", () => {
    expect(planSegmentUpdate(desired({ key: "beta", name: "Beta" }), liveSegment())).toBeUndefined();
  });

  it("update: name, description and tags in one JSON Patch that first tests the live version", () => {
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
        kind: "patchSegmentJson",
        patch: [
          { op: "test", path: "/version", value: 4 },
          { op: "replace", path: "/name", value: "Beta testers" },
          { op: "replace", path: "/description", value: "new" },
          { op: "replace", path: "/tags", value: [OWNERSHIP_TAG, "qa"] },
        ],
      },
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

  it("a rename goes first, by JSON Patch; the target batches follow it", () => {
    const keys = Array.from({ length: 1600 }, (_, i) => `u${i}`);
    const change = planSegmentUpdate(
      desired({ key: "beta", name: "Beta renamed", included: keys }),
      liveSegment({ included: [] }),
    );
    expect(change?.operations.map((op) => op.kind)).toEqual([
      "patchSegmentJson",
      "patchSegmentSemantic",
      "patchSegmentSemantic",
    ]);
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

describe("segment updates worked out early", () => {
  it("are taken in place of planning the pair again, warnings included, only for the same desired segment", () => {
    const segments = resolveSegment(segmentDefinition({ key: "beta", name: "Beta testers" }));
    const live = liveSegment({ key: "beta", name: "Beta", tags: [OWNERSHIP_TAG] });
    const liveLists = new Map([[`${segments[0]!.project}/${segments[0]!.environment}`, [live]]]);
    const early = new Map();
    const wanted = new Map(segments.map((segment) => [resourceAddress(segment), segment]));
    planEarlySegmentUpdates(
      wanted,
      segments[0]!.project,
      segments[0]!.environment,
      [live],
      OWNERSHIP_TAG,
      early,
    );
    expect(early.size).toBe(1);
    const plain = planSegments(segments, liveLists, false);
    expect(planSegments(segments, liveLists, false, undefined, undefined, undefined, early)).toEqual(plain);
    // What was worked out is what the plan shows (a marked result proves it was taken, not redone)...
    const entry = early.get(live);
    entry.change = { ...entry.change, name: "worked out early" };
    entry.warnings = [{ code: "plan.members-sharp-drop", params: {} }];
    const taken = planSegments(segments, liveLists, false, undefined, undefined, undefined, early);
    expect(taken.changes[0]?.name).toBe("worked out early");
    expect(taken.warnings).toEqual(entry.warnings);
    // ...but not for another desired segment of the same address (a different plan).
    const other = resolveSegment(segmentDefinition({ key: "beta", name: "Beta testers" }));
    expect(planSegments(other, liveLists, false, undefined, undefined, undefined, early)).toEqual(plain);
  });
});
