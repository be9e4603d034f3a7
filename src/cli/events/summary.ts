// The import's summary for people (text) and scripts (JSON, with each finding's code, parameters and wording).
import type { ImportSummary } from "../../events/import-events.js";
import { describeEventFinding, describeLocatedFinding, describeSendFailure } from "./wording.js";

const n = (value: number): string => value.toLocaleString("en-US");

export function renderSummaryText(summary: ImportSummary, tokenVariable: string): string {
  const lines: string[] = [];
  const title =
    summary.status === "dry-run"
      ? "Dry run: nothing was sent."
      : summary.status === "invalid"
        ? "Nothing was sent: fix the rows below, or pass --allow-skip to send the valid rows and write the others to the rejects file."
        : summary.status === "failed"
          ? "The import stopped before the end."
          : "Import finished.";
  lines.push(title, "");
  const errors = summary.findings.filter((f) => f.severity === "error");
  const warnings = summary.findings.filter((f) => f.severity === "warning");
  for (const finding of [...errors, ...warnings]) lines.push(describeLocatedFinding(finding));
  if (summary.errorCount > errors.length)
    lines.push(`... and ${n(summary.errorCount - errors.length)} more invalid rows`);
  if (summary.findings.length > 0) lines.push("");
  if (summary.failure) lines.push(`error: ${describeSendFailure(summary.failure, tokenVariable)}`, "");
  if (summary.eventKeys.length > 0) {
    lines.push("Events per event key:");
    for (const { eventKey, rows, metrics } of summary.eventKeys) {
      lines.push(`  ${eventKey}: ${n(rows)} → ${metrics.length > 0 ? metrics.join(", ") : "(no metric)"}`);
    }
    lines.push("");
  }
  lines.push(
    `rows read ${n(summary.rowsRead)}, valid ${n(summary.rowsValid)}, rejected ${n(summary.rowsRejected)}; ` +
      `events sent ${n(summary.eventsSent)} in ${n(summary.batches)} batches; ` +
      `requests ${n(summary.requests)}, retries ${n(summary.retries)} (rate-limited ${n(summary.rateLimited)}); ` +
      `${(summary.bytesSent / 1_000_000).toFixed(1)} MB sent (gzip)`,
  );
  return `${lines.join("\n")}\n`;
}

export function renderSummaryJson(summary: ImportSummary, tokenVariable: string): string {
  const document = {
    ...summary,
    findings: summary.findings.map((finding) => ({ ...finding, message: describeEventFinding(finding) })),
    ...(summary.failure
      ? { failure: { ...summary.failure, message: describeSendFailure(summary.failure, tokenVariable) } }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
