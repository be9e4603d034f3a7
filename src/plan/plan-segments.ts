// Segments: one planned change per (project, environment, key) that differs, with the exact requests apply sends.

import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../launchdarkly/limits.js";
import type {
  JsonPatchOperation,
  LdSegment,
  LdSegmentPost,
  SemanticPatchInstruction,
} from "../launchdarkly/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { DesiredSegment } from "../model/segment.js";
import { sameJson } from "./canonical-json.js";
import {
  type NormalizedSegment,
  normalizeDesiredSegment,
  normalizeLiveSegment,
  ruleContent,
} from "./normalize-segment.js";
import { hasOwnershipTag } from "./ownership.js";
import { declaredChange, emptyResourcePlan, planDeclared, type ResourcePlan } from "./resource-plan.js";
import { planRules } from "./segment-rules.js";
import {
  bigSegmentTargetUpdates,
  diffTargets,
  type TargetChange,
  targetInstructionBatches,
} from "./segment-targets.js";
import type { FieldChange, PlannedChange, PlannedOperation } from "./types.js";

export function segmentScope(project: string, environment: string): string {
  return `${project}/${environment}`;
}

function targetFields(changes: readonly TargetChange[]): FieldChange[] {
  return changes.map((change) => ({
    path: `/${change.list}/${change.contextKind}`,
    added: change.added,
    removed: change.removed,
  }));
}

/** The fields and operations that turn `before` into `after`; `before` is the live segment or a just-created one. */
function segmentEdits(
  before: NormalizedSegment,
  after: NormalizedSegment,
  warnings: string[],
  label: string,
): { fields: FieldChange[]; operations: PlannedOperation[] } {
  const fields: FieldChange[] = [];
  const first: SemanticPatchInstruction[] = [];
  const jsonPatch: JsonPatchOperation[] = [];

  if (before.name !== after.name) {
    fields.push({ path: "/name", before: before.name, after: after.name });
    first.push({ kind: "updateName", value: after.name });
  }
  if (before.description !== after.description) {
    fields.push({ path: "/description", before: before.description, after: after.description });
    jsonPatch.push(
      after.description === undefined
        ? { op: "remove", path: "/description" }
        : {
            op: before.description === undefined ? "add" : "replace",
            path: "/description",
            value: after.description,
          },
    );
  }
  const addedTags = after.tags.filter((tag) => !before.tags.includes(tag));
  const removedTags = before.tags.filter((tag) => !after.tags.includes(tag));
  if (addedTags.length > 0 || removedTags.length > 0) {
    fields.push({
      path: "/tags",
      before: before.tags,
      after: after.tags,
      added: addedTags,
      removed: removedTags,
    });
    if (addedTags.length > 0) first.push({ kind: "addTags", values: addedTags });
    if (removedTags.length > 0) first.push({ kind: "removeTags", values: removedTags });
  }
  if (before.unbounded !== after.unbounded || before.unboundedContextKind !== after.unboundedContextKind) {
    warnings.push(
      `${label}: "unbounded" and "unboundedContextKind" cannot be changed on an existing segment; delete and recreate it to change them. This plan leaves them as they are.`,
    );
  }

  const rules = planRules(before.rules, after.rules);
  fields.push(...rules.fields);
  first.push(...rules.instructions);
  jsonPatch.push(...rules.jsonPatch);

  const operations: PlannedOperation[] = [];
  const targetChanges = [
    ...diffTargets("included", before.included, after.included),
    ...diffTargets("excluded", before.excluded, after.excluded),
  ];
  fields.push(...targetFields(targetChanges));
  let targetBatches: SemanticPatchInstruction[][] = [];
  const bigSegmentUpdates: PlannedOperation[] = [];
  if (after.unbounded) {
    for (const update of bigSegmentTargetUpdates(targetChanges))
      bigSegmentUpdates.push({ kind: "updateBigSegmentTargets", update });
  } else {
    targetBatches = targetInstructionBatches(targetChanges, MAX_TARGET_OPERATIONS_PER_PATCH);
  }
  // The first target batch rides along with the first request; the rest follow the rule follow-up.
  if (first.length > 0 || targetBatches.length > 0) {
    operations.push({
      kind: "patchSegmentSemantic",
      instructions: [...first, ...(targetBatches.shift() ?? [])],
    });
  }
  if (rules.followUp.length > 0) {
    const followUp: PlannedOperation = { kind: "patchSegmentSemantic", instructions: rules.followUp };
    if (rules.followUpReferences.length > 0) followUp.ruleIdReferences = rules.followUpReferences;
    operations.push(followUp);
  }
  for (const batch of targetBatches) operations.push({ kind: "patchSegmentSemantic", instructions: batch });
  operations.push(...bigSegmentUpdates);
  if (jsonPatch.length > 0) operations.push({ kind: "patchSegmentJson", patch: jsonPatch });
  return { fields, operations };
}

export function segmentPostBody(desired: NormalizedSegment): LdSegmentPost {
  const body: LdSegmentPost = { key: desired.key, name: desired.name, tags: desired.tags };
  if (desired.description !== undefined) body.description = desired.description;
  if (desired.unbounded) {
    body.unbounded = true;
    if (desired.unboundedContextKind !== undefined) body.unboundedContextKind = desired.unboundedContextKind;
  }
  return body;
}

