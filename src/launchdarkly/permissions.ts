// Which custom-role action a request needs, so a 403 can name the missing permission. Action names come from
// LaunchDarkly's role-actions reference; the mapping from JSON Patch paths and semantic-patch instruction kinds to
// actions follows the action names (LaunchDarkly does not publish it one by one).

import type { JsonPatchOperation, SemanticPatchInstruction } from "./types.js";

export interface RequiredPermission {
  /** Resource specifier, e.g. `proj/web:env/production:segment/beta-users`. */
  resource: string;
  /** Every action the request needs on that resource (any one missing gives 403). */
  actions: string[];
}

const SEGMENT_PATCH_PATHS: Record<string, string> = {
  name: "updateName",
  description: "updateDescription",
  tags: "updateTags",
  included: "updateIncluded",
  includedContexts: "updateIncluded",
  excluded: "updateExcluded",
  excludedContexts: "updateExcluded",
  rules: "updateRules",
};

const SEGMENT_INSTRUCTIONS: Record<string, string> = {
  addTags: "updateTags",
  removeTags: "updateTags",
  updateName: "updateName",
  addIncludedTargets: "updateIncluded",
  removeIncludedTargets: "updateIncluded",
  addIncludedUsers: "updateIncluded",
  removeIncludedUsers: "updateIncluded",
  addBigSegmentIncludedTargets: "updateIncluded",
  removeBigSegmentIncludedTargets: "updateIncluded",
  addExcludedTargets: "updateExcluded",
  removeExcludedTargets: "updateExcluded",
  addExcludedUsers: "updateExcluded",
  removeExcludedUsers: "updateExcluded",
  addBigSegmentExcludedTargets: "updateExcluded",
  removeBigSegmentExcludedTargets: "updateExcluded",
  addRule: "updateRules",
  removeRule: "updateRules",
  reorderRules: "updateRules",
  updateRuleDescription: "updateRules",
  updateRuleRolloutAndContextKind: "updateRules",
  addClauses: "updateRules",
  removeClauses: "updateRules",
  updateClause: "updateRules",
  addValuesToClause: "updateRules",
  removeValuesFromClause: "updateRules",
};

const METRIC_PATCH_PATHS: Record<string, string> = {
  name: "updateName",
  description: "updateDescription",
  tags: "updateTags",
  eventKey: "updateEventKey",
  isNumeric: "updateNumeric",
  successCriteria: "updateNumericSuccess",
  unit: "updateNumericUnit",
  selector: "updateSelector",
  urls: "updateUrls",
  maintainerId: "updateMaintainer",
  analysisType: "updateAnalysisType",
  archived: "updateArchived",
};

const ROLE_PATCH_PATHS: Record<string, string> = {
  name: "updateName",
  description: "updateDescription",
  policy: "updatePolicy",
};

function unique(values: Iterable<string | undefined>): string[] {
  return [...new Set([...values].filter((v): v is string => v !== undefined))].sort();
}

/** The actions a JSON Patch needs: one per top-level field it changes (`test` ops change nothing). */
export function actionsForJsonPatch(patch: JsonPatchOperation[], table: Record<string, string>): string[] {
  return unique(
    patch
      .filter((op) => op.op !== "test")
      .map((op) => {
        const field = op.path.split("/")[1] ?? "";
        return table[field.replace(/~1/g, "/").replace(/~0/g, "~")];
      }),
  );
}

export function actionsForSegmentInstructions(instructions: SemanticPatchInstruction[]): string[] {
  return unique(instructions.map((i) => SEGMENT_INSTRUCTIONS[i.kind]));
}

export interface PermissionRequest {
  operationId: string;
  params: Record<string, string>;
  body?: unknown;
  /** True when the body is a segment semantic patch. */
  semanticPatch?: boolean;
}

function patchOps(body: unknown): JsonPatchOperation[] {
  if (Array.isArray(body)) return body as JsonPatchOperation[];
  const wrapped = (body as { patch?: unknown } | undefined)?.patch;
  return Array.isArray(wrapped) ? (wrapped as JsonPatchOperation[]) : [];
}

function bigSegmentActions(body: unknown): string[] {
  const update = body as { included?: unknown; excluded?: unknown } | undefined;
  return unique([
    update?.included ? "updateIncluded" : undefined,
    update?.excluded ? "updateExcluded" : undefined,
  ]);
}

/** What a request needs, or undefined when no single action can be named (reads LaunchDarkly grants to all). */
export function requiredPermission(request: PermissionRequest): RequiredPermission | undefined {
  const { projectKey: p, environmentKey: e, segmentKey: s, metricKey: m, customRoleKey: r } = request.params;
  // A create names its key in the body, not the path.
  const bodyKey = (request.body as { key?: unknown } | undefined)?.key;
  const key = (pathKey: string | undefined) => pathKey ?? (typeof bodyKey === "string" ? bodyKey : "*");
  const segmentResource = `proj/${p}:env/${e}:segment/${key(s)}`;
  const metricResource = `proj/${p}:metric/${key(m)}`;
  const roleResource = `role/${key(r)}`;
  let result: RequiredPermission | undefined;
  switch (request.operationId) {
    case "getProject":
    case "getEnvironmentsByProject":
      result = { resource: `proj/${p}`, actions: ["viewProject"] };
      break;
    case "postSegment":
      result = { resource: segmentResource, actions: ["createSegment"] };
      break;
    case "deleteSegment":
      result = { resource: segmentResource, actions: ["deleteSegment"] };
      break;
    case "patchSegment":
      result = {
        resource: segmentResource,
        actions: request.semanticPatch
          ? actionsForSegmentInstructions(
              (request.body as { instructions?: SemanticPatchInstruction[] } | undefined)?.instructions ?? [],
            )
          : actionsForJsonPatch(patchOps(request.body), SEGMENT_PATCH_PATHS),
      };
      break;
    case "updateBigSegmentContextTargets":
      result = { resource: segmentResource, actions: bigSegmentActions(request.body) };
      break;
    case "postMetric":
      result = { resource: metricResource, actions: ["createMetric"] };
      break;
    case "deleteMetric":
      result = { resource: metricResource, actions: ["deleteMetric"] };
      break;
    case "patchMetric":
      result = {
        resource: metricResource,
        actions: actionsForJsonPatch(patchOps(request.body), METRIC_PATCH_PATHS),
      };
      break;
    case "postCustomRole":
      result = { resource: roleResource, actions: ["createRole"] };
      break;
    case "deleteCustomRole":
      result = { resource: roleResource, actions: ["deleteRole"] };
      break;
    case "patchCustomRole":
      result = {
        resource: roleResource,
        actions: actionsForJsonPatch(patchOps(request.body), ROLE_PATCH_PATHS),
      };
      break;
    default:
      result = undefined;
  }
  return result && result.actions.length > 0 ? result : undefined;
}
