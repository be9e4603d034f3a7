import { resourceAddress } from "../render/describe.js";
import type { DriftedResource, DriftReport } from "./drift-report.js";

function attributionText(resource: DriftedResource): string {
  const a = resource.attribution;
  if (a) {
    const when = new Date(a.changedAt).toISOString().replace(".000Z", "Z");
    const earlier = a.outOfBandChanges > 1 ? ` (+${a.outOfBandChanges - 1} earlier)` : "";
    return `last changed by ${a.changedBy} at ${when}: ${a.description}${earlier}`;
  }
  if (resource.attributionError) return `audit log unreadable: ${resource.attributionError}`;
  return "no change outside ld-gitops in the audit log";
}

const DRIFT_SIGN = { create: "+", update: "~", delete: "-" } as const;
const DRIFT_KIND = {
  create: "missing in LaunchDarkly",
  update: "changed in LaunchDarkly",
  delete: "in LaunchDarkly, removed from the repository",
} as const;

/** One line per drifted resource with who changed it; the plan that repairs it is printed after it by the caller. */
export function renderDriftText(report: DriftReport): string {
  if (!report.hasDrift) return "No drift: LaunchDarkly matches the repository.\n";
  const count = report.resources.length;
  const lines = [
    `Drift: ${count} resource${count === 1 ? "" : "s"} differ${count === 1 ? "s" : ""} from the repository.`,
  ];
  for (const resource of report.resources) {
    const { change } = resource;
    lines.push(
      `  ${DRIFT_SIGN[change.action]} ${change.resourceType} ${resourceAddress(change)}: ${DRIFT_KIND[change.action]}`,
      `      ${attributionText(resource)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
