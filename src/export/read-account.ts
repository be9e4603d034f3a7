// Reads what an export needs with list calls only (never one read per resource): each project once (its
// environments come embedded), then every segment list, metric list and the role list at once. The client paces
// and retries them as it does for plan.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdSegment } from "../launchdarkly/types.js";
import { projectEnvironments } from "../live/read-live-state.js";
import { type AccountSnapshot, EXPORT_KINDS, type ExportKind } from "./types.js";

/**
 * Requests in flight for an export's client (the client's default is 8). An export is read-only and made of list
 * pages that are all known once each list's first page gives its total, so its wall time is the latency times the
 * pages over this bound; the pacer still holds requests back to LaunchDarkly's announced rate-limit budget.
 */
export const EXPORT_CONCURRENCY = 16;

export interface ReadAccountOptions {
  projects: readonly string[];
  /** Only these environments (of every project); all when absent. */
  environments?: readonly string[];
  kinds?: readonly ExportKind[];
  /** Called after each list read, for a progress line. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** A project or environment asked for that LaunchDarkly does not have (or the token cannot see). */
export class ExportScopeError extends Error {
  constructor(readonly missing: { project: string; environment?: string }[]) {
    super(
      missing
        .map(({ project, environment }) =>
          environment === undefined
            ? `project "${project}" does not exist in LaunchDarkly (or the token cannot see it)`
            : `environment "${environment}" does not exist in project "${project}"`,
        )
        .join("; "),
    );
    this.name = "ExportScopeError";
  }
}

export async function readAccount(
  api: LaunchDarklyApi,
  options: ReadAccountOptions,
): Promise<AccountSnapshot> {
  const kinds = new Set(options.kinds ?? EXPORT_KINDS);
  const missing: { project: string; environment?: string }[] = [];
  const scopes: { project: string; environments: string[] }[] = [];
  for (const project of options.projects) {
    const found = await api.getProject(project);
    if (found === undefined) {
      missing.push({ project });
      continue;
    }
    const all = (await projectEnvironments(api, project, found)).map((environment) => environment.key);
    const wanted = options.environments ?? all;
    for (const environment of wanted) if (!all.includes(environment)) missing.push({ project, environment });
    scopes.push({ project, environments: all.filter((environment) => wanted.includes(environment)) });
  }
  if (missing.length > 0) throw new ExportScopeError(missing);

  const segmentReads = kinds.has("segment")
    ? scopes.flatMap(({ project, environments }) =>
        environments.map((environment) => ({ project, environment })),
      )
    : [];
  const metricReads = kinds.has("metric") ? scopes.map(({ project }) => project) : [];
  const total = segmentReads.length + metricReads.length + (kinds.has("role") ? 1 : 0);
  let done = 0;
  const counted = async <T>(read: Promise<T>): Promise<T> => {
    const value = await read;
    done++;
    options.onProgress?.({ done, total });
    return value;
  };
  const [segmentLists, metricLists, roles] = await Promise.all([
    Promise.all(
      segmentReads.map(({ project, environment }) => counted(api.listSegments(project, environment))),
    ),
    Promise.all(metricReads.map((project) => counted(api.listMetrics(project)))),
    kinds.has("role") ? counted(api.listRoles()) : Promise.resolve(undefined),
  ]);

  const snapshot: AccountSnapshot = { projects: new Map() };
  for (const { project, environments } of scopes) {
    snapshot.projects.set(project, { environments, segments: new Map<string, LdSegment[]>() });
  }
  for (const [index, { project, environment }] of segmentReads.entries())
    snapshot.projects.get(project)?.segments.set(environment, segmentLists[index] ?? []);
  for (const [index, project] of metricReads.entries()) {
    const entry = snapshot.projects.get(project);
    if (entry) entry.metrics = metricLists[index] ?? [];
  }
  if (roles !== undefined) snapshot.roles = roles;
  return snapshot;
}
