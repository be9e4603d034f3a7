import * as core from "@actions/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { TOOL_NAME } from "../version.js";
import { type ActionRun, explainGitHubFailure } from "./action-run.js";
import { renderCommentBody, renderDiagnosticsMarkdown, withoutMarker } from "./comment-body.js";
import { normalizeConfigPath } from "./markers.js";
import { publishPlanComment } from "./plan-comment.js";
import { writeJobSummary } from "./summary.js";

const COMMENT_PERMISSION = "pull-requests: write";

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

/** Posts the body on the pull request (if this run is for one and may write), then the same text to the summary. */
export async function reportOnPullRequest(
  run: ActionRun,
  body: string,
  options: { comment: boolean },
): Promise<void> {
  const pr = run.context.pullRequest;
  if (options.comment && pr && run.github && !pr.isFork) {
    try {
      const published = await publishPlanComment(run.github, {
        issueNumber: pr.number,
        path: run.inputs.path,
        body,
        mode: run.inputs.comment,
      });
      if (published.comment) core.setOutput("comment-url", published.comment.htmlUrl);
      core.info(`Plan comment ${published.action} on pull request #${pr.number}.`);
    } catch (error) {
      await writeJobSummary(withoutMarker(body));
      throw new Error(explainGitHubFailure(error, COMMENT_PERMISSION));
    }
  }
  await writeJobSummary(withoutMarker(body));
}

/**
 * Validation errors: annotated already; a comment and summary that say what to fix, and a failed job. Titled and
 * worded for the mode that validated: `mode: validate` never plans, so it does not say "nothing was planned".
 */
export async function failValidation(
  run: ActionRun,
  diagnostics: Diagnostic[],
  mode: "plan" | "validate" = "plan",
): Promise<void> {
  const body = renderCommentBody({
    // The plan marker either way: a later plan of the pull request replaces this comment.
    marker: { kind: "plan", path: run.inputs.path },
    status: mode === "validate" ? "invalid-validate" : "invalid",
    ...(mode === "validate"
      ? { title: `### ${TOOL_NAME} validate · \`${normalizeConfigPath(run.inputs.path)}\`` }
      : {}),
    run: run.link,
    sections: [renderDiagnosticsMarkdown(diagnostics)],
  });
  await reportOnPullRequest(run, body, { comment: true });
  const errors = errorCount(diagnostics);
  core.setFailed(
    `${errors} validation error${errors === 1 ? "" : "s"} in ${run.inputs.path}: see the annotations.`,
  );
}
