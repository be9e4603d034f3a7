import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { detectDrift } from "../../src/drift/detect-drift.js";
import { buildDriftReport } from "../../src/drift/drift-report.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { renderDriftMarkdown } from "../../src/render/drift-markdown.js";
import {
  ADA_TOKEN,
  applyBetaSegmentAsTool,
  BETA_SEGMENT_YAML,
  clientFor,
  READER_TOKEN,
  startSeededEmulator,
  WRITER_TOKEN,
} from "../action/launchdarkly-seed.js";

let emulator: RunningEmulator;
let dir: string;
let writer: LaunchDarklyClient;
let reader: LaunchDarklyClient;
let ada: LaunchDarklyClient;

beforeEach(async () => {
  emulator = await startSeededEmulator();
  writer = clientFor(emulator, WRITER_TOKEN);
  reader = clientFor(emulator, READER_TOKEN);
  ada = clientFor(emulator, ADA_TOKEN);
  dir = mkdtempSync(join(tmpdir(), "ld-gitops-drift-"));
  mkdirSync(join(dir, "launchdarkly"));
  writeFileSync(join(dir, "launchdarkly", "segments.yaml"), BETA_SEGMENT_YAML);
});
afterEach(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("detectDrift against the LaunchDarkly emulator", () => {
  it("reads the repository's own resources as its own when the owner comes from the repository", async () => {
    const config = join(dir, "launchdarkly");
    const planned = await createPlan({ dir: config, api: writer, defaultOwner: "acme/flags" });
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const applied = await applyPlan({ plan: planned.plan, api: writer, comment: "ld-gitops: apply" });
    expect(applied.ok).toBe(true);
    const result = await detectDrift({ dir: config, api: reader, defaultOwner: "acme/flags" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.hasDrift).toBe(false);
  });

  it("finds no drift when LaunchDarkly holds what ld-gitops wrote", async () => {
    await applyBetaSegmentAsTool(writer);
    const result = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.hasDrift).toBe(false);
    expect(result.report.resources).toEqual([]);
    expect(renderDriftMarkdown(result.report)).toContain("No drift");
  });

  it("attributes a manual change to the person who made it, after the tool's last write", async () => {
    await applyBetaSegmentAsTool(writer);
    await ada.patchSegmentSemantic(
      "web-app",
      "production",
      "beta-users",
      [{ kind: "updateName", value: "Beta (hotfix)" }],
      "renamed during incident",
    );
    const result = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [resource] = result.report.resources;
    expect(result.report.hasDrift).toBe(true);
    expect(resource?.specifier).toBe("proj/web-app:env/production:segment/beta-users");
    expect(resource?.change.action).toBe("update");
    expect(resource?.attribution).toMatchObject({
      changedBy: "ada@emulator.invalid",
      comment: "renamed during incident",
      outOfBandChanges: 1,
    });
    expect(resource?.attribution?.lastToolWriteAt).toBeLessThanOrEqual(resource!.attribution!.changedAt);
    const markdown = renderDriftMarkdown(result.report);
    expect(markdown).toContain("segment `web-app/production/beta-users`");
    expect(markdown).toContain("ada@\u200demulator.invalid");
  });

  it("reports a deleted resource as missing, attributed to whoever deleted it", async () => {
    await applyBetaSegmentAsTool(writer);
    await ada.deleteSegment("web-app", "production", "beta-users");
    const result = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    if (!result.ok) throw new Error("expected a plan");
    expect(result.report.resources.map((r) => r.change.action)).toEqual(["create"]);
    expect(result.report.resources[0]?.attribution?.changedBy).toBe("ada@emulator.invalid");
    expect(renderDriftMarkdown(result.report)).toContain("missing in LaunchDarkly");
  });

  it("returns the diagnostics instead of a report when the files are invalid", async () => {
    writeFileSync(join(dir, "launchdarkly", "segments.yaml"), "segments: nope\n");
    const result = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("still reports drift when the audit log cannot be read", async () => {
    await applyBetaSegmentAsTool(writer);
    await ada.patchSegmentSemantic("web-app", "production", "beta-users", [
      { kind: "updateName", value: "x" },
    ]);
    // A token whose role lacks audit-log access gets 403 there; the drift itself must still be reported.
    emulator.setFaults({ failNext: [{ method: "GET", path: "/api/v2/auditlog", count: 1, status: 403 }] });
    const result = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    if (!result.ok) throw new Error("expected a plan");
    expect(result.report.hasDrift).toBe(true);
    expect(result.report.resources[0]?.attribution).toBeUndefined();
    expect(result.report.resources[0]?.attributionError).toMatch(/403/);
    expect(renderDriftMarkdown(result.report)).toContain("audit log unreadable");
  });

  it("reads each drifted resource's audit log once, with the resource specifier", async () => {
    await applyBetaSegmentAsTool(writer);
    await ada.patchSegmentSemantic("web-app", "production", "beta-users", [
      { kind: "updateName", value: "x" },
    ]);
    const planned = await detectDrift({ dir: join(dir, "launchdarkly"), api: reader });
    if (!planned.ok) throw new Error("expected a plan");
    emulator.clearRequests();
    await buildDriftReport(reader, planned.report.plan);
    const auditReads = emulator.requests.filter((r) => r.path === "/api/v2/auditlog");
    expect(auditReads).toHaveLength(1);
    expect(decodeURIComponent(auditReads[0]!.query)).toContain(
      "spec=proj/web-app:env/production:segment/beta-users",
    );
  });
});
