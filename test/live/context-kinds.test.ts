// Integration: context kinds checked and managed against the emulator over real HTTP.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { requiredPermissions } from "../../src/apply/required-permissions.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { EmulatorSnapshot } from "../../src/emulator/index.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import { renderPlanText } from "../../src/render/text.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import { addresses, type LiveFixture, startLiveFixture } from "./support/live-fixture.js";

const STATE: EmulatorSnapshot = {
  formatVersion: 1,
  projects: [
    {
      key: "web",
      name: "Web",
      environments: [{ key: "production", name: "Production" }],
      contextKinds: [
        { key: "user", name: "User" },
        { key: "organization", name: "Organization" },
        { key: "legacy-device", name: "Old devices", archived: true },
      ],
    },
  ],
};

const segmentUsing = (kind: string) => `project: web
environments: [production]
segments:
  - key: accounts
    name: Accounts
    includedContexts:
      - contextKind: ${kind}
        values: [acme]
`;

describe("context kinds", () => {
  let fixture: LiveFixture;
  const write = (text: string) => writeFileSync(join(fixture.dir, "config.yaml"), text);

  beforeAll(async () => {
    fixture = await startLiveFixture(STATE, segmentUsing("organisation"), "ld-gitops-kinds-");
  });
  afterAll(() => fixture.close());

  it("a kind the project does not have is a plan error suggesting the nearest one", async () => {
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 4, path: "/includedContexts/0/contextKind" });
    expect(errors[0]).toMatchObject({
      code: "segment.unknown-context-kind",
      params: { kind: "organisation", suggestion: "organization" },
    });
    const message = describeFinding(errors[0] as Diagnostic);
    expect(message).toContain("uses context kind `organisation`, which does not exist in project `web`");
    expect(message).toContain("did you mean `organization`?");
    expect(fixture.emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("an archived kind cannot be targeted; rule clauses and rollouts are checked too", async () => {
    write(`project: web
environments: [production]
segments:
  - key: devices
    name: Devices
    rules:
      - clauses:
          - contextKind: legacy-device
            attribute: os
            op: in
            values: [ios]
        weight: 5000
        rolloutContextKind: organizaton
`);
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.path, describeFinding(d).split(" (at")[0]])).toEqual([
      [
        "/rules/0/clauses/0/contextKind",
        "segment `devices` uses context kind `legacy-device`, which is archived in project `web` and cannot be targeted",
      ],
      [
        "/rules/0/rolloutContextKind",
        "segment `devices` uses context kind `organizaton`, which does not exist in project `web`",
      ],
    ]);
  });

  it("declared kinds are created (PUT) before the segments that use them, and re-planning is empty", async () => {
    write(`project: web
environments: [production]
contextKinds:
  - key: device
    name: Device
    description: A phone or tablet
  - key: organization
    name: Organization
    description: A customer account
segments:
  - key: accounts
    name: Accounts
    includedContexts:
      - contextKind: device
        values: [d1]
      - contextKind: organization
        values: [acme]
`);
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(addresses(result.plan.changes)).toEqual([
      "create contextKind web/device",
      "update contextKind web/organization",
      "create segment web/production/accounts",
    ]);
    expect(result.plan.changes[1]?.fields).toEqual([
      { path: "/description", before: "", after: "A customer account" },
    ]);
    expect(renderPlanText(result.plan)).toContain("+ create contextKind web/device");
    expect(
      requiredPermissions(result.plan)
        .slice(0, 2)
        .map((p) => `${p.action} ${p.resource}`),
    ).toEqual([
      "createContextKind proj/web:context-kind/device",
      "updateContextKind proj/web:context-kind/device",
    ]);

    fixture.emulator.clearRequests();
    const report = await applyPlan({
      plan: result.plan,
      api: fixture.api,
      comment: "test",
      skipAccessCheck: true,
    });
    expect(report.summary).toMatchObject({ applied: 3, failed: 0 });
    const writes = fixture.emulator.requests
      .filter((r) => r.method !== "GET")
      .map((r) => `${r.method} ${r.path}`);
    const lastKind = Math.max(...writes.map((w, i) => (w.startsWith("PUT") ? i : -1)));
    const firstSegment = writes.findIndex((w) => w.includes("/segments/"));
    expect(lastKind).toBeLessThan(firstSegment);

    const again = await createPlan({ dir: fixture.dir, api: fixture.api });
    if (!again.ok) throw new Error(JSON.stringify(again.diagnostics));
    expect(again.plan.changes).toEqual([]);
  });

  it("validate: reserved keys and duplicates are errors", async () => {
    write(`project: web
contextKinds:
  - key: multi
    name: Multi
  - key: device
    name: Device
  - key: device
    name: Device again
`);
    const { diagnostics } = await validateConfigDirectory(fixture.dir);
    const messages = diagnostics.map((d) => `${d.line}: ${describeFinding(d)}`);
    expect(messages.some((m) => m.startsWith("3:"))).toBe(true);
    expect(messages.some((m) => m.includes("duplicate context kind `device`"))).toBe(true);
  });
});
