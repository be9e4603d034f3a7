// LaunchDarkly's resource specifier for one concrete resource (`proj/web:env/production:segment/beta`), as custom
// roles, 403 hints and the audit log's `spec` filter name it. Every such string is built here; `parseResource`
// (./resource.ts) reads one back.

import type { ResourceIdentity } from "../model/resource-identity.js";

/** A concrete resource, by the keys on its path from the account down. */
export type ResourceRef =
  | { type: "project"; project: string }
  | { type: "environment"; project: string; environment: string }
  | { type: "segment"; project: string; environment: string; key: string }
  | { type: "metric"; project: string; key: string }
  | { type: "context-kind"; project: string; key: string }
  | { type: "role"; key: string };

/**
 * `proj/P`, `proj/P:env/E`, `proj/P:env/E:segment/K`, `proj/P:metric/K`, `proj/P:context-kind/K` or `role/K`; keys
 * are written as given.
 */
export function resourceSpecifierFor(resource: ResourceRef): string {
  switch (resource.type) {
    case "project":
      return `proj/${resource.project}`;
    case "environment":
      return `proj/${resource.project}:env/${resource.environment}`;
    case "segment":
      return `proj/${resource.project}:env/${resource.environment}:segment/${resource.key}`;
    case "metric":
      return `proj/${resource.project}:metric/${resource.key}`;
    case "context-kind":
      return `proj/${resource.project}:context-kind/${resource.key}`;
    case "role":
      return `role/${resource.key}`;
  }
}

/**
 * LaunchDarkly's resource specifier for a managed resource (a planned change, a drift finding), as the audit log filters by it (`spec=`):
 * `proj/P:env/E:segment/K`, `proj/P:metric/K`, `proj/P:context-kind/K`, `role/K`.
 */
export function resourceSpecifierOf(change: ResourceIdentity): string {
  switch (change.resourceType) {
    // A planned segment always names its project and environment, a metric its project.
    case "segment":
      return resourceSpecifierFor({
        type: "segment",
        project: change.project!,
        environment: change.environment!,
        key: change.key,
      });
    case "metric":
      return resourceSpecifierFor({ type: "metric", project: change.project!, key: change.key });
    case "role":
      return resourceSpecifierFor({ type: "role", key: change.key });
    case "contextKind":
      return resourceSpecifierFor({ type: "context-kind", project: change.project!, key: change.key });
  }
}
