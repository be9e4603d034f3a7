// Which planned change must wait for which. Context kinds are written before the segments of their project, and
// segments that another segment's `segmentMatch` clause names are written first; deletes come after every other
// change, the segments that still reference another one before it.

import type { LdSegment } from "../launchdarkly/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { PlannedChange } from "../plan/types.js";

const SEGMENT_MATCH = "segmentMatch";

/** Segment keys named by `segmentMatch` clauses anywhere in `value` (instructions, JSON Patch values, rules). */
export function segmentMatchKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) segmentMatchKeys(item, into);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.op === SEGMENT_MATCH && Array.isArray(record.values)) {
      for (const key of record.values) if (typeof key === "string") into.add(key);
    }
    for (const member of Object.values(record))
      if (member !== null && typeof member === "object") segmentMatchKeys(member, into);
  }
  return into;
}

/**
 * Orders `nodes` so that each comes after the ones it depends on; nodes in a cycle keep their given order (their
 * edges back are dropped, so nothing waits forever). Returns, per node, the dependencies kept.
 */
function orderedDependencies(count: number, dependsOn: (index: number) => number[]): number[][] {
  const edges = Array.from({ length: count }, (_, index) =>
    [...new Set(dependsOn(index))].filter((dep) => dep !== index),
  );
  const position = new Map<number, number>();
  const remaining = new Set(Array.from({ length: count }, (_, index) => index));
  while (remaining.size > 0) {
    let progressed = false;
    for (const index of remaining) {
      const deps = edges[index] ?? [];
      if (deps.every((dep) => position.has(dep) || !remaining.has(dep))) {
        position.set(index, position.size);
        remaining.delete(index);
        progressed = true;
      }
    }
    if (!progressed) {
      // A cycle: take the first remaining node as is.
      const first = Math.min(...remaining);
      position.set(first, position.size);
      remaining.delete(first);
    }
  }
  return edges.map((deps, index) =>
    deps.filter((dep) => (position.get(dep) ?? 0) < (position.get(index) ?? 0)),
  );
}

/**
 * For each change (by index in `changes`), the indices of the non-delete changes it must wait for: a segment waits
 * for the segments its new rules match on, when those are created or updated by the same plan.
 */
export function writeDependencies(changes: readonly PlannedChange[]): number[][] {
  const segmentIndex = new Map<string, number>();
  changes.forEach((change, index) => {
    if (change.resourceType === "segment" && change.action !== "delete")
      segmentIndex.set(resourceAddress(change), index);
  });
  const kindIndexes = new Map<string, number[]>();
  changes.forEach((change, index) => {
    if (change.resourceType !== "contextKind") return;
    const list = kindIndexes.get(change.project ?? "") ?? [];
    list.push(index);
    kindIndexes.set(change.project ?? "", list);
  });
  return orderedDependencies(changes.length, (index) => {
    const change = changes[index] as PlannedChange;
    if (change.resourceType !== "segment" || change.action === "delete") return [];
    // A segment may target a kind this plan creates: LaunchDarkly must know it first.
    const deps: number[] = [...(kindIndexes.get(change.project ?? "") ?? [])];
    for (const key of segmentMatchKeys(change.operations)) {
      const dep = segmentIndex.get(
        resourceAddress({ project: change.project, environment: change.environment, key }),
      );
      if (dep !== undefined) deps.push(dep);
    }
    return deps;
  });
}

/**
 * For segment deletes: a segment being deleted waits until every other deleted segment whose live rules match on
 * it is gone (reverse dependency order). `live` holds the segment as read just before deleting (undefined = gone).
 */
export function deleteDependencies(
  deletes: readonly PlannedChange[],
  live: ReadonlyArray<LdSegment | undefined>,
): number[][] {
  const index = new Map(deletes.map((change, position) => [resourceAddress(change), position] as const));
  const referencedBy: number[][] = deletes.map(() => []);
  deletes.forEach((change, position) => {
    for (const key of segmentMatchKeys(live[position]?.rules ?? [])) {
      const target = index.get(
        resourceAddress({ project: change.project, environment: change.environment, key }),
      );
      if (target !== undefined) referencedBy[target]?.push(position);
    }
  });
  return orderedDependencies(deletes.length, (position) => referencedBy[position] ?? []);
}
