import type { Plan } from "../plan/types.js";

/** The documented, versioned plan format (schemas/plan.schema.json): the plan itself, pretty-printed. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
