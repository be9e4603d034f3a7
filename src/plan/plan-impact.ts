// What a plan's changes touch beyond themselves, pure: the flags using each changed segment (directly, through a
// segment whose rules match it, or through prerequisites), the experiments and guarded rollouts reading each
// changed metric, and the deletes refused because something still uses them.

import type { LdMetric } from "../launchdarkly/types.js";
import type { LiveState } from "../live/live-state.js";
import type { UsageReads } from "../live/read-usage.js";
import type { DesiredSegment } from "../model/segment.js";
import { flagUsesBySegment, segmentsMatchedBy } from "./flag-uses.js";
import type {
  FlagUse,
  MetricImpact,
  Plan,
  PlanImpact,
  PlannedChange,
  PlanRefusal,
  SegmentImpact,
} from "./types.js";

/** What was read from LaunchDarkly for the impact: flags per `project/environment` (with that environment's
 * rules and prerequisites), metrics per `project/key` (with `experiments`). */
export type UsageData = UsageReads;

const scopeOf = (project: string, environment: string) => `${project}/${environment}`;

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = create();
  map.set(key, made);
  return made;
}

/** Fields of a segment no evaluation reads: changing only these cannot change which flags serve whom. */
const DESCRIPTIVE_SEGMENT_FIELDS = new Set(["/name", "/description", "/tags"]);

/** A change of an existing segment that can change who is in it (a rename or a new tag cannot). */
function isSegmentChange(change: PlannedChange): boolean {
  if (change.resourceType !== "segment" || change.action === "create") return false;
  if (change.action === "delete" || (change.membership?.length ?? 0) > 0) return true;
  return change.fields.some((field) => !DESCRIPTIVE_SEGMENT_FIELDS.has(field.path));
}

/** Per scope: segment key → the segments (repo or LaunchDarkly) whose rules name it in `segmentMatch`. */
function matchersByScope(
  desired: readonly DesiredSegment[],
  live: LiveState,
): Map<string, Map<string, Set<string>>> {
  const result = new Map<string, Map<string, Set<string>>>();
  const note = (scope: string, matcher: string, rules: Parameters<typeof segmentsMatchedBy>[0]) => {
    const scoped = entry(result, scope, () => new Map<string, Set<string>>());
    for (const target of segmentsMatchedBy(rules)) {
      if (target === matcher) continue;
      entry(scoped, target, () => new Set<string>()).add(matcher);
    }
  };
  for (const segment of desired)
    note(scopeOf(segment.project, segment.environment), segment.key, segment.rules);
  for (const [scope, segments] of live.segments)
    for (const segment of segments) note(scope, segment.key, segment.rules);
  return result;
}

/** The segment and every segment whose membership follows it through `segmentMatch` rules. */
function followers(key: string, matchers: Map<string, Set<string>> | undefined): string[] {
  const seen = new Set([key]);
  const queue = [key];
  while (queue.length > 0) {
    for (const matcher of matchers?.get(queue.shift() as string) ?? []) {
      if (seen.has(matcher)) continue;
      seen.add(matcher);
      queue.push(matcher);
    }
  }
  return [...seen];
}

/** Per `project/environment`: the segments whose flags the plan needs (changed segments and their followers). */
export function segmentsToWatch(
  plan: Pick<Plan, "changes">,
  desired: readonly DesiredSegment[],
  live: LiveState,
): Map<string, string[]> {
  // Renames and tag changes only (or no segment changes): nothing to follow, and no matcher index to build.
  if (!plan.changes.some(isSegmentChange)) return new Map();
  return watchedSegments(plan, matchersByScope(desired, live));
}

function watchedSegments(
  plan: Pick<Plan, "changes">,
  matchers: Map<string, Map<string, Set<string>>>,
): Map<string, string[]> {
  const watch = new Map<string, Set<string>>();
  for (const change of plan.changes) {
    if (!isSegmentChange(change)) continue;
    const scope = scopeOf(change.project as string, change.environment as string);
    const set = entry(watch, scope, () => new Set<string>());
    for (const key of followers(change.key, matchers.get(scope))) set.add(key);
  }
  return new Map([...watch].map(([scope, keys]) => [scope, [...keys].sort()]));
}

