// The plan: pure data that says exactly what apply will send. Apply executes `operations` in order, per change,
// without re-deciding anything; renderers read `fields`, `rolePermissions` and `risks`.
import type { DiagnosticLocation } from "../diagnostics/diagnostic.js";
import type {
  JsonPatchOperation,
  LdBigSegmentTargetsUpdate,
  LdContextKindPut,
  LdMetricPost,
  LdRolePost,
  LdSegmentPost,
  SemanticPatchInstruction,
} from "../launchdarkly/types.js";
import type { ImpactRead } from "../live/read-usage.js";
import type { Finding } from "../model/finding.js";
import type { MemberFileRef } from "../model/member-file.js";
import type { ResourceType } from "../model/resource-identity.js";
import type { FlagUse, MetricExperiment } from "../model/usage.js";

export type { ImpactRead } from "../live/read-usage.js";
export type { FlagUse, MetricExperiment } from "../model/usage.js";

/**
 * 5: segment changes carry `membership` and `membershipSync`; `importBigSegmentMembers` operations. 4: `impact`
 * (flags and experiments the changes touch, refused deletes) and `contextKind` changes; 3: `ownership` on changes,
 * `summary.adopt`, `owner`, `managedBy` on unmanaged resources; 2: warnings are findings.
 */
export const PLAN_FORMAT_VERSION = 5 as const;

export type PlanAction = "create" | "update" | "delete";
/** The resource types a plan manages (src/model/resource-identity.ts). */
export type PlanResourceType = ResourceType;

/** One changed field: `path` is a JSON Pointer into the normalised resource (`/name`, `/rules/1`, `/included`). */
export interface FieldChange {
  path: string;
  /** Absent (undefined) when the field does not exist before: a create, or a field added. */
  before?: unknown;
  /** Absent (undefined) when the field does not exist after: a delete, or a field removed. */
  after?: unknown;
  /** For set-like lists (targets, tags): the members added and removed, so renderers can show `+ user-3`. */
  added?: unknown[];
  removed?: unknown[];
}

/**
 * Exactly one API call. Segment operations address `segments/{project}/{environment}/{key}` of their change,
 * metric operations `metrics/{project}/{key}`, role operations `roles/{key}`.
 *
 * Segments: one JSON Patch (name, description, tags, rules; `test /version` first on updates), then semantic patches
 * that add and remove targets, then big-segment membership writes.
 */
export type PlannedOperation =
  | { kind: "createSegment"; body: LdSegmentPost }
  | { kind: "patchSegmentSemantic"; instructions: SemanticPatchInstruction[] }
  | { kind: "patchSegmentJson"; patch: JsonPatchOperation[] }
  /** Big segment: add/remove contexts through `POST …/contexts`; already exists, keep using it for deltas. */
  | { kind: "updateBigSegmentTargets"; update: LdBigSegmentTargetsUpdate }
  /** Big segment: upload member files as one import (`replace` first, then `merge` parts when split). */
  | {
      kind: "importBigSegmentMembers";
      mode: "replace" | "merge";
      /** Which list the import fills. */
      list: "included" | "excluded";
      contextKind: string;
      /** Files relative to the configuration directory, read again by apply and checked against `fingerprint`. */
      files: MemberFileRef[];
      /** This part's slice of the de-duplicated, sorted key set: [start, end). */
      range: { start: number; end: number };
      fingerprint: string;
      count: number;
    }
  | { kind: "deleteSegment" }
  | { kind: "createMetric"; body: LdMetricPost }
  /** Bare JSON Patch (metrics take no comment). */
  | { kind: "patchMetric"; patch: JsonPatchOperation[] }
  | { kind: "deleteMetric" }
  | { kind: "createRole"; body: LdRolePost }
  /** JSON Patch; apply wraps it as `{patch, comment}`. */
  | { kind: "patchRole"; patch: JsonPatchOperation[] }
  | { kind: "deleteRole" }
  /** Create or update (an upsert) of `context-kinds/{project}/{key}`. */
  | { kind: "putContextKind"; body: LdContextKindPut };

