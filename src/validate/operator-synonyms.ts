/**
 * Operator names people bring from other tools (SQL, JSON Logic, other flag systems) and the LaunchDarkly operator
 * that does the same, with `negate: true` for the negative ones. Keys are lower case. Typos and wrong case of a real
 * operator are left to the nearest-name suggestion.
 */
const SYNONYMS: Readonly<Record<string, { operator: string; negate?: true }>> = {
  equals: { operator: "in" },
  equal: { operator: "in" },
  eq: { operator: "in" },
  is: { operator: "in" },
  "=": { operator: "in" },
  "==": { operator: "in" },
  oneof: { operator: "in" },
  isoneof: { operator: "in" },
  notequals: { operator: "in", negate: true },
  notequal: { operator: "in", negate: true },
  ne: { operator: "in", negate: true },
  neq: { operator: "in", negate: true },
  isnot: { operator: "in", negate: true },
  "!=": { operator: "in", negate: true },
  notin: { operator: "in", negate: true },
  notoneof: { operator: "in", negate: true },
  notcontains: { operator: "contains", negate: true },
  doesnotcontain: { operator: "contains", negate: true },
  lt: { operator: "lessThan" },
  "<": { operator: "lessThan" },
  lte: { operator: "lessThanOrEqual" },
  "<=": { operator: "lessThanOrEqual" },
  gt: { operator: "greaterThan" },
  ">": { operator: "greaterThan" },
  gte: { operator: "greaterThanOrEqual" },
  ">=": { operator: "greaterThanOrEqual" },
  regex: { operator: "matches" },
  regexp: { operator: "matches" },
  insegment: { operator: "segmentMatch" },
};

/** The LaunchDarkly operator `name` stands for, if it is a known name from elsewhere. */
export function operatorSynonym(name: string): { operator: string; negate?: true } | undefined {
  return Object.hasOwn(SYNONYMS, name.toLowerCase()) ? SYNONYMS[name.toLowerCase()] : undefined;
}
