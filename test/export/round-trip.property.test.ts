// Property: any live state the format can express (segments differing per environment, big segments, every metric
// kind, roles with deny and notResources) exports to files that validate, plan as adoption only, apply, and then
// plan empty. Against the emulator over HTTP; PROPERTY_RUNS raises the number of runs.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorSnapshot, RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { baseSnapshot, clientFor, startTestEmulator } from "../apply/support.js";
import { roundTrip } from "./support.js";

const ENVIRONMENTS = ["production", "staging", "test"];
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const defined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));

const clause = fc
  .record({
    attribute: fc.constantFrom("email", "plan"),
    op: fc.constantFrom("in", "endsWith", "matches", "semVerEqual"),
    values: fc.uniqueArray(fc.constantFrom("a", "b"), { minLength: 1, maxLength: 2 }),
    negate: maybe(fc.boolean()),
    contextKind: maybe(fc.constantFrom("user", "organization")),
  })
  .map(defined);
const rule = fc
  .record({
    description: maybe(fc.constantFrom("first", "")),
    clauses: fc.array(clause, { minLength: 1, maxLength: 2 }),
    weight: maybe(fc.integer({ min: 0, max: 100_000 })),
    rolloutContextKind: maybe(fc.constantFrom("user", "organization")),
    bucketBy: maybe(fc.constantFrom("key", "")),
  })
  .map(defined);
const standard = fc
  .record({
    name: fc.constantFrom("Alpha", "Beta: the second", "yes"),
    description: maybe(fc.constantFrom("one", "", "# not a comment")),
    tags: fc.uniqueArray(fc.constantFrom("x", "y", "managed-by-ld-gitops"), { maxLength: 2 }),
    included: fc.uniqueArray(fc.constantFrom("u1", "u2", "true", "42"), { maxLength: 3 }),
    excluded: fc.uniqueArray(fc.constantFrom("u5"), { maxLength: 1 }),
    includedContexts: fc.constantFrom([], [{ contextKind: "organization", values: ["acme"] }]),
    rules: fc.array(rule, { maxLength: 2 }),
  })
  .map(defined);
const big = fc.record({
  name: fc.constantFrom("Big"),
  unbounded: fc.constant(true),
  unboundedContextKind: fc.constantFrom("user", "organization"),
});

/** Each key exists in some environments, each with its own (possibly equal) fields: folding has real work. */
const segmentKey = (key: string) =>
  fc
    .tuple(fc.subarray(ENVIRONMENTS, { minLength: 1 }), fc.boolean())
    .chain(([environments, isBig]) =>
      fc
        .tuple(...environments.map(() => (isBig ? big : standard)))
        .map((fields) =>
          environments.map((environment, index) => ({ environment, segment: { key, ...fields[index] } })),
        ),
    );

const metric = (key: string) =>
  fc
    .oneof(
      fc.record({
        key: fc.constant(key),
        kind: fc.constant("custom" as const),
        eventKey: fc.constantFrom("e1", "e2"),
        isNumeric: fc.constant(false),
        successCriteria: maybe(fc.constantFrom("HigherThanBaseline" as const, "LowerThanBaseline" as const)),
        tags: fc.uniqueArray(fc.constantFrom("x", "y"), { maxLength: 2 }),
        randomizationUnits: maybe(fc.constantFrom(["user"], ["organization"])),
        description: maybe(fc.constantFrom("d", "")),
      }),
      fc.record({
        key: fc.constant(key),
        kind: fc.constant("custom" as const),
        eventKey: fc.constant("latency"),
        isNumeric: fc.constant(true),
        unit: fc.constant("ms"),
        successCriteria: fc.constantFrom("HigherThanBaseline" as const, "LowerThanBaseline" as const),
        unitAggregationType: maybe(fc.constantFrom("average" as const, "sum" as const)),
        analysisType: maybe(fc.constant("mean")),
      }),
      fc.record({
        key: fc.constant(key),
        kind: fc.constant("pageview" as const),
        urls: fc.constant([{ kind: "canonical" as const, url: "https://example.com/" }]),
      }),
      fc.record({
        key: fc.constant(key),
        kind: fc.constant("click" as const),
        selector: fc.constant("#buy"),
        urls: fc.constant([{ kind: "regex" as const, pattern: ".*" }]),
      }),
    )
    .map((value) => defined(value as Record<string, unknown>));

// Actions are drawn for the statement's resource type: validate refuses an action of another type (it grants nothing).
const STATEMENT_KINDS = {
  segment: {
    specifiers: ["proj/*:env/*:segment/*", "proj/web-app:env/production:segment/*"],
    actions: ["updateIncluded", "createSegment", "*"],
  },
  metric: {
    specifiers: ["proj/web-app:metric/*", "proj/*:metric/*"],
    actions: ["updateName", "createMetric", "*"],
  },
} as const;
const statement = fc
  .constantFrom("segment" as const, "metric" as const)
  .chain((kind) =>
    fc.record({
      effect: fc.constantFrom("allow" as const, "deny" as const),
      specifiers: fc.uniqueArray(fc.constantFrom(...STATEMENT_KINDS[kind].specifiers), {
        minLength: 1,
        maxLength: 2,
      }),
      not: fc.boolean(),
      actions: fc.uniqueArray(fc.constantFrom(...STATEMENT_KINDS[kind].actions), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
  )
  .map(({ effect, specifiers, not, actions }) => ({
    effect,
    [not ? "notResources" : "resources"]: specifiers,
    actions,
  }));
const role = (key: string) =>
  fc
    .record({
      name: fc.constantFrom("Role", "Role: two"),
      description: maybe(fc.constantFrom("Does things", "")),
      basePermissions: maybe(fc.constantFrom("reader", "no_access")),
      policy: fc.array(statement, { minLength: 1, maxLength: 2 }),
    })
    .map((value) => ({ key, ...defined(value) }));

function someOf<T>(pool: string[], make: (key: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc
    .subarray(pool)
    .chain((keys) => (keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(make))));
}

const liveState: fc.Arbitrary<EmulatorSnapshot> = fc
  .record({
    segments: someOf(["s0", "s1", "s2"], segmentKey),
    metrics: someOf(["m0", "m1"], metric),
    roles: someOf(["r0", "r1"], role),
  })
  .map(({ segments, metrics, roles }) => {
    const snapshot = baseSnapshot();
    const project = snapshot.projects[0];
    if (!project) throw new Error("no project");
    project.environments.push({ key: "test", name: "Test" });
    for (const environment of project.environments)
      environment.segments = segments
        .flat()
        .filter((entry) => entry.environment === environment.key)
        .map((entry) => entry.segment as never);
    project.metrics = metrics as never;
    snapshot.roles = roles as never;
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

describe("export round trip (property)", () => {
  it("holds for any live state the format can express", async () => {
    let adopted = 0;
    await fc.assert(
      fc.asyncProperty(liveState, async (live) => {
        emulator.loadState(live);
        const plan = await roundTrip(api);
        adopted += plan.summary.adopt;
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
    expect(adopted).toBeGreaterThan(0);
  }, 180_000);
});
