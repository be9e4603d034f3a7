import * as core from "@actions/core";
import { detectDrift } from "../drift/detect-drift.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { renderDriftMarkdown } from "../render/drift-markdown.js";
import { countOf, forCount } from "../render/wording.js";
import { syncDriftIssue } from "./drift-issue.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "./github-annotations.js";
import { type GitHubReport, renderStatusLine } from "./github-report.js";
import { ACTION_TOKEN_SOURCES } from "./launchdarkly-access.js";
import { normalizeConfigPath } from "./markers.js";
import type { ModeContext } from "./mode-context.js";
import { setActionOutput, setPlanOutputs } from "./outputs.js";
import { failValidationInSummary, publishWithSummary } from "./publish-report.js";
import { planSection } from "./report-sections.js";

const ISSUE_PERMISSION = "issues: write";

const RESOLUTION = [
  "**To resolve**, either bring LaunchDarkly back to the repository (re-run the apply workflow, or merge any change",
  "to the configuration), or change the repository to match what was changed in LaunchDarkly. This issue is updated",
  "on every scheduled run and closed automatically once LaunchDarkly matches the repository.",
].join("\n");

/** Compares LaunchDarkly with the repository, keeps the drift issue in step, and reports who changed what. */
export async function runDriftMode(run: ModeContext): Promise<void> {
  const { inputs } = run;
  const path = normalizeConfigPath(inputs.path);
  if (!run.launchDarklyConfig) {
    throw new Error(
      `mode: drift needs a LaunchDarkly access token (a reader token is enough): set ${ACTION_TOKEN_SOURCES}.`,
    );
  }
  const result = await detectDrift({
    dir: inputs.path,
    api: run.launchDarkly(),
    prune: inputs.prune,
    ...(process.env.GITHUB_REPOSITORY ? { defaultOwner: process.env.GITHUB_REPOSITORY } : {}),
  });
  annotateDiagnostics(result.diagnostics);
  if (!result.ok) {
    await failValidationInSummary(run, "drift", result.diagnostics, "drift was not checked.");
    return;
  }

  const { report } = result;
  setPlanOutputs(report.plan, inputs.path);
  setActionOutput("drift", String(report.hasDrift));
  const driftReport: GitHubReport = {
    mode: "drift",
    path,
    hash: report.plan.hash,
    status: report.hasDrift ? "drift" : "no-drift",
    runUrl: run.link.runUrl,
    sha: run.link.sha,
    sections: report.hasDrift
      ? [
          renderDriftMarkdown(report),
          "#### Plan that restores the repository's state",
          planSection(report.plan, run.link.runUrl),
          RESOLUTION,
        ]
      : [renderDriftMarkdown(report)],
  };

  const github = run.github;
  await publishWithSummary(
    driftReport,
    ISSUE_PERMISSION,
    github
      ? async (body) => {
          const synced = await syncDriftIssue(github, {
            path,
            hasDrift: report.hasDrift,
            title: `LaunchDarkly drift in \`${path}\``,
            body,
            resolvedComment: `${renderStatusLine({ ...driftReport, status: "no-drift" })}\n\nLaunchDarkly matches the repository again. Closing.`,
          });
          if (synced.issue) setActionOutput("comment-url", synced.issue.htmlUrl);
          core.info(`Drift issue: ${synced.action}${synced.issue ? ` (#${synced.issue.number})` : ""}.`);
        }
      : undefined,
  );
  for (const resource of report.resources) {
    if (resource.attributionError)
      core.warning(`Audit log for ${resource.specifier}: ${safeErrorMessage(resource.attributionError)}`);
  }
  if (report.hasDrift && inputs.failOnDrift) {
    const drifted = report.resources.length;
    core.setFailed(
      `Drift: ${countOf(drifted, "resource")} in LaunchDarkly ${forCount(drifted, "differs", "differ")} from ${path}.`,
    );
  }
}
