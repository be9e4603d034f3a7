// Rule changes as semantic-patch instructions. Live rules are matched to desired ones so that an unchanged rule
// keeps its `_id` (and its place in LaunchDarkly's audit history):
//   1. same clauses => same rule;
//   2. then, among the rest in order, a rule with the same description or a clause on the same attribute and
//      operator is the same rule, edited (its clauses are updated in place);
//   3. live rules left over are removed, desired rules left over are added.
import type { JsonPatchOperation, SemanticPatchInstruction } from "../launchdarkly/types.js";
import { sameJson } from "./canonical-json.js";
import {
  clauseContent,
  DEFAULT_CONTEXT_KIND,
  type NormalizedClause,
  type NormalizedRule,
  ruleContent,
  type StoredRuleField,
} from "./normalize-segment.js";
import type { FieldChange, RuleIdReference } from "./types.js";

export interface RulePlan {
  /** First request: removals, edits of kept rules, `addRule` for new ones (appended by LaunchDarkly). */
  instructions: SemanticPatchInstruction[];
  /** Second request, right after the first: reorder and rollouts of new rules, which need their generated ids. */
  followUp: SemanticPatchInstruction[];
  followUpReferences: RuleIdReference[];
  /** JSON Patch on the final rule order (desired positions): what no instruction can set (bucketBy, no rollout). */
  jsonPatch: JsonPatchOperation[];
  fields: FieldChange[];
}