/** Changed metrics LaunchDarkly says something uses: these are read again with their experiments. */
export function metricsToInspect(
  plan: Pick<Plan, "changes">,
  live: LiveState,
): { project: string; key: string }[] {
  return plan.changes
    .filter((change) => change.resourceType === "metric" && change.action !== "create")
    .filter((change) => {
      const metric = live.metrics.get(change.project as string)?.find((m) => m.key === change.key);
      return metric !== undefined && usageCounts(metric).some((count) => count > 0);
    })
    .map((change) => ({ project: change.project as string, key: change.key }));
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function usageCounts(metric: LdMetric): number[] {
  return [
    count(metric.experimentCount),
    count(metric.activeExperimentCount),
    count(metric.activeGuardedRolloutCount),
    count(metric._attachedFlagCount),
  ];
}

function compareUses(a: FlagUse, b: FlagUse): number {
  return (
    a.flag.localeCompare(b.flag) ||
    (a.prerequisitePath?.length ?? 0) - (b.prerequisitePath?.length ?? 0) ||
    a.segment.localeCompare(b.segment) ||
    a.rule - b.rule
  );
}

function metricImpact(change: PlannedChange, metric: LdMetric): MetricImpact {
  const experiments = Array.isArray(metric.experiments)
    ? (
        metric.experiments as { key: string; name: string; environmentKey: string; archivedDate?: number }[]
      ).map((experiment) => ({
        key: experiment.key,
        name: experiment.name,
        environment: experiment.environmentKey,
        archived: experiment.archivedDate !== undefined,
      }))
    : [];
  const [experimentCount, activeExperimentCount, activeGuardedRolloutCount, attachedFlagCount] = usageCounts(
    metric,
  ) as [number, number, number, number];
  return {
    project: change.project as string,
    key: change.key,
    action: change.action,
    experimentCount,
    activeExperimentCount,
    activeGuardedRolloutCount,
    attachedFlagCount,
    experiments,
    risk: activeExperimentCount > 0 || activeGuardedRolloutCount > 0,
  };
}

export function planImpact(
  plan: Pick<Plan, "changes">,
  desired: readonly DesiredSegment[],
  live: LiveState,
  usage: UsageData,
): PlanImpact {
  const matchers = plan.changes.some(isSegmentChange)
    ? matchersByScope(desired, live)
    : new Map<string, Map<string, Set<string>>>();
  const watch = watchedSegments(plan, matchers);
  const usesByScope = new Map<string, Map<string, FlagUse[]>>();
  for (const [scope, keys] of watch) {
    const flags = usage.flags.get(scope);
    if (flags === undefined) continue;
    const environment = scope.slice(scope.indexOf("/") + 1);
    usesByScope.set(scope, flagUsesBySegment(flags, environment, new Set(keys)));
  }
  const deleted = new Set(
    plan.changes
      .filter((change) => change.resourceType === "segment" && change.action === "delete")
      .map((change) => `${change.project}/${change.environment}/${change.key}`),
  );

  const segments: SegmentImpact[] = [];
  const refusals: PlanRefusal[] = [];
  for (const change of plan.changes) {
    if (!isSegmentChange(change)) continue;
    const project = change.project as string;
    const environment = change.environment as string;
    const scope = scopeOf(project, environment);
    const uses = usesByScope.get(scope);
    const flags = followers(change.key, matchers.get(scope))
      .flatMap((key) => uses?.get(key) ?? [])
      .sort(compareUses);
    const matchedBy = [...(matchers.get(scope)?.get(change.key) ?? [])].sort();
    segments.push({ project, environment, key: change.key, action: change.action, flags, matchedBy });
    if (change.action !== "delete") continue;
    const staying = matchedBy.filter((key) => !deleted.has(`${scope}/${key}`));
    const direct = flags.filter((use) => use.segment === change.key);
    if (direct.length > 0 || staying.length > 0)
      refusals.push({
        code: "plan.segment-delete-referenced",
        params: { project, environment, key: change.key, flags: direct, segments: staying },
      });
  }

  const metrics: MetricImpact[] = [];
  for (const change of plan.changes) {
    if (change.resourceType !== "metric" || change.action === "create") continue;
    const metric = usage.metrics.get(`${change.project}/${change.key}`);
    if (metric === undefined) continue;
    const impact = metricImpact(change, metric);
    metrics.push(impact);
    if (change.action === "delete" && impact.risk)
      refusals.push({
        code: "plan.metric-delete-in-use",
        params: {
          project: impact.project,
          key: impact.key,
          activeExperimentCount: impact.activeExperimentCount,
          activeGuardedRolloutCount: impact.activeGuardedRolloutCount,
          experiments: impact.experiments.filter((experiment) => !experiment.archived),
        },
      });
  }
  return { segments, metrics, refusals, reads: usage.reads };
}
