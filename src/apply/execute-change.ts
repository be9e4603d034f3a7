// Executes the operations of one planned change, in order, exactly as planned: a version check first for updates,
// rule ids resolved from the previous answer, a `test` on the version in front of every JSON Patch, and a stop at
// the first operation LaunchDarkly refuses.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { LaunchDarklyError } from "../launchdarkly/errors.js";
import type { JsonPatchOperation, LdMetric, LdRole, LdSegment } from "../launchdarkly/types.js";
import { resolveRuleIdReferences } from "../plan/rule-references.js";
import type { PlannedChange, PlannedOperation } from "../plan/types.js";
import { metricConflict, roleConflict, segmentConflict } from "./conflict-check.js";
import type { ResourceApplyStatus } from "./types.js";

export interface ChangeOutcome {
  status: Exclude<ResourceApplyStatus, "not attempted">;
  operationsApplied: number;
  /** HTTP requests made for this resource (see `ResourceApplyResult.requests`). */
  requests: number;
  message?: string;
  httpStatus?: number;
}

export interface ExecuteChangeContext {
  api: LaunchDarklyApi;
  comment: string;
  /** For segment deletes: the segment as read just before deleting (`null` = already gone). */
  liveBeforeDelete?: LdSegment | null;
  onOperation?: (operation: number, operations: number) => void;
}

/** A concurrent writer changed the resource while apply was writing it: stop, do not overwrite further. */
class ConcurrentChangeError extends Error {}

function requireScope(change: PlannedChange): { project: string; environment: string } {
  if (change.project === undefined || change.environment === undefined) {
    throw new Error(`segment ${change.key} has no project or environment in the plan`);
  }
  return { project: change.project, environment: change.environment };
}

function requireProject(change: PlannedChange): string {
  if (change.project === undefined) throw new Error(`metric ${change.key} has no project in the plan`);
  return change.project;
}

/** Reads the resource and says why it no longer matches the plan, or undefined. Creates and deletes are not read. */
async function checkBeforeWrite(
  change: PlannedChange,
  api: LaunchDarklyApi,
  state: OperationState,
): Promise<{ conflict?: string; version?: number }> {
  if (change.action !== "update") return {};
  state.requests++;
  switch (change.resourceType) {
    case "segment": {
      const { project, environment } = requireScope(change);
      const live = await api.getSegment(project, environment, change.key);
      const conflict = segmentConflict(live, change.liveVersion);
      return conflict !== undefined ? { conflict } : { ...(live ? { version: live.version } : {}) };
    }
    case "metric": {
      const live: LdMetric | undefined = await api.getMetric(requireProject(change), change.key);
      const conflict = metricConflict(live, change.liveVersion, change.fields);
      if (conflict !== undefined) return { conflict };
      // A `test` on `_version` guards the patch only where the plan recorded the version it was made against.
      return change.liveVersion !== undefined && live?._version !== undefined
        ? { version: live._version }
        : {};
    }
    case "role": {
      const live: LdRole | undefined = await api.getRole(change.key);
      const conflict = roleConflict(live, change.fields);
      return conflict !== undefined ? { conflict } : {};
    }
  }
}

function guarded(
  path: string,
  version: number | undefined,
  patch: JsonPatchOperation[],
): JsonPatchOperation[] {
  return version === undefined ? patch : [{ op: "test", path, value: version }, ...patch];
}

/** Segment versions go up by one per accepted write (or stay when nothing changed); more means someone else wrote. */
function trackSegmentVersion(expected: number | undefined, result: LdSegment, change: PlannedChange): number {
  if (expected !== undefined && result.version > expected + 1) {
    throw new ConcurrentChangeError(
      `segment ${change.key} was changed by someone else while apply was writing it (version ${expected} → ${result.version}); stopped before overwriting more`,
    );
  }
  return result.version;
}

interface OperationState {
  /** HTTP requests made so far for this resource. */
  requests: number;
  /** The answer of the previous operation, for rule id references. */
  previous?: LdSegment;
  /** The resource's version after the last write, when known. */
  version?: number;
}

