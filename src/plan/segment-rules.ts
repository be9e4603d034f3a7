// Rule changes: the rules LaunchDarkly should hold, written by JSON Patch, and the fields that changed. Live rules are matched to desired ones so that an unchanged rule
// keeps its `_id` (and its place in LaunchDarkly's audit history):
//   1. same clauses => same rule;
//   2. then, among the rest in order, a rule with the same description or a clause on the same attribute and
//      operator is the same rule, edited (its clauses are updated in place, keeping their `_id`s);
//   3. live rules left over are removed, desired rules left over are added.
import type { LdClause, LdSegmentRule } from "../launchdarkly/types.js";
import { sameJson } from "./canonical-json.js";
import {
  clauseContent,
  DEFAULT_CONTEXT_KIND,
  type NormalizedClause,
  type NormalizedRule,
  ruleContent,
} from "./normalize-segment.js";
import type { FieldChange } from "./types.js";

export interface RulePlan {
  /** The rules as LaunchDarkly should hold them, in desired order; kept rules and clauses keep their `_id`s. */
  rules: LdSegmentRule[];
  fields: FieldChange[];
}

/** A clause as LaunchDarkly holds it: its `_id` when it continues a live clause (LaunchDarkly makes one otherwise). */
function ldClause(clause: NormalizedClause, id: string | undefined): LdClause {
  return {
    ...(id !== undefined ? { _id: id } : {}),
    contextKind: clause.contextKind,
    attribute: clause.attribute,
    op: clause.op,
    values: clause.values,
    negate: clause.negate,
  };
}

/** A desired rule as LaunchDarkly holds it, keeping the ids of the live rule (and clauses, by position) it continues. */
function ldRule(want: NormalizedRule, have: NormalizedRule | undefined): LdSegmentRule {
  const rule: LdSegmentRule = {
    ...(have?.id !== undefined ? { _id: have.id } : {}),
    // A clause edited in place keeps its id.
    clauses: want.clauses.map((clause, index) => ldClause(clause, have?.clauses[index]?.id)),
  };
  if (want.description !== undefined) rule.description = want.description;
  if (want.weight !== undefined) {
    rule.weight = want.weight;
    rule.rolloutContextKind = want.rolloutContextKind ?? DEFAULT_CONTEXT_KIND;
  }
  if (want.bucketBy !== undefined) rule.bucketBy = want.bucketBy;
  return rule;
}

function sameClauses(a: NormalizedRule, b: NormalizedRule): boolean {
  return sameJson(a.clauses.map(clauseContent), b.clauses.map(clauseContent));
}

function looksLikeSameRule(live: NormalizedRule, desired: NormalizedRule): boolean {
  if (live.description !== undefined && live.description === desired.description) return true;
  return live.clauses.some((l) =>
    desired.clauses.some(
      (d) => l.contextKind === d.contextKind && l.attribute === d.attribute && l.op === d.op,
    ),
  );
}

/** For each desired rule, the index of the live rule it continues, or undefined for a new rule. */
export function matchRules(
  live: readonly NormalizedRule[],
  desired: readonly NormalizedRule[],
): (number | undefined)[] {
  const match: (number | undefined)[] = desired.map(() => undefined);
  const taken = new Set<number>();
  desired.forEach((rule, d) => {
    const l = live.findIndex((candidate, index) => !taken.has(index) && sameClauses(candidate, rule));
    if (l >= 0) {
      match[d] = l;
      taken.add(l);
    }
  });
  desired.forEach((rule, d) => {
    if (match[d] !== undefined) return;
    const l = live.findIndex(
      (candidate, index) =>
        !taken.has(index) &&
        candidate.id !== undefined &&
        candidate.clauses.every((c) => c.id !== undefined) &&
        looksLikeSameRule(candidate, rule),
    );
    if (l >= 0) {
      match[d] = l;
      taken.add(l);
    }
  });
  return match;
}

/**
 * The rules to write and the field changes to show. The rules travel as one `replace /rules` in the segment's JSON
 * Patch, behind its `test /version`: a rule is written only onto the segment the plan was made against, so two
 * applies of one plan cannot both append it.
 */
export function planRules(live: readonly NormalizedRule[], desired: readonly NormalizedRule[]): RulePlan {
  const fields: FieldChange[] = [];
  const match = matchRules(live, desired);
  const kept = new Set(match.filter((m): m is number => m !== undefined));
  live.forEach((rule, index) => {
    if (!kept.has(index)) fields.push({ path: `/rules/${index}`, before: ruleContent(rule) });
  });
  desired.forEach((want, d) => {
    const l = match[d];
    if (l === undefined) {
      fields.push({ path: `/rules/${d}`, after: ruleContent(want) });
      return;
    }
    const have = live[l] as NormalizedRule;
    if (!sameJson(ruleContent(have), ruleContent(want))) {
      fields.push({ path: `/rules/${d}`, before: ruleContent(have), after: ruleContent(want) });
    }
  });
  // Kept rules that moved are a change too: moved means their order differs from the live order once removed rules
  // are left out and new rules appended.
  const orderAfterRemovals: number[] = desired.map(() => -1);
  let position = 0;
  live.forEach((_rule, l) => {
    const d = match.indexOf(l);
    if (d >= 0) orderAfterRemovals[d] = position++;
  });
  desired.forEach((_want, d) => {
    if (match[d] === undefined) orderAfterRemovals[d] = position++;
  });
  if (orderAfterRemovals.some((p, d) => p !== d)) {
    desired.forEach((_want, d) => {
      const l = match[d];
      if (l !== undefined && l !== d && !fields.some((f) => f.path === `/rules/${d}`)) {
        fields.push({ path: `/rules/${d}/position`, before: l, after: d });
      }
    });
  }
  fields.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
  const rules = desired.map((want, d) => {
    const l = match[d];
    return ldRule(want, l === undefined ? undefined : live[l]);
  });
  return { rules, fields };
}
