// Executes a plan's changes with the real client, one after the other in plan order, through apply's own
// per-change executor; any change that does not apply fails the test.
import { executeChange } from "../../../src/apply/execute-change.js";
import type { LaunchDarklyApi } from "../../../src/launchdarkly/api.js";
import type { Plan } from "../../../src/plan/types.js";

export async function executePlan(api: LaunchDarklyApi, plan: Plan): Promise<void> {
  for (const change of plan.changes) {
    const outcome = await executeChange(change, { api, comment: "ld-gitops test" });
    if (outcome.status !== "applied") {
      throw new Error(
        `${change.action} ${change.resourceType} ${change.key}: ${outcome.status} ${outcome.message}`,
      );
    }
  }
}
