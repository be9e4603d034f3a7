// Segments per environment: list, create (SegmentBody only), read, patch (JSON Patch, merge patch, semantic patch),
// delete, and big-segment membership (`POST .../contexts`, `GET .../contexts/{contextKey}`).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_STANDARD_SEGMENT_TARGETS } from "../../launchdarkly/limits.js";
import type {
  JsonPatchOperation,
  LdBigSegmentTargetsUpdate,
  LdSegment,
  LdSegmentPost,
} from "../../launchdarkly/types.js";
import { resourceSpecifierFor } from "../../permissions/format-resource-specifier.js";
import { segmentFieldAction } from "../../permissions/request-actions.js";
import { recordAudit } from "../audit-log.js";
import {
  createImport,
  findImport,
  importHref,
  importInProgress,
  importRepresentation,
  startImport,
} from "../big-segment-imports.js";
import { flagsTargetingSegment } from "../flags.js";
import { conflict, invalidRequest, notFound } from "../http-error.js";
import { newUuid } from "../ids.js";
import { applyJsonPatch } from "../json-patch.js";
import { pageLinks, pageOfValues, parsePage } from "../pagination.js";
import { buildSegment, hrefs } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import { type HandlerResult, isSemanticPatch, type RequestContext, type Router } from "../router.js";
import { requireNoSegmentApproval } from "../segment-approvals.js";
import { applySegmentSemanticPatch, countTargets } from "../segment-semantic-patch.js";
import type { EmulatorStore, SegmentRecord } from "../store.js";
import { commentOf, isValidKey, requireEnvironment, requireProject, requireSegment } from "./lookup.js";

/** Fields a JSON or merge patch may not change. */
const READ_ONLY_SEGMENT_FIELDS = new Set([
  "key",
  "creationDate",
  "lastModifiedDate",
  "version",
  "deleted",
  "generation",
  "unbounded",
  "unboundedContextKind",
]);

interface SegmentParams {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
}

