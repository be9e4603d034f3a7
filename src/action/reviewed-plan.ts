// What the reviewers saw, kept in the plan comment itself so that apply on merge can say what changed since review.
//
// Choice: the comment, not a workflow artifact. The comment is the one thing apply already reads (it finds the
// merged pull request's plan comment for the hash), it needs no `actions: read` permission or artifact retention,
// and it survives re-runs. What is kept is a digest, not the plan: per planned change its action, resource and a
// fingerprint of the exact API calls, as base64 JSON in a hidden HTML comment after the text. Base64 has no `-`, so
// no resource key can end the HTML comment early. Very large plans record their first changes up to a size cap and
// say how many they had.
import { createHash } from "node:crypto";
import { resourceAddress } from "../model/resource-identity.js";
import type { Plan, PlanAction, PlannedChange, PlanResourceType } from "../plan/types.js";
import { escapeMarkdownInline } from "../render/markdown-escape.js";
import { countOf } from "../render/wording.js";
import { TOOL_NAME } from "../version.js";

/** One planned change as the comment records it: enough to compare, not to apply. */
export interface RecordedChange {
  action: PlanAction;
  resourceType: PlanResourceType;
  address: string;
  /** Short sha256 of the change's field differences and API calls: equal when it would do the same. */
  fingerprint: string;
}

export interface RecordedPlan {
  /** The plan hash the record belongs to (a record whose hash is not the marker's is ignored). */
  hash: string;
  /** How many changes the plan had; more than `changes.length` when the record was capped. */
  total: number;
  changes: RecordedChange[];
}

/** Room the record may take in a comment (base64 characters): about 200 changes, plenty for a reviewable plan. */
export const MAX_RECORD_LENGTH = 16_000;
const RECORD_PREFIX = `<!-- ${TOOL_NAME}:plan-changes v1 `;
const RECORD_PATTERN = new RegExp(`<!-- ${TOOL_NAME}:plan-changes v1 ([A-Za-z0-9+/=]+) -->`);

type Row = [PlanAction, PlanResourceType, string, string];

function fingerprint(change: PlannedChange): string {
  const json = JSON.stringify({ fields: change.fields, operations: change.operations });
  return createHash("sha256").update(json).digest("hex").slice(0, 16);
}

export function recordPlan(plan: Plan): RecordedPlan {
  return {
    hash: plan.hash,
    total: plan.changes.length,
    changes: plan.changes.map((change) => ({
      action: change.action,
      resourceType: change.resourceType,
      address: resourceAddress(change),
      fingerprint: fingerprint(change),
    })),
  };
}

function encode(hash: string, total: number, rows: Row[]): string {
  return Buffer.from(JSON.stringify({ hash, total, changes: rows }), "utf8").toString("base64");
}

/** The hidden line that carries the record; capped at `maxLength` characters of data by dropping the last changes. */
export function renderRecordedPlan(record: RecordedPlan, maxLength = MAX_RECORD_LENGTH): string {
  const rows: Row[] = record.changes.map((c) => [c.action, c.resourceType, c.address, c.fingerprint]);
  let data = encode(record.hash, record.total, rows);
  if (data.length > maxLength) {
    // Base64 of JSON grows about linearly with the rows kept: shrink by the ratio, then step down to fit.
    let kept = Math.floor((rows.length * maxLength) / data.length);
    do data = encode(record.hash, record.total, rows.slice(0, kept--));
    while (data.length > maxLength && kept >= 0);
  }
  return `${RECORD_PREFIX}${data} -->`;
}

/** The record in a comment body, if it has one (comments written before ld-gitops kept one do not). */
export function parseRecordedPlan(body: string): RecordedPlan | undefined {
  const match = RECORD_PATTERN.exec(body);
  if (!match) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(match[1]!, "base64").toString("utf8")) as {
      hash?: unknown;
      total?: unknown;
      changes?: unknown;
    };
    if (typeof parsed.hash !== "string" || typeof parsed.total !== "number" || !Array.isArray(parsed.changes))
      return undefined;
    const changes = (parsed.changes as Row[]).map(([action, resourceType, address, print]) => ({
      action,
      resourceType,
      address,
      fingerprint: print,
    }));
    return { hash: parsed.hash, total: parsed.total, changes };
  } catch {
    return undefined;
  }
}

