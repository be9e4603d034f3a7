// Optimistic locking for segment deletes: a DELETE carries no precondition, so apply compares the version it read
// just before deleting with the plan's. Updates carry theirs inside the write (see execute-change.ts).
import type { LdSegment } from "../launchdarkly/types.js";

/** Undefined when the segment is as planned; otherwise why it is not. */
export function segmentConflict(
  live: LdSegment | undefined,
  liveVersion: number | undefined,
): string | undefined {
  if (live === undefined) return "the segment was deleted in LaunchDarkly after the plan was made";
  if (liveVersion !== undefined && live.version !== liveVersion) {
    return `the segment changed in LaunchDarkly after the plan was made (version ${liveVersion} at plan time, now ${live.version})`;
  }
  return undefined;
}
