// After applying, plan again: anything still different means the apply did not do what the plan said (or a
// normalisation bug hides a difference), and must fail loudly rather than report success.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { DesiredState } from "../model/desired-state.js";
import { readAndPlan } from "../pipeline/read-and-plan.js";
import { NO_DELETE_THRESHOLD } from "../plan/delete-threshold.js";
import type { Plan } from "../plan/types.js";
import type { ConvergenceResult } from "./types.js";

/**
 * The plan of `desired` against LaunchDarkly now, read by the same pipeline step as `createPlan` (with prune: every type and
 * environment, so leftovers of what the plan deleted show). The delete threshold is off: leftovers must show, not
 * throw.
 */
export async function replan(api: LaunchDarklyApi, desired: DesiredState, applied: Plan): Promise<Plan> {
  const { plan } = await readAndPlan(api, desired, {
    prune: applied.prune,
    deleteThreshold: NO_DELETE_THRESHOLD,
    ...(applied.takeOver ? { takeOver: true } : {}),
  });
  return plan;
}

export function convergenceOf(plan: Plan): ConvergenceResult {
  return {
    converged: plan.changes.length === 0,
    remaining: plan.changes.map((change) => {
      const difference: ConvergenceResult["remaining"][number] = {
        resourceType: change.resourceType,
        action: change.action,
        key: change.key,
        fields: change.fields,
      };
      if (change.project !== undefined) difference.project = change.project;
      if (change.environment !== undefined) difference.environment = change.environment;
      return difference;
    }),
  };
}
