// Executes a reviewed plan against LaunchDarkly: non-delete changes first (roles, metrics, segments; a segment named
// by another's `segmentMatch` before that one), deletes last. Independent resources run at the same time, taking
// turns between resource types; the operations of one resource run in order. A failure stops new resources from
// starting (unless continueOnError); resources already started finish their operations.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { Semaphore } from "../launchdarkly/semaphore.js";
import type { LdSegment } from "../launchdarkly/types.js";
import type { DesiredState } from "../model/desired-state.js";
import type { Plan, PlannedChange } from "../plan/types.js";
import { resourceAddress } from "../render/describe.js";
import { convergenceOf, replan } from "./convergence.js";
import { describeFailure, executeChange } from "./execute-change.js";
import { deleteDependencies, writeDependencies } from "./execution-order.js";
import { assertNoRefusals } from "./plan-refusals.js";
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
}

const DEFAULT_RESOURCE_CONCURRENCY = 32;

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

function describeChange(change: PlannedChange): string {
  return `${change.resourceType} ${resourceAddress(change)}`;
}

function resultOf(
  change: PlannedChange,
  fields: Omit<ResourceApplyResult, "resourceType" | "action" | "key" | "name" | "operations">,
): ResourceApplyResult {
  const result: ResourceApplyResult = {
    resourceType: change.resourceType,
    action: change.action,
    key: change.key,
    name: change.name,
    operations: change.operations.length,
    ...fields,
  };
  if (change.project !== undefined) result.project = change.project;
  if (change.environment !== undefined) result.environment = change.environment;
  return result;
}

