import type { SegmentMember } from "./segment-members.js";
import type { SourceLocation } from "./source.js";

/** Context targets of one context kind (`includedContexts` / `excludedContexts`). */
export interface SegmentTarget {
  contextKind: string;
  values: string[];
}

/** A rule clause, as LaunchDarkly names its fields. `contextKind` defaults to `user`, `negate` to false. */
export interface SegmentClause {
  contextKind?: string;
  attribute: string;
  op: string;
  values: unknown[];
  negate?: boolean;
}

export interface SegmentRule {
  description?: string;
  clauses: SegmentClause[];
  /** Percentage rollout in thousandths of a percent, 0..100000. */
  weight?: number;
  bucketBy?: string;
  rolloutContextKind?: string;
}

/** The fields of a segment that can differ per environment. */
export interface SegmentFields {
  name: string;
  description?: string;
  tags?: string[];
  /** User keys (context kind `user`). */
  included?: string[];
  excluded?: string[];
  includedContexts?: SegmentTarget[];
  excludedContexts?: SegmentTarget[];
  rules?: SegmentRule[];
  /** A big segment: membership is kept outside the segment and changed through `.../contexts`. */
  unbounded?: boolean;
  unboundedContextKind?: string;
  /** Members read from files in the configuration repository; combined with the inline lists above. */
  members?: SegmentMember[];
  /**
   * `automatic`: membership-only changes of this segment may be applied without review (`apply --membership-only`,
   * the recurring-sync workflow). Definitions (name, rules, inline targets) always need review.
   */
  membershipSync?: "automatic" | "reviewed";
}

export const SEGMENT_OVERRIDABLE_FIELDS = [
  "name",
  "description",
  "tags",
  "included",
  "excluded",
  "includedContexts",
  "excludedContexts",
  "rules",
  "unbounded",
  "unboundedContextKind",
  "members",
  "membershipSync",
] as const satisfies readonly (keyof SegmentFields)[];

/** A segment as written in the repo: one definition that applies to several environments. */
export interface SegmentDefinition extends SegmentFields {
  key: string;
  project: string;
  environments: string[];
  /** Per-environment overrides: a field given here replaces the top-level field for that environment. */
  overrides: Record<string, Partial<SegmentFields>>;
  source: SourceLocation;
}

/** A segment resolved for one environment: what should exist at `segments/{project}/{environment}/{key}`. */
export interface DesiredSegment extends SegmentFields {
  key: string;
  project: string;
  environment: string;
  source: SourceLocation;
}

const resolved = new WeakMap<SegmentDefinition, DesiredSegment[]>();

/**
 * Expands a definition into one desired segment per environment, applying that environment's overrides. Computed
 * once per definition (validation rules, the plan and its impact all ask): treat the result as read-only.
 */
export function resolveSegment(definition: SegmentDefinition): DesiredSegment[] {
  let segments = resolved.get(definition);
  if (segments === undefined) {
    segments = expandSegment(definition);
    resolved.set(definition, segments);
  }
  return segments;
}

function expandSegment(definition: SegmentDefinition): DesiredSegment[] {
  const { environments, overrides, key, project, source, ...base } = definition;
  return environments.map((environment) => ({
    ...base,
    ...(overrides[environment] ?? {}),
    key,
    project,
    environment,
    source,
  }));
}
