import type { ApplyReport } from "../apply/types.js";
import type { Plan } from "../plan/types.js";
import { describeFinding, describePlanWarning } from "../wording/finding-messages.js";

/**
 * The documented, versioned plan format (schemas/plan.schema.json): the plan itself, pretty-printed, each warning
 * and each refusal also worded (`message`, as the text plan prints it) for readers that do not know the codes.
 */
export function renderPlanJson(plan: Plan): string {
  const warnings = plan.warnings.map((warning) => ({ ...warning, message: describePlanWarning(warning) }));
  const impact = plan.impact && {
    ...plan.impact,
    refusals: plan.impact.refusals.map((refusal) => ({ ...refusal, message: describeFinding(refusal) })),
  };
  return `${JSON.stringify({ ...plan, warnings, ...(impact ? { impact } : {}) }, null, 2)}\n`;
}

/** The report as JSON (`apply --format json`): the `ApplyReport` itself, pretty-printed. */
export function renderApplyReportJson(report: ApplyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
