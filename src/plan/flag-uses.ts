// Which flags evaluate a segment, from the flags of one environment: a rule whose `segmentMatch` clause names
// the segment uses it directly; a flag whose prerequisite (at any depth) uses it is reached through that chain.
import type { LdFlag } from "../launchdarkly/types.js";
import type { FlagUse } from "./types.js";

const SEGMENT_MATCH = "segmentMatch";

/** Segment keys a list of rules names in `segmentMatch` clauses. */
export function segmentsMatchedBy(
  rules: readonly { clauses: readonly { op: string; values: readonly unknown[] }[] }[] | undefined,
): string[] {
  const keys = new Set<string>();
  for (const rule of rules ?? [])
    for (const clause of rule.clauses)
      if (clause.op === SEGMENT_MATCH)
        for (const value of clause.values) if (typeof value === "string") keys.add(value);
  return [...keys];
}

/**
 * Per watched segment key, the flags of `environment` that use it: directly by a rule, then through
 * prerequisites (shortest chain first). Flags without a configuration for the environment are skipped.
 */
export function flagUsesBySegment(
  flags: readonly LdFlag[],
  environment: string,
  watched: ReadonlySet<string>,
): Map<string, FlagUse[]> {
  const byKey = new Map(flags.map((flag) => [flag.key, flag]));
  const dependents = new Map<string, string[]>();
  for (const flag of flags) {
    for (const prerequisite of flag.environments?.[environment]?.prerequisites ?? []) {
      const list = dependents.get(prerequisite.key) ?? [];
      list.push(flag.key);
      dependents.set(prerequisite.key, list);
    }
  }
  const uses = new Map<string, FlagUse[]>();
  const add = (use: FlagUse) => {
    const list = uses.get(use.segment) ?? [];
    list.push(use);
    uses.set(use.segment, list);
  };
  for (const flag of flags) {
    const config = flag.environments?.[environment];
    if (config === undefined) continue;
    (config.rules ?? []).forEach((rule, index) => {
      for (const segment of segmentsMatchedBy([rule])) {
        if (!watched.has(segment)) continue;
        const direct: FlagUse = { flag: flag.key, name: flag.name, on: config.on, segment, rule: index + 1 };
        if (rule.description) direct.ruleDescription = rule.description;
        add(direct);
        // Breadth first, so each dependent flag is reached by its shortest chain; a cycle is not followed twice.
        const seen = new Set([flag.key]);
        let frontier: string[][] = [[flag.key]];
        while (frontier.length > 0) {
          const next: string[][] = [];
          for (const path of frontier) {
            for (const dependent of dependents.get(path[0] as string) ?? []) {
              if (seen.has(dependent)) continue;
              seen.add(dependent);
              const dependentFlag = byKey.get(dependent) as LdFlag;
              const chain = [dependent, ...path];
              add({
                ...direct,
                flag: dependent,
                name: dependentFlag.name,
                on: dependentFlag.environments?.[environment]?.on ?? false,
                prerequisitePath: chain,
              });
              next.push(chain);
            }
          }
          frontier = next;
        }
      }
    });
  }
  return uses;
}
