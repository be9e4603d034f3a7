// The LaunchDarkly client's public surface.
export type { LaunchDarklyApi } from "./api.js";
export { LaunchDarklyClient, type LaunchDarklyClientOptions } from "./client.js";
export {
  type ClientConfig,
  DEFAULT_BASE_URI,
  LaunchDarklyConfigError,
  LD_REGIONS,
  type LdRegion,
  normalizeBaseUri,
  resolveClientConfig,
  TOKEN_ENV_VARS,
  type TokenSource,
} from "./config.js";
export { LaunchDarklyError } from "./errors.js";
export { clearSecrets, redactSecrets, registerSecret } from "./redact.js";
export type { ClientStats, RouteStats } from "./stats.js";
export type { RequestInfo, RetryOptions } from "./transport.js";
