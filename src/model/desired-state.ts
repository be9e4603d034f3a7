import type { ContextKindDefinition } from "./context-kind.js";
import type { MetricDefinition } from "./metric.js";
import type { RoleDefinition } from "./role.js";
import type { SegmentDefinition } from "./segment.js";
import type { MemberSet } from "./segment-members.js";
import type { SourceLocation } from "./source.js";

/** Everything the repo declares: the input of validation and planning. */
export interface DesiredState {
  /** Files read, relative to the current directory. */
  files: string[];
  segments: SegmentDefinition[];
  metrics: MetricDefinition[];
  roles: RoleDefinition[];
  /** Context kinds the repo declares (created or updated before the segments that use them). */
  contextKinds?: ContextKindDefinition[];
  /** Each project the repo uses, with the first place that names it (for "project does not exist" errors). */
  projects: Map<string, SourceLocation>;
  /** Each project/environment pair the repo uses, keyed `project/environment`, with the first place that names it. */
  environments: Map<string, { project: string; environment: string; source: SourceLocation }>;
  /**
   * Who manages what this configuration declares (`owner:` in a file, else the default the CLI or Action derives,
   * such as the repository): its ownership marker goes on every resource the tool writes.
   */
  owner?: string;
  /** Member files read, by `memberRefKey`; absent when the segments name none (or they were not read). */
  memberSets?: Map<string, MemberSet>;
}