function resourceOf(p: SegmentParams): string {
  return resourceSpecifierFor({
    type: "segment",
    project: p.projectKey,
    environment: p.environmentKey,
    key: p.segmentKey,
  });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** After a JSON or merge patch: the segment must still be a `UserSegment`; new rules and clauses get `_id`s. */
function checkPatchedSegment(segment: LdSegment): void {
  if (typeof segment.name !== "string" || segment.name === "")
    throw invalidRequest("name must be a non-empty string");
  if (segment.description !== undefined && typeof segment.description !== "string") {
    throw invalidRequest("description must be a string");
  }
  if (!isStringArray(segment.tags)) throw invalidRequest("tags must be an array of strings");
  for (const field of ["included", "excluded"] as const) {
    if (segment[field] !== undefined && !isStringArray(segment[field])) {
      throw invalidRequest(`${field} must be an array of strings`);
    }
  }
  for (const field of ["includedContexts", "excludedContexts"] as const) {
    const value = segment[field];
    if (value === undefined) continue;
    if (
      !Array.isArray(value) ||
      !value.every((t) => t && typeof t.contextKind === "string" && isStringArray(t.values))
    ) {
      throw invalidRequest(`${field} must be an array of {contextKind, values}`);
    }
  }
  if (!Array.isArray(segment.rules)) throw invalidRequest("rules must be an array");
  for (const [index, rule] of segment.rules.entries()) {
    if (!rule || !Array.isArray(rule.clauses))
      throw invalidRequest(`rules[${index}].clauses must be an array`);
    rule._id ??= newUuid();
    for (const [position, clause] of rule.clauses.entries()) {
      if (
        !clause ||
        typeof clause.attribute !== "string" ||
        typeof clause.op !== "string" ||
        !Array.isArray(clause.values)
      ) {
        throw invalidRequest(`rules[${index}].clauses[${position}] needs attribute, op and values`);
      }
      clause._id ??= newUuid();
      clause.negate ??= false;
      clause.contextKind ??= "user";
    }
  }
  if (!segment.unbounded && countTargets(segment) > MAX_STANDARD_SEGMENT_TARGETS) {
    throw invalidRequest(
      `a standard segment holds at most ${MAX_STANDARD_SEGMENT_TARGETS} individual targets`,
    );
  }
}

/** RFC 7386 merge patch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target && typeof target === "object" && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** Segment fields whose changes are targeting changes, which an environment's segment approvals gate. */
const TARGETING_FIELDS = new Set(["included", "excluded", "includedContexts", "excludedContexts", "rules"]);
/** Semantic-patch kinds that are not targeting changes. */
const NON_TARGETING_INSTRUCTIONS = new Set(["updateName", "updateDescription", "addTags", "removeTags"]);

/**
 * The `UserSegment` as LaunchDarkly answers it: a big segment carries `_unboundedMetadata` (its membership counts,
 * `SegmentMetadata`) and `_importInProgress`; its membership itself is never returned.
 */
export function presentSegment(
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
  record: SegmentRecord,
): LdSegment {
  const segment = record.segment;
  if (!segment.unbounded) return segment;
  const environment = store.projects.get(projectKey)?.environments.get(environmentKey)?.environment;
  const envId = environment?._id ?? environmentKey;
  return {
    ...segment,
    _unboundedMetadata: {
      envId,
      segmentId: `${envId}:${segment.key}`,
      version: segment.version,
      includedCount: record.bigIncluded.size,
      excludedCount: record.bigExcluded.size,
      lastModified: segment.lastModifiedDate,
      deleted: false,
    },
    _importInProgress: importInProgress(store, projectKey, environmentKey, segment.key),
  };
}

function patchSegment(context: RequestContext): HandlerResult {
  const params = context.params as unknown as SegmentParams;
  const record = requireSegment(context.store, params.projectKey, params.environmentKey, params.segmentKey);
  const semantic = isSemanticPatch(context.contentType);
  let next: LdSegment;
  let bigIncluded: Set<string> | undefined;
  let bigExcluded: Set<string> | undefined;
  let actions: string[];
  let processedImports: string[] = [];
  let comment: string | undefined;

  if (semantic) {
    const body = assertRequestBody<{ environmentKey?: string; instructions: unknown[]; comment?: string }>(
      "SegmentSemanticPatch",
      context.body,
    );
    if (body.environmentKey === undefined)
      throw invalidRequest("environmentKey is required in a segment semantic patch");
    if (body.environmentKey !== params.environmentKey) {
      throw invalidRequest(
        `environmentKey "${body.environmentKey}" does not match the environment in the path ("${params.environmentKey}")`,
      );
    }
    if (
      Array.isArray(body.instructions) &&
      body.instructions.some(
        (instruction) =>
          !NON_TARGETING_INSTRUCTIONS.has(String((instruction as { kind?: unknown } | null)?.kind)),
      )
    )
      requireNoSegmentApproval(context.caller, context.store, params);
    const result = applySegmentSemanticPatch({
      segment: record.segment,
      bigIncluded: record.bigIncluded,
      bigExcluded: record.bigExcluded,
      instructions: body.instructions,
      findImport: (importId) => {
        const upload = context.store.bigSegmentImports.get(importId);
        return upload &&
          upload.projectKey === params.projectKey &&
          upload.environmentKey === params.environmentKey &&
          upload.segmentKey === params.segmentKey
          ? upload
          : undefined;
      },
    });
    ({ segment: next, bigIncluded, bigExcluded, actions, processedImports } = result);
    comment = body.comment;
  } else {
    const body = context.body as Record<string, unknown> | undefined;
    if (body && typeof body === "object" && !Array.isArray(body) && "instructions" in body) {
      throw invalidRequest(
        "This looks like a semantic patch: send it with Content-Type: application/json; domain-model=launchdarkly.semanticpatch",
      );
    }
    if (body && typeof body === "object" && !Array.isArray(body) && "merge" in body) {
      const merge = assertRequestBody<{ merge: Record<string, unknown>; comment?: string }>(
        "MergePatchWithComment",
        body,
      );
      for (const field of Object.keys(merge.merge)) {
        if (field.startsWith("_") || READ_ONLY_SEGMENT_FIELDS.has(field))
          throw invalidRequest(`${field} cannot be modified`);
      }
      if (Object.keys(merge.merge).some((field) => TARGETING_FIELDS.has(field)))
        requireNoSegmentApproval(context.caller, context.store, params);
      next = mergePatch(structuredClone(record.segment), merge.merge) as LdSegment;
      comment = merge.comment;
      actions = Object.keys(merge.merge).map(segmentActionForField);
    } else {
      const wrapped = assertRequestBody<{ patch: JsonPatchOperation[]; comment?: string }>(
        "PatchWithComment",
        body,
      );
      if (
        wrapped.patch.some(
          (op) => op.op !== "test" && TARGETING_FIELDS.has(String(op.path).split("/")[1] ?? ""),
        )
      )
        requireNoSegmentApproval(context.caller, context.store, params);
      next = applyJsonPatch(record.segment, wrapped.patch, READ_ONLY_SEGMENT_FIELDS);
      comment = wrapped.comment;
      actions = wrapped.patch
        .filter((op) => op.op !== "test")
        .map((op) => segmentActionForField(op.path.split("/")[1] ?? ""));
    }
    checkPatchedSegment(next);
  }

  const changed = JSON.stringify(next) !== JSON.stringify(record.segment) || bigIncluded !== undefined;
  const present = (segment: LdSegment) =>
    presentSegment(context.store, params.projectKey, params.environmentKey, { ...record, segment });
  if (context.query.get("dryRun") === "true")
    return { status: 200, body: present(changed ? next : record.segment) };
  for (const importId of processedImports) {
    const upload = context.store.bigSegmentImports.get(importId);
    if (upload) startImport(upload, Date.now());
  }
  if (!changed) return { status: 200, body: present(record.segment) };

  const now = context.store.clock.now();
  next.version = record.segment.version + 1;
  next.lastModifiedDate = now;
  record.segment = next;
  if (bigIncluded) record.bigIncluded = bigIncluded;
  if (bigExcluded) record.bigExcluded = bigExcluded;
  recordAudit(
    context,
    {
      kind: "segment",
      resource: resourceOf(params),
      name: next.name,
      actions: [...new Set(actions)],
      titleVerb: "updated the segment",
      comment,
    },
    now,
  );
  return { status: 200, body: present(next) };
}

/** The action the audit entry records for a patched field: the client's, or `updateRules` for any other field. */
function segmentActionForField(field: string): string {
  return segmentFieldAction(field) ?? "updateRules";
}

export function registerSegmentRoutes(router: Router): void {
  router.add("GET", "/api/v2/segments/{projectKey}/{environmentKey}", (context) => {
    const { projectKey, environmentKey } = context.params as { projectKey: string; environmentKey: string };
    const environment = requireEnvironment(context.store, projectKey, environmentKey);
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.segments, MAX_PAGE_SIZE.segments);
    const items = pageOfValues(environment.segments, page).map((record) =>
      presentSegment(context.store, projectKey, environmentKey, record),
    );
    return {
      status: 200,
      body: {
        items,
        _links: pageLinks(
          hrefs.segments(projectKey, environmentKey),
          context.query,
          page,
          environment.segments.size,
        ),
        totalCount: environment.segments.size,
      },
    };
  });

  router.add("POST", "/api/v2/segments/{projectKey}/{environmentKey}", (context) => {
    const { projectKey, environmentKey } = context.params as { projectKey: string; environmentKey: string };
    const environment = requireEnvironment(context.store, projectKey, environmentKey);
    const body = assertRequestBody<LdSegmentPost>("SegmentBody", context.body);
    if (!isValidKey(body.key)) throw invalidRequest(`Invalid segment key "${body.key}"`);
    if (body.name.trim() === "") throw invalidRequest("name must not be empty");
    if (environment.segments.has(body.key)) {
      throw conflict(`A segment with key "${body.key}" already exists in ${projectKey}/${environmentKey}`);
    }
    const now = context.store.clock.now();
    const segment = buildSegment(projectKey, environmentKey, body, now);
    environment.segments.set(body.key, { segment, bigIncluded: new Set(), bigExcluded: new Set() });
    recordAudit(
      context,
      {
        kind: "segment",
        resource: resourceOf({ projectKey, environmentKey, segmentKey: body.key }),
        name: body.name,
        actions: ["createSegment"],
        titleVerb: "created the segment",
        comment: commentOf(context.body),
      },
      now,
    );
    const created = requireSegment(context.store, projectKey, environmentKey, body.key);
    return { status: 201, body: presentSegment(context.store, projectKey, environmentKey, created) };
  });

  router.add("GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", (context) => {
    const p = context.params as unknown as SegmentParams;
    const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
    // `_flags`: "Only included when getting a single segment, using the getSegment endpoint."
    const project = requireProject(context.store, p.projectKey);
    return {
      status: 200,
      body: {
        ...presentSegment(context.store, p.projectKey, p.environmentKey, record),
        _flags: flagsTargetingSegment(project, p.environmentKey, p.segmentKey),
      },
    };
  });

  router.add("PATCH", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", patchSegment);

  router.add("DELETE", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", (context) => {
    const p = context.params as unknown as SegmentParams;
    const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
    requireEnvironment(context.store, p.projectKey, p.environmentKey).segments.delete(p.segmentKey);
    recordAudit(context, {
      kind: "segment",
      resource: resourceOf(p),
      name: record.segment.name,
      actions: ["deleteSegment"],
      titleVerb: "deleted the segment",
    });
    return { status: 204 };
  });

  // Big segments only ("This operation does not support standard segments"); answers 204 No Content. `/users` is
  // the legacy twin (`updateBigSegmentTargets`) of `/contexts` (`updateBigSegmentContextTargets`).
  for (const list of ["contexts", "users"] as const) {
    router.add(
      "POST",
      `/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/${list}`,
      updateBigSegmentTargets,
    );
    router.add(
      "GET",
      `/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/${list}/{${list === "contexts" ? "contextKey" : "userKey"}}`,
      (context) => {
        const p = context.params as unknown as SegmentParams & { contextKey?: string; userKey?: string };
        const key = (p.contextKey ?? p.userKey) as string;
        const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
        if (!record.segment.unbounded) throw invalidRequest(`Segment "${p.segmentKey}" is not a big segment`);
        const included = record.bigIncluded.has(key);
        const excluded = record.bigExcluded.has(key);
        if (!included && !excluded)
          throw notFound(`Context "${key}" is not a target of segment "${p.segmentKey}"`);
        return { status: 200, body: { userKey: key, included, excluded } };
      },
    );
  }

  router.add(
    "POST",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",
    (context) => {
      const p = context.params as unknown as SegmentParams;
      const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
      const id = createImport({
        store: context.store,
        caller: context.caller,
        params: p,
        record,
        rawBody: context.rawBody ?? Buffer.alloc(0),
        contentType: context.contentType,
        now: Date.now(),
        // Without `waitOnApprovals`, an environment requiring approvals refuses the import like any targeting change.
        requireNoApproval: () => requireNoSegmentApproval(context.caller, context.store, p),
      });
      return {
        status: 204,
        headers: { Location: importHref(p.projectKey, p.environmentKey, p.segmentKey, id) },
      };
    },
    { multipart: true },
  );

  router.add(
    "GET",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}",
    (context) => {
      const p = context.params as unknown as SegmentParams & { importID: string };
      requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
      return {
        status: 200,
        body: importRepresentation(p.importID, findImport(context.store, p, p.importID)),
      };
    },
  );
}

