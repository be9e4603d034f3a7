// Membership from files in the plan. Standard segments: the files' keys join the inline targets and are diffed like
// them. Big segments: LaunchDarkly never returns their membership, so the plan compares a fingerprint of the files
// with the tag the last apply left on the segment (and LaunchDarkly's own counts), and writes either a delta through
// `POST …/contexts` (live membership known: a new or empty segment) or a file import (`replace`, then `merge` parts).
import { createHash } from "node:crypto";
import {
  MAX_IMPORT_CONTEXTS,
  MAX_IMPORT_FILE_BYTES,
  MAX_TARGET_OPERATIONS_PER_PATCH,
} from "../launchdarkly/limits.js";
import type { LdSegment } from "../launchdarkly/types.js";
import { membersFingerprint } from "../membership/fingerprint.js";
import { memberKeysByList } from "../membership/segment-member-lists.js";
import { type Finding, finding } from "../model/finding.js";
import type { MemberFileRef } from "../model/member-file.js";
import type { DesiredSegment, SegmentTarget } from "../model/segment.js";
import { type MemberList, type MemberSet, memberRefKey } from "../model/segment-members.js";
import { DEFAULT_CONTEXT_KIND, type NormalizedTargets } from "./normalize-segment.js";
import { MEMBERSHIP_PENDING_TAG } from "./ownership.js";
import { bigSegmentTargetUpdates, diffTargets, type TargetChange } from "./segment-targets.js";
import type { MembershipChange, PlannedOperation } from "./types.js";

/** The tag the last membership write of a big segment leaves: `ld-gitops-members-` + 16 hex of the fingerprint. */
export const MEMBERSHIP_TAG_PREFIX = "ld-gitops-members-";

export function isMembershipTag(tag: string): boolean {
  return tag.startsWith(MEMBERSHIP_TAG_PREFIX);
}

/** First keys shown per list in the plan. */
export const MEMBERSHIP_KEYS_SHOWN = 10;

/**
 * Most key changes a big segment takes through `POST …/contexts` (⌈n ÷ 1,500⌉ requests, 10 at this size); more,
 * or an unknown live membership, is one import per 1,000,000 keys or 40 MB instead.
 */
export const MAX_CONTEXTS_DELTA = 15_000;

/** A fall in members this steep, and at least this large, is flagged as a risk (a broken export). */
const SHARP_DROP_RATIO = 0.5;
const SHARP_DROP_MIN = 100;

/** The segment with its member files' keys added to its inline targets (standard segments). */
export function withFileMembers(
  segment: DesiredSegment,
  memberSets: ReadonlyMap<string, MemberSet>,
): DesiredSegment {
  const includedContexts: SegmentTarget[] = [...(segment.includedContexts ?? [])];
  const excludedContexts: SegmentTarget[] = [...(segment.excludedContexts ?? [])];
  for (const member of segment.members ?? []) {
    const keys = memberSets.get(memberRefKey(member.ref))?.keys ?? [];
    (member.into === "included" ? includedContexts : excludedContexts).push({
      contextKind: member.ref.contextKind,
      values: keys,
    });
  }
  return { ...segment, includedContexts, excludedContexts };
}

/** Lists and kinds that member files feed, with those files. */
function fileLists(
  segment: DesiredSegment,
): Map<string, { list: MemberList; contextKind: string; files: MemberFileRef[] }> {
  const lists = new Map<string, { list: MemberList; contextKind: string; files: MemberFileRef[] }>();
  for (const member of segment.members ?? []) {
    const id = `${member.into}/${member.ref.contextKind}`;
    const entry = lists.get(id) ?? { list: member.into, contextKind: member.ref.contextKind, files: [] };
    entry.files.push(member.ref);
    lists.set(id, entry);
  }
  return lists;
}

