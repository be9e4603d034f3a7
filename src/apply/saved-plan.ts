// The one reader of saved plans and the one answer to "is this plan approved", for the CLI (`apply --plan FILE`,
// saved by `plan --format json`) and the Action (the hash in the reviewed pull-request comment). A saved plan is
// trusted only as far as its content: its hash is recomputed from the file, and it may touch nothing outside the
// configuration the apply reads.
import { readFile } from "node:fs/promises";
import type { DesiredState } from "../model/desired-state.js";
import { resourceAddress } from "../model/resource-identity.js";
import { canonicalJson } from "../plan/canonical-json.js";
import { planHash } from "../plan/plan-desired-state.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlannedChange, type PlannedOperation } from "../plan/types.js";
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
  // The hash in the file proves nothing by itself: anyone who edits `changes` can keep it. Recompute it.
  const contentHash = planHash(plan.changes as PlannedChange[]);
  if (contentHash !== plan.hash) {
    throw new SavedPlanError(
      `${file} was changed after it was saved: its "changes" hash to ${contentHash.slice(0, 12)}…, not to the ` +
        `"hash" it carries (${plan.hash.slice(0, 12)}…). Nothing was sent. Make a new plan with ` +
        "`ld-gitops plan --format json --out FILE` and review it; a plan that held a token was saved redacted and cannot be applied either.",
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

/** What a plan change names, as `resourceAddress` words it, with its type. */
function resourceId(change: { resourceType: string } & Parameters<typeof resourceAddress>[0]): string {
  return `${change.resourceType} ${resourceAddress(change)}`;
}

/**
 * The changes of `saved` that reach outside the configuration: a create or update of a resource the config directory
 * does not declare, or a delete that a plan of this configuration (`fresh`, made with the same `--prune`) would not
 * make. One line per change; empty when the plan stays inside. Checked before anything is sent.
 */
export function changesOutsideConfiguration(saved: Plan, desired: DesiredState, fresh: Plan): string[] {
  const declared = new Set<string>();
  for (const role of desired.roles) declared.add(`role ${role.key}`);
  for (const metric of desired.metrics) declared.add(resourceId({ resourceType: "metric", ...metric }));
  for (const kind of desired.contextKinds ?? [])
    declared.add(resourceId({ resourceType: "contextKind", project: kind.project, key: kind.key }));
  for (const segment of desired.segments)
    for (const environment of segment.environments)
      declared.add(resourceId({ resourceType: "segment", ...segment, environment }));
  const freshDeletes = new Set(
    fresh.changes.filter((change) => change.action === "delete").map((change) => resourceId(change)),
  );
  const lines: string[] = [];
  for (const change of saved.changes) {
    const id = resourceId(change);
    const inside = change.action === "delete" ? freshDeletes.has(id) : declared.has(id);
    if (!inside) lines.push(`${change.action} ${id}: not in the configuration`);
    const stray = change.operations.find((operation) => !operationStaysOnResource(operation, change));
    if (stray) lines.push(`${change.action} ${id}: its ${stray.kind} operation addresses another resource`);
  }
  return lines;
}

const OPERATION_TYPES: Record<PlannedOperation["kind"], PlannedChange["resourceType"]> = {
  createSegment: "segment",
  patchSegmentSemantic: "segment",
  patchSegmentJson: "segment",
  updateBigSegmentTargets: "segment",
  importBigSegmentMembers: "segment",
  deleteSegment: "segment",
  createMetric: "metric",
  patchMetric: "metric",
  deleteMetric: "metric",
  createRole: "role",
  patchRole: "role",
  deleteRole: "role",
  putContextKind: "contextKind",
};

/**
 * Apply addresses an operation by its change's key, except a create, whose body names the key: both must agree. A
 * context kind's PUT names it in the path only.
 */
function operationStaysOnResource(operation: PlannedOperation, change: PlannedChange): boolean {
  if (OPERATION_TYPES[operation.kind] !== change.resourceType) return false;
  if ("body" in operation && "key" in operation.body) return operation.body.key === change.key;
  return true;
}

/** Whether a plan may be applied now, given the hash someone approved (the saved or reviewed plan). */
export type PlanApproval =
  /** The new plan is empty: nothing to apply, whatever was approved. */
  | { status: "nothing-to-apply" }
  | { status: "approved" }
  /** No approved plan to compare with. */
  | { status: "not-reviewed" }
  /** The new plan is not the approved one. */
  | { status: "changed" };

/** The one "is this plan approved" check, used by `apply --plan` and by the Action's apply mode. */
export function checkPlanApproval(approvedHash: string | undefined, fresh: Plan): PlanApproval {
  if (fresh.changes.length === 0) return { status: "nothing-to-apply" };
  if (approvedHash === undefined) return { status: "not-reviewed" };
  return approvedHash === fresh.hash ? { status: "approved" } : { status: "changed" };
}
