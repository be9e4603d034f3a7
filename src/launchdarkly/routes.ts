// The LaunchDarkly endpoints this client calls, as (method, path template) pairs named after their OpenAPI
// operationId. LaunchDarkly rate-limits per route ("a specific URL pattern and verb"), so the template, not the
// concrete path, is the pacing bucket and the stats key.

export interface Route {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  template: string;
}

function route(operationId: string, method: Route["method"], template: string): Route {
  return { operationId, method, template };
}

export const ROUTES = {
  getCallerIdentity: route("getCallerIdentity", "GET", "/api/v2/caller-identity"),
  getToken: route("getToken", "GET", "/api/v2/tokens/{id}"),
  getProject: route("getProject", "GET", "/api/v2/projects/{projectKey}"),
  getEnvironmentsByProject: route(
    "getEnvironmentsByProject",
    "GET",
    "/api/v2/projects/{projectKey}/environments",
  ),
  getContextKindsByProjectKey: route(
    "getContextKindsByProjectKey",
    "GET",
    "/api/v2/projects/{projectKey}/context-kinds",
  ),
  getContexts: route(
    "getContexts",
    "GET",
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}",
  ),
  getSegments: route("getSegments", "GET", "/api/v2/segments/{projectKey}/{environmentKey}"),
  getSegment: route("getSegment", "GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}"),
  postSegment: route("postSegment", "POST", "/api/v2/segments/{projectKey}/{environmentKey}"),
  patchSegment: route("patchSegment", "PATCH", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}"),
  deleteSegment: route(
    "deleteSegment",
    "DELETE",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}",
  ),
  updateBigSegmentContextTargets: route(
    "updateBigSegmentContextTargets",
    "POST",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts",
  ),
  updateBigSegmentTargets: route(
    "updateBigSegmentTargets",
    "POST",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users",
  ),
  getSegmentMembershipForContext: route(
    "getSegmentMembershipForContext",
    "GET",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}",
  ),
  createBigSegmentImport: route(
    "createBigSegmentImport",
    "POST",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",
  ),
  getBigSegmentImport: route(
    "getBigSegmentImport",
    "GET",
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}",
  ),
  getMetrics: route("getMetrics", "GET", "/api/v2/metrics/{projectKey}"),
  getMetric: route("getMetric", "GET", "/api/v2/metrics/{projectKey}/{metricKey}"),
  postMetric: route("postMetric", "POST", "/api/v2/metrics/{projectKey}"),
  patchMetric: route("patchMetric", "PATCH", "/api/v2/metrics/{projectKey}/{metricKey}"),
  deleteMetric: route("deleteMetric", "DELETE", "/api/v2/metrics/{projectKey}/{metricKey}"),
  getFeatureFlags: route("getFeatureFlags", "GET", "/api/v2/flags/{projectKey}"),
  getFeatureFlag: route("getFeatureFlag", "GET", "/api/v2/flags/{projectKey}/{featureFlagKey}"),
  putContextKind: route("putContextKind", "PUT", "/api/v2/projects/{projectKey}/context-kinds/{key}"),
  getCustomRoles: route("getCustomRoles", "GET", "/api/v2/roles"),
  getCustomRole: route("getCustomRole", "GET", "/api/v2/roles/{customRoleKey}"),
  postCustomRole: route("postCustomRole", "POST", "/api/v2/roles"),
  patchCustomRole: route("patchCustomRole", "PATCH", "/api/v2/roles/{customRoleKey}"),
  deleteCustomRole: route("deleteCustomRole", "DELETE", "/api/v2/roles/{customRoleKey}"),
  getAuditLogEntries: route("getAuditLogEntries", "GET", "/api/v2/auditlog"),
} as const satisfies Record<string, Route>;

export type RouteParams = Record<string, string>;

/** Fills a template; every parameter is percent-encoded so a key can never change the path's shape. */
export function buildPath(template: string, params: RouteParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === "")
      throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value);
  });
}

/** `GET /api/v2/segments/{projectKey}/{environmentKey}`: the key used for pacing buckets and stats. */
export function routeKey(r: Route): string {
  return `${r.method} ${r.template}`;
}
