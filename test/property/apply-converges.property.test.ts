// Property: for any desired state and any live state, applying the plan against the emulator produces the desired
// state, and a new plan is then empty. Small sizes and 25 runs keep it fast; failures shrink to a minimal case.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import type { EmulatorSnapshot, RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import type { LdClause, LdSegmentRule } from "../../src/launchdarkly/types.js";
import { readLiveState } from "../../src/live/read-live-state.js";
import type { MetricDefinition } from "../../src/model/metric.js";
import { resourceAddress } from "../../src/model/resource-identity.js";
import type { RoleDefinition, RoleStatement } from "../../src/model/role.js";
import type { SegmentDefinition, SegmentRule } from "../../src/model/segment.js";
import { resolveSegment } from "../../src/model/segment.js";
import { OWNERSHIP_TAG, ownershipMarker, ROLE_OWNERSHIP_MARKER } from "../../src/plan/ownership.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import { planEarlySegmentUpdates } from "../../src/plan/plan-segments.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import {
  baseSnapshot,
  COMMENT,
  clientFor,
  desiredState,
  ENV,
  metric,
  planFor,
  role,
  segment,
  startTestEmulator,
  storedSegment,
} from "../apply/support.js";

const USERS = ["u1", "u2", "u3", "u4", "u5"];
const ORGS = ["acme", "globex", "initech"];
const name = fc.constantFrom("Alpha", "Beta", "Gamma", "Delta");
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Each user is included, excluded or neither: the two lists never overlap (validation forbids it). */
const membership = fc
  .array(fc.constantFrom("in", "out", "none"), { minLength: USERS.length, maxLength: USERS.length })
  .map((states) => ({
    included: USERS.filter((_user, index) => states[index] === "in"),
    excluded: USERS.filter((_user, index) => states[index] === "out"),
  }));

const clause = fc.record({
  attribute: fc.constantFrom("email", "country", "plan"),
  op: fc.constantFrom("in", "endsWith", "startsWith"),
  values: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 2 }),
  negate: fc.boolean(),
});

const rule: fc.Arbitrary<SegmentRule> = fc
  .record({
    description: maybe(fc.constantFrom("first", "second", "third")),
    clauses: fc.array(clause, { minLength: 1, maxLength: 2 }),
    weight: maybe(fc.integer({ min: 0, max: 100_000 })),
    rolloutContextKind: maybe(fc.constantFrom("user", "organization")),
    bucketBy: maybe(fc.constantFrom("key", "email")),
  })
  .map((value) => {
    const out: SegmentRule = { clauses: value.clauses };
    if (value.description !== undefined) out.description = value.description;
    if (value.weight !== undefined) out.weight = value.weight;
    // `rolloutContextKind` only means something with a rollout (normalisation ignores it otherwise).
    if (value.weight !== undefined && value.rolloutContextKind !== undefined)
      out.rolloutContextKind = value.rolloutContextKind;
    if (value.bucketBy !== undefined) out.bucketBy = value.bucketBy;
    return out;
  });

/**
 * A rule as LaunchDarkly may hold it: each optional field present or absent (legacy rules have rollouts without
 * `rolloutContextKind`, clauses without `contextKind` or `negate`), empty strings where the UI leaves them.
 */
const liveClause = fc
  .record({
    attribute: fc.constantFrom("email", "country", "plan"),
    op: fc.constantFrom("in", "endsWith", "startsWith"),
    values: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 2 }),
    negate: maybe(fc.boolean()),
    contextKind: maybe(fc.constantFrom("user", "organization")),
  })
  .map(({ negate, contextKind, ...rest }) => ({
    ...rest,
    ...(negate !== undefined ? { negate } : {}),
    ...(contextKind !== undefined ? { contextKind } : {}),
  }));

const liveRule: fc.Arbitrary<LdSegmentRule> = fc
  .record({
    description: maybe(fc.constantFrom("first", "second", "", "third")),
    clauses: fc.array(liveClause, { minLength: 1, maxLength: 2 }),
    weight: maybe(fc.integer({ min: 0, max: 100_000 })),
    rolloutContextKind: maybe(fc.constantFrom("user", "organization")),
    bucketBy: maybe(fc.constantFrom("key", "email", "")),
  })
  .map((value) => {
    // The OpenAPI document marks `negate` required; the reader must still cope with data that lacks it.
    const out: LdSegmentRule = { clauses: value.clauses as LdClause[] };
    if (value.description !== undefined) out.description = value.description;
    if (value.weight !== undefined) out.weight = value.weight;
    if (value.rolloutContextKind !== undefined) out.rolloutContextKind = value.rolloutContextKind;
    if (value.bucketBy !== undefined) out.bucketBy = value.bucketBy;
    return out;
  });

