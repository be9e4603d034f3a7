import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import type { ValidationRule } from "./rule.js";

/**
 * What each metric kind needs (MetricPost): click → `selector` and `urls`; pageview → `urls`;
 * custom → `eventKey`, and numeric custom → `unit` and `successCriteria`; percentile analysis → `percentileValue`.
 */
export const checkMetricKinds: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const metric of config.metrics) {
    if (!isSchemaValid(metric.file, metric.pointer)) continue;
    const m = metric.definition;
    const error = (field: string, message: string, severity: Diagnostic["severity"] = "error") =>
      diagnostics.push(diagnosticAt(metric.file, `${metric.pointer}/${field}`, message, severity));
    const needs = (field: keyof typeof m, why: string) => {
      const value = m[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        error(field, `metric \`${m.key}\` needs \`${field}\`: ${why}`);
      }
    };
    const onlyFor = (field: keyof typeof m, kinds: string) => {
      if (m[field] !== undefined) {
        error(
          field,
          `\`${field}\` applies only to ${kinds} metrics; metric \`${m.key}\` is a ${m.kind} metric: remove it`,
        );
      }
    };
    if (m.kind === "click") {
      needs("selector", "click metrics count clicks on the elements matching this CSS selector");
      needs("urls", "click metrics count clicks on the pages matching these URLs");
    } else if (m.kind === "pageview") {
      needs("urls", "pageview metrics count visits to the pages matching these URLs");
      onlyFor("selector", "click");
    } else if (m.kind === "custom") {
      needs("eventKey", "custom metrics count the events your code sends with this key");
      onlyFor("selector", "click");
      if (m.urls !== undefined) onlyFor("urls", "click and pageview");
      if (m.isNumeric) {
        needs("unit", "numeric metrics show their values in this unit (e.g. `ms`, `USD`)");
        needs("successCriteria", "numeric metrics need to know whether higher or lower is better");
      } else {
        onlyFor("unit", "numeric custom");
      }
    }
    if (m.kind !== "custom") {
      onlyFor("eventKey", "custom");
      onlyFor("isNumeric", "custom");
      onlyFor("filters", "custom");
    }
    if (m.analysisType === "percentile" && m.percentileValue === undefined) {
      error(
        "analysisType",
        `metric \`${m.key}\` uses \`analysisType: percentile\` and needs \`percentileValue\` (e.g. 95)`,
      );
    }
    if (m.percentileValue !== undefined && m.analysisType !== "percentile") {
      error("percentileValue", "`percentileValue` applies only with `analysisType: percentile`", "warning");
    }
  }
  return diagnostics;
};
