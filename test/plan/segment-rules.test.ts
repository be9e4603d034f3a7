import { describe, expect, it } from "vitest";
import { type NormalizedRule, normalizeLiveRule, normalizeRule } from "../../src/plan/normalize-segment.js";
import { resolveRuleIdReferences } from "../../src/plan/rule-references.js";
import { matchRules, planRules, type RulePlan } from "../../src/plan/segment-rules.js";

const clause = (attribute: string, values: unknown[], id?: string) => ({
  ...(id ? { _id: id } : {}),
  attribute,
  op: "in",
  values,
  negate: false,
});
const liveRule = (id: string, attribute: string, values: unknown[], extra: object = {}): NormalizedRule =>
  normalizeLiveRule({ _id: id, clauses: [clause(attribute, values, `${id}-c0`)], ...extra });
const desiredRule = (attribute: string, values: unknown[], extra: object = {}): NormalizedRule =>
  normalizeRule({ clauses: [clause(attribute, values)], ...extra });
/** The follow-up request with its references resolved against a first response holding rules with `ruleIds`. */
const resolveFollowUp = (plan: RulePlan, ruleIds: string[]) =>
  resolveRuleIdReferences(
    { kind: "patchSegmentSemantic", instructions: plan.followUp, ruleIdReferences: plan.followUpReferences },
    { rules: ruleIds.map((_id) => ({ _id, clauses: [] })) },
  );

