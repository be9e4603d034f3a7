import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { createPlan } from "../pipeline/create-plan.js";
import { NO_DELETE_THRESHOLD } from "../plan/delete-threshold.js";
import { buildDriftReport, type DriftReport } from "./drift-report.js";

export interface DetectDriftOptions {
  dir: string;
  /** A reader token is enough: drift detection never writes. */
  api: LaunchDarklyApi;
  /** With prune, owned resources deleted from the repo but still in LaunchDarkly count as drift too. */
  prune?: boolean;
  /** The owner when no file sets `owner:`: the same default plan and apply use (the repository), or drift would read
   * the configuration's own resources as another owner's. */
  defaultOwner?: string;
}

export type DetectDriftResult =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; report: DriftReport; diagnostics: Diagnostic[] };

/** Plans the repository against live LaunchDarkly; any change in that plan is drift, attributed from the audit log. */
export async function detectDrift(options: DetectDriftOptions): Promise<DetectDriftResult> {
  const planned = await createPlan({
    dir: options.dir,
    api: options.api,
    prune: options.prune ?? false,
    ...(options.defaultOwner !== undefined ? { defaultOwner: options.defaultOwner } : {}),
    // Drift detection only reports, and a mass deletion is exactly what it must show.
    deleteThreshold: NO_DELETE_THRESHOLD,
  });
  if (!planned.ok) return { ok: false, diagnostics: planned.diagnostics };
  return {
    ok: true,
    report: await buildDriftReport(options.api, planned.plan),
    diagnostics: planned.diagnostics,
  };
}
