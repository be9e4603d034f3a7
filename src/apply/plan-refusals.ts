// A plan whose impact holds refusals (a delete still used by a flag, a segment or a running experiment) is never
// applied, whether it was just made or saved and reviewed: nothing is written.
import type { Plan, PlanRefusal } from "../plan/types.js";
import { describeFinding } from "../wording/finding-messages.js";

/**
 * Thrown before any write when the plan holds refusals. `refusals` are findings (codes
 * `plan.segment-delete-referenced`, `plan.metric-delete-in-use`); `message` words them for the CLI.
 */
export class PlanRefusedError extends Error {
  constructor(readonly refusals: readonly PlanRefusal[]) {
    super(
      [
        "The plan holds deletes that are still in use, so nothing was written:",
        ...refusals.map((refusal) => `  - ${describeFinding(refusal)}`),
      ].join("\n"),
    );
    this.name = "PlanRefusedError";
  }
}

export function assertNoRefusals(plan: Pick<Plan, "impact">): void {
  const refusals = plan.impact?.refusals ?? [];
  if (refusals.length > 0) throw new PlanRefusedError(refusals);
}
