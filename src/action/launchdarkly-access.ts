import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { LaunchDarklyClient } from "../launchdarkly/client.js";
import { resolveClientConfig } from "../launchdarkly/config.js";
import { registerSecret } from "../launchdarkly/redact.js";
import type { ActionInputs } from "./inputs.js";

/** The LaunchDarkly client for this run, from the inputs (`access-token`, `base-uri`) then the environment. */
export function createLaunchDarklyApi(
  inputs: Pick<ActionInputs, "accessToken" | "baseUri">,
): LaunchDarklyApi {
  const config = resolveClientConfig({
    ...(inputs.accessToken ? { token: inputs.accessToken } : {}),
    ...(inputs.baseUri ? { baseUri: inputs.baseUri } : {}),
  });
  registerSecret(config.token);
  return new LaunchDarklyClient({
    baseUri: config.baseUri,
    token: config.token,
    tokenSource: config.tokenSource,
    userAgent: "github-action",
  });
}
