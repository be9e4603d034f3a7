// Executes a reviewed plan against LaunchDarkly: non-delete changes first (roles, metrics, segments; a segment named
// by another's `segmentMatch` before that one), deletes last. Independent resources run at the same time, taking
// turns between resource types; the operations of one resource run in order. A failure stops new resources from
// starting (unless continueOnError); resources already started finish their operations.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { ImportRunOptions } from "../launchdarkly/big-segment-membership.js";
import type { LdSegment } from "../launchdarkly/types.js";
import type { DesiredState } from "../model/desired-state.js";
import type { Plan, PlannedChange } from "../plan/types.js";
import { convergenceOf, replan } from "./convergence.js";
import { deleteDependencies, writeDependencies } from "./execution-order.js";
import { memberKeySource } from "./member-keys.js";
import { assertMembershipOnly } from "./membership-only.js";
import { assertNoRefusals } from "./plan-refusals.js";
import { failedRead, ResourceRunner } from "./resource-runner.js";
import { assertTargetRequestsWithinLimit } from "./target-batches.js";
import type { ApplyProgressEvent, ApplyReport, ApplySummary, ResourceApplyResult } from "./types.js";
import { checkWriteAccess } from "./write-access.js";

export interface ApplyPlanOptions {
  plan: Plan;
  api: LaunchDarklyApi;
  /** The audit-log comment (see `buildAuditComment`). */
  comment: string;
  onProgress?: (event: ApplyProgressEvent) => void;
  /** Keep going after a failure with the resources that do not depend on the failed one. Default false. */
  continueOnError?: boolean;
  /** The repo's desired state: when given, apply plans again afterwards and fails unless nothing differs. */
  desired?: DesiredState;
  /** Resources in progress at once; the client bounds the requests in flight further. Default 32. */
  concurrency?: number;
  /**
   * The plan is known to differ from a new plan of `desired` (a saved plan applied although out of date): reported
   * so that differences left afterwards are explained as the repository's, not as a bug.
   */
  planOutOfDate?: boolean;
  /** Skip the caller-identity check for read-only tokens (when the caller already made it). */
  skipAccessCheck?: boolean;
  /** Refuse to write when the permission pre-flight cannot complete (see `WriteAccessOptions.requireComplete`). */
  requirePermissionCheck?: boolean;
  /** The configuration directory: member files of big-segment imports are read from it. */
  configDir?: string;
  /** Polling and waiting of big-segment imports. */
  importOptions?: ImportRunOptions;
  /** Refuse, before any write, a plan with anything but membership changes of segments opting in to sync. */
  membershipOnly?: boolean;
}

const DEFAULT_RESOURCE_CONCURRENCY = 32;

