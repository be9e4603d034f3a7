// `apply --membership-only` (Action input `membership-only`): a scheduled sync may write segment membership
// without review, and nothing else. Before any write, every change of the plan must be a membership change of a
// segment that opted in to automatic sync (`membershipSync: "automatic"` on the change): its operations only add or
// remove targets, write big-segment membership or imports, or move ld-gitops' own membership tags; its changed
// fields are membership fields. Anything else (a create, a delete, rules, names, descriptions, other tags,
// metrics, roles) still needs a reviewed plan.

import {
  BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
  TARGET_INSTRUCTION_KINDS,
} from "../launchdarkly/segment-instructions.js";
import type { JsonPatchOperation } from "../launchdarkly/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import { MEMBERSHIP_PENDING_TAG } from "../plan/ownership.js";
import { isMembershipTag } from "../plan/plan-members.js";
import type { FieldChange, PlannedChange, PlannedOperation } from "../plan/types.js";

/** Semantic-patch instructions that only write targets (standard segments, and the big-segment ones). */
const TARGET_INSTRUCTIONS: ReadonlySet<string> = new Set([
  ...TARGET_INSTRUCTION_KINDS,
  ...BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
  "processBigSegmentImport",
]);

/** Fields a membership change may show: the target lists, and whatever the plan records of member files. */
const MEMBERSHIP_FIELD = /^\/(included|excluded|includedContexts|excludedContexts|members|membership)(\/|$)/;

/** ld-gitops' own membership bookkeeping tags (last-applied fingerprint, unfinished create). */
function isBookkeepingTag(tag: unknown): boolean {
  return typeof tag === "string" && (isMembershipTag(tag) || tag === MEMBERSHIP_PENDING_TAG);
}

function tagFieldIsMembershipOnly(field: FieldChange): boolean {
  const added = field.added ?? [];
  const removed = field.removed ?? [];
  if (field.added === undefined && field.removed === undefined) {
    // Without added/removed, compare the whole lists: they may differ only in membership tags.
    const before = (Array.isArray(field.before) ? field.before : []).filter((tag) => !isBookkeepingTag(tag));
    const after = (Array.isArray(field.after) ? field.after : []).filter((tag) => !isBookkeepingTag(tag));
    return JSON.stringify([...before].sort()) === JSON.stringify([...after].sort());
  }
  return [...added, ...removed].every(isBookkeepingTag);
}

function jsonPatchIsTagsOnly(patch: readonly JsonPatchOperation[]): boolean {
  return patch.every((op) => op.op === "test" || /^\/tags(\/|$)/.test(op.path));
}

/** Why this operation is not a membership write; undefined when it is. */
function operationProblem(operation: PlannedOperation, tagsAreMembership: boolean): string | undefined {
  switch (operation.kind) {
    case "updateBigSegmentTargets":
    case "importBigSegmentMembers":
      return undefined;
    case "patchSegmentSemantic": {
      const other = operation.instructions.find(
        (instruction) =>
          !TARGET_INSTRUCTIONS.has(instruction.kind) &&
          !(
            (instruction.kind === "addTags" || instruction.kind === "removeTags") &&
            Array.isArray(instruction.values) &&
            instruction.values.every(isBookkeepingTag)
          ),
      );
      return other === undefined ? undefined : `its semantic patch holds ${other.kind}`;
    }
    case "patchSegmentJson":
      return jsonPatchIsTagsOnly(operation.patch) && tagsAreMembership
        ? undefined
        : "its JSON Patch changes more than membership tags";
    default:
      return `it would ${operation.kind.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  }
}

/** Why the change may not be applied under membership-only; undefined when it may. */
export function membershipOnlyProblem(change: PlannedChange): string | undefined {
  if (change.resourceType !== "segment") return `it is a ${change.resourceType}, not segment membership`;
  if (change.membershipSync !== "automatic")
    return "the segment does not opt in to automatic membership sync";
  if (change.action !== "update") return `it would ${change.action} the segment`;
  const tagsField = change.fields.find((field) => field.path === "/tags");
  const tagsAreMembership = tagsField === undefined || tagFieldIsMembershipOnly(tagsField);
  for (const field of change.fields) {
    if (field.path === "/tags") {
      if (!tagsAreMembership) return "it changes tags other than ld-gitops' membership tags";
    } else if (!MEMBERSHIP_FIELD.test(field.path)) return `it changes ${field.path}`;
  }
  for (const operation of change.operations) {
    const problem = operationProblem(operation, tagsAreMembership);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

export class MembershipOnlyError extends Error {
  override readonly name = "MembershipOnlyError";
}

/** Lines `segment p/e/k: why` for every change membership-only refuses; empty when the plan may be applied. */
export function membershipOnlyRefusals(plan: { changes: readonly PlannedChange[] }): string[] {
  return plan.changes.flatMap((change) => {
    const problem = membershipOnlyProblem(change);
    return problem === undefined ? [] : [`${change.resourceType} ${resourceAddress(change)}: ${problem}`];
  });
}

export function assertMembershipOnly(plan: { changes: readonly PlannedChange[] }): void {
  const refusals = membershipOnlyRefusals(plan);
  if (refusals.length === 0) return;
  throw new MembershipOnlyError(
    [
      "membership-only: the plan changes more than the membership of segments that opt in to automatic sync, so nothing was written:",
      ...refusals.map((line) => `  - ${line}`),
      "These changes need a reviewed plan: open a pull request, or apply without membership-only.",
    ].join("\n"),
  );
}
