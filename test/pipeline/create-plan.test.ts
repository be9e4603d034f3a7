// Integration: the emulator over real HTTP, the real client, real YAML files.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { MissingScopeError } from "../../src/live/missing-scope-error.js";
import { readLiveState } from "../../src/live/read-live-state.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import type { Plan } from "../../src/plan/types.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import { executePlan } from "../live/support/execute-plan.js";
import { addresses, type LiveFixture, startLiveFixture } from "../live/support/live-fixture.js";

let fixture: LiveFixture;
let emulator: RunningEmulator;
let api: LaunchDarklyClient;
let dir: string;

const CONFIG = `project: default
environments: [production, test]
segments:
  - key: beta
    name: Beta testers
    included: [u1, u2]
    rules:
      - clauses:
          - attribute: email
            op: endsWith
            values: ["@example.com"]
        weight: 25000
  - key: alpha
    name: Alpha
    tags: [early]
metrics:
  - key: checkout
    name: Checkout
    kind: custom
    eventKey: checkout
roles:
  - key: flag-writers
    name: Flag writers
    policy:
      - effect: allow
        actions: [updateOn]
        resources: ["proj/default:env/test:flag/*"]
`;

const execute = (plan: Plan) => executePlan(api, plan);

beforeAll(async () => {
  fixture = await startLiveFixture(
    {
      formatVersion: 1,
      projects: [
        {
          key: "default",
          name: "Default",
          environments: [
            {
              key: "production",
              name: "Production",
              segments: [
                { key: "beta", name: "Beta", tags: [OWNERSHIP_TAG], included: ["u1", "u0"] },
                { key: "handmade", name: "Handmade", tags: [] },
                { key: "orphan", name: "Orphan", tags: [OWNERSHIP_TAG] },
              ],
            },
            { key: "test", name: "Test" },
          ],
          metrics: [
            {
              key: "checkout",
              name: "Checkout",
              kind: "custom",
              eventKey: "checkout",
              tags: [OWNERSHIP_TAG],
            },
          ],
        },
      ],
    },
    CONFIG,
    "ld-gitops-plan-",
  );
  ({ emulator, api, dir } = fixture);
});

afterAll(() => fixture.close());

describe("plan against the emulator", () => {
  it("plans creates, updates and unmanaged resources from list reads only", async () => {
    emulator.clearRequests();
    const result = await createPlan({ dir, api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const { plan } = result;
    expect(addresses(plan.changes)).toEqual([
      "create role flag-writers",
      "create segment default/production/alpha",
      "update segment default/production/beta",
      "create segment default/test/alpha",
      "create segment default/test/beta",
    ]);
    expect(plan.summary.unchanged).toBe(1);
    const beta = plan.changes.find((c) => c.action === "update");
    expect(beta?.fields).toContainEqual({ path: "/included/user", added: ["u2"], removed: ["u0"] });
    expect(plan.unmanaged.map((u) => [u.key, u.owned])).toEqual([
      ["handmade", false],
      ["orphan", true],
    ]);
    // The live state comes from list reads; the one single read is the impact's look at the updated segment
    // (its `_flags`): no flag targets it, so the flag list is not read.
    expect(
      emulator.requests
        .filter((r) => r.method === "GET" && /\/segments\/default\/[^/]+\/[^/]+$/.test(r.path))
        .map((r) => r.path),
    ).toEqual(["/api/v2/segments/default/production/beta"]);
    expect(emulator.requests.filter((r) => r.path.startsWith("/api/v2/flags/"))).toEqual([]);
    expect(plan.impact?.segments).toEqual([
      {
        project: "default",
        environment: "production",
        key: "beta",
        action: "update",
        flags: [],
        matchedBy: [],
      },
    ]);
    // The project read embeds its environments: they are not listed separately.
    expect(emulator.requests.filter((r) => r.path === "/api/v2/projects/default/environments")).toEqual([]);
  });

  it("executing the plan's operations and planning again gives no changes", async () => {
    const first = await createPlan({ dir, api });
    if (!first.ok) throw new Error("invalid");
    await execute(first.plan);
    const second = await createPlan({ dir, api });
    if (!second.ok) throw new Error("invalid");
    expect(second.plan.changes).toEqual([]);
    const prune = await createPlan({ dir, api, prune: true, deleteThreshold: { maxPercent: 100 } });
    if (!prune.ok) throw new Error("invalid");
    expect(prune.plan.changes.map((c) => [c.action, c.key])).toEqual([["delete", "orphan"]]);
  });

  it("a missing environment is an error naming the file and line", async () => {
    const bad = mkdtempSync(join(tmpdir(), "ld-gitops-plan-bad-"));
    try {
      writeFileSync(
        join(bad, "x.yaml"),
        "project: default\nenvironments: [staging]\nsegments:\n  - key: s\n    name: S\n",
      );
      const { validateConfigDirectory } = await import("../../src/pipeline/load-and-validate.js");
      const { state } = await validateConfigDirectory(bad);
      const error = await readLiveState(api, state, { wordFinding: describeFinding }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MissingScopeError);
      expect((error as Error).message).toContain(
        `${relative(process.cwd(), join(bad, "x.yaml")).replace(/\\/g, "/")}:2`,
      );
      expect((error as Error).message).toMatch(/environment "staging" does not exist in project "default"/);
      writeFileSync(
        join(bad, "x.yaml"),
        "project: nope\nenvironments: [production]\nsegments:\n  - key: s\n    name: S\n",
      );
      const missingProject = await createPlan({ dir: bad, api }).catch((e: unknown) => e);
      expect((missingProject as Error).message).toMatch(/x\.yaml:1:\d+: project "nope" does not exist/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it("reports every missing project and environment at once, one per line in file order", async () => {
    const bad = mkdtempSync(join(tmpdir(), "ld-gitops-plan-bad-"));
    try {
      writeFileSync(
        join(bad, "a.yaml"),
        [
          "project: nope",
          "environments: [production]",
          "segments:",
          "  - { key: s, name: S }",
          "metrics:",
          "  - { key: m, name: M, project: other-missing, kind: custom, eventKey: e }",
          "",
        ].join("\n"),
      );
      writeFileSync(
        join(bad, "b.yaml"),
        "project: default\nenvironments: [production, staging, qa]\nsegments:\n  - { key: t, name: T }\n",
      );
      const file = (name: string) => relative(process.cwd(), join(bad, name)).replace(/\\/g, "/");
      const error = await createPlan({ dir: bad, api }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingScopeError);
      const missing = error as MissingScopeError;
      expect(missing.message.split("\n")).toEqual([
        "the config names 4 projects or environments that LaunchDarkly does not have:",
        `${file("a.yaml")}:1:10: project "nope" does not exist in LaunchDarkly (or the token cannot see it)`,
        `${file("a.yaml")}:6:33: project "other-missing" does not exist in LaunchDarkly (or the token cannot see it)`,
        `${file("b.yaml")}:2:28: environment "staging" does not exist in project "default" (it has: production, test)`,
        `${file("b.yaml")}:2:37: environment "qa" does not exist in project "default" (it has: production, test)`,
      ]);
      // The first one stays in `source` (as before); every one is in `scopes`, for callers that annotate each.
      expect(missing.source).toMatchObject({ file: file("a.yaml"), line: 1, column: 10 });
      expect(
        missing.scopes.map((scope) => [scope.source.file, scope.source.line, scope.source.column]),
      ).toEqual([
        [file("a.yaml"), 1, 10],
        [file("a.yaml"), 6, 33],
        [file("b.yaml"), 2, 28],
        [file("b.yaml"), 2, 37],
      ]);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
