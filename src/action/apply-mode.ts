import * as core from "@actions/core";
import { applyPlan } from "../apply/apply-plan.js";
import { buildAuditComment } from "../apply/audit-comment.js";
import { membershipOnlyRefusals } from "../apply/membership-only.js";
import { checkPlanApproval } from "../apply/saved-plan.js";
import type { ApplyReport } from "../apply/types.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { renderApplyProgressLine } from "../render/apply-report-text.js";
import { remainingDifferences } from "../render/apply-report-wording.js";
import { fencedBlock } from "../render/markdown-escape.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "./github-annotations.js";
import type { IssueComment, PullRequestSummary } from "./github-api.js";
import { explainGitHubFailure } from "./github-failure.js";
import type { GitHubReport, ReportSection, ReportStatus } from "./github-report.js";
import { ACTION_TOKEN_SOURCES } from "./launchdarkly-access.js";
import { normalizeConfigPath } from "./markers.js";
import { findMergedPullRequest } from "./merged-pull-request.js";
import { type ModeContext, planWithInputs } from "./mode-context.js";
import { setActionOutput, setPlanOutputs } from "./outputs.js";
import { failValidationInSummary, publishWithSummary, writeReportToSummary } from "./publish-report.js";
import { type ReviewedPlan, readReviewedPlan } from "./pull-request-comment.js";
import { applySection, planSection } from "./report-sections.js";
import { recordPlan, renderChangesSinceReview } from "./reviewed-plan.js";

const APPLY_PERMISSION = "pull-requests: write";

/**
 * Why the job fails. A resource that was not applied says so by count; when every write was accepted but the plan
 * made afterwards is not empty, the job fails as "did not converge" and names the resources and fields that differ.
 */
function applyFailureMessage(result: ApplyReport): string {
  const { failed, conflict, notAttempted } = result.summary;
  if (failed + conflict + notAttempted > 0) {
    const parts: string[] = [];
    if (failed > 0) parts.push(`${failed} failed`);
    if (conflict > 0) parts.push(`${conflict} in conflict`);
    if (notAttempted > 0) parts.push(`${notAttempted} not attempted`);
    return `Apply did not complete: ${parts.join(", ")}.`;
  }
  const remaining = remainingDifferences(result);
  if (remaining.length > 0) {
    return `Apply did not converge: LaunchDarkly accepted every write but still differs from the repository: ${remaining.join("; ")}.`;
  }
  return "Apply did not complete.";
}

/**
 * Writes the report over the merged pull request's reviewed plan comment (a new comment when it has none) when
 * comments are on, and to the summary.
 */
async function report(
  run: ModeContext,
  pr: PullRequestSummary | undefined,
  reviewedComment: IssueComment | undefined,
  applyReport: GitHubReport,
): Promise<void> {
  const github = run.github;
  await publishWithSummary(
    applyReport,
    APPLY_PERMISSION,
    pr && github && run.inputs.comment !== "off"
      ? async (body) => {
          const comment = reviewedComment
            ? await github.updateIssueComment(reviewedComment.id, body)
            : await github.createIssueComment(pr.number, body);
          setActionOutput("comment-url", comment.htmlUrl);
        }
      : undefined,
  );
}

/**
 * On a push to the default branch: find the merged pull request, re-plan, refuse if the plan differs from the one
 * last shown on the pull request (unless `allow-plan-changes`), apply, and report per resource.
 */