/** One (effect, action, resource) triple of a role policy; `not` marks `notActions`/`notResources` forms. */
export interface PermissionTriple {
  effect: "allow" | "deny";
  action: string;
  resource: string;
  notAction?: boolean;
  notResource?: boolean;
}

export interface RolePermissionChanges {
  granted: PermissionTriple[];
  revoked: PermissionTriple[];
}

export interface PlanRisk {
  /**
   * `allow-all-actions`, `allow-all-project-resources`, `allow-not-resources`, `allow-not-actions`, `deny-removed`,
   * `base-permissions-raised`.
   */
  code: string;
  message: string;
}

/**
 * What a segment change does to one list of members (one context kind), for reviewers: counts, the first keys,
 * how apply writes it and in how many requests. Standard segments list every key in `fields` as well.
 */
export interface MembershipChange {
  list: "included" | "excluded";
  contextKind: string;
  /** `semantic-patch`: standard-segment target batches; `contexts`: big-segment `POST …/contexts` batches; `import`: file imports. */
  method: "semantic-patch" | "contexts" | "import";
  /** Members after apply. */
  count: number;
  /** Members LaunchDarkly holds now, when known (standard segments; big segments from `_unboundedMetadata`). */
  before?: number;
  /** Known only when the live membership is known: standard segments, a big segment being created. */
  added?: number;
  removed?: number;
  /** At most `MEMBERSHIP_KEYS_SHOWN` each, sorted. For an import: the first keys of the new membership. */
  firstAdded?: string[];
  firstRemoved?: string[];
  /** Requests (`semantic-patch`, `contexts`) or uploads (`import`) apply makes for this list. */
  requests: number;
  /** Member files, relative to the configuration directory. */
  files: string[];
  /** sha256 of the list's sorted keys (see src/membership/fingerprint.ts). */
  fingerprint: string;
  /** Why the whole list is written again rather than diffed (big segments). */
  reason?: "created" | "unknown-live" | "drifted" | "pending" | "history";
}

export interface PlannedChange {
  action: PlanAction;
  resourceType: PlanResourceType;
  project?: string;
  environment?: string;
  key: string;
  name: string;
  /** `file:line` of the definition; absent for deletes (nothing in the repo). */
  source?: string;
  fields: FieldChange[];
  /** In order. Empty never: every change has at least one operation. */
  operations: PlannedOperation[];
  /**
   * Segment `version` or metric `_version` at plan time. Updates carry it inside their first JSON Patch as a `test`,
   * so LaunchDarkly refuses the write (409) if the resource changed since; segment deletes compare it first.
   */
  liveVersion?: number;
  rolePermissions?: RolePermissionChanges;
  risks?: PlanRisk[];
  /** Segments with member files: what the change does to each list. */
  membership?: MembershipChange[];
  /**
   * Set on changes of segments that opt in to automatic membership sync: `apply --membership-only` lets through only
   * membership changes of such segments.
   */
  membershipSync?: "automatic";
  /** Set when this change writes the ownership marker onto a resource this configuration did not manage yet. */
  ownership?: OwnershipChange;
}

/**
 * - `adopt`: the resource carries no marker; this change adds this owner's.
 * - `claim`: it carries the bare marker of a version without owners; read as this owner's, it is renamed.
 * - `take-over`: it carries another owner's marker (`previousOwner`); only with `--take-over`.
 */
export interface OwnershipChange {
  kind: "adopt" | "claim" | "take-over";
  /** The marker found on the resource (`claim`, `take-over`). */
  previousMarker?: string;
  /** Nothing but the marker changes: LaunchDarkly behaves the same before and after. */
  markerOnly: boolean;
}

