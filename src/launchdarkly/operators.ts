/**
 * Clause operators LaunchDarkly accepts in segment rules (`Operator` in the API). The config schema's `op` enum
 * (schemas/ld-gitops.schema.json) lists the same names; a test keeps the two in step.
 */
export const CLAUSE_OPERATORS: ReadonlySet<string> = new Set([
  "in",
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "before",
  "after",
  "segmentMatch",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
]);