function notAttempted(change: PlannedChange, message: string): ResourceApplyResult {
  return resultOf(change, {
    status: "not attempted",
    operationsApplied: 0,
    requests: 0,
    message,
    durationMs: 0,
  });
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

export async function applyPlan(options: ApplyPlanOptions): Promise<ApplyReport> {
  const started = performance.now();
  const { plan, api, comment, onProgress } = options;
  const changes = plan.changes;
  // Refuses, before any write, deletes that flags, segments or running experiments still use.
  assertNoRefusals(plan);
  // Refuses, before any write, a request LaunchDarkly would refuse as too large: apply never re-batches the plan.
  assertTargetRequestsWithinLimit(plan);
  // Refuses, before any write, a token whose role or policies do not allow every write the plan makes.
  const accessWarnings =
    changes.length > 0 && !options.skipAccessCheck ? (await checkWriteAccess(api, { plan })).warnings : [];

  const slots = new Semaphore(options.concurrency ?? DEFAULT_RESOURCE_CONCURRENCY);
  const results: (ResourceApplyResult | undefined)[] = changes.map(() => undefined);
  let stopReason: string | undefined;
  let startedCount = 0;
  let finishedCount = 0;
  /** Every resource ends here exactly once, so `done` counts up to the total whatever happened to it. */
  const finish = (index: number, result: ResourceApplyResult): ResourceApplyResult => {
    results[index] = result;
    finishedCount++;
    onProgress?.({
      kind: "done",
      change: changes[index] as PlannedChange,
      result,
      index: finishedCount,
      total: changes.length,
    });
    return result;
  };

  const run = async (
    index: number,
    waitFor: Promise<ResourceApplyResult>[],
    liveBeforeDelete?: LdSegment | null,
  ): Promise<ResourceApplyResult> => {
    const change = changes[index] as PlannedChange;
    const before = await Promise.all(waitFor);
    const blocker = before.find((result) => result.status !== "applied");
    let result: ResourceApplyResult;
    if (blocker) {
      result = notAttempted(
        change,
        `waits for ${blocker.resourceType} ${resourceAddress(blocker)}, which was not applied`,
      );
    } else {
      await slots.acquire();
      try {
        if (stopReason !== undefined) {
          result = notAttempted(change, stopReason);
        } else {
          startedCount++;
          onProgress?.({ kind: "start", change, index: startedCount, total: changes.length });
          const begun = performance.now();
          const outcome = await executeChange(change, {
            api,
            comment,
            ...(liveBeforeDelete !== undefined ? { liveBeforeDelete } : {}),
            onOperation: (operation, operations) =>
              onProgress?.({ kind: "operation", change, operation, operations }),
          });
          result = resultOf(change, { ...outcome, durationMs: Math.round(performance.now() - begun) });
          if (outcome.status === "failed" && !options.continueOnError) {
            stopReason ??= `not attempted: apply stopped after ${describeChange(change)} failed`;
          }
        }
      } finally {
        slots.release();
      }
    }
    return finish(index, result);
  };

  /**
   * Starts each change of `order` once, after the changes `dependsOn` names (all by index into `changes`), and
   * waits for every one of them.
   */
  const runInOrder = async (
    order: readonly number[],
    dependsOn: ReadonlyMap<number, readonly number[]>,
    start: (index: number, waitFor: Promise<ResourceApplyResult>[]) => Promise<ResourceApplyResult> = run,
  ): Promise<void> => {
    const promises = new Map<number, Promise<ResourceApplyResult>>();
    const startOne = (index: number): Promise<ResourceApplyResult> => {
      let promise = promises.get(index);
      if (promise === undefined) {
        promise = start(index, (dependsOn.get(index) ?? []).map(startOne));
        promises.set(index, promise);
      }
      return promise;
    };
    await Promise.all(order.map(startOne));
  };

  // Creates and updates, each after the segments it matches on.
  const writeIndexes = changes.flatMap((change, index) => (change.action === "delete" ? [] : [index]));
  const writes = writeIndexes.map((index) => changes[index] as PlannedChange);
  await runInOrder(
    interleaved(writes).map((position) => writeIndexes[position] as number),
    byPlanIndex(writeIndexes, writeDependencies(writes)),
  );

  // Deletes last: segments, then metrics, then roles; a segment after every deleted segment that matches on it.
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
  const live = new Map<number, LdSegment | null>();
  const readFailures = new Map<number, unknown>();
  if (stopReason === undefined) {
    // Read just before deleting: for the version check and for which deleted segment still matches on which.
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
  }
  const firstUnread = segmentDeletes.find((index) => readFailures.has(index));
  if (firstUnread !== undefined && !options.continueOnError) {
    stopReason ??= `not attempted: apply stopped after ${describeChange(changes[firstUnread] as PlannedChange)} could not be read`;
  }
  const deleteDeps = deleteDependencies(
    segmentDeletes.map((index) => changes[index] as PlannedChange),
    segmentDeletes.map((index) => live.get(index) ?? undefined),
  );
  await runInOrder(deleteIndexes, byPlanIndex(segmentDeletes, deleteDeps), (index, waitFor) =>
    readFailures.has(index)
      ? Promise.resolve(finish(index, failedRead(changes[index] as PlannedChange, readFailures.get(index))))
      : run(index, waitFor, live.get(index)),
  );

  // Every resource has finished by now; the fallback only guards the report's shape.
  const resources = results.map(
    (result, index) =>
      result ?? finish(index, notAttempted(changes[index] as PlannedChange, "not attempted")),
  );
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

/** Dependencies by position in `indexes` (a part of the plan's changes), as plan indexes keyed by plan index. */
function byPlanIndex(indexes: readonly number[], dependencies: readonly number[][]): Map<number, number[]> {
  return new Map(
    indexes.map((index, position) => [
      index,
      (dependencies[position] ?? []).map((dependency) => indexes[dependency] as number),
    ]),
  );
}

function failedRead(change: PlannedChange, error: unknown): ResourceApplyResult {
  const { message, httpStatus } = describeFailure(error);
  return resultOf(change, {
    status: "failed",
    operationsApplied: 0,
    requests: 1,
    message: `could not read it before deleting: ${message}`,
    durationMs: 0,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  });
}
