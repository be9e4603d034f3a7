// Executes the operations of one planned change, in order, exactly as planned, and stops at the first operation
// LaunchDarkly refuses. Nothing is read first: an update's preconditions travel inside its write (the plan's `test`
// on a segment's `/version`, a metric's `/_version` or a role's before-values), so LaunchDarkly itself refuses a
// write onto a resource that changed since the plan (409). After a create, apply adds a `test` of the version the
// create answered with to the JSON Patch that follows it.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import {
  BigSegmentImportError,
  bigSegmentTargetBatches,
  type ImportRunOptions,
  runBigSegmentImport,
} from "../launchdarkly/big-segment-membership.js";
import { LaunchDarklyError } from "../launchdarkly/errors.js";
import { importSliceProblem } from "../launchdarkly/import-upload.js";
import type { JsonPatchOperation, LdSegment } from "../launchdarkly/types.js";
import type { PlannedChange, PlannedOperation } from "../plan/types.js";
import { segmentConflict } from "./conflict-check.js";
import { type MemberKeySource, type MemberKeys, memberKeysFor } from "./member-keys.js";
import { holdsPatchResult } from "./own-write.js";
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
  /** Where member files of `importBigSegmentMembers` operations are read from (shared by one apply). */
  memberKeys?: MemberKeySource;
  /** Polling and waiting of big-segment imports. */
  importOptions?: ImportRunOptions;
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

/** The plan's patch, or after a create (no precondition in the plan) the patch behind a `test` of `version`. */
function guarded(
  path: string,
  version: number | undefined,
  patch: JsonPatchOperation[],
): JsonPatchOperation[] {
  if (version === undefined || patch.some((operation) => operation.op === "test")) return patch;
  return [{ op: "test", path, value: version }, ...patch];
}

/** A write whose precondition failed: LaunchDarkly changed since the plan was made, nothing was written by it. */
class PreconditionFailedError extends Error {}

/**
 * Sends a precondition-guarded JSON Patch. A 409 whose request was retried after a lost answer may be the patch's
 * own first attempt: when LaunchDarkly now holds everything the patch writes, that attempt landed and the write is
 * done. Any other 409 is someone else's change.
 */
async function sendGuarded<T extends object>(
  change: PlannedChange,
  patch: JsonPatchOperation[],
  state: OperationState,
  write: () => Promise<T>,
  read: () => Promise<T | undefined>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (
      !(error instanceof LaunchDarklyError) ||
      error.status !== 409 ||
      !patch.some((op) => op.op === "test")
    )
      throw error;
    if (error.outcomeUnknown) {
      state.requests++;
      const current = await read();
      if (current !== undefined && holdsPatchResult(current, patch)) return current;
    }
    throw new PreconditionFailedError(
      `the ${change.resourceType} changed in LaunchDarkly after the plan was made, so LaunchDarkly refused the write (${error.ldMessage ?? error.code}); nothing of it was written`,
    );
  }
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

/** The member files no longer hold the keys the plan was made from: refuse the resource, write nothing. */
class MemberFilesChangedError extends Error {}

interface OperationState {
  /** HTTP requests made so far for this resource. */
  requests: number;
  /** Keys of each `importBigSegmentMembers` operation (by position), read and checked before the first write. */
  importKeys: Map<number, MemberKeys>;
  /** What apply did, for the report (`imported 1,000,000 contexts (replace)`). */
  notes: string[];
  /** The answer of the previous operation, for rule id references. */
  previous?: LdSegment;
  /** The resource's version after the last write, when known. */
  version?: number;
}

/**
 * Reads the member files of every import of the change and checks them against the plan before anything is
 * written: the fingerprint must be the plan's (else the files changed since the plan), the import must fill the
 * included list (LaunchDarkly's import form has no list field), and the slice must be one file LaunchDarkly takes.
 */
async function prepareImports(change: PlannedChange, state: OperationState, context: ExecuteChangeContext) {
  for (const [position, operation] of change.operations.entries()) {
    if (operation.kind !== "importBigSegmentMembers") continue;
    if (operation.list !== "included")
      throw new Error(
        `operation ${position + 1} imports into the ${operation.list} list, but LaunchDarkly's import fills only the included list; plan again (excluded members go through POST …/contexts)`,
      );
    if (context.memberKeys === undefined)
      throw new Error("this apply was given no configuration directory to read member files from");
    const read = await memberKeysFor(context.memberKeys, operation.files);
    if (read.fingerprint !== operation.fingerprint)
      throw new MemberFilesChangedError(
        `the member files (${operation.files.map((file) => file.path).join(", ")}) changed since the plan was made (fingerprint ${read.fingerprint.slice(0, 16)}…, the plan has ${operation.fingerprint.slice(0, 16)}…); nothing was written to this segment: run plan again`,
      );
    const problem = importSliceProblem(read.keys, operation.range.start, operation.range.end);
    if (problem !== undefined)
      throw new Error(`operation ${position + 1} cannot be uploaded as one import: ${problem}; plan again`);
    state.importKeys.set(position, read);
  }
}

