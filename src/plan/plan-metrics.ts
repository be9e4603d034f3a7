// Metrics: create with `MetricPost`, update with a bare JSON Patch of the changed top-level fields.
import type { JsonPatchOperation, LdMetric } from "../launchdarkly/types.js";
import type { MetricDefinition } from "../model/metric.js";
import { sameJson } from "./canonical-json.js";
import {
  metricPostBody,
  type NormalizedMetric,
  normalizeDesiredMetric,
  normalizeLiveMetric,
} from "./normalize-metric.js";
import { hasOwnershipTag } from "./ownership.js";
import type { ResourcePlan } from "./plan-segments.js";
import type { FieldChange, PlannedChange } from "./types.js";

/** Top-level field differences of two normalised resources, with a JSON Patch that makes `before` into `after`. */
export function diffTopLevelFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  setFields: readonly string[] = [],
  /** The live resource as LaunchDarkly returned it: JSON Patch must `add` what it lacks and cannot `remove` it. */
  raw?: object,
): { fields: FieldChange[]; patch: JsonPatchOperation[] } {
  const present = (name: string) =>
    raw === undefined
      ? before[name] !== undefined
      : Object.hasOwn(raw, name) && (raw as Record<string, unknown>)[name] !== undefined;
  const fields: FieldChange[] = [];
  const patch: JsonPatchOperation[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[name];
    const will = after[name];
    if (sameJson(was, will)) continue;
    // A default filled in on our side only: LaunchDarkly does not hold the field, so there is nothing to remove.
    if (will === undefined && !present(name)) continue;
    const field: FieldChange = { path: `/${name}` };
    if (was !== undefined) field.before = was;
    if (will !== undefined) field.after = will;
    if (setFields.includes(name)) {
      const wasList = (was as unknown[] | undefined) ?? [];
      const willList = (will as unknown[] | undefined) ?? [];
      field.added = willList.filter((item) => !wasList.some((other) => sameJson(other, item)));
      field.removed = wasList.filter((item) => !willList.some((other) => sameJson(other, item)));
    }
    fields.push(field);
    if (will === undefined) patch.push({ op: "remove", path: `/${name}` });
    else patch.push({ op: present(name) ? "replace" : "add", path: `/${name}`, value: will });
  }
  return { fields, patch };
}

function source(metric: MetricDefinition): string {
  return `${metric.source.file}:${metric.source.line}`;
}

export function planMetricUpdate(metric: MetricDefinition, live: LdMetric): PlannedChange | undefined {
  const desired: NormalizedMetric = normalizeDesiredMetric(metric);
  const current = normalizeLiveMetric(live, desired);
  const { fields, patch } = diffTopLevelFields(
    current as unknown as Record<string, unknown>,
    desired as unknown as Record<string, unknown>,
    ["tags", "randomizationUnits"],
    live,
  );
  if (patch.length === 0) return undefined;
  return {
    action: "update",
    resourceType: "metric",
    project: metric.project,
    key: metric.key,
    name: desired.name,
    source: source(metric),
    fields,
    operations: [{ kind: "patchMetric", patch }],
  };
}

export function planMetricCreate(metric: MetricDefinition): PlannedChange {
  const body = metricPostBody(metric);
  const desired = normalizeDesiredMetric(metric);
  const fields = Object.entries(body)
    .filter(([name]) => name !== "key")
    .map(([name, value]): FieldChange => ({ path: `/${name}`, after: value }));
  return {
    action: "create",
    resourceType: "metric",
    project: metric.project,
    key: metric.key,
    name: desired.name,
    source: source(metric),
    fields,
    operations: [{ kind: "createMetric", body }],
  };
}

/** `live` holds the metric list of each project read. */
export function planMetrics(
  desired: readonly MetricDefinition[],
  live: ReadonlyMap<string, readonly LdMetric[]>,
  prune: boolean,
): ResourcePlan {
  const result: ResourcePlan = { changes: [], unchanged: 0, unmanaged: [], warnings: [], owned: 0 };
  const wanted = new Map(desired.map((metric) => [`${metric.project}/${metric.key}`, metric]));
  const liveByKey = new Map<string, LdMetric>();
  for (const [project, metrics] of live) {
    for (const metric of metrics) {
      liveByKey.set(`${project}/${metric.key}`, metric);
      if (hasOwnershipTag(metric.tags)) result.owned++;
    }
  }
  for (const [id, metric] of wanted) {
    const current = liveByKey.get(id);
    if (current === undefined) {
      result.changes.push(planMetricCreate(metric));
      continue;
    }
    const update = planMetricUpdate(metric, current);
    if (update) result.changes.push(update);
    else result.unchanged++;
  }
  for (const [project, metrics] of live) {
    for (const metric of metrics) {
      if (wanted.has(`${project}/${metric.key}`)) continue;
      const owned = hasOwnershipTag(metric.tags);
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
        result.unmanaged.push({ resourceType: "metric", project, key: metric.key, name: metric.name, owned });
      }
    }
  }
  return result;
}
