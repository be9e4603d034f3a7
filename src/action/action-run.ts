import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { type CreatePlanResult, createPlan } from "../plan/create-plan.js";
import type { RunLink } from "./comment-body.js";
import type { GitHubApi } from "./github-api.js";
import type { ActionInputs } from "./inputs.js";
import type { RunContext } from "./run-context.js";

/** Everything a mode needs: parsed inputs, where it runs, and the two APIs (absent when there is no token). */
export interface ActionRun {
  inputs: ActionInputs;
  context: RunContext;
  /** Undefined without a GitHub token: the run then writes only outputs, annotations and the summary. */
  github: GitHubApi | undefined;
  /** Builds the LaunchDarkly client; only called when an access token is present. */
  launchDarkly: () => LaunchDarklyApi;
  link: RunLink;
}

/** Plans the config directory with the run's `prune` and `delete-threshold` inputs. */
export function planWithInputs(inputs: ActionInputs, api: LaunchDarklyApi): Promise<CreatePlanResult> {
  return createPlan({
    dir: inputs.path,
    api,
    prune: inputs.prune,
    ...(inputs.deleteThreshold ? { deleteThreshold: inputs.deleteThreshold } : {}),
    // The repository owns what its configuration declares, unless a file sets `owner:`.
    ...(process.env.GITHUB_REPOSITORY ? { defaultOwner: process.env.GITHUB_REPOSITORY } : {}),
  });
}

/** A failed GitHub call explained: 403s mean the workflow's `permissions:` lack what this mode needs. */
export function explainGitHubFailure(error: unknown, needed: string): string {
  const status = (error as { status?: number }).status;
  const base = `GitHub API call failed${status ? ` (HTTP ${status})` : ""}: ${safeErrorMessage(error)}`;
  if (status === 403 || status === 401) {
    return `${base}. Give the workflow's job \`permissions: ${needed}\`, or pass a \`github-token\` that has it.`;
  }
  return base;
}
