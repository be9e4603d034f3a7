import * as core from "@actions/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { countOf } from "../render/wording.js";
import { TOOL_NAME } from "../version.js";
import { type ActionRun, explainGitHubFailure } from "./action-run.js";
import { renderCommentBody, renderDiagnosticsMarkdown, withoutMarker } from "./comment-body.js";
import { normalizeConfigPath } from "./markers.js";
import { setActionOutput } from "./outputs.js";
import { publishPlanComment } from "./plan-comment.js";
import { writeJobSummary } from "./summary.js";

const COMMENT_PERMISSION = "pull-requests: write";

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

/**
 * Makes the GitHub write (if any), then writes the body without its marker to the job summary: also when the write
 * failed, whose error then says which `permissions:` the job lacks.
 */
export async function publishWithSummary(
  body: string,
  permission: string,
  publish: (() => Promise<void>) | undefined,
): Promise<void> {
  try {
    await publish?.();
  } catch (error) {
    throw new Error(explainGitHubFailure(error, permission));
  } finally {
    await writeJobSummary(withoutMarker(body));
  }
}

/** Posts the body on the pull request (if this run is for one and may write), then the same text to the summary. */
export async function reportOnPullRequest(run: ActionRun, body: string): Promise<void> {
  const pr = run.context.pullRequest;
  const github = run.github;
  const publish =
    pr && github && !pr.isFork
      ? async () => {
          const published = await publishPlanComment(github, {
            issueNumber: pr.number,
            path: run.inputs.path,
            body,
            mode: run.inputs.comment,
          });
          if (published.comment) setActionOutput("comment-url", published.comment.htmlUrl);
          core.info(`Plan comment ${published.action} on pull request #${pr.number}.`);
        }
      : undefined;
  await publishWithSummary(body, COMMENT_PERMISSION, publish);
}

/** `2 validation errors in launchdarkly: nothing was applied.` */
function validationFailure(diagnostics: readonly Diagnostic[], path: string, consequence: string): string {
  return `${countOf(errorCount(diagnostics), "validation error")} in ${path}: ${consequence}`;
}

/** Validation errors where the mode reports to the job summary only (apply, drift): what to fix, and a failed job. */
export async function failValidationInSummary(
  mode: "apply" | "drift",
  path: string,
  diagnostics: Diagnostic[],
  consequence: string,
): Promise<void> {
  await writeJobSummary(
    [`### ${TOOL_NAME} ${mode} · \`${path}\``, "", renderDiagnosticsMarkdown(diagnostics)].join("\n"),
  );
  core.setFailed(validationFailure(diagnostics, path, consequence));
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
  await reportOnPullRequest(run, body);
  core.setFailed(validationFailure(diagnostics, run.inputs.path, "see the annotations."));
}
