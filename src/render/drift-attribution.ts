// How a drifted resource's audit-log attribution reads, shared by the text and Markdown drift reports.
import type { DriftAttribution } from "../drift/attribution.js";
import type { DriftedResource } from "../drift/drift-report.js";

/** The audit log shows no change that explains the drift (the repo may have changed, or the log was trimmed). */
export const NO_AUDIT_LOG_EXPLANATION = "no audit-log entry explains it";

/** `2024-05-01T12:00:00Z`. */
export function formatAuditTime(millis: number): string {
  return new Date(millis).toISOString().replace(".000Z", "Z");
}

/** Who made the change, in words: for `tool-token`, that it was the tool's token and that no comment says why. */
export function describeChanger(attribution: DriftAttribution): string {
  return attribution.source === "tool-token"
    ? `the token ld-gitops uses (${attribution.changedBy}), without an ld-gitops comment`
    : attribution.changedBy;
}

/** ` (+2 earlier)` when more than one change is counted. */
export function earlierChanges(attribution: DriftAttribution): string {
  return attribution.outOfBandChanges > 1 ? ` (+${attribution.outOfBandChanges - 1} earlier)` : "";
}

/** One line for a terminal, with the audit-log comment when the change has one. */
export function describeAttributionText(resource: DriftedResource): string {
  const a = resource.attribution;
  if (a) {
    const comment = a.comment === undefined ? "" : ` — comment: ${JSON.stringify(a.comment)}`;
    const by = a.source === "tool-token" ? "changed by" : "last changed by";
    return `${by} ${describeChanger(a)}: ${a.description} at ${formatAuditTime(a.changedAt)}${earlierChanges(a)}${comment}`;
  }
  if (resource.attributionError) return `audit log unreadable: ${resource.attributionError}`;
  return NO_AUDIT_LOG_EXPLANATION;
}
