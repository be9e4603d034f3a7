// One comparison form for a segment, whichever side it comes from, so that nothing LaunchDarkly fills in by itself
// (`negate: false`, `contextKind: "user"`, generated `_id`s, dates, versions, empty vs absent lists, the legacy
// `included`/`excluded` user lists) shows as a change. Rule and clause order are kept: they matter to evaluation.
import type { LdClause, LdSegment, LdSegmentRule, LdSegmentTarget } from "../launchdarkly/types.js";
import type { DesiredSegment, SegmentClause, SegmentRule, SegmentTarget } from "../model/segment.js";
import { withOwnershipTag } from "./ownership.js";

export const DEFAULT_CONTEXT_KIND = "user";

export interface NormalizedClause {
  /** LaunchDarkly's clause `_id` (live side only; never compared). */
  id?: string;
  contextKind: string;
  attribute: string;
  op: string;
  values: unknown[];
  negate: boolean;
}

export interface NormalizedRule {
  /** LaunchDarkly's rule `_id` (live side only; never compared). */
  id?: string;
  description?: string;
  clauses: NormalizedClause[];
  weight?: number;
  /** Only with a weight: what the rollout buckets by. */
  rolloutContextKind?: string;
  bucketBy?: string;
}

/** Target keys per context kind, each list sorted and unique (targets are sets). Kinds with no keys are absent. */
export type NormalizedTargets = Record<string, string[]>;

export interface NormalizedSegment {
  key: string;
  name: string;
  description?: string;
  /** Sorted, unique. */
  tags: string[];
  unbounded: boolean;
  unboundedContextKind?: string;
  included: NormalizedTargets;
  excluded: NormalizedTargets;
  rules: NormalizedRule[];
}

function normalizeTargets(
  legacyUserKeys: readonly string[] | undefined,
  targets: readonly (SegmentTarget | LdSegmentTarget)[] | undefined,
): NormalizedTargets {
  const byKind = new Map<string, Set<string>>();
  const add = (kind: string, keys: readonly string[] | undefined) => {
    if (!keys || keys.length === 0) return;
    let set = byKind.get(kind);
    if (!set) {
      set = new Set();
      byKind.set(kind, set);
    }
    for (const key of keys) set.add(key);
  };
  add(DEFAULT_CONTEXT_KIND, legacyUserKeys);
  for (const target of targets ?? []) add(target.contextKind ?? DEFAULT_CONTEXT_KIND, target.values);
  const result: NormalizedTargets = {};
  for (const kind of [...byKind.keys()].sort()) result[kind] = [...(byKind.get(kind) ?? [])].sort();
  return result;
}

export function normalizeClause(clause: SegmentClause | LdClause): NormalizedClause {
  const normalized: NormalizedClause = {
    contextKind: clause.contextKind ?? DEFAULT_CONTEXT_KIND,
    attribute: clause.attribute,
    op: clause.op,
    values: [...clause.values],
    negate: clause.negate ?? false,
  };
  const id = (clause as LdClause)._id;
  if (id !== undefined) normalized.id = id;
  return normalized;
}

export function normalizeRule(rule: SegmentRule | LdSegmentRule): NormalizedRule {
  const normalized: NormalizedRule = { clauses: rule.clauses.map(normalizeClause) };
  const id = (rule as LdSegmentRule)._id;
  if (id !== undefined) normalized.id = id;
  if (rule.description !== undefined && rule.description !== "") normalized.description = rule.description;
  if (rule.weight !== undefined && rule.weight !== null) {
    normalized.weight = rule.weight;
    normalized.rolloutContextKind = rule.rolloutContextKind ?? DEFAULT_CONTEXT_KIND;
  }
  if (rule.bucketBy !== undefined && rule.bucketBy !== "") normalized.bucketBy = rule.bucketBy;
  return normalized;
}

function uniqueSorted(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}

/** The fields both sides share, as they come from the repo or from LaunchDarkly. */
interface SegmentFields {
  key: string;
  name: string;
  description?: string | null;
  unbounded?: boolean;
  unboundedContextKind?: string;
  included?: readonly string[];
  excluded?: readonly string[];
  includedContexts?: readonly (SegmentTarget | LdSegmentTarget)[];
  excludedContexts?: readonly (SegmentTarget | LdSegmentTarget)[];
}

function normalizeSegmentFields(
  segment: SegmentFields,
  tags: string[],
  rules: NormalizedRule[],
): NormalizedSegment {
  const normalized: NormalizedSegment = {
    key: segment.key,
    name: segment.name,
    tags,
    unbounded: segment.unbounded ?? false,
    included: normalizeTargets(segment.included, segment.includedContexts),
    excluded: normalizeTargets(segment.excluded, segment.excludedContexts),
    rules,
  };
  // LaunchDarkly returns no description, null or "" for a segment without one.
  if (segment.description !== undefined && segment.description !== null && segment.description !== "")
    normalized.description = segment.description;
  if (normalized.unbounded)
    normalized.unboundedContextKind = segment.unboundedContextKind ?? DEFAULT_CONTEXT_KIND;
  return normalized;
}

/** The desired side. The ownership tag is added here: every segment the tool writes carries it. */
export function normalizeDesiredSegment(segment: DesiredSegment, marker?: string): NormalizedSegment {
  return normalizeSegmentFields(
    segment,
    withOwnershipTag(segment.tags, marker),
    (segment.rules ?? []).map(normalizeRule),
  );
}

/** The live side: server-set fields (`_links`, dates, `version`, `generation`, `_id`s in comparisons) are dropped. */
export function normalizeLiveSegment(segment: LdSegment): NormalizedSegment {
  return normalizeSegmentFields(
    segment,
    uniqueSorted(segment.tags),
    (segment.rules ?? []).map(normalizeRule),
  );
}

/** A clause or rule without its LaunchDarkly ids: what is compared. */
export function clauseContent(clause: NormalizedClause): Omit<NormalizedClause, "id"> {
  const { id: _id, ...content } = clause;
  return content;
}

export function ruleContent(rule: NormalizedRule): Omit<NormalizedRule, "id" | "clauses"> & {
  clauses: Omit<NormalizedClause, "id">[];
} {
  const { id: _id, clauses, ...rest } = rule;
  return { ...rest, clauses: clauses.map(clauseContent) };
}
