// The reads of live state a plan needs, each started once and shared. `createPlan` starts them while the
// configuration is still loading (a file's project, environments and resource types are known as soon as that file
// is parsed), so the requests overlap parsing and validation; `readLiveState` then takes the same promises.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type {
  LdContextKind,
  LdEnvironment,
  LdMetric,
  LdProject,
  LdRole,
  LdSegment,
} from "../launchdarkly/types.js";
import type { DesiredState } from "../model/desired-state.js";

/** Called with each page of an environment's segments as it is read. */
export type SegmentPageListener = (project: string, environment: string, segments: LdSegment[]) => void;

export class LiveReads {
  private readonly started = new Map<string, Promise<unknown>>();
  private readonly segmentPages: { project: string; environment: string; segments: LdSegment[] }[] = [];
  private readonly segmentListeners: SegmentPageListener[] = [];

  constructor(readonly api: LaunchDarklyApi) {}

  /** The project with its environments embedded (`expand=environments`); undefined when it does not exist. */
  project(key: string): Promise<LdProject | undefined> {
    return this.once(`project ${key}`, () => this.api.getProject(key));
  }

  /** The keys of a project's environments (undefined when the project does not exist). */
  environmentKeys(projectKey: string): Promise<Set<string> | undefined> {
    return this.once(`environments ${projectKey}`, async () => {
      const project = await this.project(projectKey);
      if (project === undefined) return undefined;
      const environments = await projectEnvironments(this.api, projectKey, project);
      return new Set(environments.map((environment) => environment.key));
    });
  }

  segments(project: string, environment: string): Promise<LdSegment[]> {
    return this.once(`segments ${project}/${environment}`, () =>
      this.api.listSegments(project, environment, (segments) => {
        this.segmentPages.push({ project, environment, segments });
        for (const listener of this.segmentListeners) listener(project, environment, segments);
      }),
    );
  }

  /** Calls `listener` with every page of segments read, those read already and those still to come. */
  onSegmentsRead(listener: SegmentPageListener): void {
    this.segmentListeners.push(listener);
    for (const { project, environment, segments } of this.segmentPages)
      listener(project, environment, segments);
  }

  metrics(project: string): Promise<LdMetric[]> {
    return this.once(`metrics ${project}`, () => this.api.listMetrics(project));
  }

  roles(): Promise<LdRole[]> {
    return this.once("roles", () => this.api.listRoles());
  }

  contextKinds(project: string): Promise<LdContextKind[]> {
    return this.once(`context kinds ${project}`, () => this.api.listContextKinds(project));
  }

  private once<T>(id: string, read: () => Promise<T>): Promise<T> {
    let promise = this.started.get(id) as Promise<T> | undefined;
    if (promise === undefined) {
      promise = read();
      // Started early, a read may fail before anyone waits for it (the project does not exist, the files turn
      // out to have errors): whoever awaits it later still gets the error.
      promise.catch(() => undefined);
      this.started.set(id, promise);
    }
    return promise;
  }
}

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

/** What to read besides what the repo declares (see `PRUNE_READ_OPTIONS`). */
export interface LiveReadScope {
  /** Read these types even when the repo declares none of them (so prune sees owned leftovers). */
  alwaysRead?: ("segment" | "metric" | "role")[];
  /**
   * Read segments in every environment of the declared projects, not only in the environments the repo's segment
   * files list: an environment whose last segment was removed from the repo is no longer declared at all.
   */
  everyEnvironment?: boolean;
}

/** Segments `liveReadPlan` has looked at already, and their projects: a desired state that grows is read on. */
export interface SegmentsSeen {
  segments: number;
  projects: Set<string>;
}

/**
 * Starts the reads `readLiveState` will make for a desired state as it loads, without waiting for them: `start` again
 * as the state grows, and only what is new is started (each read once; each project's every-environment segment
 * reads scheduled once).
 */
export class LiveReadStarter {
  private readonly seen: SegmentsSeen = { segments: 0, projects: new Set() };
  private readonly expanded = new Set<string>();

  constructor(
    private readonly reads: LiveReads,
    private readonly scope: LiveReadScope,
  ) {}

  start(desired: DesiredState): void {
    const { reads } = this;
    const plan = liveReadPlan(desired, this.scope, this.seen);
    for (const project of desired.projects.keys()) {
      void reads.project(project);
      if (plan.everyEnvironment && !this.expanded.has(project)) {
        this.expanded.add(project);
        void reads.environmentKeys(project).then((keys) => {
          for (const environment of keys ?? []) void reads.segments(project, environment);
        });
      }
    }
    for (const { project, environment } of plan.segmentScopes) void reads.segments(project, environment);
    for (const project of plan.metricProjects) void reads.metrics(project);
    if (plan.roles) void reads.roles();
    for (const project of plan.kindProjects) void reads.contextKinds(project);
  }
}

/** What `desired` needs read (segments in every environment are added once the projects' environments are known). */
export function liveReadPlan(
  desired: DesiredState,
  scope: LiveReadScope,
  seen: SegmentsSeen = { segments: 0, projects: new Set() },
): {
  segmentScopes: { project: string; environment: string }[];
  everyEnvironment: boolean;
  metricProjects: string[];
  roles: boolean;
  kindProjects: string[];
} {
  const always = new Set(scope.alwaysRead ?? []);
  const readSegments = desired.segments.length > 0 || always.has("segment");
  const readMetrics = desired.metrics.length > 0 || always.has("metric");
  // Context kinds: what segments may target is checked against them, and declared ones are planned.
  for (let i = seen.segments; i < desired.segments.length; i++)
    seen.projects.add(desired.segments[i]!.project);
  seen.segments = desired.segments.length;
  const kindProjects = new Set(seen.projects);
  for (const kind of desired.contextKinds ?? []) kindProjects.add(kind.project);
  const everyEnvironment = readSegments && scope.everyEnvironment === true;
  return {
    segmentScopes:
      readSegments && !everyEnvironment
        ? [...desired.environments.values()].map(({ project, environment }) => ({ project, environment }))
        : [],
    everyEnvironment,
    metricProjects: readMetrics ? [...desired.projects.keys()] : [],
    roles: desired.roles.length > 0 || always.has("role"),
    kindProjects: [...kindProjects],
  };
}
