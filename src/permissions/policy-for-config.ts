// The least-privilege custom-role policy for a repository: derived from the same permission table the pre-flight
// check and the client's 403 hints use (./request-actions.ts), by asking it what every write ld-gitops
// can make on the repository's resource kinds needs, scoped to its projects and environments. A reader policy
// (plan, drift) only lets the token see the projects; a writer policy (apply) adds the writes; deletes only
// with `prune`, as only `--prune` deletes.
import type { DesiredState } from "../model/desired-state.js";
import type { LdStatement } from "../model/policy-statement.js";
import { KNOWN_PATCH_FIELDS, type PermissionRequest, requiredPermission } from "./request-actions.js";

export type PolicyMode = "reader" | "writer";

export interface PolicyOptions {
  mode: PolicyMode;
  /** Include the deletes `--prune` makes. */
  prune?: boolean;
}

const ANY = "*";

function patchOf(fields: readonly string[]): { op: "replace"; path: string; value: null }[] {
  return fields.map((field) => ({ op: "replace", path: `/${field}`, value: null }));
}

/** Every request ld-gitops can make for what the repository declares, as the permission table reads requests. */
function requestsFor(desired: DesiredState, options: PolicyOptions): PermissionRequest[] {
  const requests: PermissionRequest[] = [];
  for (const projectKey of [...desired.projects.keys()].sort())
    requests.push({ operationId: "getProject", params: { projectKey } });
  if (options.mode === "reader") return requests;

  const segmentScopes = [...desired.environments.values()].filter(({ project }) =>
    desired.segments.some((segment) => segment.project === project),
  );
  for (const { project: projectKey, environment: environmentKey } of segmentScopes) {
    const params = { projectKey, environmentKey, segmentKey: ANY };
    requests.push(
      { operationId: "postSegment", params: { projectKey, environmentKey }, body: { key: ANY } },
      { operationId: "patchSegment", params, body: { patch: patchOf(KNOWN_PATCH_FIELDS.segment()) } },
      {
        operationId: "patchSegment",
        params,
        body: { instructions: KNOWN_PATCH_FIELDS.segmentInstructions().map((kind) => ({ kind })) },
        semanticPatch: true,
      },
      { operationId: "updateBigSegmentContextTargets", params, body: { included: {}, excluded: {} } },
    );
    if (options.prune) requests.push({ operationId: "deleteSegment", params });
  }
  for (const projectKey of [...new Set(desired.metrics.map((metric) => metric.project))].sort()) {
    const params = { projectKey, metricKey: ANY };
    requests.push(
      { operationId: "postMetric", params: { projectKey }, body: { key: ANY } },
      { operationId: "patchMetric", params, body: patchOf(KNOWN_PATCH_FIELDS.metric()) },
    );
    if (options.prune) requests.push({ operationId: "deleteMetric", params });
  }
  for (const projectKey of [...new Set((desired.contextKinds ?? []).map((kind) => kind.project))].sort())
    requests.push({ operationId: "putContextKind", params: { projectKey, key: ANY }, body: {} });
  if (desired.roles.length > 0) {
    const params = { customRoleKey: ANY };
    requests.push(
      { operationId: "postCustomRole", params: {}, body: { key: ANY } },
      { operationId: "patchCustomRole", params, body: { patch: patchOf(KNOWN_PATCH_FIELDS.role()) } },
    );
    if (options.prune) requests.push({ operationId: "deleteCustomRole", params });
  }
  return requests;
}

/**
 * The policy statements: one `allow` per set of resources that need the same actions, in a stable order (so the
 * printed policy diffs cleanly between runs).
 */
export function policyForConfig(desired: DesiredState, options: PolicyOptions): LdStatement[] {
  const actionsByResource = new Map<string, Set<string>>();
  for (const request of requestsFor(desired, options)) {
    const needed = requiredPermission(request);
    if (!needed) continue;
    const actions = actionsByResource.get(needed.resource) ?? new Set<string>();
    for (const action of needed.actions) actions.add(action);
    actionsByResource.set(needed.resource, actions);
  }
  const resourcesByActions = new Map<string, string[]>();
  for (const [resource, actions] of actionsByResource) {
    const id = [...actions].sort().join(",");
    const resources = resourcesByActions.get(id) ?? [];
    resources.push(resource);
    resourcesByActions.set(id, resources);
  }
  return [...resourcesByActions]
    .map(([actions, resources]) => ({
      effect: "allow" as const,
      actions: actions.split(","),
      resources: resources.sort(),
    }))
    .sort((a, b) => (a.resources[0] ?? "").localeCompare(b.resources[0] ?? ""));
}
