// Flags as the emulator keeps them: one `FeatureFlag` with every environment's `FeatureFlagConfig`. Reads narrow
// `environments` to the asked ones (`env=`), and list reads leave out targets, rules and prerequisites unless
// asked with `summary=0` ("By default, flags do not include their lists of prerequisites, targets, or rules").
import type { LdFlag, LdFlagConfig, LdFlagListing } from "../launchdarkly/types.js";
import { newUuid } from "./ids.js";
import { hrefs, link } from "./representations.js";
import type { ProjectRecord } from "./store.js";

export interface FlagInput {
  key: string;
  name: string;
  description?: string;
  variations?: LdFlag["variations"];
  temporary?: boolean;
  tags?: string[];
  defaults?: { onVariation: number; offVariation: number };
  /** `initialPrerequisites` with each `variationId` resolved to the prerequisite flag's variation index. */
  prerequisites?: { key: string; variation: number }[];
  isFlagOn?: boolean;
}

function siteOf(projectKey: string, environmentKey: string, flagKey: string): { href: string; type: string } {
  return { href: `/${projectKey}/${environmentKey}/features/${flagKey}`, type: "text/html" };
}

function defaultConfig(
  record: ProjectRecord,
  environmentKey: string,
  flag: Pick<LdFlag, "key" | "variations">,
  input: Pick<FlagInput, "defaults" | "prerequisites" | "isFlagOn">,
  now: number,
): LdFlagConfig {
  const environment = record.environments.get(environmentKey);
  // Two variations (true/false) unless given: on serves the first, off the last.
  const onVariation = input.defaults?.onVariation ?? 0;
  const offVariation = input.defaults?.offVariation ?? Math.max(0, flag.variations.length - 1);
  return {
    on: input.isFlagOn ?? false,
    archived: false,
    salt: newUuid().replace(/-/g, ""),
    sel: newUuid().replace(/-/g, ""),
    lastModified: now,
    version: 1,
    targets: [],
    contextTargets: [],
    rules: [],
    fallthrough: { variation: onVariation },
    offVariation,
    prerequisites: (input.prerequisites ?? []).map((p) => ({ key: p.key, variation: p.variation })),
    _site: siteOf(record.project.key, environmentKey, flag.key),
    _environmentName: environment?.environment.name ?? environmentKey,
    trackEvents: false,
    trackEventsFallthrough: false,
  };
}

/** A new flag from a `FeatureFlagBody`, with a configuration in every environment of the project. */
export function buildFlag(record: ProjectRecord, input: FlagInput, now: number): LdFlag {
  const flag: LdFlag = {
    key: input.key,
    name: input.name,
    description: input.description ?? "",
    kind: "boolean",
    _version: 1,
    creationDate: now,
    variations: (input.variations ?? [{ value: true }, { value: false }]).map((variation) => ({
      _id: newUuid(),
      ...variation,
    })),
    temporary: input.temporary ?? true,
    tags: input.tags ?? [],
    archived: false,
    experiments: { baselineIdx: 0, items: [] },
    customProperties: {},
    _links: {
      parent: link(hrefs.flags(record.project.key)),
      self: link(hrefs.flag(record.project.key, input.key)),
    },
  };
  if (!flag.variations.every((v) => typeof v.value === "boolean")) flag.kind = "multivariate";
  flag.environments = {};
  for (const environmentKey of record.environments.keys()) {
    flag.environments[environmentKey] = defaultConfig(record, environmentKey, flag, input, now);
  }
  return flag;
}

/** Gives a flag a default configuration in environments it has none for, and `_id`s to rules and clauses. */
export function completeFlagEnvironments(record: ProjectRecord, flag: LdFlag, now: number): void {
  flag.environments ??= {};
  for (const environmentKey of record.environments.keys()) {
    const given = flag.environments[environmentKey];
    const fresh = defaultConfig(record, environmentKey, flag, {}, now);
    flag.environments[environmentKey] = given ? { ...fresh, ...given } : fresh;
  }
  for (const config of Object.values(flag.environments)) {
    for (const rule of config.rules ?? []) {
      rule._id ??= newUuid();
      rule.trackEvents ??= false;
      for (const clause of rule.clauses) {
        clause._id ??= newUuid();
        clause.negate ??= false;
        clause.contextKind ??= "user";
      }
    }
  }
}

const DETAIL_FIELDS = ["targets", "contextTargets", "rules", "prerequisites"] as const;

/**
 * The flag as a read shows it: `environments` only when `env` names some (only those), each without its
 * targeting details when `details` is false (a list read without `summary=0`).
 */
export function flagView(flag: LdFlag, environmentKeys: readonly string[], details: boolean): LdFlag {
  const { environments, ...rest } = flag;
  if (environmentKeys.length === 0 || environments === undefined) return rest as LdFlag;
  const shown: Record<string, LdFlagConfig> = {};
  for (const key of environmentKeys) {
    const config = environments[key];
    if (config === undefined) continue;
    if (details) shown[key] = config;
    else {
      const summary: LdFlagConfig = { ...config };
      for (const field of DETAIL_FIELDS) delete summary[field];
      summary._summary = {
        variations: {},
        prerequisites: (config.prerequisites ?? []).length,
      };
      shown[key] = summary;
    }
  }
  return { ...rest, environments: shown } as LdFlag;
}

/** Whether a flag environment's rules name the segment in a `segmentMatch` clause. */
export function configTargetsSegment(config: LdFlagConfig | undefined, segmentKey: string): boolean {
  return (config?.rules ?? []).some((rule) =>
    rule.clauses.some((clause) => clause.op === "segmentMatch" && clause.values.includes(segmentKey)),
  );
}

/** `_flags` of a single segment read: the flags whose rules in this environment target the segment. */
export function flagsTargetingSegment(
  record: ProjectRecord,
  environmentKey: string,
  segmentKey: string,
): LdFlagListing[] {
  const listings: LdFlagListing[] = [];
  for (const flag of record.flags.values()) {
    if (!configTargetsSegment(flag.environments?.[environmentKey], segmentKey)) continue;
    listings.push({
      key: flag.key,
      name: flag.name,
      _links: { self: link(hrefs.flag(record.project.key, flag.key)) },
      _site: siteOf(record.project.key, environmentKey, flag.key),
    });
  }
  return listings;
}