/** The membership summary of a standard segment's file-fed lists, from its normalized targets before and after. */
export function standardMembership(
  segment: DesiredSegment,
  before: { included: NormalizedTargets; excluded: NormalizedTargets },
  after: { included: NormalizedTargets; excluded: NormalizedTargets },
  warnings: Finding[],
): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const { list, contextKind, files } of fileLists(segment).values()) {
    const was = before[list][contextKind] ?? [];
    const will = after[list][contextKind] ?? [];
    const [diff] = diffTargets(list, { [contextKind]: was }, { [contextKind]: will });
    const added = diff?.added ?? [];
    const removed = diff?.removed ?? [];
    if (added.length === 0 && removed.length === 0) continue;
    changes.push({
      list,
      contextKind,
      method: "semantic-patch",
      count: will.length,
      before: was.length,
      added: added.length,
      removed: removed.length,
      firstAdded: added.slice(0, MEMBERSHIP_KEYS_SHOWN),
      firstRemoved: removed.slice(0, MEMBERSHIP_KEYS_SHOWN),
      requests: Math.ceil((added.length + removed.length) / MAX_TARGET_OPERATIONS_PER_PATCH),
      files: files.map((file) => file.path),
      fingerprint: membersFingerprint(will),
    });
    sharpDrop(segment, list, was.length, will.length, warnings);
  }
  return changes;
}

function sharpDrop(
  segment: DesiredSegment,
  list: MemberList,
  before: number,
  after: number,
  warnings: Finding[],
) {
  if (before - after >= SHARP_DROP_MIN && after < before * SHARP_DROP_RATIO) {
    const { project, environment, key } = segment;
    warnings.push(finding("plan.members-sharp-drop", { project, environment, key, list, before, after }));
  }
}

/** LaunchDarkly's member counts of a big segment, when its answer carries them (read defensively). */
export function unboundedCounts(live: LdSegment): { included: number; excluded: number } | undefined {
  const metadata = live._unboundedMetadata as
    | { includedCount?: unknown; excludedCount?: unknown }
    | undefined;
  if (metadata === null || typeof metadata !== "object") return undefined;
  const included = metadata.includedCount;
  const excluded = metadata.excludedCount;
  if (typeof included !== "number" && typeof excluded !== "number") return undefined;
  return {
    included: typeof included === "number" ? included : 0,
    excluded: typeof excluded === "number" ? excluded : 0,
  };
}

export interface BigSegmentMembershipPlan {
  /** Membership writes, then the tag write last; empty when LaunchDarkly already holds the files' membership. */
  operations: PlannedOperation[];
  membership: MembershipChange[];
}

interface BigList {
  list: MemberList;
  /** Every key of the list (files and inline), sorted, unique. */
  keys: string[];
  /** The files' keys alone (what an import uploads), sorted, unique. */
  fileKeys: string[];
  files: MemberFileRef[];
  fingerprint: string;
  /** The files' fingerprint when known without hashing again. */
  fileFingerprint?: string | undefined;
}

/** The membership fingerprint of a segment: the included list's, or both lists' when anything is excluded. */
function segmentFingerprint(included: BigList, excluded: BigList): string {
  if (excluded.keys.length === 0) return included.fingerprint;
  return createHash("sha256")
    .update(`included ${included.fingerprint}\nexcluded ${excluded.fingerprint}\n`)
    .digest("hex");
}

export function membershipTag(fingerprint: string): string {
  return `${MEMBERSHIP_TAG_PREFIX}${fingerprint.slice(0, 16)}`;
}

function bigList(
  segment: DesiredSegment,
  list: MemberList,
  memberSets: ReadonlyMap<string, MemberSet>,
): BigList {
  const kind = segment.unboundedContextKind ?? DEFAULT_CONTEXT_KIND;
  const parts = memberKeysByList(segment, memberSets)[list].get(kind) ?? [];
  const files = (segment.members ?? []).filter((m) => m.into === list).map((m) => m.ref);
  const fileParts = files.map((ref) => memberSets.get(memberRefKey(ref))?.keys ?? []);
  const fileKeys =
    fileParts.length === 1 ? (fileParts[0] as string[]) : [...new Set(fileParts.flat())].sort();
  const keys = parts.length === fileParts.length ? fileKeys : [...new Set(parts.flat())].sort();
  // One file and nothing inline: its fingerprint, read with it, is the list's (a million keys hashed once).
  const only =
    files.length === 1 && keys === fileKeys
      ? memberSets.get(memberRefKey(files[0] as MemberFileRef))
      : undefined;
  const fingerprint = only?.fingerprint ?? membersFingerprint(keys);
  return { list, keys, fileKeys, files, fingerprint, fileFingerprint: only?.fingerprint };
}

