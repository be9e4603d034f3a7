// Metrics: create with `MetricPost`, update with a bare JSON Patch of the changed top-level fields.
import type { JsonPatchOperation, LdMetric } from "../launchdarkly/types.js";
import type { MetricDefinition } from "../model/metric.js";
import { resourceAddress } from "../model/resource-identity.js";
import {
  metricPostBody,
  type NormalizedMetric,
  normalizeDesiredMetric,
  normalizeLiveMetric,
} from "./normalize-metric.js";
import { isOwned, OWNERSHIP_TAG, tagOwnership } from "./ownership.js";
import {
  beforeValueTests,
  createFields,
  declaredChange,
  diffTopLevelFields,
  emptyResourcePlan,
  type OwnershipScope,
  onlyMarkerTags,
  ownershipScope,
  planDeclared,
  type ResourcePlan,
  withOwnership,
} from "./resource-plan.js";
import type { PlannedChange } from "./types.js";

export function planMetricUpdate(
  metric: MetricDefinition,
  live: LdMetric,
  marker: string = OWNERSHIP_TAG,
): PlannedChange | undefined {
  const desired: NormalizedMetric = normalizeDesiredMetric(metric, marker);
  const current = normalizeLiveMetric(live, desired);
  const { fields, patch } = diffTopLevelFields(
    current as unknown as Record<string, unknown>,
    desired as unknown as Record<string, unknown>,
    ["tags", "randomizationUnits"],
    live,
  );
  if (patch.length === 0) return undefined;
  // The patch is refused (409) unless the metric is still at the version the plan was made against; a metric
  // without a version (not seen in LaunchDarkly's answers, but optional in the spec) has its before-values tested.
  const version = live._version;
  const precondition: JsonPatchOperation[] =
    version === undefined
      ? beforeValueTests(live, patch)
      : [{ op: "test", path: "/_version", value: version }];
  const change = declaredChange("update", "metric", metric, desired.name, fields, [
    { kind: "patchMetric", patch: [...precondition, ...patch] },
  ]);
  if (version !== undefined) change.liveVersion = version;
  return change;
}

export function planMetricCreate(metric: MetricDefinition, marker: string = OWNERSHIP_TAG): PlannedChange {
  const body = metricPostBody(metric, marker);
  const { name } = normalizeDesiredMetric(metric, marker);
  return declaredChange("create", "metric", metric, name, createFields(body), [
    { kind: "createMetric", body },
  ]);
}

/** `live` holds the metric list of each project read. */
export function planMetrics(
  desired: readonly MetricDefinition[],
  live: ReadonlyMap<string, readonly LdMetric[]>,
  prune: boolean,
  ownership: OwnershipScope = ownershipScope(OWNERSHIP_TAG),
): ResourcePlan {
  const { marker } = ownership;
  const result = emptyResourcePlan();
  const wanted = new Map(desired.map((metric) => [resourceAddress(metric), metric]));
  const liveByKey = new Map<string, LdMetric>();
  for (const [project, metrics] of live) {
    for (const metric of metrics) {
      liveByKey.set(resourceAddress({ project, key: metric.key }), metric);
      if (isOwned(tagOwnership(metric.tags, marker))) result.owned++;
    }
  }
  planDeclared(
    result,
    wanted,
    liveByKey,
    (metric) => planMetricCreate(metric, marker),
    (metric, current) =>
      withOwnership(
        planMetricUpdate(metric, current, marker),
        tagOwnership(current.tags, marker),
        ownership,
        onlyMarkerTags,
      ),
  );
  for (const [project, metrics] of live) {
    for (const metric of metrics) {
      if (wanted.has(resourceAddress({ project, key: metric.key }))) continue;
      const found = tagOwnership(metric.tags, marker);
      const owned = isOwned(found);
      if (prune && owned) {
        result.changes.push({
          action: "delete",
          resourceType: "metric",
          project,
          key: metric.key,
          name: metric.name,
          fields: [{ path: "/name", before: metric.name }],
          operations: [{ kind: "deleteMetric" }],
        });
      } else {
        result.unmanaged.push({
          resourceType: "metric",
          project,
          key: metric.key,
          name: metric.name,
          owned,
          ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
        });
      }
    }
  }
  return result;
}