const desiredSegment = (key: string): fc.Arbitrary<SegmentDefinition> =>
  fc
    .record({
      name,
      description: maybe(fc.constantFrom("one", "two")),
      tags: fc.uniqueArray(fc.constantFrom("x", "y", "z"), { maxLength: 2 }),
      members: membership,
      orgs: fc.subarray(ORGS),
      rules: fc.array(rule, { maxLength: 3 }),
    })
    .map((value) => {
      const definition = segment({
        key,
        name: value.name,
        tags: value.tags,
        included: value.members.included,
        excluded: value.members.excluded,
        rules: value.rules,
      });
      if (value.description !== undefined) definition.description = value.description;
      if (value.orgs.length > 0)
        definition.includedContexts = [{ contextKind: "organization", values: value.orgs }];
      return definition;
    });

const desiredMetric = (key: string): fc.Arbitrary<MetricDefinition> =>
  fc
    .record({
      name,
      numeric: fc.boolean(),
      tags: fc.uniqueArray(fc.constantFrom("x", "y"), { maxLength: 2 }),
      event: fc.constantFrom("e1", "e2"),
      description: maybe(fc.constantFrom("counts sign-ups", "")),
      eventDefault: maybe(fc.record({ disabled: fc.boolean(), value: fc.constantFrom(0, 1) })),
      randomizationUnits: maybe(fc.constantFrom("user", "organization").map((unit) => [unit])),
    })
    .map((value) =>
      metric({
        key,
        name: value.name,
        tags: value.tags,
        eventKey: value.event,
        isNumeric: value.numeric,
        ...(value.numeric ? { successCriteria: "LowerThanBaseline" as const, unit: "ms" } : {}),
        ...(value.description !== undefined ? { description: value.description } : {}),
        ...(value.eventDefault !== undefined ? { eventDefault: value.eventDefault } : {}),
        ...(value.randomizationUnits !== undefined ? { randomizationUnits: value.randomizationUnits } : {}),
      }),
    );

const statement: fc.Arbitrary<RoleStatement> = fc.record({
  effect: fc.constantFrom("allow" as const, "deny" as const),
  resources: fc.uniqueArray(fc.constantFrom("proj/*:env/*:segment/*", "proj/web-app:metric/*"), {
    minLength: 1,
    maxLength: 2,
  }),
  actions: fc.uniqueArray(fc.constantFrom("updateIncluded", "updateName", "*"), {
    minLength: 1,
    maxLength: 2,
  }),
});

const desiredRole = (key: string): fc.Arbitrary<RoleDefinition> =>
  fc
    .record({
      name,
      base: fc.constantFrom("reader", "no_access"),
      policy: fc.array(statement, { minLength: 1, maxLength: 2 }),
    })
    .map((value) => role({ key, name: value.name, basePermissions: value.base, policy: value.policy }));

/** Some of the keys in the pool, each with a generated value. */
function someOf<T>(pool: string[], make: (key: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc
    .subarray(pool)
    .chain((keys) => (keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(make))));
}

const SEGMENT_KEYS = ["s0", "s1", "s2", "s3"];
const METRIC_KEYS = ["m0", "m1"];
const ROLE_KEYS = ["r0", "r1"];

