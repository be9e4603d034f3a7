// One live metric in the configuration format: every `MetricPost` field it holds, in the documentation's order,
// LaunchDarkly's defaults left out (the planner's `normalizeLiveMetric` fills them back in, so the round trip holds).
import type { LdMetric } from "../launchdarkly/types.js";
import { METRIC_DEFINITION_FIELDS } from "../model/metric.js";
import { normalizeLiveMetric, SERVER_ASSIGNED_METRIC_FIELDS } from "../plan/normalize-metric.js";
import { isOwnershipTag } from "../plan/ownership.js";
import type { FieldProblem } from "./segment-fields.js";

/** Fields LaunchDarkly sets on a metric (membership-export-events.md, "Export", and `MetricRep`). */
const METRIC_SERVER_FIELDS = new Set([
  "_id",
  "_versionId",
  "_version",
  "_links",
  "_site",
  "_access",
  "_creationDate",
  "lastModified",
  "_maintainer",
  "_attachedFlagCount",
  "experimentCount",
  "metricGroupCount",
  "activeExperimentCount",
  "activeGuardedRolloutCount",
  "archived",
  "archivedAt",
  "category",
  "isActive",
  "experiments",
  "_attachedFeatures",
  "_dataSourceId",
  "metricGroups",
  "lastSeen",
  "_integrationKey",
]);
const METRIC_FORMAT_FIELDS = new Set<string>(["key", ...METRIC_DEFINITION_FIELDS, "analysisUnits"]);

/** The values LaunchDarkly fills in when a `MetricPost` leaves a field out (normalize-metric.ts). */
const DEFAULTS: Record<string, unknown> = {
  isNumeric: false,
  randomizationUnits: ["user"],
  unitAggregationType: "average",
  analysisType: "mean",
  eventDefault: { disabled: false, value: 0 },
};

export function convertMetric(live: LdMetric): {
  fields?: Record<string, unknown>;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(live).sort())
    if (!METRIC_FORMAT_FIELDS.has(name) && !METRIC_SERVER_FIELDS.has(name))
      problems.push({ kind: "unknown-field", path: `/${name}` });
  // The Terraform provider writes `analysisUnits` where the spec has `randomizationUnits`: read either.
  const source =
    live.randomizationUnits === undefined && Array.isArray(live.analysisUnits)
      ? { ...live, randomizationUnits: live.analysisUnits as string[] }
      : live;
  const normalized = normalizeLiveMetric(source) as unknown as Record<string, unknown>;
  // `dataSource` and `maintainerId` are LaunchDarkly's to assign; the plan compares them only when a file sets them.
  for (const field of SERVER_ASSIGNED_METRIC_FIELDS) delete normalized[field];
  const fields: Record<string, unknown> = { key: live.key };
  for (const field of METRIC_DEFINITION_FIELDS) {
    let value = normalized[field];
    if (value === undefined) continue;
    if (field === "tags") {
      value = (value as string[]).filter((tag) => !isOwnershipTag(tag));
      if ((value as string[]).length === 0) continue;
    }
    if (field in DEFAULTS && JSON.stringify(DEFAULTS[field]) === JSON.stringify(value)) continue;
    if (field === "successCriteria" && value === "HigherThanBaseline" && normalized.isNumeric === false)
      continue;
    fields[field] = value;
  }
  return { fields, problems };
}
