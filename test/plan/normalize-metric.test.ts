import { describe, expect, it } from "vitest";
import type { LdMetric } from "../../src/launchdarkly/types.js";
import type { MetricDefinition } from "../../src/model/metric.js";
import {
  metricPostBody,
  normalizeDesiredMetric,
  normalizeLiveMetric,
} from "../../src/plan/normalize-metric.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import { SOURCE } from "./support/desired.js";

const definition: MetricDefinition = {
  key: "checkout",
  project: "default",
  kind: "custom",
  eventKey: "checkout",
  source: SOURCE,
};

const liveMetric: LdMetric = {
  _id: "m1",
  _versionId: "v1",
  _version: 3,
  key: "checkout",
  name: "checkout",
  kind: "custom",
  eventKey: "checkout",
  isNumeric: false,
  successCriteria: "HigherThanBaseline",
  tags: [OWNERSHIP_TAG],
  randomizationUnits: ["user"],
  unitAggregationType: "average",
  analysisType: "mean",
  eventDefault: { disabled: false, value: 0 },
  dataSource: { key: "launchdarkly", _name: "LaunchDarkly" } as LdMetric["dataSource"],
  maintainerId: "569f",
  _creationDate: 1,
  _links: {},
  experimentCount: 2,
};

describe("metric normalisation", () => {
  it("a metric as LaunchDarkly fills it in equals the bare definition", () => {
    const desired = normalizeDesiredMetric(definition);
    expect(normalizeLiveMetric(liveMetric, desired)).toEqual(desired);
  });

  it("compares server-assigned fields only when the repo sets them", () => {
    const desired = normalizeDesiredMetric({ ...definition, dataSource: { key: "snowflake" } });
    expect(normalizeLiveMetric(liveMetric, desired).dataSource).toEqual({ key: "launchdarkly" });
    expect(desired.dataSource).toEqual({ key: "snowflake" });
  });

  it("fills in eventDefault parts, sorts tags and randomization units", () => {
    const desired = normalizeDesiredMetric({
      ...definition,
      eventDefault: { disabled: true },
      tags: ["b", "a"],
      randomizationUnits: ["user", "org"],
    });
    expect(desired.eventDefault).toEqual({ disabled: true, value: 0 });
    expect(desired.tags).toEqual(["a", "b", OWNERSHIP_TAG]);
    expect(desired.randomizationUnits).toEqual(["org", "user"]);
  });

  it("numeric metrics get no default success criteria", () => {
    expect(normalizeDesiredMetric({ ...definition, isNumeric: true }).successCriteria).toBeUndefined();
  });

  it("the POST body holds the repo's fields, the ownership tag and the fields LaunchDarkly requires", () => {
    // LaunchDarkly rejects a custom metric without `isNumeric` and any metric without a name.
    expect(metricPostBody(definition)).toEqual({
      key: "checkout",
      name: "checkout",
      kind: "custom",
      eventKey: "checkout",
      isNumeric: false,
      tags: [OWNERSHIP_TAG],
    });
    expect(metricPostBody({ ...definition, name: "Checkout", isNumeric: true }).isNumeric).toBe(true);
  });
});
