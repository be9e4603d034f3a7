// Target changes as semantic-patch instructions, split into requests of at most 1,500 target operations.
import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../launchdarkly/limits.js";
import type { LdBigSegmentTargetsUpdate, SemanticPatchInstruction } from "../launchdarkly/types.js";
import type { NormalizedTargets } from "./normalize-segment.js";

export type TargetList = "included" | "excluded";

export interface TargetChange {
  list: TargetList;
  contextKind: string;
  added: string[];
  removed: string[];
}

export function diffTargets(
  list: TargetList,
  before: NormalizedTargets,
  after: NormalizedTargets,
): TargetChange[] {
  const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: TargetChange[] = [];
  for (const contextKind of kinds) {
    const was = new Set(before[contextKind] ?? []);
    const will = new Set(after[contextKind] ?? []);
    const added = [...will].filter((key) => !was.has(key)).sort();
    const removed = [...was].filter((key) => !will.has(key)).sort();
    if (added.length > 0 || removed.length > 0) changes.push({ list, contextKind, added, removed });
  }
  return changes;
}

const INSTRUCTION_KIND = {
  included: { add: "addIncludedTargets", remove: "removeIncludedTargets" },
  excluded: { add: "addExcludedTargets", remove: "removeExcludedTargets" },
} as const;

/**
 * The instructions for a set of target changes, in batches of at most `limit` target operations each. Every
 * removal comes before every addition, so a key moving from excluded to included is never in both lists at once
 * (LaunchDarkly rejects that), whichever batch boundary falls in between: each request is valid on its own.
 */
export function targetInstructionBatches(
  changes: readonly TargetChange[],
  limit: number = MAX_TARGET_OPERATIONS_PER_PATCH,
): SemanticPatchInstruction[][] {
  const steps: { kind: string; contextKind: string; values: string[] }[] = [];
  for (const change of changes) {
    if (change.removed.length > 0) {
      steps.push({
        kind: INSTRUCTION_KIND[change.list].remove,
        contextKind: change.contextKind,
        values: change.removed,
      });
    }
  }
  for (const change of changes) {
    if (change.added.length > 0) {
      steps.push({
        kind: INSTRUCTION_KIND[change.list].add,
        contextKind: change.contextKind,
        values: change.added,
      });
    }
  }
  const batches: SemanticPatchInstruction[][] = [];
  let batch: SemanticPatchInstruction[] = [];
  let room = limit;
  for (const step of steps) {
    let offset = 0;
    while (offset < step.values.length) {
      if (room === 0) {
        batches.push(batch);
        batch = [];
        room = limit;
      }
      const values = step.values.slice(offset, offset + room);
      batch.push({ kind: step.kind, contextKind: step.contextKind, values });
      offset += values.length;
      room -= values.length;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Big-segment membership as `POST .../contexts` bodies, at most `limit` keys each, removals first. */
export function bigSegmentTargetUpdates(
  changes: readonly TargetChange[],
  limit: number = MAX_TARGET_OPERATIONS_PER_PATCH,
): LdBigSegmentTargetsUpdate[] {
  const steps: { list: TargetList; op: "add" | "remove"; keys: string[] }[] = [];
  for (const change of changes)
    if (change.removed.length > 0) steps.push({ list: change.list, op: "remove", keys: change.removed });
  for (const change of changes)
    if (change.added.length > 0) steps.push({ list: change.list, op: "add", keys: change.added });
  const updates: LdBigSegmentTargetsUpdate[] = [];
  let update: LdBigSegmentTargetsUpdate = {};
  let room = limit;
  for (const step of steps) {
    let offset = 0;
    while (offset < step.keys.length) {
      if (room === 0) {
        updates.push(update);
        update = {};
        room = limit;
      }
      const keys = step.keys.slice(offset, offset + room);
      const list = update[step.list] ?? {};
      update[step.list] = list;
      list[step.op] = [...(list[step.op] ?? []), ...keys];
      offset += keys.length;
      room -= keys.length;
    }
  }
  if (room < limit) updates.push(update);
  return updates;
}
