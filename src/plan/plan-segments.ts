// Segments: one planned change per (project, environment, key) that differs, with the exact requests apply sends.

import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../launchdarkly/limits.js";
import type { JsonPatchOperation, LdSegment, LdSegmentPost } from "../launchdarkly/types.js";
import { type Finding, finding } from "../model/finding.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { DesiredSegment } from "../model/segment.js";
import type { MemberSet } from "../model/segment-members.js";
import { sameJson } from "./canonical-json.js";
import {
  type NormalizedSegment,
  normalizeDesiredSegment,
  normalizeLiveSegment,
  ruleContent,
} from "./normalize-segment.js";
import {
  isMembershipPending,
  isOwned,
  MEMBERSHIP_PENDING_TAG,
  OWNERSHIP_TAG,
  tagOwnership,
} from "./ownership.js";
import {
  isMembershipTag,
  planBigSegmentMembership,
  standardMembership,
  withFileMembers,
} from "./plan-members.js";
import {
  declaredChange,
  emptyResourcePlan,
  type OwnershipScope,
  onlyMarkerTags,
  ownershipScope,
  planDeclared,
  type ResourcePlan,
  withOwnership,
} from "./resource-plan.js";
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

/**
 * The fields and operations that turn `before` into `after`; `before` is the live segment or a just-created one.
 * Everything JSON Patch can carry (name, description, tags, rules) goes in one JSON Patch, first, behind a `test` of
 * the segment's version when `version` is known (an update; apply adds it after a create). Targets follow as
 * semantic patches: adding or removing a key is idempotent and leaves anyone else's edits alone.
 */
function segmentEdits(
  before: NormalizedSegment,
  after: NormalizedSegment,
  warnings: Finding[],
  segment: { project: string; environment: string; key: string },
  version: number | undefined,
  /** Tags LaunchDarkly holds that the `/tags` write must keep (the membership-pending marker, removed last). */
  keepTags: readonly string[] = [],
): { fields: FieldChange[]; operations: PlannedOperation[] } {
  const fields: FieldChange[] = [];
  const jsonPatch: JsonPatchOperation[] = [];

  if (before.name !== after.name) {
    fields.push({ path: "/name", before: before.name, after: after.name });
    jsonPatch.push({ op: "replace", path: "/name", value: after.name });
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
    jsonPatch.push({
      op: "replace",
      path: "/tags",
      value: [...new Set([...after.tags, ...keepTags])].sort(),
    });
  }
  if (before.unbounded !== after.unbounded || before.unboundedContextKind !== after.unboundedContextKind) {
    const { project, environment, key } = segment;
    warnings.push(finding("plan.segment-unbounded-immutable", { project, environment, key }));
  }

  const rules = planRules(before.rules, after.rules);
  if (rules.fields.length > 0) {
    fields.push(...rules.fields);
    jsonPatch.push({ op: "replace", path: "/rules", value: rules.rules });
  }

  const operations: PlannedOperation[] = [];
  if (jsonPatch.length > 0) {
    const test: JsonPatchOperation[] =
      version === undefined ? [] : [{ op: "test", path: "/version", value: version }];
    operations.push({ kind: "patchSegmentJson", patch: [...test, ...jsonPatch] });
  }
  const targetChanges = [
    ...diffTargets("included", before.included, after.included),
    ...diffTargets("excluded", before.excluded, after.excluded),
  ];
  fields.push(...targetFields(targetChanges));
  if (after.unbounded) {
    for (const update of bigSegmentTargetUpdates(targetChanges))
      operations.push({ kind: "updateBigSegmentTargets", update });
  } else {
    for (const batch of targetInstructionBatches(targetChanges, MAX_TARGET_OPERATIONS_PER_PATCH))
      operations.push({ kind: "patchSegmentSemantic", instructions: batch });
  }
  return { fields, operations };
}

/** The last operation of a big segment's membership write: only then does LaunchDarkly show it complete. */
const MEMBERSHIP_COMPLETE: PlannedOperation = {
  kind: "patchSegmentSemantic",
  instructions: [{ kind: "removeTags", values: [MEMBERSHIP_PENDING_TAG] }],
};

