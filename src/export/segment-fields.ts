// One live segment (one environment) in the configuration format, as a person would write it: server-set fields
// dropped, LaunchDarkly's defaults left out, targets and tags sorted. The comparison form is the planner's own
// (`normalizeLiveSegment`), so that what export writes is what plan reads as "no change".

import { CLAUSE_OPERATORS } from "../launchdarkly/operators.js";
import type { LdSegment } from "../launchdarkly/types.js";
import {
  SEGMENT_OVERRIDABLE_FIELDS,
  type SegmentClause,
  type SegmentFields,
  type SegmentRule,
  type SegmentTarget,
} from "../model/segment.js";
import {
  DEFAULT_CONTEXT_KIND,
  type NormalizedTargets,
  normalizeLiveSegment,
} from "../plan/normalize-segment.js";
import { isOwnershipTag, MEMBERSHIP_PENDING_TAG } from "../plan/ownership.js";

/** Fields the format writes, and those LaunchDarkly sets (membership-export-events.md, "Export"). */
/**
 * The segment fields LaunchDarkly holds that the format writes, in the order a person writes them: the model's
 * overridable fields after `key`, less the repository-only ones (member files and their sync opt-in).
 */
export const SEGMENT_FIELD_ORDER = [
  "key",
  ...SEGMENT_OVERRIDABLE_FIELDS.filter((field) => field !== "members" && field !== "membershipSync"),
] as const;
const SEGMENT_FORMAT_FIELDS: ReadonlySet<string> = new Set(SEGMENT_FIELD_ORDER);
const SEGMENT_SERVER_FIELDS = new Set([
  "creationDate",
  "lastModifiedDate",
  "_links",
  "version",
  "deleted",
  "generation",
  "_access",
  "_flags",
  "_unboundedMetadata",
  "_external",
  "_externalLink",
  "_importInProgress",
  "_version",
]);
const RULE_FIELDS = new Set(["_id", "description", "clauses", "weight", "bucketBy", "rolloutContextKind"]);
const CLAUSE_FIELDS = new Set(["_id", "attribute", "op", "values", "contextKind", "negate"]);

/** A field LaunchDarkly returned that the format cannot carry (`/rules/0/trackEvents`), or a value it cannot hold. */
export interface FieldProblem {
  kind: "unknown-field" | "unsupported-value";
  path: string;
  value?: string;
  reason?: string;
}

export interface ConvertedSegment {
  /** Undefined when the segment cannot be expressed (see `problems` of kind `unsupported-value`). */
  fields?: SegmentFields;
  problems: FieldProblem[];
}

function unknownFields(object: object, known: Set<string>, path: string, problems: FieldProblem[]): void {
  for (const name of Object.keys(object).sort())
    if (!known.has(name)) problems.push({ kind: "unknown-field", path: `${path}/${name}` });
}

/** User keys and other context kinds, split as the format writes them; each list sorted (targets are sets). */
function splitTargets(targets: NormalizedTargets): { users?: string[]; contexts?: SegmentTarget[] } {
  const out: { users?: string[]; contexts?: SegmentTarget[] } = {};
  const users = targets[DEFAULT_CONTEXT_KIND];
  if (users && users.length > 0) out.users = users;
  const contexts = Object.keys(targets)
    .filter((kind) => kind !== DEFAULT_CONTEXT_KIND)
    .sort()
    .map((contextKind) => ({ contextKind, values: targets[contextKind] ?? [] }));
  if (contexts.length > 0) out.contexts = contexts;
  return out;
}

