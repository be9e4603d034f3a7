// `apply --plan FILE`: the plan that was reviewed, saved as JSON by `plan --format json`. Apply plans again and
// refuses when LaunchDarkly no longer gives the same plan: what gets applied is exactly what was reviewed.
import { readFile } from "node:fs/promises";
import { resourceAddress } from "../model/resource-identity.js";
import { canonicalJson } from "../plan/canonical-json.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlannedChange } from "../plan/types.js";
import { parsePlanSource } from "./plan-source.js";

export class SavedPlanError extends Error {
  override readonly name = "SavedPlanError";
}

/** Reads and sanity-checks a plan written by `ld-gitops plan --format json`, with its `source` when it has one. */
export async function readSavedPlan(file: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SavedPlanError(`cannot read the plan file ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SavedPlanError(
      `${file} is not JSON (${(error as Error).message}); save it with \`ld-gitops plan --format json\``,
    );
  }
  const plan = value as Partial<Plan> | null;
  if (!plan || typeof plan !== "object" || !Array.isArray(plan.changes) || typeof plan.hash !== "string") {
    throw new SavedPlanError(
      `${file} is not an ld-gitops plan (expected "changes" and "hash"); save it with \`ld-gitops plan --format json\``,
    );
  }
  if (plan.version !== PLAN_FORMAT_VERSION) {
    throw new SavedPlanError(
      `${file} has plan format version ${String(plan.version)}; this ld-gitops reads version ${PLAN_FORMAT_VERSION}`,
    );
  }
  const { source, ...rest } = plan as Plan;
  const parsed = parsePlanSource(source);
  return parsed === undefined ? rest : { ...rest, source: parsed };
}

function changeId(change: PlannedChange): string {
  return `${change.action} ${change.resourceType} ${resourceAddress(change)}`;
}

/**
 * Undefined when `fresh` is the same plan as `saved` (equal hashes); otherwise one line per difference: changes
 * only in one of them, and changes to the same resource that differ (fields or operations).
 */
export function describePlanDifference(saved: Plan, fresh: Plan): string[] | undefined {
  if (saved.hash === fresh.hash) return undefined;
  const lines: string[] = [];
  const byId = (plan: Plan) => new Map(plan.changes.map((change) => [changeId(change), change]));
  const before = byId(saved);
  const after = byId(fresh);
  for (const [id, change] of before) {
    const now = after.get(id);
    if (now === undefined) lines.push(`- saved plan only: ${id}`);
    else if (canonicalJson(now) !== canonicalJson(change)) {
      const fields = new Set([...change.fields, ...now.fields].map((field) => field.path));
      const differing = [...fields].filter(
        (path) =>
          canonicalJson(change.fields.filter((field) => field.path === path)) !==
          canonicalJson(now.fields.filter((field) => field.path === path)),
      );
      lines.push(
        `~ differs now: ${id}${differing.length > 0 ? ` (${differing.join(", ")})` : " (operations or versions)"}`,
      );
    }
  }
  for (const id of after.keys()) if (!before.has(id)) lines.push(`+ new plan only: ${id}`);
  if (lines.length === 0)
    lines.push("the plans differ in ways that do not show per resource (plan format or hash)");
  return lines;
}
