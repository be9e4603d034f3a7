import { resourceSpecifierFor } from "../launchdarkly/resource-specifier.js";
import type { PlannedChange } from "../plan/types.js";

/**
 * LaunchDarkly's resource specifier for a planned change, as the audit log filters by it (`spec=`):
 * `proj/P:env/E:segment/K`, `proj/P:metric/K`, `role/K`.
 */
export function resourceSpecifier(
  change: Pick<PlannedChange, "resourceType" | "project" | "environment" | "key">,
) {
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
