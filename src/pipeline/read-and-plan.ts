// Read live → plan → read what the changes touch (impact): the one place that decides what to read for a plan. `createPlan` runs it after validation;
// apply's convergence check runs it again after writing, so both plans are read the same way.

import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdSegment } from "../launchdarkly/types.js";
import type { LiveReads } from "../live/live-reads.js";
import type { LiveState } from "../live/live-state.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../live/read-live-state.js";
import { readUsage } from "../live/read-usage.js";
import type { DesiredState } from "../model/desired-state.js";
import { resourceAddress } from "../model/resource-identity.js";
import { type DesiredSegment, resolveSegment } from "../model/segment.js";
import { ownershipMarker } from "../plan/ownership.js";
import { type PlanOptions, planDesiredState } from "../plan/plan-desired-state.js";
import { metricsToInspect, planImpact, segmentsToWatch } from "../plan/plan-impact.js";
import { type EarlySegmentUpdate, planEarlySegmentUpdates } from "../plan/plan-segments.js";
import type { DeleteThreshold, Plan } from "../plan/types.js";
import { describeFinding } from "../wording/finding-messages.js";
import { findAppliedMembers } from "./applied-members.js";
import { TimeSlice } from "./time-slice.js";

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
  // The same objects the plan resolves (`resolveSegment` is computed once per definition), so the early updates are
  // recognised as the plan's own.
  const desiredSegments = desired.segments.flatMap(resolveSegment);
  const early = options.reads ? planSegmentsWhileReading(options.reads, desired, desiredSegments) : undefined;
  const live = await readLiveState(api, desired, {
    ...(options.prune ? PRUNE_READ_OPTIONS : {}),
    wordFinding: describeFinding,
    ...(options.reads ? { reads: options.reads } : {}),
  });
  early?.stop();
  const planOptions: PlanOptions = { prune: options.prune };
  if (early) planOptions.earlySegmentUpdates = early.updates;
  if (options.configDir !== undefined)
    planOptions.appliedMembers = await findAppliedMembers(options.configDir, desired, live.segments);
  if (options.deleteThreshold) planOptions.deleteThreshold = options.deleteThreshold;
  if (options.takeOver) planOptions.takeOver = true;
  const plan = planDesiredState(desired, live, planOptions);
  // What the changes touch (flags, experiments) and the deletes refused because of it: read after planning, since
  // only the changed segments and metrics are looked at (a plan without changes reads nothing more).
  const usage = await readUsage(
    api,
    segmentsToWatch(plan, desiredSegments, live),
    metricsToInspect(plan, live),
  );
  plan.impact = planImpact(plan, desiredSegments, live, usage);
  return { plan, live };
}

/**
 * Works out the update of each declared segment as soon as the page holding its live segment is read, in short
 * slices between the other reads' answers: most of a plan's work is done before the last page arrives. The plan is
 * the same with or without it (`planSegments` does what was not done ahead).
 */
function planSegmentsWhileReading(
  reads: LiveReads,
  desired: DesiredState,
  desiredSegments: readonly DesiredSegment[],
): { updates: Map<LdSegment, EarlySegmentUpdate>; stop: () => void } {
  const updates = new Map<LdSegment, EarlySegmentUpdate>();
  let stopped = desired.segments.length === 0;
  if (stopped) return { updates, stop: () => undefined };
  const marker = ownershipMarker(desired.owner);
  const wanted = new Map<string, DesiredSegment>();
  for (const segment of desiredSegments) wanted.set(resourceAddress(segment), segment);
  const queue: { project: string; environment: string; segments: LdSegment[]; next: number }[] = [];
  let running = false;
  const run = async () => {
    running = true;
    const slice = new TimeSlice();
    while (!stopped && queue.length > 0) {
      const list = queue[0]!;
      const chunk = list.segments.slice(list.next, list.next + 100);
      planEarlySegmentUpdates(wanted, list.project, list.environment, chunk, marker, updates);
      list.next += chunk.length;
      if (list.next >= list.segments.length) queue.shift();
      await slice.yieldIfDue();
    }
    running = false;
  };
  reads.onSegmentsRead((project, environment, segments) => {
    queue.push({ project, environment, segments, next: 0 });
    if (!running) void run();
  });
  return {
    updates,
    stop: () => {
      stopped = true;
    },
  };
}