export function planSegmentCreate(segment: DesiredSegment, warnings: string[] = []): PlannedChange {
  const desired = normalizeDesiredSegment(segment);
  const body = segmentPostBody(desired);
  const label = `segment ${resourceAddress(segment)}`;
  // Right after `POST` the segment holds every field of the body, but no targets and no rules yet.
  const created: NormalizedSegment = { ...desired, included: {}, excluded: {}, rules: [] };
  const edits = segmentEdits(created, desired, warnings, label);
  const fields: FieldChange[] = [{ path: "/name", after: desired.name }];
  if (desired.description !== undefined) fields.push({ path: "/description", after: desired.description });
  fields.push({ path: "/tags", after: desired.tags, added: desired.tags, removed: [] });
  if (desired.unbounded) fields.push({ path: "/unbounded", after: true });
  fields.push(...edits.fields);
  return declaredChange("create", "segment", segment, segment.name, fields, [
    { kind: "createSegment", body },
    ...edits.operations,
  ]);
}

/** An update, or undefined when the live segment already matches. */
export function planSegmentUpdate(
  segment: DesiredSegment,
  live: LdSegment,
  warnings: string[] = [],
): PlannedChange | undefined {
  const desired = normalizeDesiredSegment(segment);
  const current = normalizeLiveSegment(live);
  if (desired.unbounded && current.unbounded) {
    // LaunchDarkly keeps big-segment membership outside the segment: it cannot be read from the list, so it is
    // written on create only and not compared afterwards.
    desired.included = current.included;
    desired.excluded = current.excluded;
  }
  if (sameJson(stripIds(current), stripIds(desired))) return undefined;
  const label = `segment ${resourceAddress(segment)}`;
  const edits = segmentEdits(current, desired, warnings, label);
  if (edits.operations.length === 0) return undefined;
  const change = declaredChange("update", "segment", segment, segment.name, edits.fields, edits.operations);
  change.liveVersion = live.version;
  return change;
}

function stripIds(segment: NormalizedSegment): unknown {
  return { ...segment, rules: segment.rules.map(ruleContent) };
}

export function planSegmentDelete(live: LdSegment, project: string, environment: string): PlannedChange {
  return {
    action: "delete",
    resourceType: "segment",
    project,
    environment,
    key: live.key,
    name: live.name,
    fields: [{ path: "/name", before: live.name }],
    operations: [{ kind: "deleteSegment" }],
    liveVersion: live.version,
  };
}

/**
 * Plans every desired segment against the live segments of its environment. `live` holds the list of each
 * `project/environment` read; environments not in it were not read and produce no deletes.
 */
export function planSegments(
  desired: readonly DesiredSegment[],
  live: ReadonlyMap<string, readonly LdSegment[]>,
  prune: boolean,
): ResourcePlan {
  const result = emptyResourcePlan();
  const wanted = new Map<string, DesiredSegment>();
  for (const segment of desired) wanted.set(resourceAddress(segment), segment);
  const liveByKey = new Map<string, LdSegment>();
  for (const [scope, segments] of live) {
    const [project = "", environment = ""] = scope.split("/");
    for (const segment of segments) {
      if (segment.deleted) continue;
      liveByKey.set(resourceAddress({ project, environment, key: segment.key }), segment);
      if (hasOwnershipTag(segment.tags)) result.owned++;
    }
  }
  planDeclared(
    result,
    wanted,
    liveByKey,
    (segment) => planSegmentCreate(segment, result.warnings),
    (segment, current) => planSegmentUpdate(segment, current, result.warnings),
  );
  for (const [scope, segments] of live) {
    const [project = "", environment = ""] = scope.split("/");
    for (const segment of segments) {
      if (segment.deleted || wanted.has(resourceAddress({ project, environment, key: segment.key })))
        continue;
      const owned = hasOwnershipTag(segment.tags);
      if (prune && owned) result.changes.push(planSegmentDelete(segment, project, environment));
      else
        result.unmanaged.push({
          resourceType: "segment",
          project,
          environment,
          key: segment.key,
          name: segment.name,
          owned,
        });
    }
  }
  const unchecked = uncheckedBigSegmentMembership(wanted, liveByKey);
  if (unchecked.length > 0) result.warnings.push(bigSegmentMembershipWarning(unchecked));
  return result;
}

/** Listing every big segment would bury the plan; the rest are counted. */
const BIG_SEGMENTS_NAMED = 5;

/**
 * `project/environment/key` of the big segments whose repo membership this plan cannot check: they exist in
 * LaunchDarkly already (a create writes the membership) and the repo lists members for them.
 */
export function uncheckedBigSegmentMembership(
  wanted: ReadonlyMap<string, DesiredSegment>,
  liveByKey: ReadonlyMap<string, LdSegment>,
): string[] {
  const unchecked: string[] = [];
  for (const [id, segment] of wanted) {
    const live = liveByKey.get(id);
    if (!segment.unbounded || live === undefined || !live.unbounded) continue;
    const members =
      (segment.included?.length ?? 0) +
      (segment.excluded?.length ?? 0) +
      (segment.includedContexts?.length ?? 0) +
      (segment.excludedContexts?.length ?? 0);
    if (members > 0) unchecked.push(id);
  }
  return unchecked.sort();
}

export function bigSegmentMembershipWarning(unchecked: readonly string[]): string {
  const named = unchecked.slice(0, BIG_SEGMENTS_NAMED).join(", ");
  const more = unchecked.length - BIG_SEGMENTS_NAMED;
  const list = more > 0 ? `${named} and ${more} more` : named;
  const subject = unchecked.length === 1 ? "big (unbounded) segment" : "big (unbounded) segments";
  return `The membership the repo lists for the ${subject} ${list} is not compared: LaunchDarkly does not return big-segment membership with the segment, so it is written only when the segment is created. Apply leaves the existing membership as it is.`;
}
