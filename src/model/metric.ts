import type { SourceLocation } from "./source.js";

export type MetricKind = "pageview" | "click" | "custom";

/** A URL matcher for click and pageview metrics (`UrlPost`). */
export interface MetricUrl {
  kind: "exact" | "canonical" | "substring" | "regex";
  url?: string;
  substring?: string;
  pattern?: string;
}

/** An event filter node (`EventFilter`): a leaf on an attribute or property, or a group of nodes. */
export interface MetricEventFilter {
  type: "contextAttribute" | "eventProperty" | "group";
  attribute?: string;
  op: string;
  values: unknown[];
  negate: boolean;
  contextKind?: string;
}

/** A metric as written in the repo; every field is `MetricPost`'s. */
export interface MetricDefinition {
  key: string;
  project: string;
  name?: string;
  description?: string;
  kind: MetricKind;
  selector?: string;
  urls?: MetricUrl[];
  isNumeric?: boolean;
  unit?: string;
  eventKey?: string;
  successCriteria?: "HigherThanBaseline" | "LowerThanBaseline";
  tags?: string[];
  randomizationUnits?: string[];
  maintainerId?: string;
  unitAggregationType?: "average" | "sum";
  analysisType?: "mean" | "percentile";
  percentileValue?: number;
  eventDefault?: { disabled?: boolean; value?: number };
  dataSource?: { key: string; environmentKey?: string };
  filters?: MetricEventFilter;
  source: SourceLocation;
}

/** The fields of a metric definition that LaunchDarkly stores (every `MetricPost` field but `key`). */
export const METRIC_DEFINITION_FIELDS = [
  "name",
  "description",
  "kind",
  "selector",
  "urls",
  "isNumeric",
  "unit",
  "eventKey",
  "successCriteria",
  "tags",
  "randomizationUnits",
  "maintainerId",
  "unitAggregationType",
  "analysisType",
  "percentileValue",
  "eventDefault",
  "dataSource",
  "filters",
] as const satisfies readonly (keyof MetricDefinition)[];
