// Executing a plan and planning again must give an empty plan: the operations do exactly what the diff says.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MetricDefinition } from "../../src/model/metric.js";
import type { RoleDefinition } from "../../src/model/role.js";
import type { SegmentDefinition, SegmentRule } from "../../src/model/segment.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import { desiredState, emptyLiveFor, SOURCE } from "./support/desired.js";
import { applyPlanInMemory } from "./support/simulate-operations.js";

const word = fc.constantFrom("a", "b", "c", "d", "e");
const keyList = fc.uniqueArray(fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6"), { maxLength: 4 });
const clause = fc.record(
  {
    attribute: fc.constantFrom("email", "country", "plan"),
    op: fc.constantFrom("in", "endsWith"),
    values: fc.array(word, { minLength: 1, maxLength: 2 }),
    negate: fc.boolean(),
    contextKind: fc.constantFrom("user", "org"),
  },
  { requiredKeys: ["attribute", "op", "values"] },
);
const rule: fc.Arbitrary<SegmentRule> = fc.record(
  {
    clauses: fc.array(clause, { minLength: 1, maxLength: 3 }),
    description: word,
    weight: fc.integer({ min: 0, max: 100000 }),
    rolloutContextKind: fc.constantFrom("user", "org"),
    bucketBy: fc.constantFrom("key", "email"),
  },
  { requiredKeys: ["clauses"] },
);
const segmentFields = fc.record(
  {
    name: word,
    description: word,
    tags: fc.uniqueArray(word, { maxLength: 3 }),
    included: keyList,
    excludedContexts: fc.constant([{ contextKind: "org", values: ["o1"] }] as {
      contextKind: string;
      values: string[];
    }[]),
    rules: fc.array(rule, { maxLength: 4 }),
  },
  { requiredKeys: ["name"] },
);
const segments = fc
  .uniqueArray(fc.tuple(fc.constantFrom("s1", "s2", "s3"), segmentFields), {
    selector: ([key]) => key,
    maxLength: 3,
  })
  .map((list) =>
    list.map(
      ([key, fields]): SegmentDefinition => ({
        ...(fields as Omit<SegmentDefinition, "key" | "project" | "environments" | "overrides" | "source">),
        // A key cannot be both included and excluded, so excluded users come from a disjoint pool.
        excluded: fields.included?.length ? ["x9"] : [],
        key,
        project: "default",
        environments: ["production", "test"],
        overrides: {},
        source: SOURCE,
      }),
    ),
  );
const metrics = fc
  .uniqueArray(
    fc.record({
      key: fc.constantFrom("m1", "m2"),
      name: word,
      unit: word,
      isNumeric: fc.boolean(),
      tags: fc.uniqueArray(word, { maxLength: 2 }),
    }),
    { selector: (m) => m.key, maxLength: 2 },
  )
  .map((list) =>
    list.map(
      (m): MetricDefinition => ({ ...m, project: "default", kind: "custom", eventKey: "e", source: SOURCE }),
    ),
  );
const roles = fc
  .uniqueArray(
    fc.record({
      key: fc.constantFrom("r1", "r2"),
      name: word,
      description: word,
      policy: fc.array(
        fc.record({
          effect: fc.constantFrom("allow" as const, "deny" as const),
          actions: fc.uniqueArray(word, { minLength: 1, maxLength: 2 }),
          resources: fc.constant<string[]>(["proj/*"]),
        }),
        { maxLength: 3 },
      ),
    }),
    { selector: (r) => r.key, maxLength: 2 },
  )
  .map((list) => list.map((r): RoleDefinition => ({ ...r, source: SOURCE })));
const state = fc.record({ segments, metrics, roles });

describe("plan round trip (property)", () => {
  it("creating from scratch, then planning the same desired state, gives no changes", () => {
    fc.assert(
      fc.property(state, (parts) => {
        const desired = desiredState(parts);
        const live = emptyLiveFor(desired);
        applyPlanInMemory(live, planDesiredState(desired, live));
        const again = planDesiredState(desired, live);
        expect(again.changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("going from any desired state A to any B, then planning B again, gives no changes", () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        // Both sides must read the same scopes.
        const scope = desiredState({
          segments: [...a.segments, ...b.segments],
          metrics: [...a.metrics, ...b.metrics],
          roles: [...a.roles, ...b.roles],
        });
        const live = emptyLiveFor(scope);
        if (scope.roles.length > 0) live.roles = [];
        const desiredA = { ...desiredState(a), environments: scope.environments, projects: scope.projects };
        applyPlanInMemory(live, planDesiredState(desiredA, live));
        const desiredB = { ...desiredState(b), environments: scope.environments, projects: scope.projects };
        const toB = planDesiredState(desiredB, live, {
          prune: true,
          deleteThreshold: { maxCount: 1000, maxPercent: 100 },
        });
        applyPlanInMemory(live, toB);
        expect(planDesiredState(desiredB, live, { prune: true }).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
