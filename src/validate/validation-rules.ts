import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadedConfig } from "../load/build-desired-state.js";
import { checkBigSegments } from "./rules/big-segments.js";
import { checkDuplicateKeys } from "./rules/duplicate-keys.js";
import { checkMetricKinds } from "./rules/metric-kinds.js";
import { checkResourceSpecifiers } from "./rules/resource-specifiers.js";
import { checkRoleActions } from "./rules/role-actions.js";
import { checkRoleStatements } from "./rules/role-statements.js";
import { checkRolloutWeights } from "./rules/rollout-weights.js";
import type { ValidationRule } from "./rules/rule.js";
import { checkSegmentReferences } from "./rules/segment-references.js";
import { checkSegmentTargetLimit } from "./rules/segment-target-limit.js";

/** The checks that run after the schema, in order. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  checkDuplicateKeys,
  checkSegmentTargetLimit,
  checkBigSegments,
  checkRolloutWeights,
  checkSegmentReferences,
  checkMetricKinds,
  checkRoleStatements,
  checkResourceSpecifiers,
  checkRoleActions,
];

/** Every rule over the whole loaded configuration (the checks that need more than one file). */
export function runValidationRules(config: LoadedConfig): Diagnostic[] {
  return VALIDATION_RULES.flatMap((rule) => rule(config));
}
