// Groups of segment semantic-patch instruction kinds (../shared/launchdarkly/segment-semantic-patch.md) that the
// plan, apply, the client's retry rules and the emulator all need to agree on.

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
