// Shared wording of the renderers: how a resource, a field value and a permission are written.

import type { FieldChange, Plan, PlannedChange, PlanResourceType } from "../plan/types.js";
import { isStatementList, policyChangeLines } from "./describe-policy.js";
import { isRuleContent, ruleChangeLines, ruleLines, type SignedLine } from "./describe-rule.js";
import { compactJson, valueLines, WRAP_WIDTH } from "./wrap.js";

/** At most this many members of a list are shown per field; the JSON plan always holds all of them. */
export const MAX_LIST_ITEMS_SHOWN = 50;

export const RESOURCE_TYPE_TITLES: Record<PlanResourceType, string> = {
  role: "Roles",
  metric: "Metrics",
  segment: "Segments",
  contextKind: "Context kinds",
};

export function fieldName(field: FieldChange): string {
  return field.path.replace(/^\//, "").replace(/\//g, ".");
}

/** Unmanaged resources listed by name; the rest are counted (the JSON plan has them all). */
export const UNMANAGED_LISTED = 20;

export function summaryLine(plan: Plan): string {
  const { create, update, delete: deletes } = plan.summary;
  if (create + update + deletes === 0) return "No changes. LaunchDarkly matches the repository.";
  const adopt = plan.summary.adopt ?? 0;
  const adopted = adopt > 0 ? ` (${adopt} ${adopt === 1 ? "adoption" : "adoptions"})` : "";
  return `Plan: ${create} to create, ${update} to update${adopted}, ${deletes} to delete.`;
}

/** The verb a change is shown with: its action, or what it does to ownership. */
export function changeVerb(change: PlannedChange): string {
  if (change.ownership === undefined) return change.action;
  return change.ownership.kind === "take-over" ? "TAKE OVER" : change.ownership.kind;
}

/** One sentence on what an ownership change does, or undefined for an ordinary change. */
export function ownershipNote(change: PlannedChange): string | undefined {
  const ownership = change.ownership;
  if (ownership === undefined) return undefined;
  const rest = ownership.markerOnly
    ? "nothing else changes: LaunchDarkly behaves the same before and after"
    : "the fields below change too";
  switch (ownership.kind) {
    case "adopt":
      return `adopted: the ownership marker is added to a resource not managed until now; ${rest}`;
    case "claim":
      return `claimed: its marker \`${ownership.previousMarker}\` (written before owners existed) is read as this owner's and replaced; ${rest}`;
    case "take-over":
      return `TAKEN OVER from the owner \`${ownership.previousMarker}\` (--take-over): that configuration no longer manages it; ${rest}`;
  }
}

export type FieldLine = SignedLine;

/** Indentation of the lines that list a field's members, statements or properties under the field's name. */
const MEMBER_INDENT = "  ";

/**
 * The lines of one field change, without colour or indentation: set members one per line (at most `limit`),
 * rules as sentences, policy statements one per line, long values listed rather than cut.
 */
export function fieldLines(
  change: PlannedChange,
  field: FieldChange,
  limit = MAX_LIST_ITEMS_SHOWN,
): FieldLine[] {
  const name = fieldName(field);
  const rule = /^\/rules\/(\d+)$/.exec(field.path);
  if (rule) {
    const lines = ruleFieldLines(Number(rule[1]), field);
    if (lines) return lines;
  }
  const moved = /^\/rules\/(\d+)\/position$/.exec(field.path);
  if (moved && typeof field.before === "number" && typeof field.after === "number")
    return [{ sign: "~", text: `rule ${field.after + 1}: moved, was rule ${field.before + 1}` }];
  if (field.path === "/policy" && (isStatementList(field.before) || isStatementList(field.after))) {
    const before = isStatementList(field.before) ? field.before : undefined;
    const after = isStatementList(field.after) ? field.after : undefined;
    const sign = before === undefined ? "+" : after === undefined ? "-" : "~";
    return [{ sign, text: `${name}:` }, ...policyChangeLines(before, after, MEMBER_INDENT)];
  }
  if (field.added !== undefined || field.removed !== undefined) {
    const members: FieldLine[] = [
      ...(field.removed ?? []).map(
        (item): FieldLine => ({ sign: "-", text: `${MEMBER_INDENT}${plainItem(item)}` }),
      ),
      ...(field.added ?? []).map(
        (item): FieldLine => ({ sign: "+", text: `${MEMBER_INDENT}${plainItem(item)}` }),
      ),
    ];
    const shown = members.slice(0, limit);
    if (members.length > limit)
      shown.push({
        sign: "~",
        text: `${MEMBER_INDENT}… and ${members.length - limit} more (all in the JSON plan)`,
      });
    const sign = change.action === "create" ? "+" : "~";
    return [{ sign, text: `${name}:` }, ...shown];
  }
  const indent = MEMBER_INDENT.repeat(2);
  if (field.before === undefined) return signed("+", valueLines(`${name}: `, field.after, indent));
  if (field.after === undefined) return signed("-", valueLines(`${name}: `, field.before, indent));
  // Compact JSON, whole: a plan a reviewer approves never hides part of a value.
  const oneLine = `${name}: ${compactJson(field.before)} → ${compactJson(field.after)}`;
  if (oneLine.length <= WRAP_WIDTH) return [{ sign: "~", text: oneLine }];
  return [
    ...signed("-", valueLines(`${name}: `, field.before, indent)),
    ...signed("+", valueLines(`${name}: `, field.after, indent)),
  ];
}

function signed(sign: FieldLine["sign"], texts: readonly string[]): FieldLine[] {
  return texts.map((text) => ({ sign, text }));
}

/** A whole rule added or removed, or an edited one; undefined when the values are not rules (shown as JSON). */
function ruleFieldLines(index: number, field: FieldChange): FieldLine[] | undefined {
  const before = isRuleContent(field.before) ? field.before : undefined;
  const after = isRuleContent(field.after) ? field.after : undefined;
  if (before !== undefined && after !== undefined) return ruleChangeLines(index, before, after);
  if (after !== undefined && field.before === undefined) return signed("+", ruleLines(index, after));
  if (before !== undefined && field.after === undefined) return signed("-", ruleLines(index, before));
  return undefined;
}

function plainItem(item: unknown): string {
  return typeof item === "string" ? item : compactJson(item);
}
