import type { DriftedResource, DriftReport } from "../drift/drift-report.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { PlannedChange } from "../plan/types.js";
import {
  describeChanger,
  earlierChanges,
  formatAuditTime,
  NO_AUDIT_LOG_EXPLANATION,
} from "./drift-attribution.js";
import { escapeMarkdownInline } from "./markdown-escape.js";
import { countOf } from "./wording.js";

/** What live state looks like compared with the repo, from the plan's action that would repair it. */
function driftKind(change: PlannedChange): string {
  switch (change.action) {
    case "create":
      return "missing in LaunchDarkly";
    case "update":
      return `changed (${countOf(change.fields.length, "field")})`;
    case "delete":
      return "exists in LaunchDarkly, removed from the repo";
  }
}

/**
 * The attribution's cells, escaped: they must not break the table, and names and descriptions from the audit log
 * are outside text.
 */
function attributionCells(resource: DriftedResource): [string, string, string] {
  const a = resource.attribution;
  if (a) {
    // The comment is free text someone typed into LaunchDarkly: escaped so it cannot add links, pings or HTML.
    const comment = a.comment === undefined ? "" : ` — comment: “${escapeMarkdownInline(a.comment)}”`;
    return [
      escapeMarkdownInline(describeChanger(a)),
      formatAuditTime(a.changedAt),
      escapeMarkdownInline(a.description + earlierChanges(a)) + comment,
    ];
  }
  if (resource.attributionError)
    return ["—", "—", escapeMarkdownInline(`audit log unreadable: ${resource.attributionError}`)];
  return ["—", "—", NO_AUDIT_LOG_EXPLANATION];
}

/** A Markdown table of the drifted resources and who changed each one, newest change outside ld-gitops. */
export function renderDriftMarkdown(report: DriftReport): string {
  if (!report.hasDrift) return "No drift: LaunchDarkly matches the repository.\n";
  const lines = [
    `**${countOf(report.resources.length, "resource")} drifted** from the repository.`,
    "",
    "| Resource | Drift | Changed by | When (UTC) | Last change |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const resource of report.resources) {
    const { change } = resource;
    const [by, when, what] = attributionCells(resource);
    lines.push(
      `| ${change.resourceType} \`${resourceAddress(change)}\` | ${driftKind(change)} | ${by} | ${when} | ${what} |`,
    );
  }
  return lines.join("\n") + "\n";
}
