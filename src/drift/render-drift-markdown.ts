import type { PlannedChange } from "../plan/types.js";
import type { DriftedResource, DriftReport } from "./drift-report.js";

function resourceLabel(change: PlannedChange): string {
  switch (change.resourceType) {
    case "segment":
      return `segment \`${change.project}/${change.environment}/${change.key}\``;
    case "metric":
      return `metric \`${change.project}/${change.key}\``;
    case "role":
      return `role \`${change.key}\``;
  }
}

/** What live state looks like compared with the repo, from the plan's action that would repair it. */
function driftKind(change: PlannedChange): string {
  switch (change.action) {
    case "create":
      return "missing in LaunchDarkly";
    case "update":
      return `changed (${change.fields.length} field${change.fields.length === 1 ? "" : "s"})`;
    case "delete":
      return "exists in LaunchDarkly, removed from the repo";
  }
}

/** Table cells must not break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function attributionCells(resource: DriftedResource): [string, string, string] {
  const a = resource.attribution;
  if (a) {
    const more = a.outOfBandChanges > 1 ? ` (+${a.outOfBandChanges - 1} earlier)` : "";
    return [
      cell(a.changedBy),
      new Date(a.changedAt).toISOString().replace(".000Z", "Z"),
      cell(a.description + more),
    ];
  }
  if (resource.attributionError)
    return ["—", "—", cell(`audit log unreadable: ${resource.attributionError}`)];
  return ["—", "—", "no change outside ld-gitops in the audit log"];
}

/** A Markdown table of the drifted resources and who changed each one, newest change outside ld-gitops. */
export function renderDriftMarkdown(report: DriftReport): string {
  if (!report.hasDrift) return "No drift: LaunchDarkly matches the repository.\n";
  const lines = [
    `**${report.resources.length} resource${report.resources.length === 1 ? "" : "s"} drifted** from the repository.`,
    "",
    "| Resource | Drift | Changed by | When (UTC) | Last change |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const resource of report.resources) {
    const [by, when, what] = attributionCells(resource);
    lines.push(
      `| ${resourceLabel(resource.change)} | ${driftKind(resource.change)} | ${by} | ${when} | ${what} |`,
    );
  }
  return lines.join("\n") + "\n";
}
