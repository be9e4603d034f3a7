// Reads LaunchDarkly with list endpoints only (never one GET per resource), for exactly the projects, environments
// and resource types the repo declares, all at once: the client bounds concurrency. The reads may have been started
// earlier, while the configuration loaded (live-reads.ts).

import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdMetric, LdSegment } from "../launchdarkly/types.js";
import type { DesiredState } from "../model/desired-state.js";
import { finding } from "../model/finding.js";
import { type LiveReadScope, LiveReads, liveReadPlan } from "./live-reads.js";

// Apply's pre-flight and export list environments the same way.
export { projectEnvironments } from "./live-reads.js";

import type { LiveState } from "./live-state.js";
import { type FindingWording, type MissingScope, MissingScopeError } from "./missing-scope-error.js";

export interface ReadLiveStateOptions extends LiveReadScope {
  /** Words the findings of a `MissingScopeError`: `describeFinding` (src/wording/finding-messages.ts). */
  wordFinding: FindingWording;
  /** Reads already started (while the configuration loaded); by default each read starts here. */
  reads?: LiveReads;
}

/** Everything `--prune` needs: every resource type of the declared projects, in all their environments, and roles. */
export const PRUNE_READ_OPTIONS: LiveReadScope = {
  alwaysRead: ["segment", "metric", "role"],
  everyEnvironment: true,
};

/**
 * Throws one `MissingScopeError` naming every project and environment that does not exist (in file order), so
 * that one run shows all there is to fix; returns the environment keys of each declared project.
 */
export async function checkScopesExist(
  reads: LiveReads,
  desired: DesiredState,
  word: FindingWording,
): Promise<Map<string, Set<string>>> {
  const projects = [...desired.projects.keys()];
  const found = await Promise.all(projects.map((key) => reads.environmentKeys(key)));
  const environments = new Map(projects.map((key, index) => [key, found[index]]));
  const problems: MissingScope[] = [];
  for (const [key, source] of desired.projects) {
    if (environments.get(key) === undefined) {
      problems.push({
        found: finding("live.missing-project", { project: key }),
        source,
      });
    }
  }
  for (const { project, environment, source } of desired.environments.values()) {
    const keys = environments.get(project);
    if (keys !== undefined && !keys.has(environment)) {
      problems.push({
        found: finding("live.missing-environment", { project, environment, known: [...keys].sort() }),
        source,
      });
    }
  }
  problems.sort(
    (a, b) =>
      a.source.file.localeCompare(b.source.file) ||
      a.source.line - b.source.line ||
      a.source.column - b.source.column,
  );
  const [first, ...more] = problems;
  if (first) throw new MissingScopeError([first, ...more], word);
  return environments as Map<string, Set<string>>;
}

export async function readLiveState(
  api: LaunchDarklyApi,
  desired: DesiredState,
  options: ReadLiveStateOptions,
): Promise<LiveState> {
  const reads = options.reads ?? new LiveReads(api);
  const projectEnvironments = await checkScopesExist(reads, desired, options.wordFinding);
  const plan = liveReadPlan(desired, options);
  const environments = plan.everyEnvironment
    ? [...projectEnvironments].flatMap(([project, keys]) =>
        [...keys].sort().map((environment) => ({ project, environment })),
      )
    : plan.segmentScopes;
  const [segmentLists, metricLists, roles, kindLists] = await Promise.all([
    Promise.all(environments.map(({ project, environment }) => reads.segments(project, environment))),
    Promise.all(plan.metricProjects.map((project) => reads.metrics(project))),
    plan.roles ? reads.roles() : Promise.resolve(undefined),
    Promise.all(plan.kindProjects.map((project) => reads.contextKinds(project))),
  ]);
  const segments = new Map<string, LdSegment[]>();
  for (const [index, { project, environment }] of environments.entries()) {
    segments.set(`${project}/${environment}`, segmentLists[index] ?? []);
  }
  const metrics = new Map<string, LdMetric[]>();
  for (const [index, project] of plan.metricProjects.entries())
    metrics.set(project, metricLists[index] ?? []);
  const state: LiveState = { segments, metrics };
  if (roles !== undefined) state.roles = roles;
  if (plan.kindProjects.length > 0)
    state.contextKinds = new Map(
      plan.kindProjects.map((project, index) => [project, kindLists[index] ?? []]),
    );
  return state;
}
