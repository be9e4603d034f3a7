// Where events go: the events host of the LaunchDarkly instance the REST API setting points at, unless
// LD_EVENTS_URI or an option names one (a proxy, the emulator, which serves both on one port).
import type { ClientConfig } from "../launchdarkly/config.js";
import { normalizeBaseUri, regionOf } from "../launchdarkly/config.js";

/** The events hosts LaunchDarkly documents per instance (the same path on all three is stated only by others). */
export const EVENTS_HOSTS = {
  commercial: "https://events.launchdarkly.com",
  eu: "https://events.eu.launchdarkly.com",
  federal: "https://events.launchdarkly.us",
} as const;

export const EVENTS_URI_ENV_VAR = "LD_EVENTS_URI";

export type EventsUriSource = "option" | typeof EVENTS_URI_ENV_VAR | "region" | "base-uri";

export interface EventsEndpoint {
  uri: string;
  source: EventsUriSource;
}

/**
 * The option first, then LD_EVENTS_URI, then the region's events host. A custom base URI (emulator, proxy) is used
 * for events too: whoever stands in for the REST API stands in for the events host.
 */
export function resolveEventsEndpoint(
  config: Pick<ClientConfig, "baseUri" | "region">,
  option: string | undefined,
  env: Record<string, string | undefined> = process.env,
): EventsEndpoint {
  if (option?.trim()) return { uri: eventsUri(option), source: "option" };
  const fromEnv = env[EVENTS_URI_ENV_VAR]?.trim();
  if (fromEnv) return { uri: eventsUri(fromEnv), source: EVENTS_URI_ENV_VAR };
  if (config.region === "custom") return { uri: config.baseUri, source: "base-uri" };
  return { uri: EVENTS_HOSTS[config.region], source: "region" };
}

/** A URL as given; a region name (`eu`) or a REST API host (`app.eu.launchdarkly.com`) means that region's events host. */
function eventsUri(input: string): string {
  const uri = normalizeBaseUri(input);
  const region = regionOf(uri);
  return region === "custom" ? uri : EVENTS_HOSTS[region];
}
