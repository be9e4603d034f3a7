// The pure core of planning: desired state + live state => Plan. No I/O.

import type { LiveState } from "../live/live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { type Finding, finding, findingKey } from "../model/finding.js";
import { resolveSegment } from "../model/segment.js";
import { canonicalJson, sha256Hex } from "./canonical-json.js";
import { checkDeleteThreshold } from "./delete-threshold.js";
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
  /** Included keys of file-fed big segments as LaunchDarkly holds them, found in git history. */
  appliedMembers?: ReadonlyMap<string, readonly string[]>;
}

const TYPE_ORDER = { role: 0, metric: 1, segment: 2 } as const;

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
    planSegments(
      desired.segments.flatMap(resolveSegment),
      live.segments,
      prune,
      desired.memberSets,
      options.appliedMembers,
    ),
  ];
  const changes = parts.flatMap((part) => part.changes).sort(compareResources);
  const unmanaged = parts.flatMap((part) => part.unmanaged).sort(compareResources);
  const warnings = uniqueFindings(parts.flatMap((part) => part.warnings));
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
    warnings.push(finding("plan.owned-left-alone", { count: ownedLeftAlone, prune: { name: "prune" } }));
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

/** Each finding once (the same code and parameters from several resources), in first-seen order. */
function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const found of findings) if (!seen.has(findingKey(found))) seen.set(findingKey(found), found);
  return [...seen.values()];
}
