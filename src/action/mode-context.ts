import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { ClientConfig } from "../launchdarkly/config.js";
import { type CreatePlanResult, createPlan } from "../pipeline/create-plan.js";
import type { GitHubApi } from "./github-api.js";
import type { ActionInputs } from "./inputs.js";
import type { RunContext } from "./run-context.js";

/** The workflow run and the commit it reports on, linked under every report's title. */
export interface RunLink {
  runUrl: string | undefined;
  sha: string | undefined;
}

/** Everything a mode needs: parsed inputs, where it runs, and the two APIs (absent when there is no token). */
export interface ModeContext {
  inputs: ActionInputs;
  context: RunContext;
  /** Undefined without a GitHub token: the run then writes only outputs, annotations and the summary. */
  github: GitHubApi | undefined;
  /** Where LaunchDarkly is and the token to use, resolved once; undefined when no token is set anywhere. */
  launchDarklyConfig: ClientConfig | undefined;
  /** The LaunchDarkly client for `launchDarklyConfig`; only called when it is defined. */
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
