import type { DriftReport } from "../drift/drift-report.js";
import { resourceAddress } from "../model/resource-identity.js";
import { describeAttributionText } from "./drift-attribution.js";
import { countOf, forCount } from "./wording.js";

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
    `Drift: ${countOf(count, "resource")} ${forCount(count, "differs", "differ")} from the repository.`,
  ];
  for (const resource of report.resources) {
    const { change } = resource;
    lines.push(
      `  ${DRIFT_SIGN[change.action]} ${change.resourceType} ${resourceAddress(change)}: ${DRIFT_KIND[change.action]}`,
      `      ${describeAttributionText(resource)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