function updateBigSegmentTargets(context: RequestContext): HandlerResult {
  const p = context.params as unknown as SegmentParams;
  const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
  const body = assertRequestBody<LdBigSegmentTargetsUpdate>("SegmentUserState", context.body);
  if (!record.segment.unbounded) {
    throw invalidRequest(
      `Segment "${p.segmentKey}" is a standard segment; only big segments take this operation`,
    );
  }
  requireNoSegmentApproval(context.caller, context.store, p);
  updateBigSegmentMembers(record, body);
  const now = context.store.clock.now();
  record.segment = { ...record.segment, version: record.segment.version + 1, lastModifiedDate: now };
  const actions = [
    ...(body.included ? ["updateIncluded"] : []),
    ...(body.excluded ? ["updateExcluded"] : []),
  ];
  recordAudit(
    context,
    {
      kind: "segment",
      resource: resourceOf(p),
      name: record.segment.name,
      actions,
      titleVerb: "updated the big segment targets of",
      description: `Updated the targets of the big segment ${record.segment.name}`,
    },
    now,
  );
  return { status: 204 };
}

/** Applies a `SegmentUserState` change, rejecting keys that would end both included and excluded. */
function updateBigSegmentMembers(record: SegmentRecord, update: LdBigSegmentTargetsUpdate): void {
  const included = new Set(record.bigIncluded);
  const excluded = new Set(record.bigExcluded);
  for (const key of update.included?.remove ?? []) included.delete(key);
  for (const key of update.excluded?.remove ?? []) excluded.delete(key);
  for (const key of update.included?.add ?? []) included.add(key);
  for (const key of update.excluded?.add ?? []) excluded.add(key);
  for (const key of [...(update.included?.add ?? []), ...(update.excluded?.add ?? [])]) {
    if (included.has(key) && excluded.has(key)) {
      throw invalidRequest(`target "${key}" would be both included and excluded`);
    }
  }
  record.bigIncluded = included;
  record.bigExcluded = excluded;
}
