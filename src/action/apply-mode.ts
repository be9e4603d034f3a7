import * as core from "@actions/core";
import { applyPlan } from "../apply/apply-plan.js";
import { buildAuditComment } from "../apply/audit-comment.js";
import { membershipOnlyRefusals } from "../apply/membership-only.js";
import { renderApplyReportMarkdown } from "../apply/render-markdown.js";
import { renderApplyProgressLine } from "../apply/render-text.js";
import { remainingDifferences } from "../apply/report-wording.js";
import type { ApplyReport } from "../apply/types.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { fencedBlock } from "../render/markdown-escape.js";
import { type ActionRun, explainGitHubFailure, planWithInputs } from "./action-run.js";
import { type CommentStatus, renderCommentBody } from "./comment-body.js";
import type { IssueComment, PullRequestSummary } from "./github-api.js";
import { normalizeConfigPath } from "./markers.js";
import { findMergedPullRequest } from "./merged-pull-request.js";
import { setPlanOutputs } from "./outputs.js";
import { readReviewedPlanHash } from "./plan-comment.js";
import { renderPlanSection } from "./plan-markdown.js";
import { failValidationInSummary, publishWithSummary } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";

const APPLY_PERMISSION = "pull-requests: write";

/** The apply report without its own marker and heading: it sits inside the pull request's plan comment. */
function renderApplySection(result: ApplyReport, runUrl: string | undefined): string {
  return renderApplyReportMarkdown(result, { omitHeading: true, ...(runUrl ? { runUrl } : {}) }).trimEnd();
}

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
 * Writes the body over the merged pull request's reviewed plan comment (a new comment when it has none) when comments
 * are on, and to the summary.
 */
async function report(
  run: ActionRun,
  pr: PullRequestSummary | undefined,
  reviewedComment: IssueComment | undefined,
  body: string,
): Promise<void> {
  const github = run.github;
  await publishWithSummary(
    body,
    APPLY_PERMISSION,
    pr && github && run.inputs.comment !== "off"
      ? async () => {
          const comment = reviewedComment
            ? await github.updateIssueComment(reviewedComment.id, body)
            : await github.createIssueComment(pr.number, body);
          core.setOutput("comment-url", comment.htmlUrl);
        }
      : undefined,
  );
}

/**
 * On a push to the default branch: find the merged pull request, re-plan, refuse if the plan differs from the one
 * last shown on the pull request (unless `allow-plan-changes`), apply, and report per resource.
 */
export async function runApplyMode(run: ActionRun): Promise<void> {
  const { inputs, context } = run;
  const path = normalizeConfigPath(inputs.path);
  if (!inputs.accessToken) {
    throw new Error(
      "mode: apply needs a LaunchDarkly access token with write access: set `access-token` or LD_ACCESS_TOKEN.",
    );
  }
  let pr: PullRequestSummary | undefined;
  let reviewed: { hash: string | undefined; comment: IssueComment } | undefined;
  let reviewProblem: string | undefined;
  if (!run.github) {
    reviewProblem = "no GitHub token was given, so the reviewed plan could not be read";
  } else {
    try {
      pr = context.sha ? await findMergedPullRequest(run.github, context.sha) : undefined;
      reviewed = pr ? await readReviewedPlanHash(run.github, pr.number, path) : undefined;
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
    await failValidationInSummary("apply", path, planned.diagnostics, "nothing was applied.");
    return;
  }
  const { plan } = planned;
  setPlanOutputs(plan, inputs.path);
  if (plan.changes.length === 0) {
    // Nothing will be written, so there is nothing to hold against the review (a re-run after a successful apply).
    await writeJobSummary(
      `### ld-gitops apply · \`${path}\`\n\n✅ Nothing to apply: LaunchDarkly already matches the repository.\n`,
    );
    return;
  }

  if (inputs.membershipOnly) {
    // A scheduled sync has no pull request: the guard stands in for the review, and refuses anything else.
    const refusals = membershipOnlyRefusals(plan);
    if (refusals.length > 0) {
      await writeJobSummary(
        `### ld-gitops apply · \`${path}\`\n\n❌ Nothing was applied (membership-only): the plan changes more than the members of segments that opt in to automatic sync.\n\n${refusals.map((line) => `- ${line}`).join("\n")}\n\nThese changes need a reviewed pull request.\n`,
      );
      core.setFailed(
        `membership-only: nothing was applied; the plan changes more than membership:\n${refusals.join("\n")}`,
      );
      return;
    }
    reviewProblem = undefined;
  } else if (!reviewProblem && reviewedHash !== plan.hash) {
    reviewProblem = `the plan differs from the one last shown on pull request #${pr?.number}`;
  }
  if (reviewProblem && !inputs.allowPlanChanges) {
    const body = renderCommentBody({
      // Keeps the reviewed hash: re-running this job must not turn the unreviewed plan into an approved one.
      marker: { kind: "plan", path, ...(reviewedHash ? { hash: reviewedHash } : {}) },
      status: "plan-changed",
      run: { runUrl: run.link.runUrl, sha: context.sha },
      sections: [
        `Nothing was applied: ${reviewProblem}. LaunchDarkly or the configuration changed after review. ` +
          "Review the new plan below, then open a pull request (or re-run with `allow-plan-changes: true`) to apply it.",
        renderPlanSection(plan, { runUrl: run.link.runUrl, reserve: 1_000 }),
      ],
    });
    await report(run, pr, reviewed?.comment, body);
    core.setFailed(`Plan changed since review: ${reviewProblem}. Nothing was applied.`);
    return;
  }
  if (reviewProblem)
    core.warning(`Applying without a matching reviewed plan (allow-plan-changes): ${reviewProblem}.`);

  const comment = buildAuditComment({ sha: context.sha, url: pr?.htmlUrl ?? run.link.runUrl });
  let status: CommentStatus;
  let sections: string[];
  let failure: string | undefined;
  try {
    const result = await applyPlan({
      plan,
      api,
      comment,
      desired: planned.desired,
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
    sections = [
      renderApplySection(result, run.link.runUrl),
      renderPlanSection(plan, { runUrl: run.link.runUrl, reserve: 8_000 }),
    ];
    if (!result.ok) failure = applyFailureMessage(result);
  } catch (error) {
    status = "apply-failed";
    failure = `Apply failed: ${safeErrorMessage(error)}`;
    sections = [
      fencedBlock("text", safeErrorMessage(error)),
      renderPlanSection(plan, { runUrl: run.link.runUrl }),
    ];
  }
  const body = renderCommentBody({
    marker: { kind: "plan", path, hash: plan.hash },
    status,
    run: { runUrl: run.link.runUrl, sha: context.sha },
    sections,
  });
  await report(run, pr, reviewed?.comment, body);
  if (failure) core.setFailed(failure);
}
