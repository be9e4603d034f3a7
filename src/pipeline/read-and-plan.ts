// Read live → plan → read what the changes touch (impact): the one place that decides what to read for a plan. `createPlan` runs it after validation;
// apply's convergence check runs it again after writing, so both plans are read the same way.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LiveReads } from "../live/live-reads.js";
import type { LiveState } from "../live/live-state.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../live/read-live-state.js";
import { readUsage } from "../live/read-usage.js";
import type { DesiredState } from "../model/desired-state.js";
import { resolveSegment } from "../model/segment.js";
import { type PlanOptions, planDesiredState } from "../plan/plan-desired-state.js";
import { metricsToInspect, planImpact, segmentsToWatch } from "../plan/plan-impact.js";
import type { DeleteThreshold, Plan } from "../plan/types.js";
import { describeFinding } from "../wording/finding-messages.js";
import { findAppliedMembers } from "./applied-members.js";

export interface ReadAndPlanOptions {
  prune: boolean;
  deleteThreshold?: DeleteThreshold;
  /** Write this owner's marker over another owner's instead of refusing. */
  takeOver?: boolean;
  /**
   * The configuration directory (absolute): where it is a git checkout, the member file versions big segments were
   * last applied from are looked up, so the plan can show real +/- keys.
   */
  configDir?: string;
  /** Reads of LaunchDarkly already started (while the configuration loaded). */
  reads?: LiveReads;
}

export async function readAndPlan(
  api: LaunchDarklyApi,
  desired: DesiredState,
  options: ReadAndPlanOptions,
): Promise<{ plan: Plan; live: LiveState }> {
  // Prune reads every type (and environment) of the declared projects: removing the last role, metric or segment
  // of a kind from the repo must still delete it. Without prune, only what the repo declares is read.
  const live = await readLiveState(api, desired, {
    ...(options.prune ? PRUNE_READ_OPTIONS : {}),
    wordFinding: describeFinding,
    ...(options.reads ? { reads: options.reads } : {}),
  });
  const planOptions: PlanOptions = { prune: options.prune };
  if (options.configDir !== undefined)
    planOptions.appliedMembers = await findAppliedMembers(options.configDir, desired, live.segments);
  if (options.deleteThreshold) planOptions.deleteThreshold = options.deleteThreshold;
  if (options.takeOver) planOptions.takeOver = true;
  const plan = planDesiredState(desired, live, planOptions);
  // What the changes touch (flags, experiments) and the deletes refused because of it: read after planning, since
  // only the changed segments and metrics are looked at (a plan without changes reads nothing more).
  const desiredSegments = desired.segments.flatMap(resolveSegment);
  const usage = await readUsage(
    api,
    segmentsToWatch(plan, desiredSegments, live),
    metricsToInspect(plan, live),
  );
  plan.impact = planImpact(plan, desiredSegments, live, usage);
  return { plan, live };
}
