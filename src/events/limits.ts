// The event-data import's limits and headers (../shared/launchdarkly/membership-export-events.md, "Metric event
// import"), in one place for the sender and the emulator.

/**
 * "At most 10 MB a request". Whether that counts compressed or uncompressed bytes, and 10^7 or 2^20 × 10, is not
 * documented: both sides use the stricter reading, 10,000,000 bytes of uncompressed JSON.
 */
export const MAX_IMPORT_REQUEST_BYTES = 10_000_000;

/** Events per request unless told otherwise (Tealium, a documented partner, sends at most 10,000). */
export const DEFAULT_EVENTS_PER_REQUEST = 10_000;

/** `X-LaunchDarkly-Event-Schema`: anything else is answered 406. */
export const EVENT_SCHEMA_VERSION = "4";

export const EVENT_IMPORT_PATH_TEMPLATE = "/v2/event-data-import/{projectKey}/{environmentKey}";

export function eventImportPath(projectKey: string, environmentKey: string): string {
  return `/v2/event-data-import/${encodeURIComponent(projectKey)}/${encodeURIComponent(environmentKey)}`;
}

/** The role action a token needs, on `proj/<p>:env/<e>`. */
export const IMPORT_EVENT_DATA_ACTION = "importEventData";
