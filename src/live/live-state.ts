import type { LdContextKind, LdMetric, LdRole, LdSegment } from "../launchdarkly/types.js";

/** What LaunchDarkly holds, for exactly the scopes the repo declares. A scope not read is absent (not empty). */
export interface LiveState {
  /** Segments per `project/environment`. */
  segments: Map<string, LdSegment[]>;
  /** Metrics per project. */
  metrics: Map<string, LdMetric[]>;
  /** The account's roles, or undefined when they were not read (the repo declares none and this is no prune). */
  roles?: LdRole[];
  /** Context kinds per project: read for the projects the repo declares segments or context kinds in. */
  contextKinds?: Map<string, LdContextKind[]>;
}
