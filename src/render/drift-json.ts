import type { DriftReport } from "../drift/drift-report.js";

/** The documented JSON form of a drift report (`version` 1): the drifted resources with attribution, and the plan. */
export function driftReportToJson(report: DriftReport): object {
  return {
    version: 1,
    hasDrift: report.hasDrift,
    resources: report.resources.map(({ change, specifier, attribution, attributionError }) => ({
      action: change.action,
      resourceType: change.resourceType,
      ...(change.project === undefined ? {} : { project: change.project }),
      ...(change.environment === undefined ? {} : { environment: change.environment }),
      key: change.key,
      specifier,
      ...(attribution ? { attribution } : {}),
      ...(attributionError ? { attributionError } : {}),
    })),
    // The plan as documented in schemas/plan.schema.json: it is the plan object itself.
    plan: report.plan,
  };
}

/** `drift --format json`: the documented drift report, pretty-printed. */
export function renderDriftJson(report: DriftReport): string {
  return `${JSON.stringify(driftReportToJson(report), null, 2)}\n`;
}
