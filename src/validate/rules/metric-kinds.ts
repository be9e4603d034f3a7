import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { type Finding, finding } from "../../model/finding.js";
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
    const error = (field: string, found: Finding, severity: Diagnostic["severity"] = "error") =>
      diagnostics.push(diagnosticAt(metric.file, `${metric.pointer}/${field}`, found, severity));
    const needs = (field: keyof typeof m) => {
      const value = m[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        error(field, finding("metric.missing-field", { key: m.key, field, kind: m.kind }));
      }
    };
    const onlyFor = (
      field: keyof typeof m,
      appliesTo: "click" | "click-pageview" | "custom" | "numeric-custom",
    ) => {
      if (m[field] !== undefined) {
        error(field, finding("metric.field-not-for-kind", { key: m.key, field, kind: m.kind, appliesTo }));
      }
    };
    if (m.kind === "click") {
      needs("selector");
      needs("urls");
    } else if (m.kind === "pageview") {
      needs("urls");
      onlyFor("selector", "click");
    } else if (m.kind === "custom") {
      needs("eventKey");
      onlyFor("selector", "click");
      if (m.urls !== undefined) onlyFor("urls", "click-pageview");
      if (m.isNumeric) {
        needs("unit");
        needs("successCriteria");
      } else {
        onlyFor("unit", "numeric-custom");
      }
    }
    if (m.kind !== "custom") {
      onlyFor("eventKey", "custom");
      onlyFor("isNumeric", "custom");
      onlyFor("filters", "custom");
    }
    if (m.analysisType === "percentile" && m.percentileValue === undefined) {
      error("analysisType", finding("metric.percentile-value-missing", { key: m.key }));
    }
    if (m.percentileValue !== undefined && m.analysisType !== "percentile") {
      error("percentileValue", finding("metric.percentile-value-unused", {}), "warning");
    }
  }
  return diagnostics;
};
