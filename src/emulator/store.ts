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