export async function applyPlan(options: ApplyPlanOptions): Promise<ApplyReport> {
  const started = performance.now();
  const { plan, api, comment, onProgress } = options;
  const changes = plan.changes;
  if (options.membershipOnly) assertMembershipOnly(plan);
  // Refuses, before any write, deletes that flags, segments or running experiments still use.
  assertNoRefusals(plan);
  // Refuses, before any write, a request LaunchDarkly would refuse as too large: apply never re-batches the plan.
  assertTargetRequestsWithinLimit(plan);
  const memberKeys = options.configDir !== undefined ? memberKeySource(options.configDir) : undefined;
  // Refuses, before any write, a token whose role or policies do not allow every write the plan makes.
  const accessWarnings =
    changes.length > 0 && !options.skipAccessCheck
      ? (await checkWriteAccess(api, { plan, requireComplete: options.requirePermissionCheck ?? false }))
          .warnings
      : [];

  const runner = new ResourceRunner(changes, {
    api,
    comment,
    ...(onProgress ? { onProgress } : {}),
    ...(options.continueOnError !== undefined ? { continueOnError: options.continueOnError } : {}),
    concurrency: options.concurrency ?? DEFAULT_RESOURCE_CONCURRENCY,
    ...(memberKeys !== undefined ? { memberKeys } : {}),
    ...(options.importOptions !== undefined ? { importOptions: options.importOptions } : {}),
  });
  await applyWrites(runner, changes);
  await applyDeletes(runner, changes, api);

  const resources = runner.allResults();
  const summary = summarize(resources);
  const report: ApplyReport = {
    ok: summary.applied === resources.length,
    planHash: plan.hash,
    summary,
    resources,
    comment,
    durationMs: 0,
    ...(options.planOutOfDate ? { planOutOfDate: true } : {}),
    ...(accessWarnings.length > 0 ? { warnings: accessWarnings } : {}),
  };
  if (options.desired !== undefined && report.ok) {
    onProgress?.({ kind: "verify" });
    report.convergence = convergenceOf(await replan(api, options.desired, plan));
    report.ok = report.convergence.converged;
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

/** Creates and updates, each after the segments it matches on. */
async function applyWrites(runner: ResourceRunner, changes: readonly PlannedChange[]): Promise<void> {
  const writeIndexes = changes.flatMap((change, index) => (change.action === "delete" ? [] : [index]));
  const writes = writeIndexes.map((index) => changes[index] as PlannedChange);
  await runner.runInOrder(
    interleaved(writes).map((position) => writeIndexes[position] as number),
    byPlanIndex(writeIndexes, writeDependencies(writes)),
  );
}

/** Deletes last: segments, then metrics, then roles; a segment after every deleted segment that matches on it. */
async function applyDeletes(
  runner: ResourceRunner,
  changes: readonly PlannedChange[],
  api: LaunchDarklyApi,
): Promise<void> {
  const deleteIndexes = changes.flatMap((change, index) => (change.action === "delete" ? [index] : []));
  const typeRank = { segment: 0, metric: 1, role: 2, contextKind: 3 } as const;
  deleteIndexes.sort(
    (a, b) =>
      typeRank[(changes[a] as PlannedChange).resourceType] -
        typeRank[(changes[b] as PlannedChange).resourceType] || a - b,
  );
  const segmentDeletes = deleteIndexes.filter(
    (index) => (changes[index] as PlannedChange).resourceType === "segment",
  );
  const { live, readFailures } = runner.stopped
    ? { live: new Map<number, LdSegment | null>(), readFailures: new Map<number, unknown>() }
    : await readSegmentsBeforeDelete(api, changes, segmentDeletes);
  const firstUnread = segmentDeletes.find((index) => readFailures.has(index));
  if (firstUnread !== undefined) runner.stopAfter(changes[firstUnread] as PlannedChange, "could not be read");
  const deleteDeps = deleteDependencies(
    segmentDeletes.map((index) => changes[index] as PlannedChange),
    segmentDeletes.map((index) => live.get(index) ?? undefined),
  );
  await runner.runInOrder(deleteIndexes, byPlanIndex(segmentDeletes, deleteDeps), (index, waitFor) =>
    readFailures.has(index)
      ? Promise.resolve(
          runner.finish(index, failedRead(changes[index] as PlannedChange, readFailures.get(index))),
        )
      : runner.run(index, waitFor, live.get(index)),
  );
}

/**
 * Reads each segment just before deleting it: for the version check, and for which deleted segment still matches
 * on which. Keyed by plan index; a segment that is gone reads as null.
 */
async function readSegmentsBeforeDelete(
  api: LaunchDarklyApi,
  changes: readonly PlannedChange[],
  segmentDeletes: readonly number[],
): Promise<{ live: Map<number, LdSegment | null>; readFailures: Map<number, unknown> }> {
  const live = new Map<number, LdSegment | null>();
  const readFailures = new Map<number, unknown>();
  await Promise.all(
    segmentDeletes.map(async (index) => {
      const change = changes[index] as PlannedChange;
      try {
        live.set(
          index,
          (await api.getSegment(change.project ?? "", change.environment ?? "", change.key)) ?? null,
        );
      } catch (error) {
        readFailures.set(index, error);
      }
    }),
  );
  return { live, readFailures };
}

/**
 * Positions of `changes` taking turns between kinds of change (role create, metric update, ...). Each kind uses
 * other endpoints, and LaunchDarkly limits each endpoint on its own: while one endpoint waits for its rate-limit
 * window, the others keep going instead of every slot waiting on the same one.
 */
function interleaved(changes: readonly PlannedChange[]): number[] {
  const groups = new Map<string, number[]>();
  changes.forEach((change, position) => {
    const group = `${change.resourceType}:${change.action}`;
    const queue = groups.get(group);
    if (queue) queue.push(position);
    else groups.set(group, [position]);
  });
  const queues = [...groups.values()];
  const order: number[] = [];
  for (let turn = 0; order.length < changes.length; turn++) {
    for (const queue of queues) {
      const position = queue[turn];
      if (position !== undefined) order.push(position);
    }
  }
  return order;
}

function summarize(results: readonly ResourceApplyResult[]): ApplySummary {
  const count = (status: ResourceApplyResult["status"]) =>
    results.filter((result) => result.status === status).length;
  return {
    applied: count("applied"),
    failed: count("failed"),
    conflict: count("conflict"),
    notAttempted: count("not attempted"),
  };
}

/** Dependencies by position in `indexes` (a part of the plan's changes), as plan indexes keyed by plan index. */
function byPlanIndex(indexes: readonly number[], dependencies: readonly number[][]): Map<number, number[]> {
  return new Map(
    indexes.map((index, position) => [
      index,
      (dependencies[position] ?? []).map((dependency) => indexes[dependency] as number),
    ]),
  );
}
