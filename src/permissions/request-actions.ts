// Which custom-role action a request needs, so a 403 can name the missing permission. Action names come from
// LaunchDarkly's role-actions reference; the mapping from JSON Patch paths and semantic-patch instruction kinds to
// actions follows the action names (LaunchDarkly does not publish it one by one).

import type { JsonPatchOperation, SemanticPatchInstruction } from "../model/patch-formats.js";
import { resourceSpecifierFor } from "./format-resource-specifier.js";

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
  // No action of its own is documented: an import adds contexts to the big segment's included list.
  processBigSegmentImport: "updateIncluded",
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

/** Fields and instruction kinds the tables know, so a policy can be derived from them (src/permissions/). */
export const KNOWN_PATCH_FIELDS = {
  segment: () => Object.keys(SEGMENT_PATCH_PATHS),
  metric: () => Object.keys(METRIC_PATCH_PATHS),
  role: () => Object.keys(ROLE_PATCH_PATHS),
  segmentInstructions: () => Object.keys(SEGMENT_INSTRUCTIONS),
};

/** The action a JSON or merge patch of this top-level segment field needs; undefined when none is documented. */
export function segmentFieldAction(field: string): string | undefined {
  return Object.hasOwn(SEGMENT_PATCH_PATHS, field) ? SEGMENT_PATCH_PATHS[field] : undefined;
}

/** The action a segment semantic-patch instruction of this kind needs; undefined for a kind it does not know. */
export function segmentInstructionAction(kind: string): string | undefined {
  return Object.hasOwn(SEGMENT_INSTRUCTIONS, kind) ? SEGMENT_INSTRUCTIONS[kind] : undefined;
}

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

function semanticPatchActions(body: unknown): string[] {
  return actionsForSegmentInstructions(
    (body as { instructions?: SemanticPatchInstruction[] } | undefined)?.instructions ?? [],
  );
}

type ResourceKind = "project" | "segment" | "metric" | "role" | "context-kind";

function resourceOf(kind: ResourceKind, request: PermissionRequest): string {
  const {
    projectKey: p,
    environmentKey: e,
    segmentKey: s,
    metricKey: m,
    customRoleKey: r,
    key: k,
  } = request.params;
  // A create names its key in the body, not the path.
  const bodyKey = (request.body as { key?: unknown } | undefined)?.key;
  const key = (pathKey: string | undefined) => pathKey ?? (typeof bodyKey === "string" ? bodyKey : "*");
  // Every route of these operations has the project (and a segment's the environment) in its path.
  switch (kind) {
    case "project":
      return resourceSpecifierFor({ type: "project", project: p! });
    case "segment":
      return resourceSpecifierFor({ type: "segment", project: p!, environment: e!, key: key(s) });
    case "metric":
      return resourceSpecifierFor({ type: "metric", project: p!, key: key(m) });
    case "role":
      return resourceSpecifierFor({ type: "role", key: key(r) });
    case "context-kind":
      return resourceSpecifierFor({ type: "context-kind", project: p!, key: key(k) });
  }
}

/** Per operationId: the kind of resource it acts on, and the actions it needs there. */
const OPERATIONS: Record<string, [ResourceKind, (request: PermissionRequest) => string[]]> = {
  getProject: ["project", () => ["viewProject"]],
  getEnvironmentsByProject: ["project", () => ["viewProject"]],
  postSegment: ["segment", () => ["createSegment"]],
  deleteSegment: ["segment", () => ["deleteSegment"]],
  patchSegment: [
    "segment",
    ({ body, semanticPatch }) =>
      semanticPatch ? semanticPatchActions(body) : actionsForJsonPatch(patchOps(body), SEGMENT_PATCH_PATHS),
  ],
  updateBigSegmentContextTargets: ["segment", ({ body }) => bigSegmentActions(body)],
  updateBigSegmentTargets: ["segment", ({ body }) => bigSegmentActions(body)],
  // No action of its own is documented: an import sets the big segment's included list.
  createBigSegmentImport: ["segment", () => ["updateIncluded"]],
  postMetric: ["metric", () => ["createMetric"]],
  deleteMetric: ["metric", () => ["deleteMetric"]],
  patchMetric: ["metric", ({ body }) => actionsForJsonPatch(patchOps(body), METRIC_PATCH_PATHS)],
  postCustomRole: ["role", () => ["createRole"]],
  deleteCustomRole: ["role", () => ["deleteRole"]],
  patchCustomRole: ["role", ({ body }) => actionsForJsonPatch(patchOps(body), ROLE_PATCH_PATHS)],
  // role-actions.json lists these two as uncertain (seen in LaunchDarkly Labs configs only); the upsert needs
  // the create action when the kind is new and the update action when it exists, so a policy needs both.
  putContextKind: ["context-kind", () => ["createContextKind", "updateContextKind"]],
};

/** What a request needs, or undefined when no single action can be named (reads LaunchDarkly grants to all). */
export function requiredPermission(request: PermissionRequest): RequiredPermission | undefined {
  if (!Object.hasOwn(OPERATIONS, request.operationId)) return undefined;
  const [kind, actionsOf] = OPERATIONS[request.operationId]!;
  const actions = actionsOf(request);
  return actions.length > 0 ? { resource: resourceOf(kind, request), actions } : undefined;
}
