// LaunchDarkly's limits, in one place: the client pages and batches by them and the emulator enforces them.
// Sources: ../shared/launchdarkly/openapi.json and segment-semantic-patch.md (quoted per line).

/** Largest `limit` each list endpoint accepts. */
export const MAX_PAGE_SIZE = {
  // "Defaults to 20"; no maximum is published. 50 is the largest value LaunchDarkly's own UI and tools use.
  segments: 50,
  // "Defaults to 20. Maximum limit is 50."
  metrics: 50,
  // "Defaults to 20"; no maximum is published: treated like segments.
  roles: 50,
  // "Defaults to 20"; no maximum is published: treated like segments.
  flags: 50,
  // "Defaults to 20"; no maximum is published.
  projects: 20,
  environments: 20,
  // "Set between 1 and 20. The default is 10."
  auditLog: 20,
} as const;

/** Default `limit` when a request gives none. */
export const DEFAULT_PAGE_SIZE = {
  segments: 20,
  metrics: 20,
  roles: 20,
  flags: 20,
  projects: 20,
  environments: 20,
  auditLog: 10,
} as const;

/** Target operations (add/remove included/excluded targets or users) allowed in one semantic-patch request. */
export const MAX_TARGET_OPERATIONS_PER_PATCH = 1_500;

/** Individual targets (included + excluded, all context kinds) a standard (non-big) segment may hold. */
export const MAX_STANDARD_SEGMENT_TARGETS = 15_000;

/** Rule rollout weight is in thousandths of a percent. */
export const MAX_ROLLOUT_WEIGHT = 100_000;

/** The API version this tool is written against (`LD-API-Version` header). */
export const LD_API_VERSION = "20240415";

/**
 * Big-segment import files: "≤ 40 MB and ≤ 1,000,000 contexts per file" (LaunchDarkly's list-based segments page,
 * ../shared/launchdarkly/membership-export-events.md). Megabytes read the strict way: 40,000,000 bytes.
 */
export const MAX_IMPORT_FILE_BYTES = 40_000_000;
export const MAX_IMPORT_CONTEXTS = 1_000_000;

/**
 * Keys per `POST …/segments/{p}/{e}/{s}/contexts` request. LaunchDarkly documents no limit; partner integrations
 * send 1,000 keys a request, so the tool does too.
 */
export const BIG_SEGMENT_TARGETS_PER_REQUEST = 1_000;

/**
 * Longest context key ld-gitops accepts in a member file. Neither openapi.json (no `maxLength` on any context key;
 * its only 256-character limits are on release-policy names) nor LaunchDarkly's segment and context documentation
 * (list-based segments, context configuration, built-in attributes) state one. Following
 * ../shared/launchdarkly/membership-export-events.md ("where no source settles it, model the stricter reading"),
 * this is an assumption, stated in docs/audience-sync.md: a key this long is almost always the wrong column.
 */
export const MAX_CONTEXT_KEY_LENGTH = 256;
