import * as core from "@actions/core";
import type { LaunchDarklyClient } from "../launchdarkly/client.js";
import { registerSecret } from "../launchdarkly/redact.js";
import { runApplyMode } from "./apply-mode.js";
import { runDriftMode } from "./drift-mode.js";
import { createGitHubApi } from "./github-api.js";
import { readActionInputs } from "./inputs.js";
import {
  ACTION_TOKEN_SOURCES,
  createLaunchDarklyApi,
  resolveActionClientConfig,
} from "./launchdarkly-access.js";
import type { ModeContext } from "./mode-context.js";
import { runPlanMode } from "./plan-mode.js";
import { readRunContext } from "./run-context.js";
import { runValidateMode } from "./validate-mode.js";

/** Reads inputs and context, then runs the chosen mode. Failures are reported by the caller. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readActionInputs(env);
  registerSecret(inputs.githubToken);
  const launchDarklyConfig = resolveActionClientConfig(inputs, env);
  const context = readRunContext(env);
  const github = inputs.githubToken
    ? createGitHubApi({ token: inputs.githubToken, owner: context.owner, repo: context.repo })
    : undefined;
  // Built on first use (validate never needs one), shared by the run, and closed however the mode ends.
  let launchDarkly: LaunchDarklyClient | undefined;
  const run: ModeContext = {
    inputs,
    context,
    github,
    launchDarklyConfig,
    launchDarkly: () => {
      if (!launchDarklyConfig) throw new Error(`No LaunchDarkly access token: set ${ACTION_TOKEN_SOURCES}.`);
      launchDarkly ??= createLaunchDarklyApi(launchDarklyConfig);
      return launchDarkly;
    },
    link: { runUrl: context.runUrl, sha: context.pullRequest?.headSha ?? (context.sha || undefined) },
  };
  core.info(`ld-gitops ${inputs.mode} of ${inputs.path} on ${context.eventName || "unknown event"}.`);
  try {
    switch (inputs.mode) {
      case "validate":
        return await runValidateMode(run);
      case "plan":
        return await runPlanMode(run);
      case "drift":
        return await runDriftMode(run);
      case "apply":
        return await runApplyMode(run);
    }
  } finally {
    await launchDarkly?.close();
  }
}
