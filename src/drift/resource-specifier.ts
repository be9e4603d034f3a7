import type { PlannedChange } from "../plan/types.js";

/**
 * LaunchDarkly's resource specifier for a planned change, as the audit log filters by it (`spec=`):
 * `proj/P:env/E:segment/K`, `proj/P:metric/K`, `role/K`.
 */
export function resourceSpecifier(
  change: Pick<PlannedChange, "resourceType" | "project" | "environment" | "key">,
) {
  switch (change.resourceType) {
    case "segment":
      return `proj/${change.project}:env/${change.environment}:segment/${change.key}`;
    case "metric":
      return `proj/${change.project}:metric/${change.key}`;
    case "role":
      return `role/${change.key}`;
  }
}
