// Validate → read live → plan: the one entry point the CLI and the GitHub Action both call.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnosticText } from "../diagnostics/format-text.js";
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../live/read-live-state.js";
import { readUsage } from "../live/read-usage.js";
import type { DesiredState } from "../model/desired-state.js";
import { resolveSegment } from "../model/segment.js";
import { validateConfigDirectory } from "../validate/index.js";
import { checkContextKindUsage } from "./context-kind-usage.js";
import { planDesiredState } from "./plan-desired-state.js";
import { metricsToInspect, planImpact, segmentsToWatch } from "./plan-impact.js";
import { resolveSegmentMatchWarnings } from "./segment-match-references.js";
import type { DeleteThreshold, Plan } from "./types.js";

export interface CreatePlanOptions {
  /** The configuration directory. */
  dir: string;
  api: LaunchDarklyApi;
  prune?: boolean;
  deleteThreshold?: DeleteThreshold;
}

export type CreatePlanResult =
  /**
   * The files have errors: found by validate (nothing was read from LaunchDarkly), or found against what
   * LaunchDarkly holds (a `segmentMatch` naming a segment that exists nowhere). No plan is made.
   */
  | { ok: false; diagnostics: Diagnostic[]; files: number }
  /** `diagnostics` are warnings only; each is also in `plan.warnings` as `file:line:col: warning: message`. */
  | { ok: true; plan: Plan; desired: DesiredState; diagnostics: Diagnostic[]; files: number };

/**
 * Throws `MissingScopeError` (src/live) when the repo names a project or environment LaunchDarkly does not have,
 * `DeleteThresholdError` when the plan deletes too much, and the client's errors for HTTP failures.
 */
export async function createPlan(options: CreatePlanOptions): Promise<CreatePlanResult> {
  const { state, diagnostics, files } = await validateConfigDirectory(options.dir);
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error"))
    return { ok: false, diagnostics, files };
  // Prune reads every type (and environment) of the declared projects: removing the last role, metric or segment
  // of a kind from the repo must still delete it. Without prune, only what the repo declares is read.
  const live = await readLiveState(options.api, state, options.prune ? PRUNE_READ_OPTIONS : {});
  // Context kinds the segments use must exist (or be declared): checked before planning anything.
  const kindErrors = checkContextKindUsage(state, live);
  if (kindErrors.length > 0) return { ok: false, diagnostics: [...diagnostics, ...kindErrors], files };
  const planOptions: { prune: boolean; deleteThreshold?: DeleteThreshold } = {
    prune: options.prune ?? false,
  };
  if (options.deleteThreshold) planOptions.deleteThreshold = options.deleteThreshold;
  const plan = planDesiredState(state, live, planOptions);
  // What the changes touch (flags, experiments) and the deletes refused because of it: read after planning,
  // since only the changed segments and metrics are looked at.
  const desiredSegments = state.segments.flatMap(resolveSegment);
  const usage = await readUsage(
    options.api,
    segmentsToWatch(plan, desiredSegments, live),
    metricsToInspect(plan, live),
  );
  plan.impact = planImpact(plan, desiredSegments, live, usage);
  // Validate's warnings, settled where the live state answers them, travel with the plan: a reviewer reading
  // the plan (terminal, JSON, PR comment) sees them without running validate separately.
  const resolved = resolveSegmentMatchWarnings(diagnostics, live, plan);
  if (resolved.some((diagnostic) => diagnostic.severity === "error"))
    return { ok: false, diagnostics: resolved, files };
  plan.warnings.unshift(...resolved.map(planWarningText));
  return { ok: true, plan, desired: state, diagnostics: resolved, files };
}

/** How a validation warning reads in `plan.warnings`: the same `file:line:col: warning: message` validate prints. */
export function planWarningText(diagnostic: Diagnostic): string {
  return formatDiagnosticText(diagnostic, { color: false });
}
