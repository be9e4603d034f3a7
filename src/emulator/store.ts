// The emulator's in-memory state. Every collection is a Map keyed by resource key: O(1) lookups and
// insertion order as the stable list order. Stored objects are the API representations themselves, so a read
// serialises them without copying.
import type {
  LdAuditLogEntry,
  LdContextRecord,
  LdEnvironment,
  LdMetric,
  LdProject,
  LdRole,
  LdSegment,
} from "../launchdarkly/types.js";
import { MonotonicClock } from "./ids.js";

export interface SegmentRecord {
  segment: LdSegment;
  /** Big (unbounded) segment membership, kept apart from the representation as LaunchDarkly does. */
  bigIncluded: Set<string>;
  bigExcluded: Set<string>;
}

export interface EnvironmentRecord {
  environment: LdEnvironment;
  segments: Map<string, SegmentRecord>;
  /** Contexts "seen" by SDKs, keyed `kind:key` (recorded through the admin API or the state file). */
  contexts?: Map<string, LdContextRecord>;
}

export interface ProjectRecord {
  /** The `Project` representation without `environments` (added on `expand=environments`). */
  project: LdProject;
  environments: Map<string, EnvironmentRecord>;
  metrics: Map<string, LdMetric>;
}

/** An audit entry plus the resource specifier it is about (`proj/p:env/e:segment/s`), for `spec` filtering. */
export interface AuditRecord {
  entry: LdAuditLogEntry;
  resource: string;
}

/** An uploaded big-segment import waiting for `processBigSegmentImport`. */
export interface BigSegmentImport {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  mode: "merge" | "replace";
  included: string[];
  excluded: string[];
}

export class EmulatorStore {
  readonly projects = new Map<string, ProjectRecord>();
  readonly roles = new Map<string, LdRole>();
  /** Oldest first; queries walk it backwards (newest first). */
  readonly auditLog: AuditRecord[] = [];
  readonly bigSegmentImports = new Map<string, BigSegmentImport>();
  readonly clock = new MonotonicClock();
  readonly accountId = "emulator0account00000001";
}
