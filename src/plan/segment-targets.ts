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

/** One list's additions or removals of one context kind. */
interface TargetStep {
  list: TargetList;
  op: "add" | "remove";
  contextKind: string;
  values: string[];
}

/**
 * Every removal before every addition, so a key moving from excluded to included is never in both lists at once
 * (LaunchDarkly rejects that), whichever batch boundary falls in between: each request is valid on its own.
 */
function removalsFirst(changes: readonly TargetChange[]): TargetStep[] {
  const steps = (op: TargetStep["op"]) =>
    changes.map(
      (change): TargetStep => ({
        list: change.list,
        op,
        contextKind: change.contextKind,
        values: op === "add" ? change.added : change.removed,
      }),
    );
  return [...steps("remove"), ...steps("add")].filter((step) => step.values.length > 0);
}

/** The steps, in order, cut into batches of at most `limit` values (a step may be split across two). */
function inBatches(steps: readonly TargetStep[], limit: number): TargetStep[][] {
  const batches: TargetStep[][] = [];
  let batch: TargetStep[] = [];
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
      batch.push({ ...step, values });
      offset += values.length;
      room -= values.length;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The instructions for a set of target changes, removals first, in batches of at most `limit` target operations. */
export function targetInstructionBatches(
  changes: readonly TargetChange[],
  limit: number = MAX_TARGET_OPERATIONS_PER_PATCH,
): SemanticPatchInstruction[][] {
  return inBatches(removalsFirst(changes), limit).map((batch) =>
    batch.map((step) => ({
      kind: INSTRUCTION_KIND[step.list][step.op],
      contextKind: step.contextKind,
      values: step.values,
    })),
  );
}

/** Big-segment membership as `POST .../contexts` bodies, at most `limit` keys each, removals first. */
export function bigSegmentTargetUpdates(
  changes: readonly TargetChange[],
  limit: number = MAX_TARGET_OPERATIONS_PER_PATCH,
): LdBigSegmentTargetsUpdate[] {
  return inBatches(removalsFirst(changes), limit).map((batch) => {
    const update: LdBigSegmentTargetsUpdate = {};
    for (const step of batch) {
      const list = update[step.list] ?? {};
      update[step.list] = list;
      list[step.op] = [...(list[step.op] ?? []), ...step.values];
    }
    return update;
  });
}
