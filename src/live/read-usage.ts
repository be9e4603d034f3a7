// Reads what the impact of a plan needs, at a cost that grows with pages, never with resources: per environment,
// few watched segments → one single segment read each (their `_flags` say whether any flag targets them; only then
// the environment's flag list is read, for rules and prerequisites); many → the flag list pages straight away.
// Changed metrics that LaunchDarkly's list says something uses are read again with their experiments.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdFlag, LdMetric } from "../launchdarkly/types.js";

/** At most this many segment reads per environment before the flag list is the cheaper way. */
export const SEGMENT_READS_PER_ENVIRONMENT = 5;

/** How the flags of one environment were read: few changed segments → segment reads; many → flag list pages. */
export interface ImpactRead {
  project: string;
  environment: string;
  strategy: "segment-reads" | "flag-list";
}

export interface UsageReads {
  flags: Map<string, LdFlag[]>;
  metrics: Map<string, LdMetric>;
  reads: ImpactRead[];
}

async function flagsOfScope(
  api: LaunchDarklyApi,
  project: string,
  environment: string,
  segments: readonly string[],
): Promise<{ flags: LdFlag[]; read: ImpactRead }> {
  if (segments.length <= SEGMENT_READS_PER_ENVIRONMENT) {
    const read: ImpactRead = { project, environment, strategy: "segment-reads" };
    const found = await Promise.all(segments.map((key) => api.getSegment(project, environment, key)));
    const targeted = found.some((segment) => Array.isArray(segment?._flags) && segment._flags.length > 0);
    // No flag targets any of them: nothing more to read. Otherwise the rules and prerequisites are in the list.
    return { flags: targeted ? await api.listFlags(project, environment) : [], read };
  }
  return {
    flags: await api.listFlags(project, environment),
    read: { project, environment, strategy: "flag-list" },
  };
}

export async function readUsage(
  api: LaunchDarklyApi,
  segmentsByScope: ReadonlyMap<string, readonly string[]>,
  metrics: readonly { project: string; key: string }[],
): Promise<UsageReads> {
  const scopes = [...segmentsByScope].filter(([, keys]) => keys.length > 0);
  const [flagResults, metricResults] = await Promise.all([
    Promise.all(
      scopes.map(([scope, keys]) => {
        const slash = scope.indexOf("/");
        return flagsOfScope(api, scope.slice(0, slash), scope.slice(slash + 1), keys);
      }),
    ),
    Promise.all(metrics.map(({ project, key }) => api.getMetricUsage(project, key))),
  ]);
  const usage: UsageReads = { flags: new Map(), metrics: new Map(), reads: [] };
  scopes.forEach(([scope], index) => {
    const result = flagResults[index] as { flags: LdFlag[]; read: ImpactRead };
    usage.flags.set(scope, result.flags);
    usage.reads.push(result.read);
  });
  metrics.forEach(({ project, key }, index) => {
    const metric = metricResults[index];
    if (metric !== undefined) usage.metrics.set(`${project}/${key}`, metric);
  });
  return usage;
}
