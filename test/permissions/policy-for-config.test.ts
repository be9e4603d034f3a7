// The printed policy, checked two ways against a real plan: the project's own policy evaluator allows every
// permission the pre-flight requires for it, and an emulator token limited to that policy applies the plan.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { requiredPermissions } from "../../src/apply/required-permissions.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import type { LdStatement } from "../../src/launchdarkly/types.js";
import { evaluatePolicy } from "../../src/permissions/evaluate-policy.js";
import { policyForConfig } from "../../src/permissions/policy-for-config.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import { OWNERSHIP_TAG, ROLE_OWNERSHIP_MARKER } from "../../src/plan/ownership.js";
import type { Plan } from "../../src/plan/types.js";
import { runCli } from "../cli/run-cli.js";

const CONFIG = `project: web
environments: [production, staging]
contextKinds:
  - key: organization
    name: Organization
segments:
  - key: beta
    name: Beta testers
    included: [u1]
    includedContexts:
      - { contextKind: organization, values: [acme] }
    rules:
      - clauses:
          - { attribute: email, op: endsWith, values: ["@example.com"] }
  - key: kiosks
    name: Kiosks
    unbounded: true
    included: [k1]
metrics:
  - { key: checkout, name: Checkout done, kind: custom, eventKey: checkout }
roles:
  - key: syncer
    name: Syncer
    policy:
      - { effect: allow, actions: [updateIncluded], resources: ["proj/web:env/*:segment/*"] }
`;

const WRITER = "policy-writer-token";
const ADMIN = "admin-token";

describe("ld-gitops permissions", () => {
  let emulator: RunningEmulator;
  let dir: string;
  let plan: Plan;
  let writerPolicy: LdStatement[];
  let readerPolicy: LdStatement[];
  let state: Awaited<ReturnType<typeof validateConfigDirectory>>["state"];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ld-gitops-permissions-"));
    writeFileSync(join(dir, "config.yaml"), CONFIG);
    ({ state } = await validateConfigDirectory(dir));
    writerPolicy = policyForConfig(state, { mode: "writer", prune: true });
    readerPolicy = policyForConfig(state, { mode: "reader" });
    emulator = await startEmulator({
      tokens: {
        [ADMIN]: { role: "writer" },
        [WRITER]: { role: "reader", inlineRole: writerPolicy },
      },
      state: {
        formatVersion: 1,
        projects: [
          {
            key: "web",
            name: "Web",
            environments: [
              {
                key: "production",
                name: "Production",
                segments: [
                  { key: "beta", name: "Beta", tags: [OWNERSHIP_TAG] },
                  { key: "gone", name: "Gone", tags: [OWNERSHIP_TAG] },
                ],
              },
              { key: "staging", name: "Staging" },
            ],
            metrics: [
              {
                key: "checkout",
                name: "Checkout",
                kind: "custom",
                eventKey: "checkout",
                isNumeric: false,
                tags: [OWNERSHIP_TAG],
              },
              {
                key: "old",
                name: "Old",
                kind: "custom",
                eventKey: "old",
                isNumeric: false,
                tags: [OWNERSHIP_TAG],
              },
            ],
          },
        ],
        roles: [
          { key: "old-role", name: "Old", description: ROLE_OWNERSHIP_MARKER, policy: [] },
          { key: "syncer", name: "Syncer (old)", description: ROLE_OWNERSHIP_MARKER, policy: [] },
        ],
      },
    });
    const admin = new LaunchDarklyClient({ baseUri: emulator.url, token: ADMIN });
    const result = await createPlan({
      dir,
      api: admin,
      prune: true,
      deleteThreshold: { maxCount: 10, maxPercent: 100 },
    });
    await admin.close();
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    plan = result.plan;
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the plan exercises every kind of write: creates, updates and deletes of each resource type", () => {
    const kinds = new Set(plan.changes.map((change) => `${change.action} ${change.resourceType}`));
    for (const kind of [
      "create contextKind",
      "update segment",
      "create segment",
      "delete segment",
      "update metric",
      "delete metric",
      "update role",
      "delete role",
    ])
      expect(kinds).toContain(kind);
  });

  it("the writer policy allows every permission the pre-flight requires for the plan", () => {
    const required = requiredPermissions(plan);
    expect(required.length).toBeGreaterThan(10);
    const refused = required.filter(
      (needed) =>
        evaluatePolicy(writerPolicy, { action: needed.action, resource: needed.target }).decision !== "allow",
    );
    expect(refused).toEqual([]);
  });

  it("is least privilege: deletes only with --prune, no writes for a reader, nothing outside the repository", () => {
    const required = requiredPermissions(plan);
    const decide = (
      policy: LdStatement[],
      action: string,
      resource: string | (typeof required)[number]["target"],
    ) => evaluatePolicy(policy, { action, resource }).decision;
    const withoutPrune = policyForConfig(state, { mode: "writer" });
    for (const needed of required) {
      const expected = needed.action.startsWith("delete") ? "no-match" : "allow";
      expect(decide(withoutPrune, needed.action, needed.target), `${needed.action} ${needed.resource}`).toBe(
        expected,
      );
      expect(decide(readerPolicy, needed.action, needed.target), `${needed.action} ${needed.resource}`).toBe(
        "no-match",
      );
    }
    expect(readerPolicy).toEqual([{ effect: "allow", actions: ["viewProject"], resources: ["proj/web"] }]);
    expect(decide(writerPolicy, "createSegment", "proj/web:env/test:segment/x")).toBe("no-match");
    expect(decide(writerPolicy, "createSegment", "proj/other:env/production:segment/x")).toBe("no-match");
    expect(decide(writerPolicy, "createMetric", "proj/other:metric/x")).toBe("no-match");
    expect(decide(writerPolicy, "updateOn", "proj/web:env/production:flag/x")).toBe("no-match");
  });

  it("the CLI prints the same policy as JSON", async () => {
    const result = await runCli(["permissions", "--dir", dir, "--prune"], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(writerPolicy);
    const reader = await runCli(["permissions", "--dir", dir, "--mode", "reader"], { cwd: dir });
    expect(JSON.parse(reader.stdout)).toEqual(readerPolicy);
  });

  it("a token limited to the writer policy applies the plan through the emulator's own policy check", async () => {
    const client = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
    const report = await applyPlan({ plan, api: client, comment: "least privilege" });
    await client.close();
    expect(
      report.resources.filter((r) => r.status !== "applied").map((r) => `${r.status} ${r.message}`),
    ).toEqual([]);
    expect(report.summary).toMatchObject({ failed: 0, applied: plan.changes.length });
  });
});
