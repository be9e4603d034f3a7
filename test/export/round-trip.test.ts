// The acceptance test of `ld-gitops export`: an account made by hand (per-environment differences, big and external
// segments, preset roles, every metric kind) exports to files that validate, plan as adoption only, apply, and then
// plan empty. Against the emulator over HTTP.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmulatorSnapshot, RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { baseSnapshot, clientFor, startTestEmulator } from "../apply/support.js";
import { exportTo, roundTrip, tempDir } from "./support.js";

function existingAccount(): EmulatorSnapshot {
  const snapshot = baseSnapshot();
  const project = snapshot.projects[0];
  if (!project) throw new Error("no project");
  project.environments.push({ key: "test", name: "Test" });
  const beta = (included: string[]) => ({
    key: "beta-testers",
    name: "Beta testers",
    description: "Opted in",
    tags: ["beta"],
    included,
    includedContexts: [{ contextKind: "organization", values: ["globex", "acme"] }],
    rules: [
      {
        _id: "r1",
        description: "Staff",
        clauses: [{ _id: "c1", attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }],
        weight: 50_000,
        rolloutContextKind: "user",
        bucketBy: "key",
      },
    ],
  });
  const [production, staging, test] = project.environments;
  if (!production || !staging || !test) throw new Error("no environments");
  production.segments = [
    beta(["u3", "u1", "u2"]),
    { key: "internal", name: "Internal", tags: [], included: ["ada"] },
    { key: "amplitude-cohort", name: "Cohort", _external: "amplitude" },
    { key: "big-accounts", name: "Big accounts", unbounded: true, unboundedContextKind: "organization" },
  ];
  staging.segments = [beta(["u1"]), { key: "internal", name: "Internal (staging)", tags: [] }];
  test.segments = [beta(["u1"]), { key: "qa-only", name: "QA", rules: [] }];
  project.metrics = [
    { key: "checkout", kind: "custom", eventKey: "checkout", isNumeric: false, tags: ["shop"] },
    {
      key: "latency",
      name: "Latency",
      kind: "custom",
      eventKey: "latency",
      isNumeric: true,
      unit: "ms",
      successCriteria: "LowerThanBaseline",
      unitAggregationType: "sum",
    },
    { key: "pricing-view", kind: "pageview", urls: [{ kind: "substring", substring: "/pricing" }] },
    {
      key: "buy-click",
      kind: "click",
      selector: "#buy",
      urls: [{ kind: "exact", url: "https://example.com/" }],
    },
  ];
  snapshot.roles = [
    {
      key: "segment-syncer",
      name: "Segment syncer",
      description: "Syncs segments",
      policy: [
        {
          effect: "allow",
          resources: ["proj/*:env/*:segment/*"],
          actions: ["updateIncluded", "createSegment"],
        },
        { effect: "deny", notResources: ["proj/*:env/test:segment/*"], actions: ["deleteSegment"] },
      ],
    },
    {
      key: "reader-plus",
      name: "Reader plus",
      basePermissions: "reader",
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["*"] }],
    },
    {
      key: "writer",
      name: "Writer",
      _presetBundleVersion: 1,
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["*"] }],
    } as never,
  ];
  return snapshot;
}

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

describe("export round trip", () => {
  it("exports an existing account to files that plan as adoption only, apply, and then plan empty", async () => {
    emulator.loadState(existingAccount());
    const plan = await roundTrip(api);
    // Every exported resource is adopted: 3+2+2 segment instances (no external), 4 metrics, 2 roles (no preset).
    expect(plan.summary).toMatchObject({ create: 0, delete: 0, adopt: 13, update: 13 });
    // The second export of the adopted account writes the same files: the markers are not exported.
  });

  it("folds per-environment differences into overrides and groups segments by their environments", async () => {
    emulator.loadState(existingAccount());
    const dir = await tempDir();
    const { result, written } = await exportTo(api, dir);
    expect(written.written).toEqual([
      "roles.yaml",
      "web-app/metrics.yaml",
      "web-app/segments.production.staging.yaml",
      "web-app/segments.production.yaml",
      "web-app/segments.test.yaml",
      "web-app/segments.yaml",
    ]);
    const main = await readFile(join(dir, "web-app/segments.yaml"), "utf8");
    expect(main).toContain("environments: [production, staging, test]");
    // u1 in two environments of three: the top level; production's three users are its override.
    expect(main).toContain("included: [u1]");
    expect(main).toContain("production: {included: [u1, u2, u3]}");
    expect(main).toContain("- {contextKind: organization, values: [acme, globex]}");
    const split = await readFile(join(dir, "web-app/segments.production.staging.yaml"), "utf8");
    expect(split).toContain("environments: [production, staging]");
    // Named differently in staging: the name of the first environment on top, staging's as its override.
    expect(split).toContain("staging: {name: Internal (staging), included: []}");
    const big = await readFile(join(dir, "web-app/segments.production.yaml"), "utf8");
    expect(big).toContain("unboundedContextKind: organization");
    expect(result.findings.map((finding) => [finding.code, finding.key])).toEqual([
      ["external-segment-skipped", "amplitude-cohort"],
      ["big-segment-members-not-exported", "big-accounts"],
      ["preset-role-skipped", "writer"],
    ]);
  });
});
