import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { Semaphore } from "../launchdarkly/semaphore.js";
import type { LdAuditLogEntry } from "../launchdarkly/types.js";
import { resourceSpecifierOf } from "../permissions/format-resource-specifier.js";
import type { Plan, PlannedChange } from "../plan/types.js";
import {
  attributeFromAuditLog,
  type DriftAttribution,
  readRecentAuditLog,
  toolTokenIds,
} from "./attribution.js";

/** A resource whose live state differs from the repo, with who changed it when the audit log tells. */
export interface DriftedResource {
  change: PlannedChange;
  /** The resource specifier the audit log was read with. */
  specifier: string;
  attribution?: DriftAttribution;
  /** Why the audit log could not be read (for example a token without audit-log access); drift is still reported. */
  attributionError?: string;
}

export interface DriftReport {
  hasDrift: boolean;
  /** The plan that would bring LaunchDarkly back to the repo's state. */
  plan: Plan;
  resources: DriftedResource[];
}

/** Audit-log reads in flight at once: drift reports are small and LaunchDarkly rate-limits per route. */
const ATTRIBUTION_CONCURRENCY = 4;

/** Every change of the plan is drift: live state no longer matches the repo. Attribute each from the audit log. */
export async function buildDriftReport(
  api: Pick<LaunchDarklyApi, "listAuditLog">,
  plan: Plan,
): Promise<DriftReport> {
  // A change that only writes this configuration's ownership marker (an older version's bare marker renamed, or a
  // matching resource not yet marked) changes nothing LaunchDarkly does: the next apply writes it, and it is no drift.
  const resources: DriftedResource[] = plan.changes
    .filter((change) => change.ownership?.markerOnly !== true)
    .map((change) => ({ change, specifier: resourceSpecifierOf(change) }));
  // Read every log first: a token seen writing with an ld-gitops comment on one resource marks its comment-less
  // writes (creates, metric patches) on the others as the tool's too.
  const logs = new Map<DriftedResource, LdAuditLogEntry[]>();
  const slots = new Semaphore(ATTRIBUTION_CONCURRENCY);
  await Promise.all(
    resources.map(async (resource) => {
      await slots.acquire();
      try {
        logs.set(resource, await readRecentAuditLog(api, resource.specifier));
      } catch (error) {
        resource.attributionError = error instanceof Error ? error.message : String(error);
      } finally {
        slots.release();
      }
    }),
  );
  const tokens = toolTokenIds([...logs.values()].flat());
  for (const [resource, entries] of logs) {
    const attribution = attributeFromAuditLog(entries, tokens);
    if (attribution) resource.attribution = attribution;
  }
  return { hasDrift: resources.length > 0, plan, resources };
}