function writesBigSegmentMembership(operations: readonly PlannedOperation[]): boolean {
  return operations.some((operation) => operation.kind === "updateBigSegmentTargets");
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

export function planSegmentCreate(
  segment: DesiredSegment,
  warnings: Finding[] = [],
  marker: string = OWNERSHIP_TAG,
): PlannedChange {
  const desired = normalizeDesiredSegment(segment, marker);
  const body = segmentPostBody(desired);
  // Right after `POST` the segment holds every field of the body, but no targets and no rules yet.
  const created: NormalizedSegment = { ...desired, included: {}, excluded: {}, rules: [] };
  const edits = segmentEdits(created, desired, warnings, segment, undefined);
  // A big segment is created marked as pending and unmarked after its last membership write: a create whose
  // membership write did not complete stays visible to every later plan (see planSegmentUpdate).
  const pending = writesBigSegmentMembership(edits.operations);
  if (pending) {
    body.tags = [...(body.tags ?? []), MEMBERSHIP_PENDING_TAG].sort();
    edits.operations.push(MEMBERSHIP_COMPLETE);
  }
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
  warnings: Finding[] = [],
  marker: string = OWNERSHIP_TAG,
): PlannedChange | undefined {
  const desired = normalizeDesiredSegment(segment, marker);
  const current = normalizeLiveSegment(live);
  const pending = isMembershipPending(live);
  if (pending) current.tags = current.tags.filter((tag) => tag !== MEMBERSHIP_PENDING_TAG);
  // The last-applied membership tag is the membership plan's (src/plan/plan-members.ts), never a tag to remove here.
  const memberTags = current.tags.filter(isMembershipTag);
  current.tags = current.tags.filter((tag) => !isMembershipTag(tag));
  if (desired.unbounded && current.unbounded && !pending) {
    // LaunchDarkly keeps big-segment membership outside the segment: it cannot be read from the list, so it is
    // written on create only and not compared afterwards.
    desired.included = current.included;
    desired.excluded = current.excluded;
  }
  if (!pending && sameJson(stripIds(current), stripIds(desired))) return undefined;
  const edits = segmentEdits(current, desired, warnings, segment, live.version, [
    ...(pending ? [MEMBERSHIP_PENDING_TAG] : []),
    ...memberTags,
  ]);
  if (pending) {
    // The create's membership write did not complete: write every member again (adding is idempotent), then unmark.
    edits.operations.push(MEMBERSHIP_COMPLETE);
    const tags = edits.fields.find((field) => field.path === "/tags");
    if (tags) {
      tags.before = [...((tags.before as string[] | undefined) ?? []), MEMBERSHIP_PENDING_TAG].sort();
      tags.removed = [...(tags.removed ?? []), MEMBERSHIP_PENDING_TAG];
    } else {
      edits.fields.push({
        path: "/tags",
        before: [...current.tags, MEMBERSHIP_PENDING_TAG].sort(),
        after: current.tags,
        added: [],
        removed: [MEMBERSHIP_PENDING_TAG],
      });
    }
  }
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
/** A segment with member files: its definition planned as usual, its membership as src/plan/plan-members.ts says. */
function planFileFedSegment(
  segment: DesiredSegment,
  live: LdSegment | undefined,
  memberSets: ReadonlyMap<string, MemberSet>,
  warnings: Finding[],
  marker: string,
  applied?: readonly string[],
): PlannedChange | undefined {
  if (!segment.unbounded) {
    const full = withFileMembers(segment, memberSets);
    const change = live
      ? planSegmentUpdate(full, live, warnings, marker)
      : planSegmentCreate(full, warnings, marker);
    if (!change) return undefined;
    const before = live ? normalizeLiveSegment(live) : { included: {}, excluded: {} };
    const membership = standardMembership(segment, before, normalizeDesiredSegment(full, marker), warnings);
    if (membership.length > 0) change.membership = membership;
    if (segment.membershipSync === "automatic") change.membershipSync = "automatic";
    return change;
  }
  // Every member, inline or from a file, is written by the membership plan; the definition carries none.
  const {
    included: _included,
    excluded: _excluded,
    includedContexts: _includedContexts,
    excludedContexts: _excludedContexts,
    ...definition
  } = segment;
  let change = live
    ? planSegmentUpdate(definition, live, warnings, marker)
    : planSegmentCreate(definition, warnings, marker);
  const members = planBigSegmentMembership(segment, live, memberSets, warnings, applied);
  if (members.operations.length === 0) return change;
  if (!change) {
    change = declaredChange("update", "segment", segment, segment.name, [], []);
    if (live) change.liveVersion = live.version;
  }
  // The membership plan's last write removes the pending marker along with writing the tag.
  change.operations = [
    ...change.operations.filter((operation) => operation !== MEMBERSHIP_COMPLETE),
    ...members.operations,
  ];
  if (live && isMembershipPending(live) && !change.fields.some((field) => field.path === "/tags"))
    change.fields.push({
      path: "/tags",
      before: live.tags,
      after: live.tags.filter((t) => t !== MEMBERSHIP_PENDING_TAG),
      added: [],
      removed: [MEMBERSHIP_PENDING_TAG],
    });
  change.membership = members.membership;
  if (segment.membershipSync === "automatic") change.membershipSync = "automatic";
  return change;
}

export function planSegments(
  desired: readonly DesiredSegment[],
  live: ReadonlyMap<string, readonly LdSegment[]>,
  prune: boolean,
  ownership: OwnershipScope = ownershipScope(OWNERSHIP_TAG),
  memberSets: ReadonlyMap<string, MemberSet> = new Map(),
  /** `project/environment/key` → included keys LaunchDarkly holds, found in git history. */
  appliedMembers: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Updates already worked out while other lists were still being read (`planEarlySegmentUpdates`). */
  early: ReadonlyMap<LdSegment, EarlySegmentUpdate> = new Map(),
): ResourcePlan {
  const { marker } = ownership;
  const result = emptyResourcePlan();
  const wanted = new Map<string, DesiredSegment>();
  for (const segment of desired) wanted.set(resourceAddress(segment), segment);
  const liveByKey = new Map<string, LdSegment>();
  for (const [scope, segments] of live) {
    const [project = "", environment = ""] = scope.split("/");
    for (const segment of segments) {
      if (segment.deleted) continue;
      liveByKey.set(resourceAddress({ project, environment, key: segment.key }), segment);
      if (isOwned(tagOwnership(segment.tags, marker))) result.owned++;
    }
  }
  planDeclared(
    result,
    wanted,
    liveByKey,
    (segment) =>
      (segment.members?.length ?? 0) > 0
        ? (planFileFedSegment(segment, undefined, memberSets, result.warnings, marker) as PlannedChange)
        : planSegmentCreate(segment, result.warnings, marker),
    (segment, current) =>
      withOwnership(
        (segment.members?.length ?? 0) > 0
          ? planFileFedSegment(
              segment,
              current,
              memberSets,
              result.warnings,
              marker,
              appliedMembers.get(resourceAddress(segment)),
            )
          : updateOf(segment, current, early.get(current), result.warnings, marker),
        tagOwnership(current.tags, marker),
        ownership,
        onlyMarkerTags,
      ),
  );
  for (const [scope, segments] of live) {
    const [project = "", environment = ""] = scope.split("/");
    for (const segment of segments) {
      if (segment.deleted || wanted.has(resourceAddress({ project, environment, key: segment.key })))
        continue;
      const found = tagOwnership(segment.tags, marker);
      const owned = isOwned(found);
      if (prune && owned) result.changes.push(planSegmentDelete(segment, project, environment));
      else
        result.unmanaged.push({
          resourceType: "segment",
          project,
          environment,
          key: segment.key,
          name: segment.name,
          owned,
          ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
        });
    }
  }
  const unchecked = uncheckedBigSegmentMembership(wanted, liveByKey);
  if (unchecked.length > 0) result.warnings.push(bigSegmentMembershipWarning(unchecked));
  return result;
}

/** `planSegmentUpdate` of one desired segment and its live one, worked out ahead (with the warnings it gave). */
export interface EarlySegmentUpdate {
  segment: DesiredSegment;
  marker: string;
  change: PlannedChange | undefined;
  warnings: Finding[];
}

/**
 * Works out `planSegmentUpdate` for the live segments of one environment that the repo declares (not file-fed
 * ones), as soon as that environment's list is read: `planSegments` then takes these results in place of doing the
 * same work once everything is read. `wanted` is keyed by `resourceAddress`.
 */
export function planEarlySegmentUpdates(
  wanted: ReadonlyMap<string, DesiredSegment>,
  project: string,
  environment: string,
  live: readonly LdSegment[],
  marker: string,
  into: Map<LdSegment, EarlySegmentUpdate>,
): void {
  for (const current of live) {
    if (current.deleted) continue;
    const segment = wanted.get(resourceAddress({ project, environment, key: current.key }));
    if (segment === undefined || (segment.members?.length ?? 0) > 0) continue;
    const warnings: Finding[] = [];
    into.set(current, {
      segment,
      marker,
      change: planSegmentUpdate(segment, current, warnings, marker),
      warnings,
    });
  }
}

function updateOf(
  segment: DesiredSegment,
  current: LdSegment,
  early: EarlySegmentUpdate | undefined,
  warnings: Finding[],
  marker: string,
): PlannedChange | undefined {
  if (early === undefined || early.segment !== segment || early.marker !== marker)
    return planSegmentUpdate(segment, current, warnings, marker);
  warnings.push(...early.warnings);
  return early.change;
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
    if (!segment.unbounded || live === undefined || !live.unbounded || isMembershipPending(live)) continue;
    // A file-fed big segment's membership is compared through its fingerprint tag (src/plan/plan-members.ts).
    if ((segment.members?.length ?? 0) > 0) continue;
    const members =
      (segment.included?.length ?? 0) +
      (segment.excluded?.length ?? 0) +
      (segment.includedContexts?.length ?? 0) +
      (segment.excludedContexts?.length ?? 0);
    if (members > 0) unchecked.push(id);
  }
  return unchecked.sort();
}

export function bigSegmentMembershipWarning(unchecked: readonly string[]): Finding {
  return finding("plan.big-segment-membership-unchecked", {
    segments: [...unchecked],
    named: BIG_SEGMENTS_NAMED,
  });
}
