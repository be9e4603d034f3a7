import * as core from "@actions/core";
import { applyPlan } from "../apply/apply-plan.js";
import { buildAuditComment } from "../apply/audit-comment.js";
import { APPLY_COMMENT_MARKER, renderApplyReportMarkdown } from "../apply/render-markdown.js";
import { renderApplyProgressLine } from "../apply/render-text.js";
import { remainingDifferences } from "../apply/report-wording.js";
import type { ApplyReport } from "../apply/types.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { createPlan } from "../plan/create-plan.js";
import { renderPlanJson } from "../render/json.js";
import { type ActionRun, explainGitHubFailure, safeMessage } from "./action-run.js";
import {
  type CommentStatus,
  renderCommentBody,
  renderDiagnosticsMarkdown,
  withoutMarker,
} from "./comment-body.js";
import type { PullRequestSummary } from "./github-api.js";
import { normalizeConfigPath } from "./markers.js";
import { findMergedPullRequest } from "./merged-pull-request.js";
import { setPlanOutputs } from "./outputs.js";
import { readReviewedPlanHash, updateNewestPlanComment } from "./plan-comment.js";
import { renderPlanSection } from "./plan-markdown.js";
import { errorCount } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";

const APPLY_PERMISSION = "pull-requests: write";

/** The apply report without its own marker and heading: it sits inside the pull request's plan comment. */
function renderApplySection(result: ApplyReport, runUrl: string | undefined): string {
  const lines = renderApplyReportMarkdown(result, runUrl ? { runUrl } : {}).split("\n");
  while (
    lines.length > 0 &&
    (lines[0] === APPLY_COMMENT_MARKER || /^#{1,3} .*ld-gitops apply\s*$/.test(lines[0]!) || lines[0] === "")
  ) {
    lines.shift();
  }
  return lines.join("\n").trimEnd();
}

/**
 * Why the job fails. A resource that was not applied says so by count; when every write was accepted but the plan
 * made afterwards is not empty, the job fails as "did not converge" and names the resources and fields that differ.
 */
export function applyFailureMessage(result: ApplyReport): string {
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

/** Writes the body to the merged pull request's plan comment (when there is one and comments are on) and the summary. */
async function report(run: ActionRun, pr: PullRequestSummary | undefined, body: string): Promise<void> {
  if (pr && run.github && run.inputs.comment !== "off") {
    try {
      const comment = await updateNewestPlanComment(run.github, {
        issueNumber: pr.number,
        path: run.inputs.path,
        body,
      });
      core.setOutput("comment-url", comment.htmlUrl);
    } catch (error) {
      await writeJobSummary(withoutMarker(body));
      throw new Error(explainGitHubFailure(error, APPLY_PERMISSION));
    }
  }
  await writeJobSummary(withoutMarker(body));
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
  let reviewedHash: string | undefined;
  let reviewProblem: string | undefined;
  if (!run.github) {
    reviewProblem = "no GitHub token was given, so the reviewed plan could not be read";
  } else {
    try {
      pr = context.sha ? await findMergedPullRequest(run.github, context.sha) : undefined;
      const reviewed = pr ? await readReviewedPlanHash(run.github, pr.number, path) : undefined;
      reviewedHash = reviewed?.hash;
      if (!pr) reviewProblem = `no merged pull request was found for commit \`${context.sha.slice(0, 7)}\``;
      else if (!reviewed)
        reviewProblem = `pull request #${pr.number} has no ld-gitops plan comment for \`${path}\``;
      else if (!reviewed.hash)
        reviewProblem = `the last plan comment on pull request #${pr.number} shows no plan`;
    } catch (error) {
      throw new Error(explainGitHubFailure(error, APPLY_PERMISSION));
    }
  }

  const api = run.launchDarkly();
  const planned = await createPlan({
    dir: inputs.path,
    api,
    prune: inputs.prune,
    ...(inputs.deleteThreshold ? { deleteThreshold: inputs.deleteThreshold } : {}),
  });
  annotateDiagnostics(planned.diagnostics);
  if (!planned.ok) {
    await writeJobSummary(
      [`### ld-gitops apply · \`${path}\``, "", renderDiagnosticsMarkdown(planned.diagnostics)].join("\n"),
    );
    const errors = errorCount(planned.diagnostics);
    core.setFailed(`${errors} validation error${errors === 1 ? "" : "s"} in ${path}: nothing was applied.`);
    return;
  }
  const { plan } = planned;
  setPlanOutputs(plan, renderPlanJson(plan), inputs.path);
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  if (total === 0) {
    // Nothing will be written, so there is nothing to hold against the review (a re-run after a successful apply).
    await writeJobSummary(
      `### ld-gitops apply · \`${path}\`\n\n✅ Nothing to apply: LaunchDarkly already matches the repository.\n`,
    );
    return;
  }

  if (!reviewProblem && reviewedHash !== plan.hash) {
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
    await report(run, pr, body);
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
    failure = `Apply failed: ${safeMessage(error)}`;
    sections = [
      "```text\n" + safeMessage(error).replace(/```/g, "'''") + "\n```",
      renderPlanSection(plan, { runUrl: run.link.runUrl }),
    ];
  }
  const body = renderCommentBody({
    marker: { kind: "plan", path, hash: plan.hash },
    status,
    run: { runUrl: run.link.runUrl, sha: context.sha },
    sections,
  });
  await report(run, pr, body);
  if (failure) core.setFailed(failure);
}
