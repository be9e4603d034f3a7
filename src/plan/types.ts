// The plan: pure data that says exactly what apply will send. Apply executes `operations` in order, per change,
// without re-deciding anything; renderers read `fields`, `rolePermissions` and `risks`.
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

export type { ImpactRead } from "../live/read-usage.js";

export const PLAN_FORMAT_VERSION = 2 as const;

export type PlanAction = "create" | "update" | "delete";
export type PlanResourceType = "segment" | "metric" | "role" | "contextKind";

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
  | { kind: "updateBigSegmentTargets"; update: LdBigSegmentTargetsUpdate }
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
}

/** A resource in LaunchDarkly that the repo does not declare. */
export interface UnmanagedResource {
  resourceType: PlanResourceType;
  project?: string;
  environment?: string;
  key: string;
  name: string;
  /** Carries the ownership marker: `--prune` would delete it. */
  owned: boolean;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
}

export interface Plan {
  version: typeof PLAN_FORMAT_VERSION;
  summary: PlanSummary;
  /** Sorted: roles, metrics, segments; then by project, environment, key. */
  changes: PlannedChange[];
  /** Resources in LaunchDarkly not in the repo (those being deleted by prune are in `changes` instead). */
  unmanaged: UnmanagedResource[];
  warnings: string[];
  /** sha256 (hex) of the canonical JSON (sorted keys) of `changes`: equal plans have equal hashes. */
  hash: string;
  prune: boolean;
  /** Where the plan was made, when it was saved with `plan --format json` (not part of the hash). */
  source?: PlanSource;
  /**
   * What the changes touch in LaunchDarkly beyond themselves (flags using changed segments, experiments using
   * changed metrics) and the deletes refused because of it. Read from LaunchDarkly when the plan is made; absent
   * when it was not read. Not part of the hash: it describes the changes, it does not decide them.
   */
  impact?: PlanImpact;
}

/**
 * One flag that evaluates a changed segment in an environment. `segment` is the segment its rule names: the
 * changed one, or a segment whose rules match the changed one (`segmentMatch`), whose members change with it.
 */
export interface FlagUse {
  flag: string;
  name: string;
  /** Whether targeting is on in that environment. */
  on: boolean;
  segment: string;
  /** The flag's rule (1-based, as LaunchDarkly's UI numbers them) whose `segmentMatch` clause names `segment`. */
  rule: number;
  ruleDescription?: string;
  /**
   * Set when the flag is reached through prerequisites: the flag keys from this flag to the one whose rule names
   * `segment` (this flag first). `rule` is then that last flag's rule.
   */
  prerequisitePath?: string[];
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

export interface MetricExperiment {
  key: string;
  name: string;
  environment: string;
  archived: boolean;
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

/** A delete the plan must not make; apply refuses a plan that holds any. */
export type PlanRefusal =
  | {
      code: "segment-delete-referenced";
      project: string;
      environment: string;
      key: string;
      /** Flags whose rules (directly or through prerequisites) use the segment. */
      flags: FlagUse[];
      /** Segments that stay and whose rules match this one. */
      segments: string[];
    }
  | {
      code: "metric-delete-in-use";
      project: string;
      key: string;
      activeExperimentCount: number;
      activeGuardedRolloutCount: number;
      experiments: MetricExperiment[];
    };

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
