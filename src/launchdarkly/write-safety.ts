// Which writes may be sent again after an attempt whose outcome is unknown (5xx, dropped connection, timeout).
// A write is repeated only when applying it twice leaves the same result as applying it once.

import { BIG_SEGMENT_TARGET_INSTRUCTION_KINDS, TARGET_INSTRUCTION_KINDS } from "./segment-instructions.js";
import type { JsonPatchOperation, SemanticPatchInstruction } from "./types.js";

/**
 * A JSON Patch is safe to repeat when a `test` op guards it (if the first attempt applied, the test fails instead
 * of applying twice) or when it only replaces values (replacing twice gives the same document).
 */
export function isJsonPatchRepeatable(patch: JsonPatchOperation[]): boolean {
  if (patch.some((op) => op.op === "test")) return true;
  return patch.length > 0 && patch.every((op) => op.op === "replace");
}

/** Segment instructions that set state rather than append it: applying them twice is the same as once. */
const IDEMPOTENT_SEGMENT_INSTRUCTIONS: ReadonlySet<string> = new Set([
  "addTags",
  "removeTags",
  "updateName",
  ...TARGET_INSTRUCTION_KINDS,
  ...BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
  "removeRule",
  "reorderRules",
  "updateRuleDescription",
  "updateRuleRolloutAndContextKind",
  "updateClause",
  "addValuesToClause",
  "removeValuesFromClause",
]);

/** `addRule` and `addClauses` append: a blind repeat would duplicate them. */
export function isSemanticPatchRepeatable(instructions: SemanticPatchInstruction[]): boolean {
  return instructions.length > 0 && instructions.every((i) => IDEMPOTENT_SEGMENT_INSTRUCTIONS.has(i.kind));
}