export async function runApplyMode(run: ModeContext): Promise<void> {
  const { inputs, context } = run;
  const path = normalizeConfigPath(inputs.path);
  if (!run.launchDarklyConfig) {
    throw new Error(
      `mode: apply needs a LaunchDarkly access token with write access: set ${ACTION_TOKEN_SOURCES}.`,
    );
  }
  let pr: PullRequestSummary | undefined;
  let reviewed: ReviewedPlan | undefined;
  let reviewProblem: string | undefined;
  if (!run.github) {
    reviewProblem = "no GitHub token was given, so the reviewed plan could not be read";
  } else {
    try {
      pr = context.sha ? await findMergedPullRequest(run.github, context.sha) : undefined;
      reviewed = pr ? await readReviewedPlan(run.github, pr.number, path) : undefined;
      if (!pr) reviewProblem = `no merged pull request was found for commit \`${context.sha.slice(0, 7)}\``;
      else if (!reviewed)
        reviewProblem = `pull request #${pr.number} has no ld-gitops plan comment for \`${path}\``;
      else if (!reviewed.hash)
        reviewProblem = `the last plan comment on pull request #${pr.number} shows no plan`;
    } catch (error) {
      throw new Error(explainGitHubFailure(error, APPLY_PERMISSION));
    }
  }
  const reviewedHash = reviewed?.hash;

  const api = run.launchDarkly();
  const planned = await planWithInputs(inputs, api);
  annotateDiagnostics(planned.diagnostics);
  if (!planned.ok) {
    await failValidationInSummary(run, "apply", planned.diagnostics, "nothing was applied.");
    return;
  }
  const { plan } = planned;
  setPlanOutputs(plan, inputs.path);
  const frame = { mode: "apply", path, runUrl: run.link.runUrl, sha: context.sha } as const;
  const approval = checkPlanApproval(reviewedHash, plan);
  if (approval.status === "nothing-to-apply") {
    // Nothing will be written, so there is nothing to hold against the review (a re-run after a successful apply).
    await writeReportToSummary({ ...frame, hash: plan.hash, status: "nothing-to-apply", sections: [] });
    return;
  }

  if (inputs.membershipOnly) {
    // A scheduled sync has no pull request: the guard stands in for the review, and refuses anything else.
    const refusals = membershipOnlyRefusals(plan);
    if (refusals.length > 0) {
      await writeReportToSummary({
        ...frame,
        hash: plan.hash,
        status: "apply-failed",
        sections: [
          "Nothing was applied (membership-only): the plan changes more than the members of segments that opt in to automatic sync. These changes need a reviewed pull request.",
          refusals.map((line) => `- ${line}`).join("\n"),
        ],
      });
      core.setFailed(
        `membership-only: nothing was applied; the plan changes more than membership:\n${refusals.join("\n")}`,
      );
      return;
    }
    reviewProblem = undefined;
  } else if (!reviewProblem && approval.status !== "approved") {
    reviewProblem = `the plan differs from the one last shown on pull request #${pr?.number}`;
  }
  if (reviewProblem && !inputs.allowPlanChanges) {
    const body: GitHubReport = {
      ...frame,
      // Keeps the reviewed hash and changes: re-running this job must not turn the unreviewed plan into an approved
      // one, and must still compare against what was reviewed.
      ...(reviewedHash ? { hash: reviewedHash } : {}),
      ...(reviewed?.recorded ? { recordedPlan: reviewed.recorded } : {}),
      status: "plan-changed",
      sections: [
        `Nothing was applied: ${reviewProblem}. LaunchDarkly or the configuration changed after review. ` +
          "Review the new plan below, then open a pull request (or re-run with `allow-plan-changes: true`) to apply it.",
        renderChangesSinceReview(reviewed?.recorded, plan),
        "#### The new plan",
        planSection(plan, run.link.runUrl),
      ],
    };
    await report(run, pr, reviewed?.comment, body);
    core.setFailed(`Plan changed since review: ${reviewProblem}. Nothing was applied.`);
    return;
  }
  if (reviewProblem)
    core.warning(`Applying without a matching reviewed plan (allow-plan-changes): ${reviewProblem}.`);

  const comment = buildAuditComment({ sha: context.sha, url: pr?.htmlUrl ?? run.link.runUrl });
  let status: ReportStatus;
  let sections: ReportSection[];
  let failure: string | undefined;
  try {
    const result = await applyPlan({
      plan,
      api,
      comment,
      desired: planned.desired,
      requirePermissionCheck: inputs.requirePermissionCheck,
      configDir: inputs.path,
      ...(inputs.membershipOnly ? { membershipOnly: true } : {}),
      onProgress: (event) => {
        if (event.kind === "done") core.info(renderApplyProgressLine(event.result, event).trimEnd());
      },
    });
    for (const warning of result.warnings ?? []) core.warning(warning);
    // Every resource applied yet not ok means the re-plan still found differences: say that, not "did not complete".
    const everyResourceApplied = result.resources.every((resource) => resource.status === "applied");
    status = result.ok ? "applied" : everyResourceApplied ? "not-converged" : "apply-failed";
    sections = [applySection(result, run.link.runUrl), planSection(plan, run.link.runUrl)];
    if (!result.ok) failure = applyFailureMessage(result);
  } catch (error) {
    status = "apply-failed";
    failure = `Apply failed: ${safeErrorMessage(error)}`;
    sections = [fencedBlock("text", safeErrorMessage(error)), planSection(plan, run.link.runUrl)];
  }
  await report(run, pr, reviewed?.comment, {
    ...frame,
    hash: plan.hash,
    recordedPlan: recordPlan(plan),
    status,
    sections,
  });
  if (failure) core.setFailed(failure);
}
