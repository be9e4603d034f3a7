// What apply reports: one result per planned change, in plan order, plus whether LaunchDarkly then matched the repo.
import type { FieldChange, PlanAction, PlannedChange, PlanResourceType } from "../plan/types.js";

/**
 * `applied`: every operation succeeded. `failed`: an operation failed (message from LaunchDarkly); earlier
 * operations of the same resource may have landed, a re-run finishes them. `conflict`: LaunchDarkly changed since
 * the plan was made, nothing was written to this resource. `not attempted`: apply stopped before reaching it.
 */
export type ResourceApplyStatus = "applied" | "failed" | "conflict" | "not attempted";

export interface ResourceApplyResult {
  resourceType: PlanResourceType;
  action: PlanAction;
  project?: string;
  environment?: string;
  key: string;
  name: string;
  status: ResourceApplyStatus;
  /** Operations in the plan for this resource, and how many of them LaunchDarkly accepted. */
  operations: number;
  operationsApplied: number;
  /**
   * HTTP requests apply made for this resource: the read before writing, and every write (an operation can take
   * several when a target batch is split). The client's own retries are not counted.
   */
  requests?: number;
  /** Why it failed, conflicted or was not attempted (LaunchDarkly's own message for failures). */
  message?: string;
  /** HTTP status of the failing request, when there was one. */
  httpStatus?: number;
  durationMs: number;
}

/** A resource that still differs from the repo after applying. */
export interface ConvergenceDifference {
  resourceType: PlanResourceType;
  action: PlanAction;
  project?: string;
  environment?: string;
  key: string;
  fields: FieldChange[];
}

export interface ConvergenceResult {
  converged: boolean;
  /** Empty when converged. */
  remaining: ConvergenceDifference[];
}

export interface ApplySummary {
  applied: number;
  failed: number;
  conflict: number;
  notAttempted: number;
}

export interface ApplyReport {
  /** True when every resource was applied and, if checked, LaunchDarkly then matched the repo. */
  ok: boolean;
  planHash: string;
  summary: ApplySummary;
  /** In plan order (roles, metrics, segments). */
  resources: ResourceApplyResult[];
  /** Absent when the re-plan was not made (no desired state given, or something failed first). */
  convergence?: ConvergenceResult;
  /** The audit-log comment every write carried where LaunchDarkly takes one. */
  comment: string;
  /**
   * The plan applied was already out of date (a saved plan that differed from a new one, applied on purpose): a
   * failed convergence then means LaunchDarkly matches that plan but not the repository, not a bug.
   */
  planOutOfDate?: boolean;
  durationMs: number;
  /** What the write-access pre-flight could not check (for example a token that may not read its own details). */
  warnings?: string[];
}

export type ApplyProgressEvent =
  | { kind: "start"; change: PlannedChange; index: number; total: number }
  | { kind: "operation"; change: PlannedChange; operation: number; operations: number }
  /** Every resource ends with one `done`, including those not attempted; `index` counts finished resources. */
  | { kind: "done"; change: PlannedChange; result: ResourceApplyResult; index: number; total: number }
  | { kind: "verify" };
