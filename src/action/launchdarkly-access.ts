import { LaunchDarklyClient } from "../launchdarkly/client.js";
import { resolveClientConfig, TOKEN_ENV_VARS } from "../launchdarkly/config.js";
import type { ActionInputs } from "./inputs.js";

/** Where a workflow gives the Action its token, for the missing-token error. */
const ACTION_TOKEN_HINT =
  "set the action's `access-token` input from a secret (`access-token: ${{ secrets.LD_ACCESS_TOKEN }}`), " +
  `or ${TOKEN_ENV_VARS.join(" or ")} in the step's environment`;

/**
 * The LaunchDarkly client for this run, from the inputs (`access-token`, `base-uri`) then the environment. The
 * caller closes it.
 */
export function createLaunchDarklyApi(
  inputs: Pick<ActionInputs, "accessToken" | "baseUri">,
): LaunchDarklyClient {
  const config = resolveClientConfig({
    tokenHint: ACTION_TOKEN_HINT,
    ...(inputs.accessToken ? { token: inputs.accessToken } : {}),
    ...(inputs.baseUri ? { baseUri: inputs.baseUri } : {}),
  });
  // The client registers its token with the redactor itself.
  return new LaunchDarklyClient({ ...config, userAgent: "github-action" });
}