/** A resource in LaunchDarkly that the repo does not declare. */
export interface UnmanagedResource {
  resourceType: PlanResourceType;
  project?: string;
  environment?: string;
  key: string;
  name: string;
  /** Carries this configuration's ownership marker: `--prune` would delete it. */
  owned: boolean;
  /** Another configuration's marker: that owner manages it, and this plan never deletes or takes it over. */
  managedBy?: string;
}

/** A warning that travels with the plan: a finding, with where in the files it points when validate found it. */
export type PlanWarning = Finding & { location?: DiagnosticLocation };

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
  /** Updates (counted in `update` too) that write the ownership marker onto a resource not managed yet. */
  adopt: number;
}

export interface Plan {
  version: typeof PLAN_FORMAT_VERSION;
  summary: PlanSummary;
  /** Sorted: roles, metrics, segments; then by project, environment, key. */
  changes: PlannedChange[];
  /** Resources in LaunchDarkly not in the repo (those being deleted by prune are in `changes` instead). */
  unmanaged: UnmanagedResource[];
  /** Findings (code and parameters) a reviewer should see; worded by src/wording/finding-messages.ts. */
  warnings: PlanWarning[];
  /** sha256 (hex) of the canonical JSON (sorted keys) of `changes`: equal plans have equal hashes. */
  hash: string;
  prune: boolean;
  /** The ownership marker this plan writes (`managed-by-ld-gitops.<owner>`, or the bare one without an owner). */
  marker: string;
  /** Resources of another owner are taken over (`--take-over`): each such change says so. */
  takeOver?: boolean;
  /** Where the plan was made, when it was saved with `plan --format json` (not part of the hash). */
  source?: PlanSource;
  /**
   * What the changes touch in LaunchDarkly beyond themselves (flags using changed segments, experiments using
   * changed metrics) and the deletes refused because of it. Read from LaunchDarkly when the plan is made; absent
   * when it was not read. Not part of the hash: it describes the changes, it does not decide them.
   */
  impact?: PlanImpact;
}

/** The flags (in one environment) that a segment change reaches. */
export interface SegmentImpact {
  project: string;
  environment: string;
  key: string;
  action: PlanAction;
  flags: FlagUse[];
  /** Segments whose rules match this one (`segmentMatch`), in the repository or in LaunchDarkly. */
  matchedBy: string[];
}

/** The experiments and guarded rollouts that read a changed metric. */
export interface MetricImpact {
  project: string;
  key: string;
  action: PlanAction;
  experimentCount: number;
  activeExperimentCount: number;
  activeGuardedRolloutCount: number;
  attachedFlagCount: number;
  experiments: MetricExperiment[];
  /** A running experiment or guarded rollout reads it: its results change meaning mid-iteration. */
  risk: boolean;
}

/**
 * A delete the plan must not make, as a finding (worded by src/wording/finding-messages.ts): a segment still used by
 * flags or by segments that stay, a metric still read by running experiments. Apply refuses a plan that holds any.
 */
export type PlanRefusal = Extract<
  Finding,
  { code: "plan.segment-delete-referenced" | "plan.metric-delete-in-use" }
>;

export interface PlanImpact {
  segments: SegmentImpact[];
  metrics: MetricImpact[];
  refusals: PlanRefusal[];
  reads: ImpactRead[];
}

/** Where a saved plan came from, so `apply --plan` can say why it no longer matches. */
export interface PlanSource {
  /** The config directory as given to `--dir` (relative to where the command ran). */
  dir: string;
  /** The directory relative to the top of its git repository (`launchdarkly/`): comparable across clones. */
  repositoryPath?: string;
  /** The commit the directory was at (`git -C DIR rev-parse HEAD`, else `GITHUB_SHA`). */
  commit?: string;
}

/** Refuse plans that delete more than `maxCount` resources or more than `maxPercent` % of the owned ones. */
export interface DeleteThreshold {
  maxCount?: number;
  maxPercent?: number;
}

export const DEFAULT_DELETE_THRESHOLD: Required<DeleteThreshold> = { maxCount: 10, maxPercent: 25 };
