import * as core from "@actions/core";
import { registerSecret } from "../launchdarkly/redact.js";
import type { ActionRun } from "./action-run.js";
import { runApplyMode } from "./apply-mode.js";
import { runDriftMode } from "./drift-mode.js";
import { createGitHubApi } from "./github-api.js";
import { readActionInputs } from "./inputs.js";
import { createLaunchDarklyApi } from "./launchdarkly-access.js";
import { runPlanMode } from "./plan-mode.js";
import { readRunContext } from "./run-context.js";
import { runValidateMode } from "./validate-mode.js";

/** Reads inputs and context, then runs the chosen mode. Failures are reported by the caller. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readActionInputs(env);
  registerSecret(inputs.accessToken);
  registerSecret(inputs.githubToken);
  const context = readRunContext(env);
  const github = inputs.githubToken
    ? createGitHubApi({ token: inputs.githubToken, owner: context.owner, repo: context.repo })
    : undefined;
  const run: ActionRun = {
    inputs,
    context,
    github,
    launchDarkly: () => createLaunchDarklyApi(inputs),
    link: { runUrl: context.runUrl, sha: context.pullRequest?.headSha ?? (context.sha || undefined) },
  };
  core.info(`ld-gitops ${inputs.mode} of ${inputs.path} on ${context.eventName || "unknown event"}.`);
  switch (inputs.mode) {
    case "validate":
      return runValidateMode(run);
    case "plan":
      return runPlanMode(run);
    case "drift":
      return runDriftMode(run);
    case "apply":
      return runApplyMode(run);
  }
}
