// LaunchDarkly takes at most 1,500 target operations per semantic patch. The plan cuts target changes into requests
// within that limit (src/plan/segment-targets.ts) and apply sends each planned request as it is: a plan holding a
// request over the limit (hand-edited, or made by another version) is refused before any write, never re-batched.
import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../launchdarkly/limits.js";
import { countTargetOperations } from "../launchdarkly/segment-instructions.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { PlannedChange } from "../plan/types.js";

export class TargetLimitError extends Error {
  override readonly name = "TargetLimitError";
}

/** One line per planned semantic patch holding more than `limit` target operations; empty when there is none. */
export function oversizedTargetRequests(
  changes: readonly PlannedChange[],
  limit = MAX_TARGET_OPERATIONS_PER_PATCH,
): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    change.operations.forEach((operation, index) => {
      if (operation.kind !== "patchSegmentSemantic") return;
      const count = countTargetOperations(operation.instructions);
      if (count > limit)
        lines.push(
          `${change.resourceType} ${resourceAddress(change)}, operation ${index + 1}: ${count} target operations`,
        );
    });
  }
  return lines;
}

/** Throws `TargetLimitError` when some planned request holds more target operations than LaunchDarkly accepts. */
export function assertTargetRequestsWithinLimit(
  plan: { changes: readonly PlannedChange[] },
  limit = MAX_TARGET_OPERATIONS_PER_PATCH,
): void {
  const oversized = oversizedTargetRequests(plan.changes, limit);
  if (oversized.length === 0) return;
  throw new TargetLimitError(
    [
      `The plan holds requests with more than ${limit} target operations, which LaunchDarkly refuses:`,
      ...oversized.map((line) => `  - ${line}`),
      "Nothing was written. Run plan again and apply the new plan: plan splits target changes into requests LaunchDarkly accepts.",
    ].join("\n"),
  );
}
