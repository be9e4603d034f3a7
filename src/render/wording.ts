// Counted wording shared by every renderer, the CLI and the Action: `1 resource`, `2 resources`.

/** `1 resource`, `2 resources`; irregular nouns give their plural: `countOf(2, "policy", "policies")`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${forCount(count, singular, plural)}`;
}

/** The word that agrees with `count`: `forCount(1, "differs", "differ")`, `forCount(2, "is", "are")`. */
export function forCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
