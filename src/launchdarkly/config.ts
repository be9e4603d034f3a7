// Where the client talks to and with which token, resolved from options first and the environment second.
// The region hosts are the ones LaunchDarkly's API reference names as request base URIs.

/** LaunchDarkly's instances and the base URI of their REST API. */
export const LD_REGIONS = {
  commercial: "https://app.launchdarkly.com",
  federal: "https://app.launchdarkly.us",
  eu: "https://app.eu.launchdarkly.com",
} as const;

export type LdRegion = keyof typeof LD_REGIONS;

export const DEFAULT_BASE_URI = LD_REGIONS.commercial;
export const BASE_URI_ENV_VAR = "LD_BASE_URI";
/** Checked in this order. */
export const TOKEN_ENV_VARS = ["LD_ACCESS_TOKEN", "LAUNCHDARKLY_ACCESS_TOKEN"] as const;

/** Where the token came from, so a 401 can say which setting to fix. */
export type TokenSource = "option" | (typeof TOKEN_ENV_VARS)[number];

/**
 * Where the base URI came from, so an unreachable host names the setting to fix: `option` (`--base-uri`, the
 * Action's `base-uri` input), the `LD_BASE_URI` environment variable, or the default (commercial) instance.
 */
export type BaseUriSource = "option" | typeof BASE_URI_ENV_VAR | "default";

export interface ClientConfig {
  /** Origin plus any proxy path prefix, without a trailing slash and without `/api/v2`. */
  baseUri: string;
  baseUriSource: BaseUriSource;
  token: string;
  tokenSource: TokenSource;
  /** The LaunchDarkly instance the base URI points at, or "custom" (emulator, proxy). */
  region: LdRegion | "custom";
}

export interface ResolveClientConfigOptions {
  baseUri?: string;
  token?: string;
  env?: Record<string, string | undefined>;
  /**
   * Where this caller takes a token from, for the missing-token error (the Action names its `access-token` input).
   * Default: the environment variables. The CLI has no token option on purpose: command lines end up in shell
   * history and process lists.
   */
  tokenHint?: string;
}

/** Where the CLI takes the token from. */
export const DEFAULT_TOKEN_HINT = `set ${TOKEN_ENV_VARS.join(" or ")} in the environment`;

/** A configuration problem found before any request is made. */
export class LaunchDarklyConfigError extends Error {
  override readonly name = "LaunchDarklyConfigError";
}

const REGION_ALIASES: Record<string, LdRegion> = {
  commercial: "commercial",
  us: "commercial",
  default: "commercial",
  federal: "federal",
  fedramp: "federal",
  eu: "eu",
};

/**
 * Turns what a user may write (`https://app.launchdarkly.com/`, `https://app.eu.launchdarkly.com/api/v2`,
 * `app.launchdarkly.us`, `eu`, `http://127.0.0.1:8765`) into the base the client joins `/api/v2/...` to.
 */
export function normalizeBaseUri(input: string): string {
  const trimmed = input.trim();
  if (trimmed === "") throw new LaunchDarklyConfigError(`${BASE_URI_ENV_VAR} is empty`);
  const alias = REGION_ALIASES[trimmed.toLowerCase()];
  if (alias) return LD_REGIONS[alias];

  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new LaunchDarklyConfigError(
      `LaunchDarkly base URI "${trimmed}" is not a URL; expected e.g. ${LD_REGIONS.commercial}, ` +
        `${LD_REGIONS.federal} or ${LD_REGIONS.eu}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new LaunchDarklyConfigError(`LaunchDarkly base URI must be http(s), got "${url.protocol}"`);
  }
  // Credentials in the URL would travel in every request and show up in logs of the URL.
  if (url.username !== "" || url.password !== "") {
    throw new LaunchDarklyConfigError("LaunchDarkly base URI must not contain credentials; use a token");
  }
  if (url.search !== "" || url.hash !== "") {
    throw new LaunchDarklyConfigError("LaunchDarkly base URI must not contain a query or fragment");
  }
  let path = url.pathname.replace(/\/+$/, "");
  path = path.replace(/\/api\/v2$/i, "").replace(/\/api$/i, "");
  return `${url.origin}${path}`;
}

/** Which LaunchDarkly instance a normalized base URI belongs to. */
export function regionOf(baseUri: string): LdRegion | "custom" {
  for (const [region, uri] of Object.entries(LD_REGIONS) as [LdRegion, string][]) {
    if (baseUri.toLowerCase() === uri) return region;
  }
  return "custom";
}

/** LaunchDarkly wants the bare token; people often paste `Bearer <token>` from other APIs. */
function cleanToken(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const token = raw.trim().replace(/^bearer\s+/i, "");
  return token === "" ? undefined : token;
}

export function resolveClientConfig(options: ResolveClientConfigOptions = {}): ClientConfig {
  const env = options.env ?? process.env;
  const fromEnv = env[BASE_URI_ENV_VAR]?.trim();
  const [rawBase, baseUriSource]: [string, BaseUriSource] = options.baseUri?.trim()
    ? [options.baseUri, "option"]
    : fromEnv
      ? [fromEnv, BASE_URI_ENV_VAR]
      : [DEFAULT_BASE_URI, "default"];
  const baseUri = normalizeBaseUri(rawBase);

  const found = findToken({ ...(options.token !== undefined ? { token: options.token } : {}), env });
  if (found === undefined) {
    throw new LaunchDarklyConfigError(
      `No LaunchDarkly access token: ${options.tokenHint ?? DEFAULT_TOKEN_HINT}. ` +
        "Create one under Organization settings > Authorization with a role that can manage segments, metrics and roles.",
    );
  }
  return { baseUri, baseUriSource, ...found, region: regionOf(baseUri) };
}

/**
 * The token and where it came from: the option first, then `TOKEN_ENV_VARS` in order; undefined when none is set.
 * The one place that knows where tokens live, so a caller that may run without one (the Action validating a fork's
 * pull request) decides from the same sources the client will use.
 */
export function findToken(options: {
  token?: string;
  env?: Record<string, string | undefined>;
}): { token: string; tokenSource: TokenSource } | undefined {
  const given = cleanToken(options.token);
  if (given !== undefined) return { token: given, tokenSource: "option" };
  const env = options.env ?? process.env;
  for (const name of TOKEN_ENV_VARS) {
    const token = cleanToken(env[name]);
    if (token !== undefined) return { token, tokenSource: name };
  }
  return undefined;
}
