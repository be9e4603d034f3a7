// Validate → read live → plan: the one entry point the CLI and the GitHub Action both call.
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { checkMemberIdentifiers } from "../live/member-identifiers.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../live/read-live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { findingKey } from "../model/finding.js";
import { describeFinding } from "../render/finding-messages.js";
import { validateConfigDirectory } from "../validate/index.js";
import { findAppliedMembers } from "./applied-members.js";
import { type PlanOptions, planDesiredState } from "./plan-desired-state.js";
import { resolveSegmentMatchWarnings } from "./segment-match-references.js";
import type { DeleteThreshold, Plan, PlanWarning } from "./types.js";

export interface CreatePlanOptions {
  /** The configuration directory. */
  dir: string;
  api: LaunchDarklyApi;
  prune?: boolean;
  deleteThreshold?: DeleteThreshold;
  /** Rows read so far in a member file being read (a progress line on a terminal). */
  onMemberProgress?: (file: string, rows: number) => void;
}

export type CreatePlanResult =
  /**
   * The files have errors: found by validate (nothing was read from LaunchDarkly), or found against what
   * LaunchDarkly holds (a `segmentMatch` naming a segment that exists nowhere). No plan is made.
   */
  | { ok: false; diagnostics: Diagnostic[]; files: number }
  /** `diagnostics` are warnings only; each is also in `plan.warnings`, with its location. */
  | { ok: true; plan: Plan; desired: DesiredState; diagnostics: Diagnostic[]; files: number };

/**
 * Throws `MissingScopeError` (src/live) when the repo names a project or environment LaunchDarkly does not have,
 * `DeleteThresholdError` when the plan deletes too much, and the client's errors for HTTP failures.
 */
export async function createPlan(options: CreatePlanOptions): Promise<CreatePlanResult> {
  const { state, diagnostics, files } = await validateConfigDirectory(
    options.dir,
    options.onMemberProgress ? { onMemberProgress: options.onMemberProgress } : {},
  );
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error"))
    return { ok: false, diagnostics, files };
  // Prune reads every type (and environment) of the declared projects: removing the last role, metric or segment
  // of a kind from the repo must still delete it. Without prune, only what the repo declares is read.
  const live = await readLiveState(options.api, state, {
    ...(options.prune ? PRUNE_READ_OPTIONS : {}),
    wordFinding: describeFinding,
  });
  const planOptions: PlanOptions = {
    prune: options.prune ?? false,
    // Where the config is a git checkout, the member file versions big segments were last applied from.
    appliedMembers: await findAppliedMembers(resolve(options.dir), state, live.segments),
  };
  if (options.deleteThreshold) planOptions.deleteThreshold = options.deleteThreshold;
  const plan = planDesiredState(state, live, planOptions);
  // Validate's warnings, settled where the live state answers them, travel with the plan: a reviewer reading
  // the plan (terminal, JSON, PR comment) sees them without running validate separately.
  const resolved = resolveSegmentMatchWarnings(diagnostics, live, plan);
  if (resolved.some((diagnostic) => diagnostic.severity === "error"))
    return { ok: false, diagnostics: resolved, files };
  plan.warnings.unshift(...resolved.map(planWarningOf));
  // Reads, but only for member files the plan changes; warnings only (they never change the plan's hash).
  plan.warnings.push(...(await checkMemberIdentifiers(options.api, plan, state)));
  return { ok: true, plan, desired: state, diagnostics: resolved, files };
}

/** A validation warning as it travels in `plan.warnings`: its finding and where it points. */
export function planWarningOf(diagnostic: Diagnostic): PlanWarning {
  const { file, line, column, path, code, params } = diagnostic;
  return { code, params, location: { file, line, column, path } } as PlanWarning;
}

/** Equal for the same warning: code, parameters and location (for de-duplication). */
export function planWarningKey(warning: PlanWarning): string {
  const where = warning.location;
  return `${findingKey(warning)}\u0000${where ? `${where.file}:${where.line}:${where.column}:${where.path}` : ""}`;
}
