// Wording shared by the apply report renderers.

import type { ApplyReport, ConvergenceDifference, ResourceApplyResult } from "../apply/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import { fieldName } from "./describe.js";
import { countOf, forCount } from "./wording.js";

/** `1 resource still differs`, `2 resources still differ`. */
function stillDiffer(count: number): string {
  return `${countOf(count, "resource")} still ${forCount(count, "differs", "differ")}`;
}

export function reportHeadline(report: ApplyReport): string {
  const { applied, failed, conflict, notAttempted } = report.summary;
  const total = report.resources.length;
  if (total === 0 && report.convergence?.converged !== false)
    return "Nothing to apply: LaunchDarkly matches the repository.";
  const parts = [`${applied} of ${total} applied`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (conflict > 0) parts.push(`${conflict} in conflict`);
  if (notAttempted > 0) parts.push(`${notAttempted} not attempted`);
  const convergence = report.convergence;
  if (convergence && !convergence.converged) {
    // Every count above can look fine while LaunchDarkly still differs: say so in the headline itself.
    const remaining = convergence.remaining.length;
    if (report.planOutOfDate)
      return `Apply: ${parts.join(", ")}; LaunchDarkly now matches the saved plan, but not the repository (${stillDiffer(remaining)}).`;
    return `Apply: ${parts.join(", ")}, but LaunchDarkly did not converge (${stillDiffer(remaining)}).`;
  }
  return `Apply: ${parts.join(", ")}.`;
}

/** `update segment web-app/production/beta: rules.0, included.user`. */
export function differenceLine(difference: ConvergenceDifference): string {
  return `${difference.action} ${difference.resourceType} ${resourceAddress(difference)}: ${differenceFields(difference)}`;
}

/** `update segment web-app/production/beta (rules.0, included.user)`, one per resource that still differs. */
export function remainingDifferences(report: ApplyReport): string[] {
  return (report.convergence?.remaining ?? []).map(
    (difference) =>
      `${difference.action} ${difference.resourceType} ${resourceAddress(difference)} (${differenceFields(difference)})`,
  );
}

export function convergenceLine(report: ApplyReport): string | undefined {
  const convergence = report.convergence;
  if (convergence === undefined) return undefined;
  if (convergence.converged) return "Converged: a new plan against LaunchDarkly is empty.";
  const remaining = stillDiffer(convergence.remaining.length);
  if (report.planOutOfDate)
    return `LaunchDarkly matches the saved plan, but ${remaining} from the repository after applying.`;
  return `Did not converge: ${remaining} from the repository after applying.`;
}

export function operationsText(result: ResourceApplyResult): string {
  return `${result.operationsApplied}/${countOf(result.operations, "operation")}`;
}

/** `rules.0, included.user`. */
function differenceFields(difference: ConvergenceDifference): string {
  return difference.fields.map(fieldName).join(", ") || "(no field detail)";
}

export function nextStep(report: ApplyReport): string | undefined {
  const { failed, conflict, notAttempted } = report.summary;
  if (conflict > 0)
    return "Someone changed LaunchDarkly after the plan was made: run plan again, review, and apply the new plan.";
  if (failed + notAttempted > 0)
    return "Fix the cause above and run apply again: it re-plans from LaunchDarkly's state and finishes the job without repeating what landed.";
  if (report.convergence && !report.convergence.converged && report.planOutOfDate) {
    return "The saved plan was out of date when it was applied: LaunchDarkly now matches that plan, but the repository says otherwise for the fields above. Plan again from the repository and apply that plan to bring LaunchDarkly in line.";
  }
  if (report.convergence && !report.convergence.converged) {
    return "LaunchDarkly accepted every write but still differs: this is a bug in ld-gitops (a normalisation or planning gap); please report it with the JSON report.";
  }
  return undefined;
}
