import type { Plan } from "../plan/types.js";
import { describeFinding } from "./finding-messages.js";

/**
 * The documented, versioned plan format (schemas/plan.schema.json): the plan itself, pretty-printed, each warning
 * also worded (`message`) for readers that do not know the codes.
 */
export function renderPlanJson(plan: Plan): string {
  const warnings = plan.warnings.map((warning) => ({ ...warning, message: describeFinding(warning) }));
  return `${JSON.stringify({ ...plan, warnings }, null, 2)}\n`;
}
