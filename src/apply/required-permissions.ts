// The (action, resource) pairs LaunchDarkly checks for each operation of a plan. The action for each request is
// the one the client names on a 403 (src/permissions/request-actions.ts: semantic-patch instruction kinds and JSON
// Patch paths mapped to role actions), so the pre-flight, the client's error hints and the emulator agree.
// A JSON Patch path with no documented action (a metric's `randomizationUnits`, a role's `basePermissions`)
// needs nothing named here; LaunchDarkly still checks it, and a 403 then stops the apply.
import { type PermissionRequest, requiredPermission } from "../permissions/request-actions.js";
import type { ResourceChain, ResourceLevel } from "../permissions/resource.js";
import type { PlannedChange, PlannedOperation } from "../plan/types.js";

/** Tags and properties of the parents of planned resources, when the caller has read them. */
export interface KnownParents {
  /** Project key → its tags. */
  projects?: ReadonlyMap<string, { tags: readonly string[] }>;
  /** `project/environment` → its tags and whether it is critical. */
  environments?: ReadonlyMap<string, { tags: readonly string[]; critical?: boolean }>;
}

export interface PlannedPermission {
  action: string;
  /** `proj/p:env/e:segment/s`, `proj/p:metric/m`, `role/r`. */
  resource: string;
  /** The resource with what is known of its tags and properties, for `evaluatePolicy`. */
  target: ResourceChain;
  /** Index into `plan.changes` and into that change's `operations` (the first operation needing it). */
  change: number;
  operation: number;
}

function permissionRequest(change: PlannedChange, operation: PlannedOperation): PermissionRequest {
  const p = change.project ?? "";
  const e = change.environment ?? "";
  const segment = { projectKey: p, environmentKey: e, segmentKey: change.key };
  switch (operation.kind) {
    case "createSegment":
      return {
        operationId: "postSegment",
        params: { projectKey: p, environmentKey: e },
        body: operation.body,
      };
    case "patchSegmentSemantic":
      return {
        operationId: "patchSegment",
        params: segment,
        body: { environmentKey: e, instructions: operation.instructions },
        semanticPatch: true,
      };
    case "patchSegmentJson":
      return { operationId: "patchSegment", params: segment, body: { patch: operation.patch } };
    case "updateBigSegmentTargets":
      return { operationId: "updateBigSegmentContextTargets", params: segment, body: operation.update };
    case "importBigSegmentMembers":
      // The upload and the `processBigSegmentImport` patch that may start it both need `updateIncluded`.
      return { operationId: "createBigSegmentImport", params: segment };
    case "deleteSegment":
      return { operationId: "deleteSegment", params: segment };
    case "createMetric":
      return { operationId: "postMetric", params: { projectKey: p }, body: operation.body };
    case "patchMetric":
      return {
        operationId: "patchMetric",
        params: { projectKey: p, metricKey: change.key },
        body: operation.patch,
      };
    case "deleteMetric":
      return { operationId: "deleteMetric", params: { projectKey: p, metricKey: change.key } };
    case "createRole":
      return { operationId: "postCustomRole", params: {}, body: operation.body };
    case "patchRole":
      return {
        operationId: "patchCustomRole",
        params: { customRoleKey: change.key },
        body: { patch: operation.patch },
      };
    case "deleteRole":
      return { operationId: "deleteCustomRole", params: { customRoleKey: change.key } };
    case "putContextKind":
      return {
        operationId: "putContextKind",
        params: { projectKey: p, key: change.key },
        body: operation.body,
      };
  }
}

/** The tags a create gives its resource: LaunchDarkly checks a create against the resource it would make. */
function createdTags(operation: PlannedOperation): readonly string[] | undefined {
  if (operation.kind === "createSegment" || operation.kind === "createMetric")
    return operation.body.tags ?? [];
  if (operation.kind === "createRole") return [];
  return undefined;
}

function targetOf(change: PlannedChange, operation: PlannedOperation, known: KnownParents): ResourceChain {
  const last: ResourceLevel = { type: change.resourceType, key: change.key };
  const tags = createdTags(operation);
  if (tags !== undefined) last.tags = tags;
  if (change.resourceType === "role") return [last];
  const project: ResourceLevel = { type: "proj", key: change.project ?? "" };
  const projectFacts = known.projects?.get(project.key ?? "");
  if (projectFacts) project.tags = projectFacts.tags;
  if (change.resourceType === "metric") return [project, last];
  if (change.resourceType === "contextKind") return [project, { type: "context-kind", key: change.key }];
  const environment: ResourceLevel = { type: "env", key: change.environment ?? "" };
  const environmentFacts = known.environments?.get(`${change.project}/${change.environment}`);
  if (environmentFacts) {
    environment.tags = environmentFacts.tags;
    if (environmentFacts.critical !== undefined)
      environment.properties = { critical: environmentFacts.critical };
  }
  return [project, environment, last];
}

/** Every permission the plan's operations need, once per (action, resource), in plan order. */
export function requiredPermissions(
  plan: { changes: readonly PlannedChange[] },
  known: KnownParents = {},
): PlannedPermission[] {
  const seen = new Set<string>();
  const result: PlannedPermission[] = [];
  plan.changes.forEach((change, changeIndex) => {
    change.operations.forEach((operation, operationIndex) => {
      const needed = requiredPermission(permissionRequest(change, operation));
      if (!needed) return;
      const target = targetOf(change, operation, known);
      for (const action of needed.actions) {
        const id = `${action} ${needed.resource}`;
        if (seen.has(id)) continue;
        seen.add(id);
        result.push({
          action,
          resource: needed.resource,
          target,
          change: changeIndex,
          operation: operationIndex,
        });
      }
    });
  });
  return result;
}
