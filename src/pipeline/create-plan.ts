// Load → validate → read live → plan: the one entry point the CLI, the GitHub Action and drift detection call.
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { LiveReadStarter, LiveReads } from "../live/live-reads.js";
import { checkMemberIdentifiers } from "../live/member-identifiers.js";
import { PRUNE_READ_OPTIONS } from "../live/read-live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { checkContextKindUsage } from "../plan/context-kind-usage.js";
import { planWarningOf } from "../plan/plan-warnings.js";
import { resolveSegmentMatchWarnings } from "../plan/segment-match-references.js";
import type { DeleteThreshold, Plan } from "../plan/types.js";
import { validateConfigDirectory } from "./load-and-validate.js";
import { readAndPlan } from "./read-and-plan.js";

export interface CreatePlanOptions {
  /** The configuration directory. */
  dir: string;
  api: LaunchDarklyApi;
  prune?: boolean;
  deleteThreshold?: DeleteThreshold;
  /** The owner when no file sets `owner:` (the CLI and the Action derive it, for example from the repository). */
  defaultOwner?: string;
  /** Write this owner's marker over another owner's instead of refusing. */
  takeOver?: boolean;
  /** Rows read so far in a member file being read (a progress line on a terminal). */
  onMemberProgress?: (file: string, rows: number) => void;
}

export type CreatePlanResult =
  /**
   * The files have errors: found by validate (nothing was read from LaunchDarkly), or found against what
   * LaunchDarkly holds (a `segmentMatch` naming a segment that exists nowhere, a context kind the project lacks).
   * No plan is made.
   */
  | { ok: false; diagnostics: Diagnostic[]; files: number }
  /** `diagnostics` are warnings only; each is also in `plan.warnings`, with its location. */
  | { ok: true; plan: Plan; desired: DesiredState; diagnostics: Diagnostic[]; files: number };

/**
 * Throws `MissingScopeError` (src/live) when the repo names a project or environment LaunchDarkly does not have,
 * `DeleteThresholdError` when the plan deletes too much, and the client's errors for HTTP failures.
 */
export async function createPlan(options: CreatePlanOptions): Promise<CreatePlanResult> {
  // The reads of LaunchDarkly start while the files load: each file names its project, environments and resource
  // types, and the list reads (most of a plan's time) then overlap parsing and validation.
  const reads = new LiveReads(options.api);
  const starter = new LiveReadStarter(reads, options.prune ? PRUNE_READ_OPTIONS : {});
  const { state, diagnostics, files } = await validateConfigDirectory(options.dir, {
    ...(options.onMemberProgress ? { onMemberProgress: options.onMemberProgress } : {}),
    onFileLoaded: (loaded) => starter.start(loaded),
  });
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error"))
    return { ok: false, diagnostics, files };
  if (state.owner === undefined && options.defaultOwner !== undefined) state.owner = options.defaultOwner;
  const { plan, live } = await readAndPlan(options.api, state, {
    prune: options.prune ?? false,
    deleteThreshold: options.deleteThreshold,
    ...(options.takeOver ? { takeOver: true } : {}),
    configDir: resolve(options.dir),
    reads,
  });
  // Context kinds the segments use must exist (or be declared): a misspelt kind would match no one, so no plan.
  const kindErrors = checkContextKindUsage(state, live);
  if (kindErrors.length > 0) return { ok: false, diagnostics: [...diagnostics, ...kindErrors], files };
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