async function runOperation(
  change: PlannedChange,
  operation: PlannedOperation,
  position: number,
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
      state.requests++;
      const result = await api.patchSegmentSemantic(
        project,
        environment,
        change.key,
        operation.instructions,
        comment,
      );
      state.version = trackSegmentVersion(state.version, result, change);
      state.previous = result;
      return;
    }
    case "patchSegmentJson": {
      const { project, environment } = requireScope(change);
      const patch = guarded("/version", state.version, operation.patch);
      state.requests++;
      const result = await sendGuarded(
        change,
        patch,
        state,
        () => api.patchSegmentJson(project, environment, change.key, patch, comment),
        () => api.getSegment(project, environment, change.key),
      );
      state.version = trackSegmentVersion(state.version, result, change);
      state.previous = result;
      return;
    }
    case "updateBigSegmentTargets": {
      const { project, environment } = requireScope(change);
      // In requests of a bounded number of keys, removals first (bigSegmentTargetBatches).
      for (const batch of bigSegmentTargetBatches(operation.update)) {
        state.requests++;
        await api.updateBigSegmentTargets(project, environment, change.key, batch);
      }
      // The answer is empty: the version after it is unknown, so later patches are not version-guarded.
      delete state.version;
      delete state.previous;
      return;
    }
    case "importBigSegmentMembers": {
      const { project, environment } = requireScope(change);
      const read = state.importKeys.get(position) as MemberKeys;
      const { start, end } = operation.range;
      try {
        const result = await runBigSegmentImport(
          api,
          { project, environment, segment: change.key },
          {
            mode: operation.mode,
            keys: read.keys,
            start,
            end,
            filename: `${change.key}-${operation.mode}-${start}-${end}.csv`,
          },
          { ...context.importOptions, comment },
        );
        state.requests += result.requests;
        state.notes.push(
          `imported ${(end - start).toLocaleString("en-US")} contexts (${operation.mode}, import ${result.importId})${result.conflictWaitMs > 0 ? ` after waiting ${Math.round(result.conflictWaitMs / 1000)} s for another import` : ""}`,
        );
      } catch (error) {
        if (error instanceof BigSegmentImportError) state.requests += error.requests;
        throw error;
      }
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
      const project = requireProject(change);
      state.requests++;
      await sendGuarded(
        change,
        operation.patch,
        state,
        () => api.patchMetric(project, change.key, operation.patch),
        () => api.getMetric(project, change.key),
      );
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
      await sendGuarded(
        change,
        operation.patch,
        state,
        () => api.patchRole(change.key, operation.patch, comment),
        () => api.getRole(change.key),
      );
      return;
    case "deleteRole":
      state.requests++;
      await api.deleteRole(change.key);
      return;
    case "putContextKind":
      state.requests++;
      await api.putContextKind(requireProject(change), change.key, operation.body);
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
  const state: OperationState = {
    requests: context.liveBeforeDelete !== undefined ? 1 : 0,
    importKeys: new Map(),
    notes: [],
  };
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
    await prepareImports(change, state, context);
    for (const [position, operation] of change.operations.entries()) {
      context.onOperation?.(applied + 1, change.operations.length);
      await runOperation(change, operation, position, state, context);
      applied++;
    }
    return {
      status: "applied",
      operationsApplied: applied,
      requests: state.requests,
      ...(state.notes.length > 0 ? { message: state.notes.join("; ") } : {}),
    };
  } catch (error) {
    const requests = state.requests;
    if (error instanceof MemberFilesChangedError)
      return { status: "conflict", operationsApplied: 0, requests, message: error.message };
    if (error instanceof ConcurrentChangeError)
      return { status: "conflict", operationsApplied: applied + 1, requests, message: error.message };
    if (error instanceof PreconditionFailedError)
      return {
        status: "conflict",
        operationsApplied: applied,
        requests,
        message: error.message,
        httpStatus: 409,
      };
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
