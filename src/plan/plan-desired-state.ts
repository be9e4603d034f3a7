// The pure core of planning: desired state + live state => Plan. No I/O.

import type { LiveState } from "../live/live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { resolveSegment } from "../model/segment.js";
import { canonicalJson, sha256Hex } from "./canonical-json.js";
import { checkDeleteThreshold } from "./delete-threshold.js";
import { planContextKinds } from "./plan-context-kinds.js";
import { planMetrics } from "./plan-metrics.js";
import { planRoles } from "./plan-roles.js";
import { planSegments } from "./plan-segments.js";
import {
  type DeleteThreshold,
  PLAN_FORMAT_VERSION,
  type Plan,
  type PlannedChange,
  type UnmanagedResource,
} from "./types.js";

export interface PlanOptions {
  /** Delete owned resources that are no longer in the repo. Off by default. */
  prune?: boolean;
  deleteThreshold?: DeleteThreshold;
}

// Context kinds before segments: apply creates what segments target first.
const TYPE_ORDER = { role: 0, metric: 1, contextKind: 2, segment: 3 } as const;

function compareResources(
  a: Omit<UnmanagedResource, "owned" | "name">,
  b: Omit<UnmanagedResource, "owned" | "name">,
): number {
  return (
    TYPE_ORDER[a.resourceType] - TYPE_ORDER[b.resourceType] ||
    (a.project ?? "").localeCompare(b.project ?? "") ||
    (a.environment ?? "").localeCompare(b.environment ?? "") ||
    a.key.localeCompare(b.key)
  );
}

/** sha256 of the canonical JSON of the changes (operations included): the same plan always hashes the same. */
export function planHash(changes: readonly PlannedChange[]): string {
  return sha256Hex(canonicalJson(changes));
}

export function planDesiredState(desired: DesiredState, live: LiveState, options: PlanOptions = {}): Plan {
  const prune = options.prune ?? false;
  const parts = [
    planRoles(desired.roles, live.roles, prune),
    planMetrics(desired.metrics, live.metrics, prune),
    planContextKinds(desired.contextKinds ?? [], live.contextKinds),
    planSegments(desired.segments.flatMap(resolveSegment), live.segments, prune),
  ];
  const changes = parts.flatMap((part) => part.changes).sort(compareResources);
  const unmanaged = parts.flatMap((part) => part.unmanaged).sort(compareResources);
  const warnings = [...new Set(parts.flatMap((part) => part.warnings))];
  const summary = {
    create: changes.filter((change) => change.action === "create").length,
    update: changes.filter((change) => change.action === "update").length,
    delete: changes.filter((change) => change.action === "delete").length,
    unchanged: parts.reduce((sum, part) => sum + part.unchanged, 0),
  };
  const owned = parts.reduce((sum, part) => sum + part.owned, 0);
  checkDeleteThreshold(summary.delete, owned, options.deleteThreshold);
  const ownedLeftAlone = unmanaged.filter((resource) => resource.owned).length;
  if (!prune && ownedLeftAlone > 0) {
    warnings.push(
      `${ownedLeftAlone} resource${ownedLeftAlone === 1 ? "" : "s"} managed by ld-gitops ${ownedLeftAlone === 1 ? "is" : "are"} no longer in the repository and will be left in LaunchDarkly; plan with --prune to delete ${ownedLeftAlone === 1 ? "it" : "them"}.`,
    );
  }
  return {
    version: PLAN_FORMAT_VERSION,
    summary,
    changes,
    unmanaged,
    warnings,
    hash: planHash(changes),
    prune,
  };
}