/** A clause as an instruction parameter: LaunchDarkly's clause object without ids. */
function clauseParameter(clause: NormalizedClause): Record<string, unknown> {
  return {
    contextKind: clause.contextKind,
    attribute: clause.attribute,
    op: clause.op,
    negate: clause.negate,
    values: clause.values,
  };
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
 * Whether LaunchDarkly holds `field` on this rule, so that a JSON Patch may remove or replace it. A rule read from
 * LaunchDarkly says so in `storedFields` (`normalizeLiveRule`); any other rule holds exactly its normalised fields.
 */
function stored(rule: NormalizedRule, field: StoredRuleField): boolean {
  return rule.storedFields !== undefined ? rule.storedFields.includes(field) : rule[field] !== undefined;
}

function requireId(id: string | undefined, what: string): string {
  if (id === undefined)
    throw new Error(`LaunchDarkly returned ${what} without an _id; cannot address it in a patch`);
  return id;
}

export function planRules(live: readonly NormalizedRule[], desired: readonly NormalizedRule[]): RulePlan {
  const plan: RulePlan = {
    instructions: [],
    followUp: [],
    followUpReferences: [],
    jsonPatch: [],
    fields: [],
  };
  const match = matchRules(live, desired);
  const kept = new Set(match.filter((m): m is number => m !== undefined));

  live.forEach((rule, index) => {
    if (kept.has(index)) return;
    plan.instructions.push({ kind: "removeRule", ruleId: requireId(rule.id, "a rule") });
    plan.fields.push({ path: `/rules/${index}`, before: ruleContent(rule) });
  });

  // Edits of kept rules.
  desired.forEach((want, d) => {
    const l = match[d];
    if (l === undefined) return;
    const have = live[l] as NormalizedRule;
    const ruleId = requireId(have.id, "a rule");
    if (!sameJson(ruleContent(have), ruleContent(want))) {
      plan.fields.push({ path: `/rules/${d}`, before: ruleContent(have), after: ruleContent(want) });
    }
    if (!sameClauses(have, want)) {
      const common = Math.min(have.clauses.length, want.clauses.length);
      for (let c = 0; c < common; c++) {
        const was = have.clauses[c] as NormalizedClause;
        const will = want.clauses[c] as NormalizedClause;
        if (!sameJson(clauseContent(was), clauseContent(will))) {
          plan.instructions.push({
            kind: "updateClause",
            ruleId,
            clauseId: requireId(was.id, "a clause"),
            clause: clauseParameter(will),
          });
        }
      }
      if (want.clauses.length > common) {
        plan.instructions.push({
          kind: "addClauses",
          ruleId,
          clauses: want.clauses.slice(common).map(clauseParameter),
        });
      }
      if (have.clauses.length > common) {
        plan.instructions.push({
          kind: "removeClauses",
          ruleId,
          clauseIds: have.clauses.slice(common).map((clause) => requireId(clause.id, "a clause")),
        });
      }
    }
    if (have.description !== want.description) {
      plan.instructions.push({ kind: "updateRuleDescription", ruleId, description: want.description ?? "" });
    }
    if (want.weight !== undefined) {
      if (have.weight !== want.weight || have.rolloutContextKind !== want.rolloutContextKind) {
        plan.instructions.push({
          kind: "updateRuleRolloutAndContextKind",
          ruleId,
          weight: want.weight,
          contextKind: want.rolloutContextKind ?? DEFAULT_CONTEXT_KIND,
        });
      }
    } else if (have.weight !== undefined) {
      // No instruction turns a rollout off: remove the fields by JSON Patch at the rule's final position. Only
      // what LaunchDarkly holds: a legacy rollout has no `rolloutContextKind` (normalisation defaults it).
      if (stored(have, "weight")) plan.jsonPatch.push({ op: "remove", path: `/rules/${d}/weight` });
      if (stored(have, "rolloutContextKind"))
        plan.jsonPatch.push({ op: "remove", path: `/rules/${d}/rolloutContextKind` });
    }
    if (have.bucketBy !== want.bucketBy) {
      if (want.bucketBy === undefined) {
        if (stored(have, "bucketBy")) plan.jsonPatch.push({ op: "remove", path: `/rules/${d}/bucketBy` });
      } else {
        plan.jsonPatch.push({
          op: stored(have, "bucketBy") ? "replace" : "add",
          path: `/rules/${d}/bucketBy`,
          value: want.bucketBy,
        });
      }
    }
  });

  // New rules are appended by LaunchDarkly after the kept ones, in the order added.
  const positionAfterFirst: number[] = desired.map(() => -1);
  let position = 0;
  live.forEach((_rule, l) => {
    const d = match.indexOf(l);
    if (d >= 0) positionAfterFirst[d] = position++;
  });
  desired.forEach((want, d) => {
    if (match[d] !== undefined) return;
    positionAfterFirst[d] = position++;
    const instruction: SemanticPatchInstruction = {
      kind: "addRule",
      clauses: want.clauses.map(clauseParameter),
    };
    if (want.description !== undefined) instruction.description = want.description;
    plan.instructions.push(instruction);
    plan.fields.push({ path: `/rules/${d}`, after: ruleContent(want) });
    if (want.weight !== undefined) {
      plan.followUpReferences.push({
        instruction: plan.followUp.length,
        parameter: "ruleId",
        ruleIndex: positionAfterFirst[d] as number,
      });
      plan.followUp.push({
        kind: "updateRuleRolloutAndContextKind",
        ruleId: "",
        weight: want.weight,
        contextKind: want.rolloutContextKind ?? DEFAULT_CONTEXT_KIND,
      });
    }
    if (want.bucketBy !== undefined)
      plan.jsonPatch.push({ op: "add", path: `/rules/${d}/bucketBy`, value: want.bucketBy });
  });

  if (positionAfterFirst.some((p, d) => p !== d)) {
    const ruleIds: string[] = [];
    const instruction = plan.followUp.length;
    desired.forEach((_want, d) => {
      const l = match[d];
      if (l !== undefined) {
        ruleIds.push(requireId(live[l]?.id, "a rule"));
      } else {
        plan.followUpReferences.push({
          instruction,
          parameter: "ruleIds",
          position: d,
          ruleIndex: positionAfterFirst[d] as number,
        });
        ruleIds.push("");
      }
    });
    plan.followUp.push({ kind: "reorderRules", ruleIds });
    // Kept rules that only moved are a change too.
    desired.forEach((_want, d) => {
      const l = match[d];
      if (l !== undefined && l !== d && !plan.fields.some((f) => f.path === `/rules/${d}`)) {
        plan.fields.push({ path: `/rules/${d}/position`, before: l, after: d });
      }
    });
  }
  plan.fields.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
  return plan;
}
