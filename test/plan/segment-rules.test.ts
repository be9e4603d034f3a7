import { describe, expect, it } from "vitest";
import { type NormalizedRule, normalizeRule } from "../../src/plan/normalize-segment.js";
import { matchRules, planRules } from "../../src/plan/segment-rules.js";

const clause = (attribute: string, values: unknown[], id?: string) => ({
  ...(id ? { _id: id } : {}),
  attribute,
  op: "in",
  values,
  negate: false,
});
const liveRule = (id: string, attribute: string, values: unknown[], extra: object = {}): NormalizedRule =>
  normalizeRule({ _id: id, clauses: [clause(attribute, values, `${id}-c0`)], ...extra });
const desiredRule = (attribute: string, values: unknown[], extra: object = {}): NormalizedRule =>
  normalizeRule({ clauses: [clause(attribute, values)], ...extra });
/** A clause as the plan writes it. */
const written = (attribute: string, values: unknown[], id?: string) => ({
  ...(id ? { _id: id } : {}),
  contextKind: "user",
  attribute,
  op: "in",
  values,
  negate: false,
});

describe("segment rule planning", () => {
  it("same clauses keep the live rule; no field changes when equal", () => {
    const live = [liveRule("r1", "email", ["a"]), liveRule("r2", "country", ["FR"])];
    const plan = planRules(live, [desiredRule("email", ["a"]), desiredRule("country", ["FR"])]);
    expect(plan.fields).toEqual([]);
  });

  it("a removed rule is left out of the rules written; the kept one keeps its ids", () => {
    const plan = planRules(
      [liveRule("r1", "email", ["a"]), liveRule("r2", "country", ["FR"])],
      [desiredRule("country", ["FR"])],
    );
    expect(plan.rules).toEqual([{ _id: "r2", clauses: [written("country", ["FR"], "r2-c0")] }]);
    expect(plan.fields.map((field) => field.path)).toEqual(["/rules/0"]);
    expect(plan.fields[0]).toMatchObject({
      before: { clauses: [expect.objectContaining({ attribute: "email" })] },
    });
  });

  it("an edited clause keeps the rule's and the clause's ids", () => {
    const plan = planRules([liveRule("r1", "email", ["a"])], [desiredRule("email", ["a", "b"])]);
    expect(plan.rules).toEqual([{ _id: "r1", clauses: [written("email", ["a", "b"], "r1-c0")] }]);
  });

  it("extra clauses come without ids (LaunchDarkly gives them one); missing ones are left out", () => {
    const live = [normalizeRule({ _id: "r1", clauses: [clause("a", [1], "c1"), clause("b", [2], "c2")] })];
    expect(planRules(live, [normalizeRule({ clauses: [clause("a", [1])] })]).rules).toEqual([
      { _id: "r1", clauses: [written("a", [1], "c1")] },
    ]);
    const more = planRules(live, [
      normalizeRule({ clauses: [clause("a", [1]), clause("b", [2]), clause("c", [3])] }),
    ]);
    expect(more.rules[0]?.clauses).toEqual([
      written("a", [1], "c1"),
      written("b", [2], "c2"),
      written("c", [3]),
    ]);
  });

  it("a new rule is written in its place, with its rollout, in one go", () => {
    const plan = planRules(
      [liveRule("r1", "email", ["a"])],
      [desiredRule("org", ["x"], { weight: 25000 }), desiredRule("email", ["a"])],
    );
    expect(plan.rules).toEqual([
      { clauses: [written("org", ["x"])], weight: 25000, rolloutContextKind: "user" },
      { _id: "r1", clauses: [written("email", ["a"], "r1-c0")] },
    ]);
    expect(plan.fields.map((field) => field.path)).toEqual(["/rules/0", "/rules/1/position"]);
  });

  it("reordered existing rules are a change of position only", () => {
    const live = [liveRule("r1", "a", [1]), liveRule("r2", "b", [2])];
    expect(matchRules(live, [desiredRule("b", [2]), desiredRule("a", [1])])).toEqual([1, 0]);
    const plan = planRules(live, [desiredRule("b", [2]), desiredRule("a", [1])]);
    expect(plan.rules.map((rule) => rule._id)).toEqual(["r2", "r1"]);
    expect(plan.fields).toEqual([
      { path: "/rules/0/position", before: 1, after: 0 },
      { path: "/rules/1/position", before: 0, after: 1 },
    ]);
  });

  it("a rule moved up only because one before it was removed has not moved", () => {
    const live = [liveRule("r1", "a", [1]), liveRule("r2", "b", [2])];
    const plan = planRules(live, [desiredRule("b", [2])]);
    expect(plan.fields.map((field) => field.path)).toEqual(["/rules/0"]);
  });

  it("rollout, description and bucketBy are written as the repo has them; a removed rollout is simply absent", () => {
    const live = [liveRule("r1", "a", [1], { weight: 1000, rolloutContextKind: "org", description: "old" })];
    const changed = planRules(live, [
      desiredRule("a", [1], { weight: 2000, description: "new", bucketBy: "email" }),
    ]);
    expect(changed.rules).toEqual([
      {
        _id: "r1",
        clauses: [written("a", [1], "r1-c0")],
        description: "new",
        weight: 2000,
        rolloutContextKind: "user",
        bucketBy: "email",
      },
    ]);
    const removed = planRules(live, [desiredRule("a", [1], { description: "old" })]);
    expect(removed.rules).toEqual([{ _id: "r1", clauses: [written("a", [1], "r1-c0")], description: "old" }]);
  });

  it("a legacy rollout without rolloutContextKind, kept with the default kind, is no change", () => {
    const live = [liveRule("r1", "a", [1], { weight: 1000 })];
    expect(live[0]?.rolloutContextKind).toBe("user");
    expect(planRules(live, [desiredRule("a", [1], { weight: 1000 })]).fields).toEqual([]);
    expect(planRules(live, [desiredRule("a", [1])]).fields).toEqual([
      {
        path: "/rules/0",
        before: { clauses: expect.any(Array), weight: 1000, rolloutContextKind: "user" },
        after: { clauses: expect.any(Array) },
      },
    ]);
  });
});