async function runOperation(
  change: PlannedChange,
  operation: PlannedOperation,
  state: OperationState,
  context: ExecuteChangeContext,
): Promise<void> {
  const { api, comment } = context;
  switch (operation.kind) {
    case "createSegment": {
      const { project, environment } = requireScope(change);
      state.requests++;
      const created = await api.createSegment(project, environment, operation.body, comment);
      state.previous = created;
      state.version = created.version;
      return;
    }
    case "patchSegmentSemantic": {
      const { project, environment } = requireScope(change);
      const instructions = resolveRuleIdReferences(operation, state.previous);
      state.requests++;
      const result = await api.patchSegmentSemantic(project, environment, change.key, instructions, comment);
      state.version = trackSegmentVersion(state.version, result, change);
      state.previous = result;
      return;
    }
    case "patchSegmentJson": {
      const { project, environment } = requireScope(change);
      const patch = guarded("/version", state.version, operation.patch);
      state.requests++;
      const result = await api.patchSegmentJson(project, environment, change.key, patch, comment);
      state.version = result.version;
      state.previous = result;
      return;
    }
    case "updateBigSegmentTargets": {
      const { project, environment } = requireScope(change);
      state.requests++;
      await api.updateBigSegmentTargets(project, environment, change.key, operation.update);
      // The answer is empty: the version after it is unknown, so later patches are not version-guarded.
      delete state.version;
      delete state.previous;
      return;
    }
    case "deleteSegment": {
      const { project, environment } = requireScope(change);
      state.requests++;
      await api.deleteSegment(project, environment, change.key);
      return;
    }
    case "createMetric":
      state.requests++;
      await api.createMetric(requireProject(change), operation.body);
      return;
    case "patchMetric": {
      state.requests++;
      const result = await api.patchMetric(
        requireProject(change),
        change.key,
        guarded("/_version", state.version, operation.patch),
      );
      if (result._version !== undefined) state.version = result._version;
      return;
    }
    case "deleteMetric":
      state.requests++;
      await api.deleteMetric(requireProject(change), change.key);
      return;
    case "createRole":
      state.requests++;
      await api.createRole(operation.body);
      return;
    case "patchRole":
      state.requests++;
      await api.patchRole(change.key, operation.patch, comment);
      return;
    case "deleteRole":
      state.requests++;
      await api.deleteRole(change.key);
      return;
  }
}

function isDelete(change: PlannedChange): boolean {
  return change.action === "delete";
}

/**
 * What went wrong: for LaunchDarkly's errors, the client's message (`formatErrorMessage`: request, status, code,
 * LaunchDarkly's own words and the hint) and the HTTP status.
 */
export function describeFailure(error: unknown): { message: string; httpStatus?: number } {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof LaunchDarklyError && error.status !== undefined
    ? { message, httpStatus: error.status }
    : { message };
}

export async function executeChange(
  change: PlannedChange,
  context: ExecuteChangeContext,
): Promise<ChangeOutcome> {
  let applied = 0;
  // The read apply made just before a segment delete is this resource's request too.
  const state: OperationState = { requests: context.liveBeforeDelete !== undefined ? 1 : 0 };
  try {
    if (isDelete(change) && change.resourceType === "segment" && context.liveBeforeDelete !== undefined) {
      const live = context.liveBeforeDelete;
      if (live === null)
        return {
          status: "applied",
          operationsApplied: 0,
          requests: state.requests,
          message: "already deleted in LaunchDarkly",
        };
      const conflict = segmentConflict(live, change.liveVersion);
      if (conflict !== undefined)
        return { status: "conflict", operationsApplied: 0, requests: state.requests, message: conflict };
    }
    const check = await checkBeforeWrite(change, context.api, state);
    if (check.conflict !== undefined)
      return { status: "conflict", operationsApplied: 0, requests: state.requests, message: check.conflict };
    if (check.version !== undefined) state.version = check.version;
    for (const operation of change.operations) {
      context.onOperation?.(applied + 1, change.operations.length);
      await runOperation(change, operation, state, context);
      applied++;
    }
    return { status: "applied", operationsApplied: applied, requests: state.requests };
  } catch (error) {
    const requests = state.requests;
    if (error instanceof ConcurrentChangeError)
      return { status: "conflict", operationsApplied: applied + 1, requests, message: error.message };
    // Deleting what is already gone leaves LaunchDarkly as planned.
    if (error instanceof LaunchDarklyError && isDelete(change) && error.status === 404)
      return {
        status: "applied",
        operationsApplied: applied,
        requests,
        message: "already deleted in LaunchDarkly",
      };
    const { message, httpStatus } = describeFailure(error);
    // A failed version test, or a create whose key now exists: someone else got there first (the 409 hint says so).
    const conflict = error instanceof LaunchDarklyError && error.status === 409;
    return {
      status: conflict ? "conflict" : "failed",
      operationsApplied: applied,
      requests,
      message,
      ...(httpStatus !== undefined ? { httpStatus } : {}),
    };
  }
}
