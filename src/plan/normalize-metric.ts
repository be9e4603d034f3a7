// One comparison form for a metric. LaunchDarkly fills in defaults for fields a `MetricPost` leaves out; a repo that
// leaves them out means "LaunchDarkly's default", so the desired side gets the same defaults and no change shows.
// Defaults (OpenAPI `MetricPost`, `MetricRep`, `MetricEventDefaultRep` and LaunchDarkly's metric docs):
//   randomizationUnits ["user"], unitAggregationType "average", analysisType "mean",
//   eventDefault {disabled: false, value: 0}, isNumeric false, successCriteria "HigherThanBaseline" for
//   conversion metrics, name = key. `dataSource` and `maintainerId` are assigned by LaunchDarkly (dataSource is
//   required in `MetricRep`): they are compared only when the repo sets them.
import type { LdMetric, LdMetricPost } from "../launchdarkly/types.js";
import { METRIC_DEFINITION_FIELDS, type MetricDefinition } from "../model/metric.js";
import { withOwnershipTag } from "./ownership.js";

/** The fields compared and patched, in `MetricPost` form, with every default filled in. */
export type NormalizedMetric = LdMetricPost & { name: string; tags: string[] };

/** Fields LaunchDarkly sets when the repo does not: left out of the comparison unless the repo sets them. */
export const SERVER_ASSIGNED_METRIC_FIELDS = ["dataSource", "maintainerId"] as const;

const METRIC_FIELDS = ["key", ...METRIC_DEFINITION_FIELDS] as const satisfies readonly (keyof LdMetricPost)[];

function applyDefaults(metric: Record<string, unknown>, key: string): NormalizedMetric {
  const out: Record<string, unknown> = {};
  for (const field of METRIC_FIELDS) {
    const value = metric[field];
    if (value === undefined || value === null || value === "") continue;
    out[field] = value;
  }
  out.key = key;
  out.name ??= key;
  out.tags = [...new Set((out.tags as string[] | undefined) ?? [])].sort();
  out.randomizationUnits = [...new Set((out.randomizationUnits as string[] | undefined) ?? ["user"])].sort();
  out.isNumeric ??= false;
  out.unitAggregationType ??= "average";
  out.analysisType ??= "mean";
  const eventDefault = (out.eventDefault as { disabled?: boolean; value?: number } | undefined) ?? {};
  out.eventDefault = { disabled: eventDefault.disabled ?? false, value: eventDefault.value ?? 0 };
  if (out.isNumeric === false) out.successCriteria ??= "HigherThanBaseline";
  if (Array.isArray(out.urls) && out.urls.length === 0) delete out.urls;
  if (out.dataSource && typeof out.dataSource === "object") {
    // `_name`, `_integrationKey` are read-only decorations on the live side.
    const { key: sourceKey, environmentKey } = out.dataSource as { key: string; environmentKey?: string };
    out.dataSource = environmentKey === undefined ? { key: sourceKey } : { key: sourceKey, environmentKey };
  }
  return out as unknown as NormalizedMetric;
}

/** The desired side, with the ownership tag. */
export function normalizeDesiredMetric(metric: MetricDefinition, marker?: string): NormalizedMetric {
  const { source: _source, project: _project, ...fields } = metric;
  const normalized = applyDefaults(fields as Record<string, unknown>, metric.key);
  normalized.tags = withOwnershipTag(normalized.tags, marker);
  return normalized;
}

/** The live side; fields the repo does not set and LaunchDarkly assigns are dropped when `desired` omits them. */
export function normalizeLiveMetric(metric: LdMetric, desired?: NormalizedMetric): NormalizedMetric {
  const normalized = applyDefaults(metric as unknown as Record<string, unknown>, metric.key);
  if (desired) {
    for (const field of SERVER_ASSIGNED_METRIC_FIELDS) {
      if (desired[field] === undefined) delete normalized[field];
    }
  }
  return normalized;
}

/** The body of `POST /api/v2/metrics/{project}`: what the repo says, plus the ownership tag and required defaults. */
export function metricPostBody(metric: MetricDefinition, marker?: string): LdMetricPost {
  const { source: _source, project: _project, ...fields } = metric;
  const body: Record<string, unknown> = {};
  for (const field of METRIC_FIELDS) {
    const value = (fields as Record<string, unknown>)[field];
    if (value !== undefined) body[field] = value;
  }
  body.tags = withOwnershipTag(metric.tags, marker);
  // LaunchDarkly requires both on a POST; the repo may leave them to their defaults (name = key, not numeric).
  body.name ??= metric.key;
  if (metric.kind === "custom") body.isNumeric ??= false;
  return body as unknown as LdMetricPost;
}
