import type { LdSegment } from "../../../src/launchdarkly/types.js";
import type { LiveState } from "../../../src/live/live-state.js";
import type { DesiredState } from "../../../src/model/desired-state.js";
import type { MetricDefinition } from "../../../src/model/metric.js";
import type { RoleDefinition } from "../../../src/model/role.js";
import type { SegmentDefinition } from "../../../src/model/segment.js";
import { OWNERSHIP_TAG } from "../../../src/plan/ownership.js";

export const SOURCE = { file: "config/segments.yaml", line: 3, column: 1 };

/** A DesiredState with projects and environments derived from its resources. */
export function desiredState(parts: {
  segments?: SegmentDefinition[];
  metrics?: MetricDefinition[];
  roles?: RoleDefinition[];
}): DesiredState {
  const projects = new Map<string, typeof SOURCE>();
  const environments = new Map<string, { project: string; environment: string; source: typeof SOURCE }>();
  for (const segment of parts.segments ?? []) {
    if (!projects.has(segment.project)) projects.set(segment.project, segment.source);
    for (const environment of segment.environments) {
      environments.set(`${segment.project}/${environment}`, {
        project: segment.project,
        environment,
        source: segment.source,
      });
    }
  }
  for (const metric of parts.metrics ?? [])
    if (!projects.has(metric.project)) projects.set(metric.project, metric.source);
  return {
    files: [SOURCE.file],
    segments: parts.segments ?? [],
    metrics: parts.metrics ?? [],
    roles: parts.roles ?? [],
    projects,
    environments,
  };
}

export function segmentDefinition(
  overrides: Partial<SegmentDefinition> & { key: string },
): SegmentDefinition {
  return {
    project: "default",
    environments: ["production"],
    overrides: {},
    name: overrides.key,
    source: SOURCE,
    ...overrides,
  };
}

/** The live state read for `desired` when LaunchDarkly holds nothing yet. */
export function emptyLiveFor(desired: DesiredState): LiveState {
  const live: LiveState = { segments: new Map(), metrics: new Map() };
  for (const key of desired.environments.keys()) live.segments.set(key, []);
  if (desired.metrics.length > 0)
    for (const project of desired.projects.keys()) live.metrics.set(project, []);
  if (desired.roles.length > 0) live.roles = [];
  return live;
}

/** A segment as LaunchDarkly returns it: `beta`, owned by ld-gitops, at version 4, with `fields` over it. */
export function liveSegment(fields: Partial<LdSegment> = {}): LdSegment {
  return {
    key: "beta",
    name: "Beta",
    tags: [OWNERSHIP_TAG],
    creationDate: 1,
    lastModifiedDate: 1,
    rules: [],
    version: 4,
    deleted: false,
    generation: 1,
    _links: {},
    ...fields,
  };
}
