import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import { membersFingerprint } from "../../src/membership/fingerprint.js";
import type { MemberFileRef } from "../../src/model/member-file.js";
import { resolveSegment } from "../../src/model/segment.js";
import { type MemberSet, memberRefKey, type SegmentMember } from "../../src/model/segment-members.js";
import { MEMBERSHIP_PENDING_TAG, OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import { importParts, MEMBERSHIP_TAG_PREFIX, membershipTag } from "../../src/plan/plan-members.js";
import { planSegments } from "../../src/plan/plan-segments.js";
import { ownershipScope } from "../../src/plan/resource-plan.js";
import type { PlannedChange } from "../../src/plan/types.js";
import { renderPlanJson } from "../../src/render/json.js";
import { liveSegment, SOURCE, segmentDefinition } from "./support/desired.js";

function member(
  path: string,
  keys: string[],
  into: "included" | "excluded" = "included",
  contextKind = "user",
) {
  const ref: MemberFileRef = { path, format: "text", gzip: false, contextKind };
  const set: MemberSet = {
    ref,
    keys: [...keys].sort(),
    fingerprint: membersFingerprint([...keys].sort()),
    duplicates: 0,
  };
  const entry: SegmentMember = { ref, into, allowEmpty: false, source: SOURCE };
  return { entry, set };
}

function plan(
  fields: Parameters<typeof segmentDefinition>[0],
  files: ReturnType<typeof member>[],
  live: LdSegment[] = [],
) {
  const segments = resolveSegment(segmentDefinition({ ...fields, members: files.map((f) => f.entry) }));
  const sets = new Map(files.map((f) => [memberRefKey(f.set.ref), f.set]));
  return planSegments(
    segments,
    new Map([["default/production", live]]),
    false,
    ownershipScope(OWNERSHIP_TAG),
    sets,
  );
}

const keys = (n: number, prefix = "u-") =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(7, "0")}`);

describe("standard segments with member files", () => {
  it("file members are diffed like inline lists, unioned with them, in ≤ 1,500-operation batches", () => {
    const result = plan(
      { key: "beta", included: ["inline-1"], membershipSync: "automatic" },
      [member("c.txt", keys(3_000))],
      [liveSegment({ key: "beta", name: "beta", included: ["inline-1", "u-0000000", "gone"] })],
    );
    const change = result.changes[0] as PlannedChange;
    expect(change.membership).toEqual([
      expect.objectContaining({
        list: "included",
        contextKind: "user",
        method: "semantic-patch",
        count: 3_001,
        before: 3,
        added: 2_999,
        removed: 1,
        firstRemoved: ["gone"],
        requests: 2,
        files: ["c.txt"],
      }),
    ]);
    expect(change.membershipSync).toBe("automatic");
    const batches = change.operations.filter((op) => op.kind === "patchSegmentSemantic");
    expect(batches).toHaveLength(2);
    for (const batch of batches)
      if (batch.kind === "patchSegmentSemantic")
        expect(
          batch.instructions.reduce((n, i) => n + ((i.values as string[] | undefined)?.length ?? 0), 0),
        ).toBeLessThanOrEqual(1_500);
  });

  it("unchanged files plan nothing; a sharp drop is a warning", () => {
    const live = liveSegment({
      key: "beta",
      name: "beta",
      includedContexts: [{ contextKind: "user", values: keys(500) }],
    });
    expect(plan({ key: "beta" }, [member("c.txt", keys(500))], [live]).changes).toEqual([]);
    const dropped = plan({ key: "beta" }, [member("c.txt", keys(10))], [live]);
    expect(dropped.warnings).toContainEqual({
      code: "plan.members-sharp-drop",
      params: {
        project: "default",
        environment: "production",
        key: "beta",
        list: "included",
        before: 500,
        after: 10,
      },
    });
  });
});

describe("big segments with member files", () => {
  const big = { key: "churn", unbounded: true, unboundedContextKind: "user" };

  it("a new segment of few members is written through …/contexts, then tagged with the fingerprint", () => {
    const file = member("c.txt", keys(2_000));
    const change = plan(big, [file]).changes[0] as PlannedChange;
    const kinds = change.operations.map((op) => op.kind);
    expect(kinds).toEqual([
      "createSegment",
      "updateBigSegmentTargets",
      "updateBigSegmentTargets",
      "patchSegmentSemantic",
    ]);
    expect(change.operations.at(-1)).toEqual({
      kind: "patchSegmentSemantic",
      instructions: [{ kind: "addTags", values: [membershipTag(file.set.fingerprint)] }],
    });
    expect(change.membership?.[0]).toMatchObject({
      method: "contexts",
      count: 2_000,
      added: 2_000,
      requests: 2,
      reason: "created",
    });
  });

  it("a new segment of many members is imported: one replace, then merge parts past 1,000,000", () => {
    const file = member("c.txt", keys(1_200_000));
    const change = plan(big, [file]).changes[0] as PlannedChange;
    const imports = change.operations.filter((op) => op.kind === "importBigSegmentMembers");
    expect(imports.map((op) => op.kind === "importBigSegmentMembers" && [op.mode, op.range])).toEqual([
      ["replace", { start: 0, end: 1_000_000 }],
      ["merge", { start: 1_000_000, end: 1_200_000 }],
    ]);
    expect(imports[0]).toMatchObject({
      list: "included",
      contextKind: "user",
      fingerprint: file.set.fingerprint,
      count: 1_200_000,
    });
    expect(change.membership?.[0]).toMatchObject({
      method: "import",
      requests: 2,
      firstAdded: file.set.keys.slice(0, 10),
    });
    expect(JSON.stringify(change).length).toBeLessThan(5_000);
  });

  it("import parts also split at 40 MB", () => {
    const long = Array.from({ length: 300_000 }, (_, i) => `${"k".repeat(200)}${i}`).sort();
    const parts = importParts(long);
    expect(parts.length).toBe(2);
    expect(parts[0]?.end).toBeLessThan(300_000);
  });

  it("the tag matching the files (and LaunchDarkly's counts) means no change; other tags replace", () => {
    const file = member("c.txt", keys(50));
    const tag = membershipTag(file.set.fingerprint);
    const live = (tags: string[], counts?: { includedCount: number; excludedCount: number }) =>
      liveSegment({
        key: "churn",
        name: "churn",
        unbounded: true,
        unboundedContextKind: "user",
        tags: [OWNERSHIP_TAG, ...tags],
        ...(counts ? { _unboundedMetadata: counts } : {}),
      });
    expect(plan(big, [file], [live([tag])]).changes).toEqual([]);
    expect(plan(big, [file], [live([tag], { includedCount: 50, excludedCount: 0 })]).changes).toEqual([]);

    const drifted = plan(big, [file], [live([tag], { includedCount: 51, excludedCount: 0 })]);
    expect(drifted.warnings.map((w) => w.code)).toContain("plan.members-drifted");
    const change = drifted.changes[0] as PlannedChange;
    expect(change.operations.map((op) => op.kind)).toEqual([
      "patchSegmentSemantic",
      "importBigSegmentMembers",
      "patchSegmentSemantic",
    ]);
    expect(change.operations[0]).toEqual({
      kind: "patchSegmentSemantic",
      instructions: [{ kind: "removeTags", values: [tag] }],
    });
    expect(change.membership?.[0]).toMatchObject({ method: "import", reason: "drifted", before: 51 });

    const changed = plan(
      big,
      [member("c.txt", keys(60))],
      [live([`${MEMBERSHIP_TAG_PREFIX}0000000000000000`])],
    );
    expect((changed.changes[0] as PlannedChange).membership?.[0]).toMatchObject({
      method: "import",
      reason: "unknown-live",
    });
  });

  it("a pending create is finished by the membership plan, and LaunchDarkly counting zero members allows a delta", () => {
    const file = member("c.txt", keys(5));
    const pending = liveSegment({
      key: "churn",
      name: "churn",
      unbounded: true,
      unboundedContextKind: "user",
      tags: [OWNERSHIP_TAG, MEMBERSHIP_PENDING_TAG],
    });
    const change = plan(big, [file], [pending]).changes[0] as PlannedChange;
    expect(change.operations.at(-1)).toEqual({
      kind: "patchSegmentSemantic",
      instructions: [
        { kind: "removeTags", values: [MEMBERSHIP_PENDING_TAG] },
        { kind: "addTags", values: [membershipTag(file.set.fingerprint)] },
      ],
    });
    const empty = liveSegment({
      key: "churn",
      unbounded: true,
      unboundedContextKind: "user",
      _unboundedMetadata: { includedCount: 0, excludedCount: 0 },
    });
    expect((plan(big, [file], [empty]).changes[0] as PlannedChange).membership?.[0]).toMatchObject({
      method: "contexts",
      added: 5,
    });
  });
});

describe("the JSON plan with member files", () => {
  it("validates against schemas/plan.schema.json (membership, membershipSync, import operations)", () => {
    const schema = JSON.parse(
      readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"),
    );
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    const standard = member("s.txt", keys(20));
    const big = member("b.txt", keys(20_000, "b-"));
    const segments = [
      segmentDefinition({ key: "std", members: [standard.entry], membershipSync: "automatic" }),
      segmentDefinition({ key: "big", unbounded: true, members: [big.entry] }),
    ];
    const desired = {
      files: ["x.yaml"],
      segments,
      metrics: [],
      roles: [],
      projects: new Map([["default", SOURCE]]),
      environments: new Map([
        ["default/production", { project: "default", environment: "production", source: SOURCE }],
      ]),
      memberSets: new Map([standard, big].map((f) => [memberRefKey(f.set.ref), f.set])),
    };
    const plan = planDesiredState(desired, {
      segments: new Map([["default/production", []]]),
      metrics: new Map(),
    });
    const parsed = JSON.parse(renderPlanJson(plan));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed.changes.map((c: PlannedChange) => c.membership?.[0]?.method)).toEqual([
      "import",
      "semantic-patch",
    ]);
  });
});
