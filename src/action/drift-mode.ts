import * as core from "@actions/core";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { detectDrift } from "../drift/detect-drift.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { renderDriftMarkdown } from "../render/drift-markdown.js";
import { countOf, forCount } from "../render/wording.js";
import type { ActionRun } from "./action-run.js";
import { renderCommentBody, renderStatusLine } from "./comment-body.js";
import { syncDriftIssue } from "./drift-issue.js";
import { normalizeConfigPath } from "./markers.js";
import { setPlanOutputs } from "./outputs.js";
import { renderPlanSection } from "./plan-markdown.js";
import { failValidationInSummary, publishWithSummary } from "./pr-report.js";

const ISSUE_PERMISSION = "issues: write";

const RESOLUTION = [
  "**To resolve**, either bring LaunchDarkly back to the repository (re-run the apply workflow, or merge any change",
  "to the configuration), or change the repository to match what was changed in LaunchDarkly. This issue is updated",
  "on every scheduled run and closed automatically once LaunchDarkly matches the repository.",
].join("\n");

/** Compares LaunchDarkly with the repository, keeps the drift issue in step, and reports who changed what. */
export async function runDriftMode(run: ActionRun): Promise<void> {
  const { inputs } = run;
  const path = normalizeConfigPath(inputs.path);
  if (!inputs.accessToken) {
    throw new Error(
      "mode: drift needs a LaunchDarkly access token (a reader token is enough): set `access-token` or LD_ACCESS_TOKEN.",
    );
  }
  const result = await detectDrift({ dir: inputs.path, api: run.launchDarkly(), prune: inputs.prune });
  annotateDiagnostics(result.diagnostics);
  if (!result.ok) {
    await failValidationInSummary("drift", path, result.diagnostics, "drift was not checked.");
    return;
  }

  const { report } = result;
  setPlanOutputs(report.plan, inputs.path);
  core.setOutput("drift", String(report.hasDrift));
  const body = renderCommentBody({
    marker: { kind: "drift", path },
    status: report.hasDrift ? "drift" : "no-drift",
    run: run.link,
    sections: report.hasDrift
      ? [
          renderDriftMarkdown(report),
          "#### Plan that restores the repository's state",
          renderPlanSection(report.plan, { runUrl: run.link.runUrl, reserve: 8_000 }),
          RESOLUTION,
        ]
      : [renderDriftMarkdown(report)],
  });

  const github = run.github;
  await publishWithSummary(
    body,
    ISSUE_PERMISSION,
    github
      ? async () => {
          const synced = await syncDriftIssue(github, {
            path,
            hasDrift: report.hasDrift,
            title: `LaunchDarkly drift in \`${path}\``,
            body,
            resolvedComment: `${renderStatusLine("no-drift", run.link)}\n\nLaunchDarkly matches the repository again. Closing.`,
          });
          if (synced.issue) core.setOutput("comment-url", synced.issue.htmlUrl);
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