/** [start, end) slices of `keys` that each fit one import file (≤ 1,000,000 contexts, ≤ 40 MB as CSV lines). */
export function importParts(keys: readonly string[]): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let index = 0; index < keys.length; index++) {
    const size = Buffer.byteLength(keys[index] as string) + 1;
    if (index > start && (index - start >= MAX_IMPORT_CONTEXTS || bytes + size > MAX_IMPORT_FILE_BYTES)) {
      parts.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += size;
  }
  if (keys.length > start) parts.push({ start, end: keys.length });
  return parts;
}

/**
 * A file-fed big segment's membership writes. `live` is undefined for a create. `pending`: a create whose
 * membership write did not finish (wt-writes' marker).
 */
export function planBigSegmentMembership(
  segment: DesiredSegment,
  live: LdSegment | undefined,
  memberSets: ReadonlyMap<string, MemberSet>,
  warnings: Finding[],
  /** The included keys LaunchDarkly holds, when git history named them (src/pipeline/applied-members.ts). */
  applied?: readonly string[],
): BigSegmentMembershipPlan {
  const contextKind = segment.unboundedContextKind ?? DEFAULT_CONTEXT_KIND;
  const included = bigList(segment, "included", memberSets);
  const excluded = bigList(segment, "excluded", memberSets);
  const tag = membershipTag(segmentFingerprint(included, excluded));
  const liveTags = live?.tags ?? [];
  const oldTags = liveTags.filter(isMembershipTag);
  const counts = live ? unboundedCounts(live) : undefined;
  const pending = live !== undefined && liveTags.includes(MEMBERSHIP_PENDING_TAG);
  const countsMatch =
    counts === undefined ||
    (counts.included === included.keys.length && counts.excluded === excluded.keys.length);
  if (live && !pending && oldTags.includes(tag) && countsMatch) return { operations: [], membership: [] };

  const { project, environment, key } = segment;
  let reason: MembershipChange["reason"] =
    live === undefined ? "created" : pending ? "pending" : "unknown-live";
  if (live && oldTags.includes(tag) && !countsMatch && counts) {
    reason = "drifted";
    warnings.push(
      finding("plan.members-drifted", {
        project,
        environment,
        key,
        expected: included.keys.length + excluded.keys.length,
        live: counts.included + counts.excluded,
      }),
    );
  }
  if (counts) {
    sharpDrop(segment, "included", counts.included, included.keys.length, warnings);
    sharpDrop(segment, "excluded", counts.excluded, excluded.keys.length, warnings);
  }

  // The version of the file the tag names, read from git history: a diff, when LaunchDarkly's counts agree.
  if (
    live &&
    applied &&
    !pending &&
    excluded.keys.length === 0 &&
    (counts === undefined || (counts.included === applied.length && counts.excluded === 0))
  ) {
    const [diff] = diffTargets("included", { [contextKind]: [...applied] }, { [contextKind]: included.keys });
    const added = diff?.added ?? [];
    const removed = diff?.removed ?? [];
    if (added.length + removed.length <= MAX_CONTEXTS_DELTA) {
      const operations: PlannedOperation[] = [
        { kind: "patchSegmentSemantic", instructions: [{ kind: "removeTags", values: oldTags }] },
      ];
      for (const update of bigSegmentTargetUpdates(diff ? [diff] : [], MAX_TARGET_OPERATIONS_PER_PATCH))
        operations.push({ kind: "updateBigSegmentTargets", update });
      operations.push({ kind: "patchSegmentSemantic", instructions: [{ kind: "addTags", values: [tag] }] });
      return {
        operations,
        membership: [
          {
            list: "included",
            contextKind,
            method: "contexts",
            count: included.keys.length,
            before: applied.length,
            added: added.length,
            removed: removed.length,
            firstAdded: added.slice(0, MEMBERSHIP_KEYS_SHOWN),
            firstRemoved: removed.slice(0, MEMBERSHIP_KEYS_SHOWN),
            requests: Math.ceil((added.length + removed.length) / MAX_TARGET_OPERATIONS_PER_PATCH),
            files: included.files.map((file) => file.path),
            fingerprint: included.fingerprint,
            reason: "history",
          },
        ],
      };
    }
  }

  // Known live membership: none for a new segment, none when LaunchDarkly counts zero members.
  const knownEmpty =
    live === undefined || (counts !== undefined && counts.included === 0 && counts.excluded === 0);
  const deltaSize = included.keys.length + excluded.keys.length;
  const operations: PlannedOperation[] = [];
  // Whatever the last apply recorded stops being true from the first membership write on.
  if (oldTags.length > 0)
    operations.push({
      kind: "patchSegmentSemantic",
      instructions: [{ kind: "removeTags", values: oldTags }],
    });
  const membership: MembershipChange[] = [];
  const lists = [included, excluded].filter((list) => list.keys.length > 0 || list.files.length > 0);

  if (knownEmpty && deltaSize <= MAX_CONTEXTS_DELTA) {
    const changes: TargetChange[] = lists
      .filter((list) => list.keys.length > 0)
      .map((list) => ({ list: list.list, contextKind, added: list.keys, removed: [] }));
    const updates = bigSegmentTargetUpdates(changes, MAX_TARGET_OPERATIONS_PER_PATCH);
    for (const update of updates) operations.push({ kind: "updateBigSegmentTargets", update });
    for (const list of lists)
      membership.push({
        list: list.list,
        contextKind,
        method: "contexts",
        count: list.keys.length,
        before: 0,
        added: list.keys.length,
        removed: 0,
        firstAdded: list.keys.slice(0, MEMBERSHIP_KEYS_SHOWN),
        firstRemoved: [],
        requests: Math.ceil(list.keys.length / MAX_TARGET_OPERATIONS_PER_PATCH),
        files: list.files.map((file) => file.path),
        fingerprint: list.fingerprint,
        reason,
      });
  } else {
    for (const list of lists) {
      const parts = list.files.length > 0 ? importParts(list.fileKeys) : [];
      const filesFingerprint = list.fileFingerprint ?? membersFingerprint(list.fileKeys);
      for (const [index, range] of parts.entries())
        operations.push({
          kind: "importBigSegmentMembers",
          mode: index === 0 ? "replace" : "merge",
          list: list.list,
          contextKind,
          files: list.files,
          range,
          fingerprint: filesFingerprint,
          count: list.fileKeys.length,
        });
      // Inline keys of the same list that no file holds: added after the import (adding is idempotent).
      const fileKeys = new Set(list.fileKeys);
      const inline = list.keys.filter((k) => !fileKeys.has(k));
      const extra = bigSegmentTargetUpdates([{ list: list.list, contextKind, added: inline, removed: [] }]);
      for (const update of extra) operations.push({ kind: "updateBigSegmentTargets", update });
      membership.push({
        list: list.list,
        contextKind,
        method: "import",
        count: list.keys.length,
        ...(counts ? { before: counts[list.list] } : live === undefined ? { before: 0 } : {}),
        firstAdded: list.keys.slice(0, MEMBERSHIP_KEYS_SHOWN),
        requests: parts.length + extra.length,
        files: list.files.map((file) => file.path),
        fingerprint: list.fingerprint,
        reason,
      });
    }
  }
  const final: PlannedOperation = {
    kind: "patchSegmentSemantic",
    instructions: [
      ...(pending ? [{ kind: "removeTags", values: [MEMBERSHIP_PENDING_TAG] }] : []),
      { kind: "addTags", values: [tag] },
    ],
  };
  operations.push(final);
  return { operations, membership };
}
