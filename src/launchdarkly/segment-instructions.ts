// Groups of segment semantic-patch instruction kinds (../shared/launchdarkly/segment-semantic-patch.md) that the
// plan, apply, the client's retry rules and the emulator all need to agree on.
import type { SemanticPatchInstruction } from "./types.js";

/** Add/remove individual targets: LaunchDarkly takes at most 1,500 of their operations in one request. */
export const TARGET_INSTRUCTION_KINDS: ReadonlySet<string> = new Set([
  "addIncludedTargets",
  "removeIncludedTargets",
  "addExcludedTargets",
  "removeExcludedTargets",
  "addIncludedUsers",
  "removeIncludedUsers",
  "addExcludedUsers",
  "removeExcludedUsers",
]);

/** Big-segment membership (no `contextKind`; LaunchDarkly documents no per-request limit for these). */
export const BIG_SEGMENT_TARGET_INSTRUCTION_KINDS: ReadonlySet<string> = new Set([
  "addBigSegmentIncludedTargets",
  "removeBigSegmentIncludedTargets",
  "addBigSegmentExcludedTargets",
  "removeBigSegmentExcludedTargets",
]);

/**
 * Target operations (one per key added or removed) in one semantic-patch request: what the 1,500 limit counts.
 * Big-segment instructions are not counted; LaunchDarkly documents no limit for them.
 */
export function countTargetOperations(instructions: readonly SemanticPatchInstruction[]): number {
  return instructions.reduce(
    (sum, instruction) =>
      sum +
      (TARGET_INSTRUCTION_KINDS.has(instruction.kind) && Array.isArray(instruction.values)
        ? instruction.values.length
        : 0),
    0,
  );
}
