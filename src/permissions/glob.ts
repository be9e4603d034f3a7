// `*` globs as custom-role policies use them, in resource names, tags and action names (`flag/ops_*`, `update*`).
// Matching is case-sensitive: LaunchDarkly keys are.

const cache = new Map<string, RegExp>();

/** True when `value` matches `pattern`, where `*` stands for any run of characters (also none). */
export function globMatches(pattern: string, value: string): boolean {
  if (!pattern.includes("*")) return pattern === value;
  let regex = cache.get(pattern);
  if (!regex) {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    regex = new RegExp(`^${source}$`, "s");
    cache.set(pattern, regex);
  }
  return regex.test(value);
}
