// Wording shared by the apply report renderers.
import { fieldName, resourceAddress } from "../render/describe.js";
import type { ApplyReport, ConvergenceDifference, ResourceApplyResult } from "./types.js";

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
    return `Apply: ${parts.join(", ")}, but LaunchDarkly did not converge (${remaining} resource${remaining === 1 ? "" : "s"} still differ${remaining === 1 ? "s" : ""}).`;
  }
  return `Apply: ${parts.join(", ")}.`;
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
  return `Did not converge: ${convergence.remaining.length} resource(s) still differ from the repository after applying.`;
}

export function operationsText(result: ResourceApplyResult): string {
  return `${result.operationsApplied}/${result.operations} operation${result.operations === 1 ? "" : "s"}`;
}

/** `rules.0, included.user`. */
export function differenceFields(difference: ConvergenceDifference): string {
  return difference.fields.map(fieldName).join(", ") || "(no field detail)";
}

export function nextStep(report: ApplyReport): string | undefined {
  const { failed, conflict, notAttempted } = report.summary;
  if (conflict > 0)
    return "Someone changed LaunchDarkly after the plan was made: run plan again, review, and apply the new plan.";
  if (failed + notAttempted > 0)
    return "Fix the cause above and run apply again: it re-plans from LaunchDarkly's state and finishes the job without repeating what landed.";
  if (report.convergence && !report.convergence.converged) {
    return "LaunchDarkly accepted every write but still differs: this is a bug in ld-gitops (a normalisation or planning gap); please report it with the JSON report.";
  }
  return undefined;
}
