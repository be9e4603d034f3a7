// Optimistic locking: before writing to a resource the plan updates, check that LaunchDarkly still holds what the
// plan was made against. Segments and metrics carry a version; roles do not, so their changed fields are compared.
import type { LdMetric, LdRole, LdSegment } from "../launchdarkly/types.js";
import { sameJson } from "../plan/canonical-json.js";
import { normalizeLiveMetric } from "../plan/normalize-metric.js";
import { normalizeLiveRole } from "../plan/normalize-role.js";
import type { FieldChange } from "../plan/types.js";

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

/** Top-level fields whose live value is no longer the plan's `before` value. */
function changedSince(fields: readonly FieldChange[], current: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const field of fields) {
    const name = field.path.split("/")[1];
    if (name === undefined || name === "") continue;
    if (!sameJson(field.before, current[name])) changed.push(name);
  }
  return changed;
}

function describeChanged(what: string, changed: string[]): string {
  return `the ${what} changed in LaunchDarkly after the plan was made (${changed.join(", ")} no longer as planned)`;
}

export function metricConflict(
  live: LdMetric | undefined,
  liveVersion: number | undefined,
  fields: readonly FieldChange[],
): string | undefined {
  if (live === undefined) return "the metric was deleted in LaunchDarkly after the plan was made";
  if (liveVersion !== undefined && live._version !== undefined && live._version !== liveVersion) {
    return `the metric changed in LaunchDarkly after the plan was made (version ${liveVersion} at plan time, now ${live._version})`;
  }
  const changed = changedSince(fields, normalizeLiveMetric(live) as unknown as Record<string, unknown>);
  return changed.length > 0 ? describeChanged("metric", changed) : undefined;
}

export function roleConflict(live: LdRole | undefined, fields: readonly FieldChange[]): string | undefined {
  if (live === undefined) return "the role was deleted in LaunchDarkly after the plan was made";
  const changed = changedSince(fields, normalizeLiveRole(live) as unknown as Record<string, unknown>);
  return changed.length > 0 ? describeChanged("role", changed) : undefined;
}
