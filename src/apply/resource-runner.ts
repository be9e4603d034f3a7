// Runs the plan's changes as resources: each in a slot, after the resources it depends on, and each ending with
// exactly one result. A failure stops new resources from starting (unless continueOnError); resources already
// started finish their operations.

import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { ImportRunOptions } from "../launchdarkly/big-segment-membership.js";
import { Semaphore } from "../launchdarkly/semaphore.js";
import type { LdSegment } from "../launchdarkly/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { PlannedChange } from "../plan/types.js";
import { describeFailure, executeChange } from "./execute-change.js";
import type { MemberKeySource } from "./member-keys.js";
import type { ApplyProgressEvent, ResourceApplyResult } from "./types.js";

export interface ResourceRunnerOptions {
  api: LaunchDarklyApi;
  comment: string;
  onProgress?: (event: ApplyProgressEvent) => void;
  continueOnError?: boolean;
  /** Resources in progress at once. */
  concurrency: number;
  /** Reads the member files of big-segment imports (apply's config directory). */
  memberKeys?: MemberKeySource;
  /** Polling and waiting of big-segment imports. */
  importOptions?: ImportRunOptions;
}

/** Starts a change given its index and the results it waits for; resolves to its result. */
export type StartChange = (
  index: number,
  waitFor: Promise<ResourceApplyResult>[],
) => Promise<ResourceApplyResult>;

export class ResourceRunner {
  private readonly slots: Semaphore;
  private readonly results: (ResourceApplyResult | undefined)[];
  private stopReason: string | undefined;
  private startedCount = 0;
  private finishedCount = 0;

  constructor(
    private readonly changes: readonly PlannedChange[],
    private readonly options: ResourceRunnerOptions,
  ) {
    this.slots = new Semaphore(options.concurrency);
    this.results = changes.map(() => undefined);
  }

  get stopped(): boolean {
    return this.stopReason !== undefined;
  }

  /** Stops new resources from starting (unless continueOnError); the first reason is the one reported. */
  stopAfter(change: PlannedChange, what: string): void {
    if (!this.options.continueOnError) {
      this.stopReason ??= `not attempted: apply stopped after ${describeChange(change)} ${what}`;
    }
  }

  /** Every resource ends here exactly once, so `done` counts up to the total whatever happened to it. */
  finish(index: number, result: ResourceApplyResult): ResourceApplyResult {
    this.results[index] = result;
    this.finishedCount++;
    this.options.onProgress?.({
      kind: "done",
      change: this.changes[index] as PlannedChange,
      result,
      index: this.finishedCount,
      total: this.changes.length,
    });
    return result;
  }

  /** Applies one change once everything in `waitFor` is applied; reports it not attempted otherwise. */
  async run(
    index: number,
    waitFor: Promise<ResourceApplyResult>[],
    liveBeforeDelete?: LdSegment | null,
  ): Promise<ResourceApplyResult> {
    const change = this.changes[index] as PlannedChange;
    const before = await Promise.all(waitFor);
    const blocker = before.find((result) => result.status !== "applied");
    let result: ResourceApplyResult;
    if (blocker) {
      result = notAttempted(
        change,
        `waits for ${blocker.resourceType} ${resourceAddress(blocker)}, which was not applied`,
      );
    } else {
      await this.slots.acquire();
      try {
        if (this.stopReason !== undefined) {
          result = notAttempted(change, this.stopReason);
        } else {
          result = await this.execute(change, liveBeforeDelete);
        }
      } finally {
        this.slots.release();
      }
    }
    return this.finish(index, result);
  }

  private async execute(change: PlannedChange, liveBeforeDelete: LdSegment | null | undefined) {
    const { api, comment, onProgress, memberKeys, importOptions } = this.options;
    this.startedCount++;
    onProgress?.({ kind: "start", change, index: this.startedCount, total: this.changes.length });
    const begun = performance.now();
    const outcome = await executeChange(change, {
      api,
      comment,
      ...(liveBeforeDelete !== undefined ? { liveBeforeDelete } : {}),
      ...(memberKeys !== undefined ? { memberKeys } : {}),
      ...(importOptions !== undefined ? { importOptions } : {}),
      onOperation: (operation, operations) =>
        onProgress?.({ kind: "operation", change, operation, operations }),
    });
    if (outcome.status === "failed") this.stopAfter(change, "failed");
    return resultOf(change, { ...outcome, durationMs: Math.round(performance.now() - begun) });
  }

  /**
   * Starts each change of `order` once, after the changes `dependsOn` names (all by index into the plan's changes),
   * and waits for every one of them.
   */
  async runInOrder(
    order: readonly number[],
    dependsOn: ReadonlyMap<number, readonly number[]>,
    start: StartChange = (index, waitFor) => this.run(index, waitFor),
  ): Promise<void> {
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
  }

  /** One result per change, in plan order. Every resource has finished by now; the fallback only guards the shape. */
  allResults(): ResourceApplyResult[] {
    return this.results.map(
      (result, index) =>
        result ?? this.finish(index, notAttempted(this.changes[index] as PlannedChange, "not attempted")),
    );
  }
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

/** A segment to delete that could not be read first: failed, with nothing written. */
export function failedRead(change: PlannedChange, error: unknown): ResourceApplyResult {
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
