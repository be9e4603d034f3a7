// Reads LaunchDarkly with list endpoints only (never one GET per resource), for exactly the projects, environments
// and resource types the repo declares, all at once: the client bounds concurrency.

import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdEnvironment, LdMetric, LdProject, LdSegment } from "../launchdarkly/types.js";
import type { DesiredState } from "../model/desired-state.js";
import { finding } from "../model/finding.js";
import type { LiveState } from "./live-state.js";
import { type FindingWording, type MissingScope, MissingScopeError } from "./missing-scope-error.js";

export interface ReadLiveStateOptions {
  /** Read these types even when the repo declares none of them (so prune sees owned leftovers). */
  alwaysRead?: ("segment" | "metric" | "role")[];
  /**
   * Read segments in every environment of the declared projects, not only in the environments the repo's segment
   * files list: an environment whose last segment was removed from the repo is no longer declared at all.
   */
  everyEnvironment?: boolean;
  /** Words the findings of a `MissingScopeError`: `describeFinding` (src/wording/finding-messages.ts). */
  wordFinding: FindingWording;
}

/** Everything `--prune` needs: every resource type of the declared projects, in all their environments, and roles. */
export const PRUNE_READ_OPTIONS: Omit<ReadLiveStateOptions, "wordFinding"> = {
  alwaysRead: ["segment", "metric", "role"],
  everyEnvironment: true,
};

/** A project's environments: those its read embeds (`expand=environments`) when they are all there, else listed. */
export async function projectEnvironments(
  api: LaunchDarklyApi,
  projectKey: string,
  project: LdProject,
): Promise<LdEnvironment[]> {
  const embedded = project.environments?.items;
  const total = project.environments?.totalCount;
  if (embedded !== undefined && (total === undefined || total <= embedded.length)) return embedded;
  return api.listEnvironments(projectKey);
}

/**
 * Throws one `MissingScopeError` naming every project and environment that does not exist (in file order), so
 * that one run shows all there is to fix; returns the environment keys of each declared project.
 */
export async function checkScopesExist(
  api: LaunchDarklyApi,
  desired: DesiredState,
  word: FindingWording,
): Promise<Map<string, Set<string>>> {
  const projects = [...desired.projects.keys()];
  const found = await Promise.all(
    projects.map(async (key) => {
      const project = await api.getProject(key);
      if (project === undefined) return undefined;
      return new Set((await projectEnvironments(api, key, project)).map((env) => env.key));
    }),
  );
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
  const projectEnvironments = await checkScopesExist(api, desired, options.wordFinding);
  const always = new Set(options.alwaysRead ?? []);
  const readSegments = desired.segments.length > 0 || always.has("segment");
  const readMetrics = desired.metrics.length > 0 || always.has("metric");
  const readRoles = desired.roles.length > 0 || always.has("role");

  const declared = [...desired.environments.values()].map(({ project, environment }) => ({
    project,
    environment,
  }));
  const every = [...projectEnvironments].flatMap(([project, keys]) =>
    [...keys].sort().map((environment) => ({ project, environment })),
  );
  const environments = !readSegments ? [] : options.everyEnvironment ? every : declared;
  const projects = readMetrics ? [...desired.projects.keys()] : [];
  // Context kinds: what segments may target is checked against them, and declared ones are planned.
  const kindProjects = [
    ...new Set([
      ...desired.segments.map((segment) => segment.project),
      ...(desired.contextKinds ?? []).map((kind) => kind.project),
    ]),
  ];
  const [segmentLists, metricLists, roles, kindLists] = await Promise.all([
    Promise.all(environments.map(({ project, environment }) => api.listSegments(project, environment))),
    Promise.all(projects.map((project) => api.listMetrics(project))),
    readRoles ? api.listRoles() : Promise.resolve(undefined),
    Promise.all(kindProjects.map((project) => api.listContextKinds(project))),
  ]);
  const segments = new Map<string, LdSegment[]>();
  for (const [index, { project, environment }] of environments.entries()) {
    segments.set(`${project}/${environment}`, segmentLists[index] ?? []);
  }
  const metrics = new Map<string, LdMetric[]>();
  for (const [index, project] of projects.entries()) metrics.set(project, metricLists[index] ?? []);
  const state: LiveState = { segments, metrics };
  if (roles !== undefined) state.roles = roles;
  if (kindProjects.length > 0)
    state.contextKinds = new Map(kindProjects.map((project, index) => [project, kindLists[index] ?? []]));
  return state;
}
