// How a drifted resource's audit-log attribution reads, shared by the text and Markdown drift reports.
import type { DriftAttribution } from "../drift/attribution.js";
import type { DriftedResource } from "../drift/drift-report.js";

/** The audit log shows no change that explains the drift (the repo may have changed, or the log was trimmed). */
export const NO_AUDIT_LOG_EXPLANATION = "no audit-log entry explains it";

/** `2024-05-01T12:00:00Z`. */
export function formatAuditTime(millis: number): string {
  return new Date(millis).toISOString().replace(".000Z", "Z");
}

/**
 * Who made the change, in words. A change made with the token ld-gitops uses but without an ld-gitops comment reads
 * the same for every resource type, whether LaunchDarkly took a comment for it (segments) or not (metrics).
 */
export function describeChanger(attribution: DriftAttribution): string {
  return attribution.source === "tool-token" || attribution.viaToolToken
    ? `${attribution.changedBy} (with the token ld-gitops uses, without an ld-gitops comment)`
    : attribution.changedBy;
}

/** ` (and 2 earlier changes since ld-gitops last wrote it)` when more than one change is counted. */
export function earlierChanges(attribution: DriftAttribution): string {
  const earlier = attribution.outOfBandChanges - 1;
  if (earlier < 1) return "";
  return ` (and ${earlier} earlier change${earlier === 1 ? "" : "s"} since ld-gitops last wrote it)`;
}

/** One line for a terminal, with the audit-log comment when the change has one. */
export function describeAttributionText(resource: DriftedResource): string {
  const a = resource.attribution;
  if (a) {
    const comment = a.comment === undefined ? "" : ` — comment: ${JSON.stringify(a.comment)}`;
    return `last changed by ${describeChanger(a)}: ${a.description} at ${formatAuditTime(a.changedAt)}${earlierChanges(a)}${comment}`;
  }
  if (resource.attributionError) return `audit log unreadable: ${resource.attributionError}`;
  return NO_AUDIT_LOG_EXPLANATION;
}
