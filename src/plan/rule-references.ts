import type { LdSegment, SemanticPatchInstruction } from "../launchdarkly/types.js";
import type { PlannedOperation } from "./types.js";

/**
 * The instructions of a `patchSegmentSemantic` operation with every `RuleIdReference` replaced by the id of the rule
 * at that position in `previousResult` (the segment returned by the previous operation of the same change).
 * Throws when the segment does not have such a rule: the plan no longer matches LaunchDarkly.
 */
export function resolveRuleIdReferences(
  operation: Extract<PlannedOperation, { kind: "patchSegmentSemantic" }>,
  previousResult: Pick<LdSegment, "rules"> | undefined,
): SemanticPatchInstruction[] {
  const references = operation.ruleIdReferences ?? [];
  if (references.length === 0) return operation.instructions;
  const instructions = operation.instructions.map((instruction) => ({ ...instruction }));
  for (const reference of references) {
    const id = previousResult?.rules?.[reference.ruleIndex]?._id;
    if (id === undefined) {
      throw new Error(
        `cannot resolve rule ${reference.ruleIndex + 1}: the previous patch returned no such rule`,
      );
    }
    const instruction = instructions[reference.instruction];
    if (instruction === undefined)
      throw new Error(`rule reference to missing instruction ${reference.instruction}`);
    if (reference.parameter === "ruleId") {
      instruction.ruleId = id;
    } else {
      const ids = [...((instruction.ruleIds as string[] | undefined) ?? [])];
      ids[reference.position ?? 0] = id;
      instruction.ruleIds = ids;
    }
  }
  return instructions;
}
