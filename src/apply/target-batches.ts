// LaunchDarkly takes at most 1,500 target operations per semantic patch. The plan batches them already; apply checks
// each request again and splits one that is over, so a plan made by another version can never send too many.
import { MAX_TARGET_OPERATIONS_PER_PATCH } from "../launchdarkly/limits.js";
import {
  BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
  TARGET_INSTRUCTION_KINDS,
} from "../launchdarkly/segment-instructions.js";
import type { SemanticPatchInstruction } from "../launchdarkly/types.js";

/** Every instruction whose `values` are target operations: the 1,500 limit is counted over these. */
const TARGET_INSTRUCTIONS: ReadonlySet<string> = new Set([
  ...TARGET_INSTRUCTION_KINDS,
  ...BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
]);

function targetValues(instruction: SemanticPatchInstruction): unknown[] | undefined {
  return TARGET_INSTRUCTIONS.has(instruction.kind) && Array.isArray(instruction.values)
    ? instruction.values
    : undefined;
}

/** Target operations (one per key added or removed) in one request. */
export function countTargetOperations(instructions: readonly SemanticPatchInstruction[]): number {
  return instructions.reduce((sum, instruction) => sum + (targetValues(instruction)?.length ?? 0), 0);
}

/**
 * `instructions` as one request when it holds at most `limit` target operations, else as several: the other
 * instructions stay in the first request, target instructions are cut at the limit, in order.
 */
export function splitTargetOperations(
  instructions: readonly SemanticPatchInstruction[],
  limit = MAX_TARGET_OPERATIONS_PER_PATCH,
): SemanticPatchInstruction[][] {
  if (countTargetOperations(instructions) <= limit) return [[...instructions]];
  const requests: SemanticPatchInstruction[][] = [[]];
  let room = limit;
  for (const instruction of instructions) {
    const values = targetValues(instruction);
    if (values === undefined) {
      requests[0]?.push(instruction);
      continue;
    }
    let offset = 0;
    while (offset < values.length) {
      if (room === 0) {
        requests.push([]);
        room = limit;
      }
      const slice = values.slice(offset, offset + room);
      requests[requests.length - 1]?.push({ ...instruction, values: slice });
      offset += slice.length;
      room -= slice.length;
    }
  }
  return requests.filter((request) => request.length > 0);
}
