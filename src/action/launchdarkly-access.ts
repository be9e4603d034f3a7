import * as core from "@actions/core";
import { LaunchDarklyClient } from "../launchdarkly/client.js";
import { type ClientConfig, findToken, resolveClientConfig, TOKEN_ENV_VARS } from "../launchdarkly/config.js";
import { registerSecret } from "../launchdarkly/redact.js";
import type { ActionInputs } from "./inputs.js";

/** Every place a workflow can give the Action its token, for messages about a missing one. */
export const ACTION_TOKEN_SOURCES =
  "the action's `access-token` input (`access-token: ${{ secrets.LD_ACCESS_TOKEN }}`), " +
  `or ${TOKEN_ENV_VARS.map((name) => `\`${name}\``).join(" or ")} in the step's environment`;

/**
 * The LaunchDarkly connection for this run, resolved once: base URI and region from the `base-uri` input then
 * `LD_BASE_URI`, the token from the `access-token` input then `TOKEN_ENV_VARS` (the same order and names as the CLI),
 * and where the token came from so errors name that setting. Undefined when no token is set anywhere (a fork's pull
 * request, a Dependabot run): plan then validates only, apply and drift refuse. The token is masked in the log and
 * registered with the redactor here, before anything can print it.
 */
export function resolveActionClientConfig(
  inputs: Pick<ActionInputs, "accessToken" | "baseUri">,
  env: Record<string, string | undefined> = process.env,
): ClientConfig | undefined {
  const given = inputs.accessToken ? { token: inputs.accessToken } : {};
  const found = findToken({ ...given, env });
  if (!found) return undefined;
  core.setSecret(found.token);
  registerSecret(found.token);
  return resolveClientConfig({
    ...given,
    env,
    tokenHint: `set ${ACTION_TOKEN_SOURCES}`,
    ...(inputs.baseUri ? { baseUri: inputs.baseUri } : {}),
  });
}

/** The LaunchDarkly client for a resolved connection. The caller closes it. */
export function createLaunchDarklyApi(config: ClientConfig): LaunchDarklyClient {
  return new LaunchDarklyClient({ ...config, userAgent: "github-action" });
}
