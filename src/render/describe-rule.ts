// Segment rules the way a person reads them:
//   rule 1 "Staff try every beta first": user.email endsWith "@example.com"
//       AND organization.plan in ["enterprise"]
//       rollout 50% by organization.key
// An updated rule shows only the clauses, rollout and description that changed, before and after.
import { sameJson } from "../plan/canonical-json.js";
import { DEFAULT_CONTEXT_KIND } from "../plan/normalize-segment.js";
import { compactJson, wrapList } from "./wrap.js";

/** A rule or clause as the plan's `fields` hold it (`ruleContent`: no ids). */
export interface RuleContentLike {
  description?: string;
  clauses: ClauseContentLike[];
  weight?: number;
  rolloutContextKind?: string;
  bucketBy?: string;
}

export interface ClauseContentLike {
  contextKind?: string;
  attribute: string;
  op: string;
  values: unknown[];
  negate?: boolean;
}

export interface SignedLine {
  sign: "+" | "-" | "~";
  text: string;
}

/** Continuation lines of a rule (clauses after the first, rollout) sit under the rule's text. */
const CONTINUATION = "    ";
/** Wrapped value lists sit deeper still. */
const WRAPPED = "      ";

export function isRuleContent(value: unknown): value is RuleContentLike {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { clauses?: unknown }).clauses) &&
    (value as { clauses: unknown[] }).clauses.every(
      (clause) => typeof clause === "object" && clause !== null && "op" in clause && "attribute" in clause,
    )
  );
}

/** The lines of one clause after `prefix`: `user.email endsWith "@example.com"`, `not in segment beta-testers`. */
export function clauseLines(prefix: string, clause: ClauseContentLike, indent = WRAPPED): string[] {
  const not = clause.negate === true ? "not " : "";
  if (clause.op === "segmentMatch") {
    const segments = clause.values.map((value) => (typeof value === "string" ? value : compactJson(value)));
    const text = `${prefix}${not}in segment ${segments.join(" or ")}`;
    return [text];
  }
  const subject = `${clause.contextKind ?? DEFAULT_CONTEXT_KIND}.${clause.attribute}`;
  const head = `${prefix}${subject} ${not}${clause.op} `;
  // `in` reads as membership of a list even with one value; other operators show a lone value bare.
  if (clause.op !== "in" && clause.values.length === 1) return [`${head}${compactJson(clause.values[0])}`];
  return wrapList(head, clause.values.map(compactJson), indent);
}

/** `50%` from LaunchDarkly's weight in thousandths of a percent (50000), without trailing zeros. */
export function rolloutPercent(weight: number): string {
  return `${Number((weight / 1000).toFixed(3))}%`;
}

/** `rollout 50% by organization.key`, or undefined when the rule has no rollout. */
export function rolloutText(rule: RuleContentLike): string | undefined {
  if (rule.weight === undefined) return undefined;
  const kind = rule.rolloutContextKind ?? DEFAULT_CONTEXT_KIND;
  return `rollout ${rolloutPercent(rule.weight)} by ${kind}.${rule.bucketBy ?? "key"}`;
}

function ruleTitle(index: number, rule: RuleContentLike): string {
  return `rule ${index + 1}${rule.description !== undefined ? ` ${JSON.stringify(rule.description)}` : ""}`;
}

/** The whole rule: title and first clause, then `AND` clauses and the rollout on their own lines. */
export function ruleLines(index: number, rule: RuleContentLike): string[] {
  const title = ruleTitle(index, rule);
  const [first, ...rest] = rule.clauses;
  const lines =
    first === undefined
      ? [`${title}: (no clauses: matches every context)`]
      : clauseLines(`${title}: `, first);
  for (const clause of rest) lines.push(...clauseLines(`${CONTINUATION}AND `, clause));
  const rollout = rolloutText(rule);
  if (rollout !== undefined) lines.push(`${CONTINUATION}${rollout}`);
  return lines;
}

/** An edited rule: its title, then each changed clause (before and after), rollout and description. */
export function ruleChangeLines(
  index: number,
  before: RuleContentLike,
  after: RuleContentLike,
): SignedLine[] {
  const lines: SignedLine[] = [{ sign: "~", text: `${ruleTitle(index, after)}:` }];
  const signed = (sign: SignedLine["sign"], texts: string[]) =>
    texts.map((text): SignedLine => ({ sign, text }));
  const count = Math.max(before.clauses.length, after.clauses.length);
  for (let c = 0; c < count; c++) {
    const was = before.clauses[c];
    const will = after.clauses[c];
    if (was !== undefined && will !== undefined && sameJson(was, will)) continue;
    const label = `${CONTINUATION}clause ${c + 1}: `;
    if (was !== undefined) lines.push(...signed("-", clauseLines(label, was)));
    if (will !== undefined) lines.push(...signed("+", clauseLines(label, will)));
  }
  const rolloutBefore = rolloutText(before);
  const rolloutAfter = rolloutText(after);
  if (rolloutBefore !== rolloutAfter) {
    lines.push({ sign: "-", text: `${CONTINUATION}${rolloutBefore ?? "no rollout (everyone who matches)"}` });
    lines.push({ sign: "+", text: `${CONTINUATION}${rolloutAfter ?? "no rollout (everyone who matches)"}` });
  } else if (before.bucketBy !== after.bucketBy) {
    // Without a rollout, bucketBy is stored but has no effect; still show it, as it is written.
    lines.push({
      sign: "~",
      text: `${CONTINUATION}bucketBy: ${compactJson(before.bucketBy)} → ${compactJson(after.bucketBy)}`,
    });
  }
  if (before.description !== after.description) {
    lines.push({
      sign: "~",
      text: `${CONTINUATION}description: ${compactJson(before.description)} → ${compactJson(after.description)}`,
    });
  }
  return lines;
}