/** Live resources as LaunchDarkly holds them: some owned by ld-gitops (prune may delete them), some not. */
const liveState: fc.Arbitrary<EmulatorSnapshot> = fc
  .record({
    segments: someOf(SEGMENT_KEYS, (key) =>
      fc
        .record({
          name,
          owned: fc.boolean(),
          members: membership,
          rules: fc.array(liveRule, { maxLength: 2 }),
        })
        .map((value) => ({
          key,
          name: value.name,
          tags: value.owned ? [OWNERSHIP_TAG] : [],
          included: value.members.included,
          excluded: value.members.excluded,
          rules: value.rules,
        })),
    ),
    metrics: someOf(METRIC_KEYS, (key) =>
      // Fields LaunchDarkly may or may not hold (older metrics lack the later defaults): present or absent.
      fc
        .record({
          name,
          owned: fc.boolean(),
          description: maybe(fc.constantFrom("old text", "")),
          successCriteria: maybe(
            fc.constantFrom("HigherThanBaseline" as const, "LowerThanBaseline" as const),
          ),
          eventDefault: maybe(fc.record({ disabled: fc.boolean(), value: fc.constantFrom(0, 1) })),
          randomizationUnits: maybe(fc.constantFrom("user", "organization").map((unit) => [unit])),
          unitAggregationType: maybe(fc.constantFrom("average" as const, "sum" as const)),
        })
        .map(({ owned, ...value }) => ({
          key,
          kind: "custom" as const,
          eventKey: "e0",
          isNumeric: false,
          tags: owned ? [OWNERSHIP_TAG] : [],
          ...Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)),
        })),
    ),
    roles: someOf(ROLE_KEYS, (key) =>
      fc
        .record({ name, owned: fc.boolean(), base: maybe(fc.constantFrom("reader", "no_access")) })
        .map((value) => ({
          key,
          name: value.name,
          ...(value.owned ? { description: ROLE_OWNERSHIP_MARKER } : {}),
          // The emulator fills in `no_access` when absent (and refuses to patch a role without it).
          ...(value.base !== undefined ? { basePermissions: value.base } : {}),
          policy: [{ effect: "allow" as const, resources: ["proj/*"], actions: ["*"] }],
        })),
    ),
  })
  .map((live) => {
    const snapshot = baseSnapshot();
    const project = snapshot.projects[0];
    const production = project?.environments.find((environment) => environment.key === ENV);
    if (project && production) {
      production.segments = live.segments;
      project.metrics = live.metrics;
    }
    snapshot.roles = live.roles;
    return snapshot;
  });

let emulator: RunningEmulator;
let api: LaunchDarklyClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  api = clientFor(emulator);
});

afterAll(async () => {
  await api.close();
  await emulator.close();
});

describe("planning segments while the lists are read", () => {
  it("gives exactly the plan of planning after reading, for any desired and live state", async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(
        liveState,
        someOf(SEGMENT_KEYS, desiredSegment),
        fc.boolean(),
        fc.constantFrom(undefined, "acme/flags"),
        async (snapshot, segments, prune, owner) => {
          emulator.loadState(snapshot);
          const desired = desiredState({ segments, metrics: [], roles: [] });
          if (owner) desired.owner = owner;
          const live = await readLiveState(api, desired, {
            alwaysRead: ["segment"],
            wordFinding: describeFinding,
          });
          const options = { prune, deleteThreshold: { maxCount: 1_000, maxPercent: 100 } };
          const after = planDesiredState(desired, live, options);
          // Every environment's updates worked out ahead, as if each list had arrived before the others.
          const wanted = new Map(
            desired.segments.flatMap(resolveSegment).map((s) => [resourceAddress(s), s]),
          );
          const early = new Map();
          for (const [scope, list] of live.segments) {
            const [project = "", environment = ""] = scope.split("/");
            planEarlySegmentUpdates(
              wanted,
              project,
              environment,
              list,
              ownershipMarker(desired.owner),
              early,
            );
          }
          expect(planDesiredState(desired, live, { ...options, earlySegmentUpdates: early })).toEqual(after);
          changed += after.changes.length;
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
    expect(changed).toBeGreaterThan(0);
  }, 120_000);
});

describe("apply converges", () => {
  it("makes LaunchDarkly match any desired state, from any live state", async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(
        liveState,
        someOf(SEGMENT_KEYS, desiredSegment),
        someOf(METRIC_KEYS, desiredMetric),
        someOf(ROLE_KEYS, desiredRole),
        fc.boolean(),
        async (live, segments, metrics, roles, prune) => {
          emulator.loadState(live);
          const desired = desiredState({ segments, metrics, roles });
          const plan = await planFor(api, desired, prune);
          const report = await applyPlan({ plan, api, comment: COMMENT, desired });
          expect(report.resources.filter((result) => result.status !== "applied")).toEqual([]);
          expect(report.convergence).toEqual({ converged: true, remaining: [] });
          applied += report.summary.applied;

          // The planner's view agrees with LaunchDarkly's own state for the fields people care about most.
          for (const definition of segments) {
            const stored = storedSegment(emulator, definition.key);
            expect(stored?.name).toBe(definition.name);
            expect([...(stored?.included ?? [])].sort()).toEqual([...(definition.included ?? [])].sort());
            expect([...(stored?.excluded ?? [])].sort()).toEqual([...(definition.excluded ?? [])].sort());
            expect(stored?.rules?.length).toBe(definition.rules?.length ?? 0);
          }
          const again = await planFor(api, desired, prune);
          expect(again.changes).toEqual([]);
        },
      ),
      // PROPERTY_RUNS=500 for a longer search.
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
    // The generated states do differ: the property is not passing on empty plans.
    expect(applied).toBeGreaterThan(0);
  }, 120_000);
});