describe("segment rule planning", () => {
  it("same clauses keep the live rule; nothing to send when equal", () => {
    const live = [liveRule("r1", "email", ["a"]), liveRule("r2", "country", ["FR"])];
    const plan = planRules(live, [desiredRule("email", ["a"]), desiredRule("country", ["FR"])]);
    expect(plan.instructions).toEqual([]);
    expect(plan.followUp).toEqual([]);
    expect(plan.fields).toEqual([]);
  });

  it("a removed rule is removeRule by id", () => {
    const plan = planRules(
      [liveRule("r1", "email", ["a"]), liveRule("r2", "country", ["FR"])],
      [desiredRule("country", ["FR"])],
    );
    expect(plan.instructions).toEqual([{ kind: "removeRule", ruleId: "r1" }]);
    expect(plan.followUp).toEqual([]);
  });

  it("an edited clause is updateClause on the matched rule", () => {
    const plan = planRules([liveRule("r1", "email", ["a"])], [desiredRule("email", ["a", "b"])]);
    expect(plan.instructions).toEqual([
      {
        kind: "updateClause",
        ruleId: "r1",
        clauseId: "r1-c0",
        clause: { contextKind: "user", attribute: "email", op: "in", negate: false, values: ["a", "b"] },
      },
    ]);
  });

  it("extra clauses are added and missing ones removed", () => {
    const live = [normalizeRule({ _id: "r1", clauses: [clause("a", [1], "c1"), clause("b", [2], "c2")] })];
    const fewer = planRules(live, [normalizeRule({ clauses: [clause("a", [1])] })]);
    expect(fewer.instructions).toEqual([{ kind: "removeClauses", ruleId: "r1", clauseIds: ["c2"] }]);
    const more = planRules(live, [
      normalizeRule({ clauses: [clause("a", [1]), clause("b", [2]), clause("c", [3])] }),
    ]);
    expect(more.instructions).toEqual([
      {
        kind: "addClauses",
        ruleId: "r1",
        clauses: [{ contextKind: "user", attribute: "c", op: "in", negate: false, values: [3] }],
      },
    ]);
  });

  it("a new rule with a rollout is added, then its rollout set through a reference to its position", () => {
    const plan = planRules(
      [liveRule("r1", "email", ["a"])],
      [desiredRule("email", ["a"]), desiredRule("org", ["x"], { weight: 25000 })],
    );
    expect(plan.instructions).toEqual([
      {
        kind: "addRule",
        clauses: [{ contextKind: "user", attribute: "org", op: "in", negate: false, values: ["x"] }],
      },
    ]);
    expect(plan.followUp).toEqual([
      { kind: "updateRuleRolloutAndContextKind", ruleId: "", weight: 25000, contextKind: "user" },
    ]);
    expect(plan.followUpReferences).toEqual([{ instruction: 0, parameter: "ruleId", ruleIndex: 1 }]);
    expect(resolveFollowUp(plan, ["r1", "new-1"])[0]?.ruleId).toBe("new-1");
  });

  it("a new rule placed first is appended, then moved by reorderRules", () => {
    const plan = planRules(
      [liveRule("r1", "email", ["a"])],
      [desiredRule("org", ["x"]), desiredRule("email", ["a"])],
    );
    expect(plan.instructions.map((i) => i.kind)).toEqual(["addRule"]);
    expect(plan.followUp).toEqual([{ kind: "reorderRules", ruleIds: ["", "r1"] }]);
    expect(plan.followUpReferences).toEqual([
      { instruction: 0, parameter: "ruleIds", position: 0, ruleIndex: 1 },
    ]);
    expect(resolveFollowUp(plan, ["r1", "n"])[0]?.ruleIds).toEqual(["n", "r1"]);
  });

  it("reordered existing rules need only reorderRules with their ids", () => {
    const live = [liveRule("r1", "a", [1]), liveRule("r2", "b", [2])];
    expect(matchRules(live, [desiredRule("b", [2]), desiredRule("a", [1])])).toEqual([1, 0]);
    const plan = planRules(live, [desiredRule("b", [2]), desiredRule("a", [1])]);
    expect(plan.instructions).toEqual([]);
    expect(plan.followUp).toEqual([{ kind: "reorderRules", ruleIds: ["r2", "r1"] }]);
    expect(plan.followUpReferences).toEqual([]);
  });

  it("rollout and description changes on a kept rule; removing a rollout is JSON Patch at the final position", () => {
    const live = [liveRule("r1", "a", [1], { weight: 1000, description: "old" })];
    const changed = planRules(live, [
      desiredRule("a", [1], { weight: 2000, rolloutContextKind: "org", description: "new" }),
    ]);
    expect(changed.instructions).toEqual([
      { kind: "updateRuleDescription", ruleId: "r1", description: "new" },
      { kind: "updateRuleRolloutAndContextKind", ruleId: "r1", weight: 2000, contextKind: "org" },
    ]);
    const withKind = [
      liveRule("r1", "a", [1], { weight: 1000, rolloutContextKind: "org", description: "old" }),
    ];
    const removed = planRules(withKind, [desiredRule("a", [1], { description: "old" })]);
    expect(removed.instructions).toEqual([]);
    expect(removed.jsonPatch).toEqual([
      { op: "remove", path: "/rules/0/weight" },
      { op: "remove", path: "/rules/0/rolloutContextKind" },
    ]);
  });

  it("a legacy rollout without rolloutContextKind is removed without touching the field it lacks", () => {
    // LaunchDarkly returns { weight } alone; normalisation reads it as bucketing by `user`, but there is no
    // `rolloutContextKind` to remove: a patch removing it is refused (400, path does not exist).
    const live = [liveRule("r1", "a", [1], { weight: 1000 })];
    expect(live[0]?.rolloutContextKind).toBe("user");
    const removed = planRules(live, [desiredRule("a", [1])]);
    expect(removed.jsonPatch).toEqual([{ op: "remove", path: "/rules/0/weight" }]);
    expect(removed.fields).toEqual([
      {
        path: "/rules/0",
        before: { clauses: expect.any(Array), weight: 1000, rolloutContextKind: "user" },
        after: { clauses: expect.any(Array) },
      },
    ]);
    // The same legacy rollout, kept with the default kind: nothing to send.
    const kept = planRules(live, [desiredRule("a", [1], { weight: 1000 })]);
    expect(kept).toMatchObject({ instructions: [], followUp: [], jsonPatch: [], fields: [] });
  });

  it("bucketBy is replaced where LaunchDarkly holds it (even empty), added where it does not, removed only if held", () => {
    const empty = [liveRule("r1", "a", [1], { bucketBy: "" })];
    expect(planRules(empty, [desiredRule("a", [1], { bucketBy: "email" })]).jsonPatch).toEqual([
      { op: "replace", path: "/rules/0/bucketBy", value: "email" },
    ]);
    expect(planRules(empty, [desiredRule("a", [1])]).jsonPatch).toEqual([]);
    const absent = [liveRule("r1", "a", [1])];
    expect(planRules(absent, [desiredRule("a", [1], { bucketBy: "email" })]).jsonPatch).toEqual([
      { op: "add", path: "/rules/0/bucketBy", value: "email" },
    ]);
    const held = [liveRule("r1", "a", [1], { bucketBy: "key" })];
    expect(planRules(held, [desiredRule("a", [1])]).jsonPatch).toEqual([
      { op: "remove", path: "/rules/0/bucketBy" },
    ]);
  });

  it("an unresolvable reference is an error, not a silent wrong id", () => {
    expect(() =>
      resolveRuleIdReferences(
        {
          kind: "patchSegmentSemantic",
          instructions: [{ kind: "removeRule", ruleId: "" }],
          ruleIdReferences: [{ instruction: 0, parameter: "ruleId", ruleIndex: 3 }],
        },
        { rules: [] },
      ),
    ).toThrow(/cannot resolve rule 4/);
  });
});
