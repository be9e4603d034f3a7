import type { ApplyReport } from "../apply/types.js";
import type { Plan } from "../plan/types.js";

/** The documented, versioned plan format (schemas/plan.schema.json): the plan itself, pretty-printed. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The report as JSON (`apply --format json`): the `ApplyReport` itself, pretty-printed. */
export function renderApplyReportJson(report: ApplyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
