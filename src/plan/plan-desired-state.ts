// The pure core of planning: desired state + live state => Plan. No I/O.

import type { LdSegment } from "../launchdarkly/types.js";
import type { LiveState } from "../live/live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { type Finding, finding, findingKey } from "../model/finding.js";
import { resolveSegment } from "../model/segment.js";
import { canonicalJson, sha256Hex } from "./canonical-json.js";
import { checkDeleteThreshold } from "./delete-threshold.js";
import { ownershipMarker } from "./ownership.js";
import { OwnershipConflictError } from "./ownership-conflict-error.js";
import { planContextKinds } from "./plan-context-kinds.js";
import { planMetrics } from "./plan-metrics.js";
import { planRoles } from "./plan-roles.js";
import { type EarlySegmentUpdate, planSegments } from "./plan-segments.js";
import { ownershipScope } from "./resource-plan.js";
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
  /**
   * Write this owner's marker over another owner's instead of refusing (`--take-over`); every such change says so.
   */
  takeOver?: boolean;
  /** Included keys of file-fed big segments as LaunchDarkly holds them, found in git history. */
  appliedMembers?: ReadonlyMap<string, readonly string[]>;
  /** Segment updates worked out while the lists were read (the plan is the same with or without them). */
  earlySegmentUpdates?: ReadonlyMap<LdSegment, EarlySegmentUpdate>;
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
  const marker = ownershipMarker(desired.owner);
  const ownership = ownershipScope(marker, options.takeOver ?? false);
  const parts = [
    planRoles(desired.roles, live.roles, prune, ownership),
    planMetrics(desired.metrics, live.metrics, prune, ownership),
    // Context kinds carry no ownership marker: they are never deleted, and an update rewrites only what the repo says.
    planContextKinds(desired.contextKinds ?? [], live.contextKinds),
    planSegments(
      desired.segments.flatMap(resolveSegment),
      live.segments,
      prune,
      ownership,
      desired.memberSets,
      options.appliedMembers,
      options.earlySegmentUpdates,
    ),
  ];
  if (ownership.conflicts.length > 0) throw new OwnershipConflictError(marker, ownership.conflicts);
  const changes = parts.flatMap((part) => part.changes).sort(compareResources);
  const unmanaged = parts.flatMap((part) => part.unmanaged).sort(compareResources);
  const warnings = uniqueFindings(parts.flatMap((part) => part.warnings));
  const summary = {
    create: changes.filter((change) => change.action === "create").length,
    update: changes.filter((change) => change.action === "update").length,
    delete: changes.filter((change) => change.action === "delete").length,
    unchanged: parts.reduce((sum, part) => sum + part.unchanged, 0),
    adopt: changes.filter((change) => change.ownership !== undefined).length,
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
    marker,
    ...(options.takeOver ? { takeOver: true } : {}),
  };
}

/** Each finding once (the same code and parameters from several resources), in first-seen order. */
function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const found of findings) if (!seen.has(findingKey(found))) seen.set(findingKey(found), found);
  return [...seen.values()];
}