export function convertSegment(live: LdSegment): ConvertedSegment {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(live).sort()) {
    if (!SEGMENT_FORMAT_FIELDS.has(name) && !SEGMENT_SERVER_FIELDS.has(name))
      problems.push({ kind: "unknown-field", path: `/${name}` });
  }
  const normalized = normalizeLiveSegment(live);
  const rules: SegmentRule[] = [];
  for (const [ruleIndex, rule] of (live.rules ?? []).entries()) {
    const rulePath = `/rules/${ruleIndex}`;
    unknownFields(rule, RULE_FIELDS, rulePath, problems);
    const form = normalized.rules[ruleIndex];
    if (!form) continue;
    for (const [clauseIndex, clause] of (rule.clauses ?? []).entries()) {
      unknownFields(clause, CLAUSE_FIELDS, `${rulePath}/clauses/${clauseIndex}`, problems);
      if (!CLAUSE_OPERATORS.has(clause.op))
        problems.push({
          kind: "unsupported-value",
          path: `${rulePath}/clauses/${clauseIndex}/op`,
          value: clause.op,
          reason: "clause-operator",
        });
      if ((clause.values ?? []).length === 0)
        problems.push({
          kind: "unsupported-value",
          path: `${rulePath}/clauses/${clauseIndex}/values`,
          value: "[]",
          reason: "clause-without-values",
        });
    }
    if (form.clauses.length === 0)
      problems.push({
        kind: "unsupported-value",
        path: `${rulePath}/clauses`,
        value: "[]",
        reason: "rule-without-clauses",
      });
    const out: SegmentRule = { clauses: form.clauses.map(clauseFields) };
    if (form.description !== undefined) out.description = form.description;
    if (form.weight !== undefined) {
      out.weight = form.weight;
      if (form.rolloutContextKind !== undefined && form.rolloutContextKind !== DEFAULT_CONTEXT_KIND)
        out.rolloutContextKind = form.rolloutContextKind;
    }
    if (form.bucketBy !== undefined) out.bucketBy = form.bucketBy;
    rules.push(orderRule(out));
  }
  if (live.name === undefined || live.name === "")
    problems.push({ kind: "unsupported-value", path: "/name", value: "", reason: "empty-name" });
  if (problems.some((problem) => problem.kind === "unsupported-value")) return { problems };

  const fields: SegmentFields = { name: normalized.name };
  if (normalized.description !== undefined) fields.description = normalized.description;
  // The ownership marker and the membership-pending mark are the tool's own: the plan adds and reads them.
  const tags = normalized.tags.filter((tag) => !isOwnershipTag(tag) && tag !== MEMBERSHIP_PENDING_TAG);
  if (tags.length > 0) fields.tags = tags;
  const included = splitTargets(normalized.included);
  const excluded = splitTargets(normalized.excluded);
  if (included.users) fields.included = included.users;
  if (excluded.users) fields.excluded = excluded.users;
  if (included.contexts) fields.includedContexts = included.contexts;
  if (excluded.contexts) fields.excludedContexts = excluded.contexts;
  if (rules.length > 0) fields.rules = rules;
  if (normalized.unbounded) {
    fields.unbounded = true;
    if (normalized.unboundedContextKind !== DEFAULT_CONTEXT_KIND)
      fields.unboundedContextKind = normalized.unboundedContextKind;
  }
  return { fields, problems };
}

function clauseFields(clause: {
  contextKind: string;
  attribute: string;
  op: string;
  values: unknown[];
  negate: boolean;
}): SegmentClause {
  const out: SegmentClause = { attribute: clause.attribute, op: clause.op, values: clause.values };
  // In the documentation's order: contextKind first when it is not the default.
  const ordered: SegmentClause =
    clause.contextKind === DEFAULT_CONTEXT_KIND ? out : { contextKind: clause.contextKind, ...out };
  if (clause.negate) ordered.negate = true;
  return ordered;
}

/** The documentation's field order: description, clauses, weight, bucketBy, rolloutContextKind. */
function orderRule(rule: SegmentRule): SegmentRule {
  const out: Record<string, unknown> = {};
  for (const name of ["description", "clauses", "weight", "bucketBy", "rolloutContextKind"] as const)
    if (rule[name] !== undefined) out[name] = rule[name];
  return out as unknown as SegmentRule;
}
