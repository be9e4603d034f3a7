// Export → validate → plan → apply → plan against the emulator over HTTP: the round trip the export promises.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { buildExport } from "../../src/export/build-export.js";
import { readAccount } from "../../src/export/read-account.js";
import { writeExport } from "../../src/export/write-export.js";
import type { LaunchDarklyApi } from "../../src/launchdarkly/api.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import type { Plan } from "../../src/plan/types.js";
import { COMMENT } from "../apply/support.js";

export const OWNER = "acme/flags";

export async function exportTo(api: LaunchDarklyApi, dir: string, projects = ["web-app"]) {
  const snapshot = await readAccount(api, { projects });
  const result = buildExport(snapshot);
  const written = await writeExport(result.files, {
    dir,
    origin: "http://emulator",
    schema: "../schemas/ld-gitops.schema.json",
    now: new Date("2025-01-02T00:00:00Z"),
  });
  return { result, written };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "ld-gitops-export-"));
}

async function planOf(api: LaunchDarklyApi, dir: string): Promise<Plan> {
  const planned = await createPlan({ dir, api, prune: true, defaultOwner: OWNER });
  expect(planned.ok ? [] : planned.diagnostics).toEqual([]);
  if (!planned.ok) throw new Error("the exported files do not validate");
  return planned.plan;
}

/**
 * Exports into a fresh directory, then checks: the files validate; the plan adopts every resource and changes
 * nothing else; apply converges; the next plan is empty. Returns the first plan.
 */
export async function roundTrip(api: LaunchDarklyApi): Promise<Plan> {
  const dir = await tempDir();
  await exportTo(api, dir);
  const first = await planOf(api, dir);
  const notAdoption = first.changes.filter(
    // A resource already carrying the bare marker of a version without owners is claimed rather than adopted.
    (change) =>
      change.action !== "update" ||
      (change.ownership?.kind !== "adopt" && change.ownership?.kind !== "claim") ||
      !change.ownership.markerOnly,
  );
  expect(notAdoption).toEqual([]);
  if (first.changes.length > 0) {
    const planned = await createPlan({ dir, api, prune: true, defaultOwner: OWNER });
    if (!planned.ok) throw new Error("unreachable");
    const report = await applyPlan({ plan: planned.plan, api, comment: COMMENT, desired: planned.desired });
    expect(report.convergence).toEqual({ converged: true, remaining: [] });
  }
  const again = await planOf(api, dir);
  expect(again.changes).toEqual([]);
  return first;
}
