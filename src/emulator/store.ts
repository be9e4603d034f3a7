// The emulator's in-memory state. Every collection is a Map keyed by resource key: O(1) lookups and
// insertion order as the stable list order. Stored objects are the API representations themselves, so a read
// serialises them without copying.
import type {
  LdAuditLogEntry,
  LdContextKind,
  LdContextRecord,
  LdEnvironment,
  LdFlag,
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
  /** Flags with every environment's configuration (`environments`); reads narrow it to the asked environments. */
  flags: Map<string, LdFlag>;
  contextKinds: Map<string, LdContextKind>;
  /**
   * Experiments and guarded rollouts, emulator state only (seeded through the state file): LaunchDarkly derives a
   * metric's `experimentCount`, `activeExperimentCount`, `activeGuardedRolloutCount` and `experiments` from them.
   */
  experiments: EmulatedExperiment[];
  guardedRollouts: EmulatedGuardedRollout[];
}

export interface EmulatedExperiment {
  key: string;
  name: string;
  environmentKey: string;
  /** Metric keys the experiment measures. */
  metrics: string[];
  /** A running iteration: the experiment counts as active. */
  running?: boolean;
  archivedDate?: number;
  creationDate?: number;
}

export interface EmulatedGuardedRollout {
  flagKey: string;
  environmentKey: string;
  metrics: string[];
  /** `monitoring` counts as active. */
  status: string;
}

/** A project record with no resources. */
export function emptyProjectRecord(project: LdProject): ProjectRecord {
  return {
    project,
    environments: new Map(),
    metrics: new Map(),
    flags: new Map(),
    contextKinds: new Map(),
    experiments: [],
    guardedRollouts: [],
  };
}

/** An audit entry plus the resource specifier it is about (`proj/p:env/e:segment/s`), for `spec` filtering. */
export interface AuditRecord {
  entry: LdAuditLogEntry;
  resource: string;
}

/** `Import.status` (openapi.json); `complete` and `stopped` are final. */
export type BigSegmentImportStatus =
  | "preparing"
  | "pending_approval"
  | "ready"
  | "in_progress"
  | "complete"
  | "stopped";

/**
 * A big-segment import: uploaded with `POST …/imports` (or the admin API), then moving through its statuses
 * (big-segment-imports.ts). Without `status` (admin uploads, old state files) it is `ready`.
 */
export interface BigSegmentImport {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  mode: "merge" | "replace";
  included: string[];
  excluded: string[];
  status?: BigSegmentImportStatus;
  /** Epoch ms of the upload and of the last status change. */
  creationTime?: number;
  statusSince?: number;
  filename?: string;
  /** Who uploaded it, for the audit entry written when it completes. */
  uploadedBy?: { tokenId: string; tokenName: string; memberId?: string };
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