/** How the plan now differs from the reviewed one, resource by resource. */
export interface ChangesSinceReview {
  /** Resources the new plan changes that the reviewed plan did not. */
  added: RecordedChange[];
  /** Resources the reviewed plan changed that the new plan does not. */
  removed: RecordedChange[];
  /** Resources both plans change, but differently (another action, other fields or API calls). */
  changed: { reviewed: RecordedChange; now: RecordedChange }[];
  /** The reviewed record was capped: resources past it cannot be compared. */
  reviewedIncomplete: boolean;
}

const identity = (change: RecordedChange) => `${change.resourceType} ${change.address}`;

export function compareWithReviewed(reviewed: RecordedPlan, now: RecordedPlan): ChangesSinceReview {
  const before = new Map(reviewed.changes.map((change) => [identity(change), change]));
  const after = new Map(now.changes.map((change) => [identity(change), change]));
  const reviewedIncomplete = reviewed.changes.length < reviewed.total;
  const result: ChangesSinceReview = { added: [], removed: [], changed: [], reviewedIncomplete };
  for (const [key, change] of after) {
    const old = before.get(key);
    // Past a capped record, absence says nothing: the change may be among those not recorded.
    if (!old) {
      if (!reviewedIncomplete) result.added.push(change);
    } else if (old.action !== change.action || old.fingerprint !== change.fingerprint)
      result.changed.push({ reviewed: old, now: change });
  }
  for (const [key, change] of before) if (!after.has(key)) result.removed.push(change);
  return result;
}

const LISTED = 100;

function resourceCell(change: RecordedChange): string {
  return `${change.resourceType} <code>${escapeMarkdownInline(change.address)}</code>`;
}

/**
 * The "what changed since review" section: a table of the resources the new plan adds, drops or changes
 * differently compared with the reviewed one; or why it cannot say.
 */
export function renderChangesSinceReview(reviewed: RecordedPlan | undefined, now: Plan): string {
  const heading = "#### What changed since the reviewed plan";
  if (!reviewed) {
    return [
      heading,
      "",
      "The reviewed comment does not record its plan's changes (no reviewed plan, or one posted by an earlier " +
        "ld-gitops version), so only the new plan is shown below.",
    ].join("\n");
  }
  const diff = compareWithReviewed(reviewed, recordPlan(now));
  const lines = [
    heading,
    "",
    `Reviewed plan \`${reviewed.hash.slice(0, 12)}\`: ${countOf(reviewed.total, "change")}; ` +
      `plan now \`${now.hash.slice(0, 12)}\`: ${countOf(now.changes.length, "change")}.`,
    "",
  ];
  const rows: string[] = [
    ...diff.added.map((c) => `| 🆕 new in the plan | ${resourceCell(c)} | — | ${c.action} |`),
    ...diff.removed.map((c) => `| ➖ no longer planned | ${resourceCell(c)} | ${c.action} | — |`),
    ...diff.changed.map(({ reviewed: r, now: n }) => {
      const how = r.action === n.action ? `${n.action}, other fields or values` : n.action;
      return `| ✏️ planned differently | ${resourceCell(n)} | ${r.action} | ${how} |`;
    }),
  ];
  if (rows.length === 0) {
    lines.push(
      "The same resources change in the same way; the plan differs elsewhere (its warnings, or the resources it " +
        "leaves alone).",
    );
  } else {
    lines.push("| | Resource | Reviewed | Now |", "| --- | --- | --- | --- |", ...rows.slice(0, LISTED));
    if (rows.length > LISTED) lines.push("", `… and ${rows.length - LISTED} more.`);
  }
  if (diff.reviewedIncomplete) {
    lines.push(
      "",
      `The reviewed comment recorded only its first ${reviewed.changes.length} of ${reviewed.total} changes; ` +
        "resources past those are compared only where the reviewed plan recorded them.",
    );
  }
  return lines.join("\n");
}
