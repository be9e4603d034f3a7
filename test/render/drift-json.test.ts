import { describe, expect, it } from "vitest";
import type { DriftReport } from "../../src/drift/drift-report.js";
import { PLAN_FORMAT_VERSION, type Plan } from "../../src/plan/types.js";
import { driftReportToJson, renderDriftJson } from "../../src/render/drift-json.js";

const plan: Plan = {
  version: PLAN_FORMAT_VERSION,
  summary: { create: 0, update: 0, delete: 1, unchanged: 0, adopt: 0 },
  changes: [
    {
      action: "delete",
      resourceType: "metric",
      project: "p",
      key: "m",
      name: "M",
      fields: [],
      operations: [],
    },
  ],
  unmanaged: [],
  warnings: [],
  hash: "0".repeat(64),
  prune: true,
  marker: "managed-by-ld-gitops",
};

describe("drift JSON", () => {
  it("is the documented version 1 form, pretty-printed", () => {
    const report: DriftReport = {
      hasDrift: true,
      plan,
      resources: [{ change: plan.changes[0]!, specifier: "proj/p:metric/m", attributionError: "HTTP 403" }],
    };
    expect(driftReportToJson(report)).toEqual({
      version: 1,
      hasDrift: true,
      resources: [
        {
          action: "delete",
          resourceType: "metric",
          project: "p",
          key: "m",
          specifier: "proj/p:metric/m",
          attributionError: "HTTP 403",
        },
      ],
      plan,
    });
    expect(renderDriftJson(report)).toBe(`${JSON.stringify(driftReportToJson(report), null, 2)}\n`);
  });
});
