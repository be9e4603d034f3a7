import type { SourceLocation } from "./source.js";

/** A context kind as written in the repo (`UpsertContextKindPayload` plus its key and project). */
export interface ContextKindDefinition {
  key: string;
  project: string;
  name: string;
  description?: string;
  /** LaunchDarkly's alias of `archived`; either one archives the kind. */
  hideInTargeting?: boolean;
  archived?: boolean;
  source: SourceLocation;
}
