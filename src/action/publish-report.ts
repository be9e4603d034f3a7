import * as core from "@actions/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { countOf } from "../render/wording.js";
import { renderDiagnosticsMarkdown } from "./diagnostics-markdown.js";
import { explainGitHubFailure } from "./github-failure.js";
import { type GitHubReport, renderReport, renderReportForSummary } from "./github-report.js";
import type { ModeContext } from "./mode-context.js";
import { setActionOutput } from "./outputs.js";
import { publishPlanComment } from "./pull-request-comment.js";
import { writeJobSummary } from "./summary.js";

const COMMENT_PERMISSION = "pull-requests: write";

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

/**
 * Makes the GitHub write (if any) with the report rendered for GitHub, then writes the report to the job summary:
 * also when the write failed, whose error then says which `permissions:` the job lacks.
 */
export async function publishWithSummary(
  report: GitHubReport,
  permission: string,
  publish: ((body: string) => Promise<void>) | undefined,
): Promise<void> {
  try {
    await publish?.(renderReport(report));
  } catch (error) {
    throw new Error(explainGitHubFailure(error, permission));
  } finally {
    await writeJobSummary(renderReportForSummary(report));
  }
}

/** The report in the job summary only (no pull request or issue to write to). */
export async function writeReportToSummary(report: GitHubReport): Promise<void> {
  await writeJobSummary(renderReportForSummary(report));
}

/** Posts the report on the pull request (if this run is for one and may write), then to the summary. */
export async function reportOnPullRequest(run: ModeContext, report: GitHubReport): Promise<void> {
  const pr = run.context.pullRequest;
  const github = run.github;
  const publish =
    pr && github && !pr.isFork
      ? async (body: string) => {
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
  await publishWithSummary(report, COMMENT_PERMISSION, publish);
}

/** `2 validation errors in launchdarkly: nothing was applied.` */
function validationFailure(diagnostics: readonly Diagnostic[], path: string, consequence: string): string {
  return `${countOf(errorCount(diagnostics), "validation error")} in ${path}: ${consequence}`;
}

/** The report of invalid files in a mode: what to fix, where. */
function invalidReport(
  run: ModeContext,
  mode: GitHubReport["mode"],
  diagnostics: Diagnostic[],
): GitHubReport {
  return {
    mode,
    path: run.inputs.path,
    status: "invalid",
    runUrl: run.link.runUrl,
    sha: run.link.sha,
    sections: [renderDiagnosticsMarkdown(diagnostics)],
  };
}

/** Validation errors where the mode reports to the job summary only (apply, drift): what to fix, and a failed job. */
export async function failValidationInSummary(
  run: ModeContext,
  mode: "apply" | "drift",
  diagnostics: Diagnostic[],
  consequence: string,
): Promise<void> {
  await writeReportToSummary(invalidReport(run, mode, diagnostics));
  core.setFailed(validationFailure(diagnostics, run.inputs.path, consequence));
}

/**
 * Validation errors: annotated already; a comment and summary that say what to fix, and a failed job. Titled and
 * worded for the mode that validated (`mode: validate` never plans, so it does not say "nothing was planned"); the
 * plan marker either way, so a later plan of the pull request replaces the comment.
 */
export async function failValidation(
  run: ModeContext,
  diagnostics: Diagnostic[],
  mode: "plan" | "validate" = "plan",
): Promise<void> {
  await reportOnPullRequest(run, invalidReport(run, mode, diagnostics));
  core.setFailed(validationFailure(diagnostics, run.inputs.path, "see the annotations."));
}
