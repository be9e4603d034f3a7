// Which managed resource something is about: a plan change, an apply result, a drift finding, a diagnostic's
// subject. Every stage names resources through this type; `resourceAddress` is the one way to write it for people,
// and src/permissions/format-resource-specifier.ts the one way to write it for LaunchDarkly.

export type ResourceType = "segment" | "metric" | "role" | "contextKind";

/** A segment has a project and environment, a metric and a context kind a project, a role neither. */
export interface ResourceIdentity {
  resourceType: ResourceType;
  project?: string;
  environment?: string;
  key: string;
}

/** `project/environment/key` for a segment, `project/key` for a metric or context kind, `key` for a role. */
export function resourceAddress(resource: Pick<ResourceIdentity, "project" | "environment" | "key">): string {
  return [resource.project, resource.environment, resource.key]
    .filter((part) => part !== undefined)
    .join("/");
}
